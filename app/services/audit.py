"""The append-only audit log: who changed what, and who viewed which sensitive record."""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from app.models import AuditEntry, User, utcnow
from app.services.permissions import Actor, Permission, require


def record(
    session: Session,
    username: str,
    action: str,
    entity: str = "",
    entity_id: uuid.UUID | str = "",
    **detail: object,
) -> AuditEntry:
    entry = AuditEntry(
        at=utcnow(),
        username=username,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        detail={key: _jsonable(value) for key, value in detail.items()},
    )
    session.add(entry)
    return entry


def _jsonable(value: object) -> object:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def recent(session: Session, actor: Actor, limit: int = 200) -> list[AuditEntry]:
    require(actor, Permission.AUDIT_VIEW)
    return list(session.scalars(select(AuditEntry).order_by(AuditEntry.at.desc()).limit(limit)))


def street_condition(actor: Actor) -> ColumnElement[bool] | None:
    """The entries a street-bound reader may see: all but those written by the accounts
    of other streets. Their own street's accounts, district-wide accounts and the
    machine's own entries (generators, command-line tools, refused sign-ins of unknown
    names) stay in view. None for a reader with no street: every entry."""
    if actor.street_id is None:
        return None
    elsewhere = select(User.username).where(
        User.street_id.is_not(None), User.street_id != actor.street_id
    )
    return AuditEntry.username.not_in(elsewhere.scalar_subquery())
