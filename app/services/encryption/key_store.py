"""Where database keys are kept: the OS keyring, or a key file the user names.

Keyring entries are named for the database's own id. A plaintext keyring (keyring's
``fail``/``null`` backends, the ``keyrings.alt`` file keyrings) is never used: without a
real keyring the user gives a key file, and only a demo database keeps its key in a file
beside itself.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.services.encryption.problems import Notice
from app.services.errors import N_, DatabaseProblem

log = logging.getLogger(__name__)

KEYRING_SERVICE = "StreetDesk"
KEY_BYTES = 32
KEY_FILE_ENV = "STREETDESK_KEY_FILE"
PRIVATE_FILE_MODE = 0o600
_HEX_KEY = re.compile(r"[0-9a-fA-F]{64}")
_PLAINTEXT_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")

NO_KEYRING = N_(
    "No keyring is available on this computer ({reason}), so the key of the database {path}"
    " cannot be kept safely. Nothing was changed; give a key file with --key-file PATH or"
    " the STREETDESK_KEY_FILE environment variable."
)


_process_key_file: list[Path] = []


def use_key_file(path: Path | None) -> None:
    """The key file named on the command line (``--key-file``), for every database the
    process opens; it takes precedence over ``STREETDESK_KEY_FILE``."""
    _process_key_file.clear()
    if path is not None:
        _process_key_file.append(Path(path))


def given_key_file() -> Path | None:
    if _process_key_file:
        return _process_key_file[0]
    named = os.environ.get(KEY_FILE_ENV)
    return Path(named) if named else None


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _plaintext(backend: Any) -> bool:
    return type(backend).__module__.startswith(_PLAINTEXT_MODULES)


def usable_keyring() -> tuple[Any | None, str]:
    """The OS keyring, or ``None`` and why not (no backend, or only a plaintext one)."""
    try:
        import keyring
        from keyring.backends.chainer import ChainerBackend
    except ImportError as exc:  # pragma: no cover - keyring is a dependency
        return None, str(exc)
    backend = keyring.get_keyring()
    parts = list(backend.backends) if isinstance(backend, ChainerBackend) else [backend]
    if not parts or any(_plaintext(part) for part in parts):
        names = ", ".join(type(part).__qualname__ for part in parts) or "none"
        return None, f"keyring backend: {names}"
    return backend, ""


def _keyring_errors() -> tuple[type[BaseException], ...]:
    from keyring.errors import KeyringError

    return (KeyringError, OSError)


@dataclass
class KeyringEntries:
    """The desk's entries in the OS keyring: one key per database id, a pending key
    while a rotation runs, and which database id each place (path) last held."""

    backend: Any

    def get(self, name: str) -> str | None:
        try:
            value: str | None = self.backend.get_password(KEYRING_SERVICE, name)
        except _keyring_errors() as exc:
            raise DatabaseProblem(
                N_("The keyring could not be read ({reason}); nothing was changed."),
                reason=str(exc) or type(exc).__name__,
            ) from exc
        return value

    def put(self, name: str, value: str, path: Path) -> None:
        """Store and read back: a keyring that drops the value is a refusal too."""
        try:
            self.backend.set_password(KEYRING_SERVICE, name, value)
            stored = self.backend.get_password(KEYRING_SERVICE, name)
        except _keyring_errors() as exc:
            raise _refused(path, str(exc) or type(exc).__name__) from exc
        if stored != value:
            raise _refused(path, "the value read back differs")

    def drop(self, name: str) -> None:
        try:
            self.backend.delete_password(KEYRING_SERVICE, name)
        except _keyring_errors():
            log.info("keyring entry %s was not there to remove", name)


def _refused(path: Path, reason: str) -> DatabaseProblem:
    return DatabaseProblem(
        N_(
            "The keyring refused to store the key of the database {path} ({reason}); nothing was"
            " changed."
        ),
        path=str(path),
        reason=reason,
    )


def key_entry(database_id: str) -> str:
    return f"database-{database_id}"


def pending_entry(database_id: str) -> str:
    return f"database-{database_id}.pending"


def place_entry(path: Path) -> str:
    digest = hashlib.sha256(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:40]
    return f"place-{digest}"


def read_key_file(path: Path, notices: list[Notice] | None = None) -> bytes:
    """The key from a key file: 64 hexadecimal digits on one line. A file other users
    may read is used, with a warning in ``notices``."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise DatabaseProblem(
            N_("The key file {path} cannot be read ({reason})."),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    text = raw.decode("ascii", errors="replace").strip()
    if len(text) != 2 * KEY_BYTES:
        raise DatabaseProblem(
            N_(
                "The key file {path} must hold the key as 64 hexadecimal digits on one line;"
                " it holds {count} characters."
            ),
            path=str(path),
            count=len(text),
        )
    if not _HEX_KEY.fullmatch(text):
        raise DatabaseProblem(
            N_(
                "The key file {path} must hold only hexadecimal digits (0-9, a-f); it holds"
                " other characters."
            ),
            path=str(path),
        )
    if os.name == "posix" and Path(path).stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        warning = Notice(
            N_(
                "The key file {path} can be read by other users of this computer; make it"
                " readable by its owner only (chmod 600 {path})."
            ),
            path=str(path),
        )
        log.warning("%s", warning)
        if notices is not None:
            notices.append(warning)
    return bytes.fromhex(text)


