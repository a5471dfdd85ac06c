"""Encrypting a plain database made by an earlier StreetDesk, on its first start.

The plain file is exported into a new encrypted file beside it (``sqlcipher_export``),
which is checked (``integrity_check``, rows per table) and then renamed over the plain
file in one step. A kill at any moment leaves either the whole plain file or the whole
encrypted one; a full disk leaves the plain file as it was.
"""

from __future__ import annotations

import errno
import logging
import os
import re
from pathlib import Path
from typing import Any

from app.services.encryption.cipher_file import (
    FileCipher,
    FileKind,
    connect,
    dbapi,
    file_kind,
    key_pragma,
    new_salt,
)
from app.services.encryption.key_store import KeySource
from app.services.encryption.problems import Notice
from app.services.errors import N_, DatabaseProblem

log = logging.getLogger(__name__)
_SIDE_FILES = ("-wal", "-shm", "-journal")

ENCRYPTED_NOTICE = N_(
    "The database {path} is now encrypted. The unencrypted file and {copies} unencrypted"
    " copies of earlier updates were removed."
)


def _building_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.encrypting-{os.getpid()}")


def remove_leftovers(path: Path) -> None:
    """Half-built encrypted files of an attempt that was stopped."""
    prefix = f".{path.name}.encrypting-"
    for candidate in path.parent.glob(f"{prefix}*"):
        candidate.unlink(missing_ok=True)


def plain_copies(path: Path) -> list[Path]:
    """Copies beside ``path`` made before earlier migrations that are still plain."""
    pattern = re.compile(
        re.escape(path.stem) + r"\.before-.+-\d{8}-\d{6}" + re.escape(path.suffix) + r"\Z"
    )
    found = []
    for candidate in path.parent.iterdir():
        if pattern.match(candidate.name) and candidate.is_file():
            try:
                if file_kind(candidate) is FileKind.PLAIN:
                    found.append(candidate)
            except OSError:
                continue
    return found


def remove_plain_copies(path: Path) -> int:
    copies = plain_copies(path)
    for copy in copies:
        for suffix in ("", *_SIDE_FILES):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)
    return len(copies)


def _table_counts(connection: Any, schema: str) -> dict[str, int]:
    names = [
        row[0]
        for row in connection.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: connection.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]
        for name in names
    }


def _checkpoint_plain(path: Path) -> None:
    """Fold a non-empty write-ahead log into the plain file and drop it, so that no log of
    the plain file is left to be replayed into the encrypted one after the rename."""
    wal = Path(f"{path}-wal")
    if not (wal.exists() and wal.stat().st_size > 0):
        return
    connection = connect(path, None)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()


def write_encrypted_copy(plain: Path, target: Path, key: bytes, salt: bytes) -> None:
    """Export the plain file into ``target`` (created 0600) and check the copy."""
    descriptor = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(descriptor)
    connection = connect(plain, None)
    try:
        connection.execute(
            f"ATTACH DATABASE ? AS encrypted KEY {key_pragma(key, salt)}", (target.as_posix(),)
        )
        connection.execute("SELECT sqlcipher_export('encrypted')")
        for pragma in ("user_version", "application_id"):
            value = int(connection.execute(f"PRAGMA main.{pragma}").fetchone()[0])
            connection.execute(f"PRAGMA encrypted.{pragma} = {value}")
        connection.commit()
        expected = _table_counts(connection, "main")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()
    check = connect(target, key_pragma(key, salt))
    try:
        result = check.execute("PRAGMA integrity_check").fetchone()
        if not result or result[0] != "ok":
            raise DatabaseProblem(
                N_("The encrypted copy did not check out ({detail})."),
                detail=str(result[0] if result else "?"),
            )
        found = _table_counts(check, "main")
    finally:
        check.close()
    if found != expected:
        differing = sorted(
            name for name in expected.keys() | found.keys() if expected.get(name) != found.get(name)
        )
        raise DatabaseProblem(
            N_("The encrypted copy did not check out ({detail})."),
            detail="rows differ in " + ", ".join(differing),
        )
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())


def encrypt_plain_file(path: Path, source: KeySource) -> tuple[FileCipher, Notice]:
    """Replace the plain database at ``path`` by an encrypted one with the same rows."""
    remove_leftovers(path)
    key = source.key_for_new_file(path)
    salt = new_salt()
    building = _building_name(path)
    try:
        _checkpoint_plain(path)
        write_encrypted_copy(path, building, key, salt)
        source.store(path, salt.hex(), key)
        os.replace(building, path)
    except (OSError, dbapi.Error) as exc:
        building.unlink(missing_ok=True)
        reason = getattr(exc, "strerror", None) or str(exc)
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            reason = os.strerror(errno.ENOSPC)
        raise DatabaseProblem(
            N_(
                "Encrypting the database {path} failed ({reason}); the unencrypted file was"
                " left as it is. Free some disk space if the disk is full, and start again."
            ),
            path=str(path),
            reason=reason,
        ) from exc
    except BaseException:
        building.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)
    for suffix in _SIDE_FILES:
        side = Path(f"{path}{suffix}")
        # the plain file's log was folded in and emptied before the export
        if side.exists() and (suffix != "-wal" or side.stat().st_size == 0):
            side.unlink()
    copies = remove_plain_copies(path)
    log.info("encrypted %s; removed %d plain copies", path, copies)
    notice = Notice(ENCRYPTED_NOTICE, path=str(path), copies=copies)
    return FileCipher(path, salt, key, source), notice


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
