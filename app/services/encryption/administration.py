"""What an administrator does with the database key: see the recovery key again, and
rotate the key. Both ask for the administrator's password again and are audited."""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from app.services import audit
from app.services.auth import verify_unlock
from app.services.database import Database
from app.services.encryption.cipher_file import FileCipher, connect, key_pragma
from app.services.encryption.key_store import (
    KEYRING_SERVICE,
    demo_key_file,
    key_entry,
    new_key,
)
from app.services.encryption.recovery_code import format_recovery_key
from app.services.errors import N_, DatabaseProblem
from app.services.permissions import Actor, Permission, require

log = logging.getLogger(__name__)
_SIDE_FILES = ("-wal", "-shm", "-journal")


def _cipher(database: Database) -> FileCipher:
    if database.cipher is None:
        raise DatabaseProblem(N_("This database is not an encrypted desk database."))
    return database.cipher


def reveal_recovery_key(database: Database, actor: Actor, password: str | None) -> str:
    """The recovery key, for an administrator who has just typed their password (here,
    or ``None`` when the caller has just checked it: the first run, a command's sign-in)."""
    require(actor, Permission.USER_MANAGE)
    cipher = _cipher(database)
    if password is not None:
        verify_unlock(database, actor, password)
    with database.session(actor.username) as session:
        audit.record(session, actor.username, "show_recovery_key", "database", cipher.database_id)
    return format_recovery_key(cipher.key)


def rotate_key(database: Database, actor: Actor, password: str | None) -> str:
    """Re-encrypt the file with a new random key (``PRAGMA rekey``); returns the new
    recovery key. The old recovery key no longer opens the file afterwards.

    The new key is kept as pending before the rekey and becomes the key after it, so a
    stop at any point leaves a key on the desk that opens the file.
    """
    require(actor, Permission.USER_MANAGE)
    cipher = _cipher(database)
    if password is not None:
        verify_unlock(database, actor, password)
    key = new_key()
    cipher.source.keep_pending(cipher.path, cipher.database_id, key)
    database.engine.dispose()
    connection = connect(cipher.path, cipher.pragma())
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute(f"PRAGMA rekey = {key_pragma(key, cipher.salt)}")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    cipher.key = key
    cipher.source.store(cipher.path, cipher.database_id, key)
    cipher.source.drop_pending(cipher.path, cipher.database_id)
    with database.session(actor.username) as session:
        audit.record(session, actor.username, "rotate_key", "database", cipher.database_id)
    log.info("database key rotated by %s", actor.username)
    return format_recovery_key(key)


def set_aside(path: Path) -> Path:
    """Move a database nobody can open out of the way, untouched, so a fresh one can be
    made in its place; returns where it went."""
    path = Path(path)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.no-key-{stamp}{path.suffix}")
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))
    os.replace(path, target)
    return target


def key_place(database: Database) -> tuple[str, str]:
    """Where this database's key is kept: ("keyring", entry name), ("file", path) or
    ("demo", path of the key beside the demo database)."""
    cipher = _cipher(database)
    source = cipher.source
    if source.key_file is not None:
        return "file", str(source.key_file)
    if cipher.origin not in ("", "keyring"):
        return "demo", cipher.origin
    if source.keyring is not None:
        return "keyring", f"{KEYRING_SERVICE} / {key_entry(cipher.database_id)}"
    return "demo", str(demo_key_file(cipher.path, cipher.database_id))
