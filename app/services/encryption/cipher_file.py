"""Reading an encrypted database file: its id, its kind, and keyed connections to it.

Every connection the desk makes to a local database goes through ``sqlcipher3`` (one
SQLite library in the process, so file locks between connections hold).
"""

from __future__ import annotations

import enum
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as dbapi

from app.services.encryption.key_store import KeySource
from app.services.encryption.problems import IN_USE
from app.services.errors import DatabaseProblem

SQLITE_MAGIC = b"SQLite format 3\x00"
SALT_BYTES = 16
PAGE_SIZE = 4096


class FileKind(enum.Enum):
    PLAIN = "plain"
    ENCRYPTED = "encrypted"
    OTHER = "other"


def file_kind(path: Path) -> FileKind:
    """Plain SQLite by its magic; encrypted when it is whole SQLCipher pages long."""
    with Path(path).open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header == SQLITE_MAGIC:
        return FileKind.PLAIN
    size = Path(path).stat().st_size
    if size >= PAGE_SIZE and size % PAGE_SIZE == 0:
        return FileKind.ENCRYPTED
    return FileKind.OTHER


def database_id(path: Path) -> str:
    """The file's own id: SQLCipher's random salt, its first 16 bytes, stored unencrypted."""
    with Path(path).open("rb") as handle:
        return handle.read(SALT_BYTES).hex()


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def key_pragma(key: bytes, salt: bytes) -> str:
    """A raw key with its salt: no key derivation on opening, and copies made with it
    (backups, exports) keep the file's id."""
    return f"\"x'{key.hex()}{salt.hex()}'\""


@dataclass
class FileCipher:
    """The key an open database uses, and where it is kept (rotation changes ``key``)."""

    path: Path
    salt: bytes
    key: bytes
    source: KeySource
    origin: str = ""  # where the key was found: "keyring", a key file's path, or ""

    @property
    def database_id(self) -> str:
        return self.salt.hex()

    def pragma(self) -> str:
        return key_pragma(self.key, self.salt)


def connect(path: Path, pragma: str | None, *, uri: bool = False, timeout: float = 5.0) -> Any:
    """A ``sqlcipher3`` connection; keyed when ``pragma`` is given, plain SQLite otherwise."""
    target = f"file:{Path(path).as_posix()}?mode=rw" if uri else Path(path).as_posix()
    connection = dbapi.connect(target, uri=uri, timeout=timeout, check_same_thread=False)
    connection.execute("PRAGMA cipher_log_level = NONE")
    if pragma is not None:
        connection.execute(f"PRAGMA key = {pragma}")
    return connection


def opens_with(path: Path, key: bytes) -> bool:
    """Whether ``key`` decrypts the file's first page."""
    connection = connect(path, key_pragma(key, bytes.fromhex(database_id(path))), timeout=0.5)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except dbapi.DatabaseError as exc:
        text = str(exc).lower()
        if "not a database" in text:
            return False
        if "locked" in text or "busy" in text:
            raise DatabaseProblem(IN_USE, path=str(path)) from exc
        raise
    finally:
        connection.close()


def raw_connection(path: Path, cipher: FileCipher | None) -> Any:
    """A DB-API connection to the file (keyed when encrypted), for checks and copies."""
    return connect(path, cipher.pragma() if cipher is not None else None)
