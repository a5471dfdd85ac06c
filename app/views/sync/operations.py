"""The Sync pane's use cases as operations: the desk's sync state, the profile and its
password, the conflicts and their settling, and the words for a sync that failed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.china_time import CHINA_TZ
from app.services.sync.conflicts import ConflictRow, open_conflicts, resolve_conflict
from app.services.sync.desk import SyncStatus, central_profile, save_profile, sync_status
from app.services.sync.engine import SyncCancelled
from app.services.sync.profile import Profile
from app.services.sync.snapshots import Snapshot, list_snapshots
from app.services.sync.transport import TransportError
from app.services.unit_of_work import Session
from app.views.error_text import error_text, translate_error
from app.views.operations import Operation, OperationContext, read_op, write_op
from app.views.pane_context import PaneContext


@dataclass(frozen=True)
class DeskSync:
    """What the pane and the status bar show, read at once."""

    status: SyncStatus
    profile: Profile | None
    snapshots: tuple[Snapshot, ...]


def desk_sync(context: OperationContext, parent: QWidget | None = None) -> Operation[DeskSync]:
    path = context.database.path

    def use_case(session: Session) -> DeskSync:
        snapshots = tuple(list_snapshots(path)) if path is not None else ()
        return DeskSync(sync_status(session), central_profile(session), snapshots)

    return read_op(context, use_case, parent)


def store_profile(
    context: PaneContext, profile: Profile, parent: QWidget | None = None
) -> Operation[None]:
    actor = context.actor
    return write_op(context, lambda session: save_profile(session, actor, profile), parent)


def conflicts(context: PaneContext, parent: QWidget | None = None) -> Operation[list[ConflictRow]]:
    actor = context.actor
    return read_op(context, lambda session: open_conflicts(session, actor), parent)


def resolve(
    context: PaneContext, row: ConflictRow, choice: str, parent: QWidget | None = None
) -> Operation[None]:
    actor = context.actor

    def use_case(session: Session) -> None:
        resolve_conflict(session, actor, row.id, choice, row.version)

    return write_op(context, use_case, parent)


def china_time(moment: datetime | None, pattern: str = "%Y-%m-%d %H:%M") -> str:
    if moment is None:
        return ""
    if moment.tzinfo is None:
        from datetime import UTC

        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(CHINA_TZ).strftime(pattern)


def sync_error_text(exc: BaseException) -> str:
    """A failed sync as the user reads it."""
    if isinstance(exc, SyncCancelled):
        return QCoreApplication.translate("SyncText", "The sync was cancelled.")
    return error_text(exc)


def offline_error(exc: BaseException) -> bool:
    """A failure that a later try may get past on its own (the network came back)."""
    return isinstance(exc, TransportError | OSError)


def profile_file(path: Path) -> Profile:
    from app.services.sync.profile import read_profile

    return read_profile(path)


def stored_error(text: str) -> str:
    """The remembered last error, its UTC stamp shown in China time."""
    stamp, _, message = text.partition(" ")
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return text
    return f"{china_time(moment)} {translate_error(message)}"
