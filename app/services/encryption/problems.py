"""The ways an encrypted database can refuse to open, each with its own clear message."""

from __future__ import annotations

from app.services.errors import N_, DatabaseProblem, DomainError

MISSING_KEY = N_(
    "The key of the encrypted database {path} is not on this desk: the keyring has no entry"
    " for it and no key file was given. Nothing was changed. Type the recovery key to open"
    " it, or start a fresh database."
)
FILES_SWAPPED = N_(
    "The database file {path} is not the one this desk keeps there: this desk's key belongs"
    " to another file (this file is {found}, this desk's is {expected}). Were two desks'"
    " files swapped? Nothing was changed; put this desk's own file back, or type this"
    " file's recovery key."
)
WRONG_KEY = N_(
    "The key from {source} does not open the database {path}. Nothing was changed; check"
    " that the key belongs to this file."
)
IN_USE = N_("The database file {path} is in use by another program. Close it and try again.")
WRONG_RECOVERY_KEY = N_(
    "The recovery key does not open the database {path}: it belongs to another database or"
    " to a key changed since. Nothing was changed."
)
DAMAGED = N_("The database file {path} is damaged ({detail}).")
DAMAGED_FIRST_PAGE = N_(
    "The database file {path} is damaged: the key this desk keeps for it no longer opens its"
    " first page. Nothing was changed; restore the file from a copy."
)


class KeyMissing(DatabaseProblem):
    """No key for this file on this desk; the recovery key can open it."""

    def __init__(self, message: str = MISSING_KEY, **params: object) -> None:
        super().__init__(message, **params)


class FilesSwapped(KeyMissing):
    """The file at the desk's place is another database than the one it keeps there."""

    def __init__(self, **params: object) -> None:
        super().__init__(FILES_SWAPPED, **params)


class WrongKey(DatabaseProblem):
    """A key the user gave (key file, recovery key) does not open the file."""

    def __init__(self, message: str = WRONG_KEY, **params: object) -> None:
        super().__init__(message, **params)


class DatabaseDamaged(DatabaseProblem):
    """The file's own key is there, yet its pages do not read back whole."""

    def __init__(self, message: str = DAMAGED, **params: object) -> None:
        super().__init__(message, **params)


class Notice(DomainError):
    """Something the user should read after the database opened; not a refusal."""
