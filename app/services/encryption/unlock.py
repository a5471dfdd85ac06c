"""Finding the key that opens an encrypted database, and telling apart why none does:
a missing key, a wrong key, two desks' files swapped, or a damaged file."""

from __future__ import annotations

from pathlib import Path

from app.services.encryption.cipher_file import FileCipher, database_id, opens_with
from app.services.encryption.key_store import KeySource
from app.services.encryption.problems import (
    DAMAGED_FIRST_PAGE,
    WRONG_RECOVERY_KEY,
    DatabaseDamaged,
    FilesSwapped,
    KeyMissing,
    WrongKey,
)
from app.services.encryption.recovery_code import parse_recovery_key


def unlock(path: Path, source: KeySource, recovery_key: str | None = None) -> FileCipher:
    """The cipher of the encrypted file at ``path``; raises a ``DatabaseProblem`` that
    says which case it is. With ``recovery_key`` the key is stored again on success."""
    path = Path(path)
    file_id = database_id(path)
    salt = bytes.fromhex(file_id)
    if recovery_key is not None:
        key = parse_recovery_key(recovery_key)
        if not opens_with(path, key):
            raise WrongKey(WRONG_RECOVERY_KEY, path=str(path))
        source.store(path, file_id, key)
        return FileCipher(path, salt, key, source)
    candidates = source.candidates(path, file_id)
    for where, key, _given in candidates:
        if opens_with(path, key):
            cipher = FileCipher(path, salt, key, source, origin=where)
            _finish_rotation(cipher, candidates[0][1])
            return cipher
    if candidates:
        where, _key, given = candidates[0]
        if given:
            raise WrongKey(path=str(path), source=where)
        raise DatabaseDamaged(DAMAGED_FIRST_PAGE, path=str(path))
    remembered = source.remembered_id(path)
    if remembered and remembered != file_id:
        raise FilesSwapped(path=str(path), found=file_id[:8], expected=remembered[:8])
    raise KeyMissing(path=str(path))


def _finish_rotation(cipher: FileCipher, first_key: bytes) -> None:
    """A rotation stopped between the rekey and storing its key: the pending key opened
    the file, so it becomes the key."""
    if cipher.key != first_key:
        cipher.source.store(cipher.path, cipher.database_id, cipher.key)
        cipher.source.drop_pending(cipher.path, cipher.database_id)
