"""A copy of the desk's database before each sync, to go back to if a sync went wrong.

Copies go through SQLite's backup API with the file's own key, so they are as encrypted
as the database and consistent even with a WAL. The newest few are kept beside the
database in ``<name>.snapshots/``. Restoring replaces the closed database with a copy;
its high-water marks are then behind the centre, and the next sync catches up.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.models.audit_trail import DESK_ID_KEY
from app.services.database import Database, copy_through_backup
from app.services.encryption.cipher_file import connect
from app.services.errors import N_, DatabaseProblem, ValidationError
from app.services.private_folders import make_private_folder
from app.services.sync.state import SYNC_DESK_KEY

KEEP = 5
_NAME = re.compile(r"before-sync-(\d{8}-\d{6}-\d{6})\.sqlite\Z")


@dataclass(frozen=True)
class Snapshot:
    path: Path
    taken_at: datetime
    size: int


def snapshot_folder(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".snapshots")


def take_snapshot(database: Database) -> Path:
    if database.path is None:
        raise DatabaseProblem(N_("Only a desk's own database file can be copied."))
    folder = snapshot_folder(database.path)
    make_private_folder(folder)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"before-sync-{stamp}.sqlite"
    partial = target.with_name(target.name + ".partial")
    pragma = database.cipher.pragma() if database.cipher else None
    try:
        copy_through_backup(database.path, partial, pragma)
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    except Exception as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseProblem(
            N_("No copy of {path} could be made before syncing ({reason}); nothing was sent."),
            path=str(database.path),
            reason=getattr(exc, "strerror", None) or str(exc),
        ) from exc
    for old in list_snapshots(database.path)[KEEP:]:
        old.path.unlink(missing_ok=True)
    return target


def list_snapshots(database_path: Path) -> list[Snapshot]:
    """The copies, newest first."""
    folder = snapshot_folder(database_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match:
            taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
            found.append(Snapshot(path, taken, path.stat().st_size))
    return sorted(found, key=lambda s: s.taken_at, reverse=True)


def restore_snapshot(database_path: Path, snapshot: Path, pragma: str | None) -> None:
    """Put a copy back in place of the database, which must be closed; ``pragma`` is
    the key pragma of both (``Database.cipher.pragma()``).

    The copy starts a new audit chain under a new desk id: the old chain went on past
    the copy and reached the centre, so continuing it here would number new entries
    with places the centre already holds, and every later push would be refused. The
    old id stays the desk's name in its changes' op ids, so what it sends again is
    recognised as sent.
    """
    for suffix in ("-wal", "-shm"):
        Path(f"{database_path}{suffix}").unlink(missing_ok=True)
    restoring = database_path.with_name(database_path.name + ".restoring")
    shutil.copyfile(snapshot, restoring)
    os.chmod(restoring, 0o600)
    connection = connect(restoring, pragma)
    try:
        connection.execute(
            "INSERT OR IGNORE INTO sync_state (key, value)"
            " SELECT ?, value FROM sync_state WHERE key = ?",
            (SYNC_DESK_KEY, DESK_ID_KEY),
        )
        connection.execute("DELETE FROM sync_state WHERE key = ?", (DESK_ID_KEY,))
        connection.commit()
    finally:
        connection.close()
    os.replace(restoring, database_path)


def restore_listed_snapshot(database_path: Path, snapshot: Path, pragma: str | None) -> Path:
    """Put back ``snapshot`` if it is one of this database's copies (never any file)."""
    chosen = snapshot.resolve()
    if chosen not in {s.path.resolve() for s in list_snapshots(database_path)}:
        raise ValidationError(
            "snapshot",
            N_("{file} is not one of the copies of this desk; `sync snapshots` lists them."),
            file=str(snapshot),
        )
    restore_snapshot(database_path, chosen, pragma)
    return chosen
