"""The desk's view of sync: its profile, its password, and what is waiting."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import func, select

from app.models import Base, SyncConflict
from app.services.auth import is_demo_database
from app.services.encryption.key_store import KEYRING_SERVICE, usable_keyring
from app.services.errors import N_, DomainError
from app.services.permissions import Actor, Permission, require
from app.services.sync import state
from app.services.sync.profile import Profile
from app.services.sync.tables import synced_tables
from app.services.unit_of_work import Session


@dataclass(frozen=True)
class SyncStatus:
    joined: bool
    demo: bool
    #: rows changed here and not yet on the centre
    pending: int
    open_conflicts: int
    last_synced_at: datetime | None
    #: the last failed sync's message ('' after a sync that worked)
    last_error: str
    sslmode: str
    central: str


def central_profile(session: Session) -> Profile | None:
    text = state.get(session.connection(), state.PROFILE_KEY)
    return Profile(**json.loads(text)) if text else None


def save_profile(session: Session, actor: Actor, profile: Profile) -> None:
    require(actor, Permission.SETTINGS_EDIT)
    state.put(session.connection(), state.PROFILE_KEY, json.dumps(asdict(profile)))


def sync_status(session: Session) -> SyncStatus:
    conn = session.connection()
    profile = central_profile(session)
    pending = 0
    for spec in synced_tables():
        t = spec.table
        pending += int(
            conn.scalar(select(func.count()).select_from(t).where(t.c.dirty.is_(True))) or 0
        )
    conflicts = session.scalar(
        select(func.count())
        .select_from(SyncConflict)
        .where(SyncConflict.choice == "", SyncConflict.deleted_at.is_(None))
    )
    return SyncStatus(
        joined=profile is not None,
        demo=is_demo_database(session),
        pending=pending,
        open_conflicts=int(conflicts or 0),
        last_synced_at=state.last_synced(conn),
        last_error=state.get(conn, state.LAST_ERROR_KEY) or "",
        sslmode=profile.sslmode if profile else "",
        central=f"{profile.host}:{profile.port}/{profile.database}" if profile else "",
    )


def unsent(session: Session, table: str, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Which of these rows changed here and have not reached the centre yet."""
    t = Base.metadata.tables[table]
    wanted = list(ids)
    if not wanted:
        return set()
    return set(session.scalars(select(t.c.id).where(t.c.id.in_(wanted), t.c.dirty.is_(True))))


def _password_entry(profile: Profile) -> str:
    return f"central-{profile.role}@{profile.host}:{profile.port}/{profile.database}"


def remember_password(profile: Profile, password: str) -> None:
    """The desk's central password, in the OS keyring (a few dozen bytes, far below
    Windows Credential Manager's 2,560)."""
    backend, reason = usable_keyring()
    if backend is None:
        raise DomainError(
            N_("No keyring is available to keep the central password ({reason})."),
            reason=reason,
        )
    backend.set_password(KEYRING_SERVICE, _password_entry(profile), password)


def stored_password(profile: Profile) -> str | None:
    backend, _reason = usable_keyring()
    if backend is None:
        return None
    value = backend.get_password(KEYRING_SERVICE, _password_entry(profile))
    return str(value) if value is not None else None
