"""The key's use cases for the views. Each runs off the GUI thread: the key is read,
checked and written on a worker, never while the window paints. Rotation and showing
the recovery key run on the write lane, after any write already queued."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.views.tasks import Task, run_task, write_lane

if TYPE_CHECKING:
    from app.services.database import Database
    from app.services.permissions import Actor

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


def reveal_recovery_key(
    database: Database, actor: Actor, password: str | None, done: Done, failed: Failed
) -> Task:
    def work(_progress: object) -> str:
        from app.services.encryption.administration import reveal_recovery_key as reveal

        return reveal(database, actor, password)

    return run_task(work, done, failed, pool=write_lane())


def rotate_key(database: Database, actor: Actor, password: str, done: Done, failed: Failed) -> Task:
    def work(_progress: object) -> str:
        from app.services.encryption.administration import rotate_key as rotate

        return rotate(database, actor, password)

    return run_task(work, done, failed, pool=write_lane())


def key_place(database: Database) -> tuple[str, str]:
    """Where the key is kept (no reading: the open database knows)."""
    from app.services.encryption.administration import key_place as place

    return place(database)


def open_with_recovery_key(path: Path, recovery_key: str, done: Done, failed: Failed) -> Task:
    def work(_progress: object) -> Database:
        from app.services.database import open_sqlite

        return open_sqlite(path, recovery_key=recovery_key)

    return run_task(work, done, failed)


def start_fresh(path: Path, done: Done, failed: Failed) -> Task:
    """Set the locked file aside, untouched, and make a new database in its place;
    ``done`` gets (database, where the old file went)."""

    def work(_progress: object) -> tuple[Database, Path]:
        from app.services.database import open_sqlite
        from app.services.encryption.administration import set_aside

        moved = set_aside(path)
        return open_sqlite(path), moved

    return run_task(work, done, failed)