def write_key_file(path: Path, key: bytes) -> None:
    """Write the key file whole (0600), under a temporary name renamed into place."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.writing-{os.getpid()}")
    try:
        partial.unlink(missing_ok=True)
        descriptor = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(key.hex() + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(partial, PRIVATE_FILE_MODE)
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseProblem(
            N_("The key file {path} cannot be written ({reason}); nothing was changed."),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc


def demo_key_file(database: Path, database_id: str) -> Path:
    """Where a demo database keeps its key when there is no keyring: beside it."""
    return Path(database).parent / f"streetdesk-{database_id}.demo-key"


@dataclass
class KeySource:
    """Where the key of one database comes from and is kept: the keyring, a key file
    named by the user, or (a demo database only) a key file beside the database."""

    keyring: KeyringEntries | None = None
    key_file: Path | None = None
    demo: bool = False
    keyring_problem: str = ""
    notices: list[Notice] = field(default_factory=list)

    @classmethod
    def choose(cls, key_file: Path | None, demo: bool = False) -> KeySource:
        key_file = key_file if key_file is not None else given_key_file()
        backend, problem = usable_keyring()
        entries = KeyringEntries(backend) if backend is not None else None
        return cls(keyring=entries, key_file=key_file, demo=demo, keyring_problem=problem)

    def label(self) -> str:
        if self.key_file is not None:
            return str(self.key_file)
        return "keyring" if self.keyring is not None else "demo key file"

    def key_for_new_file(self, path: Path) -> bytes:
        """The key a new database gets: the key file's, if one is given and holds one;
        otherwise a new random key."""
        if self.key_file is not None and self.key_file.exists():
            return read_key_file(self.key_file, self.notices)
        if self.key_file is None and self.keyring is None and not self.demo:
            raise DatabaseProblem(NO_KEYRING, path=str(path), reason=self.keyring_problem)
        return new_key()

    def store(self, path: Path, database_id: str, key: bytes) -> None:
        """Keep ``key`` for the database ``database_id`` (before the file is moved in)."""
        if self.key_file is not None:
            if not self.key_file.exists() or read_key_file(self.key_file) != key:
                write_key_file(self.key_file, key)
        elif self.keyring is not None:
            self.keyring.put(key_entry(database_id), key.hex(), path)
        elif self.demo:
            write_key_file(demo_key_file(path, database_id), key)
        else:
            raise DatabaseProblem(NO_KEYRING, path=str(path), reason=self.keyring_problem)

    def candidates(self, path: Path, database_id: str) -> list[tuple[str, bytes, bool]]:
        """Keys to try, in order: (where from, key, given by the user)."""
        found: list[tuple[str, bytes, bool]] = []
        if self.key_file is not None:
            found.append((str(self.key_file), read_key_file(self.key_file, self.notices), True))
            pending = _pending_file(self.key_file)
            if pending.exists():
                found.append((str(pending), read_key_file(pending), True))
            return found
        if self.keyring is not None:
            for name in (key_entry(database_id), pending_entry(database_id)):
                value = self.keyring.get(name)
                if value and _HEX_KEY.fullmatch(value):
                    found.append(("keyring", bytes.fromhex(value), False))
        beside = demo_key_file(path, database_id)
        if beside.exists():
            found.append((str(beside), read_key_file(beside, self.notices), False))
        return found

    def keep_pending(self, path: Path, database_id: str, key: bytes) -> None:
        """Keep a new key beside the current one before the file is rekeyed with it."""
        if self.key_file is not None:
            write_key_file(_pending_file(self.key_file), key)
        elif self.keyring is not None:
            self.keyring.put(pending_entry(database_id), key.hex(), path)
        else:
            write_key_file(_pending_file(demo_key_file(path, database_id)), key)

    def drop_pending(self, path: Path, database_id: str) -> None:
        if self.key_file is not None:
            _pending_file(self.key_file).unlink(missing_ok=True)
        elif self.keyring is not None:
            self.keyring.drop(pending_entry(database_id))
        else:
            _pending_file(demo_key_file(path, database_id)).unlink(missing_ok=True)

    def remembered_id(self, path: Path) -> str | None:
        return self.keyring.get(place_entry(path)) if self.keyring is not None else None

    def remember(self, path: Path, database_id: str) -> None:
        """Note which database this place holds, so a swapped file is told apart."""
        if self.keyring is not None and self.remembered_id(path) != database_id:
            try:
                self.keyring.put(place_entry(path), database_id, path)
            except DatabaseProblem as exc:
                log.warning("the place of %s was not remembered: %s", path, exc)


def _pending_file(key_file: Path) -> Path:
    return key_file.with_name(key_file.name + ".pending")
