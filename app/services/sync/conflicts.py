"""Conflicts the centre recorded while merging: listed side by side, settled by a
supervisor. The choice is an ordinary change of the row and of the conflict, so it is
audited here and synced like any other."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.models import Base, SyncConflict
from app.models.base import utcnow
from app.services.errors import N_, ConflictError, NotFound, ValidationError
from app.services.permissions import Actor, Permission, require
from app.services.sync.merge import TOMBSTONE
from app.services.sync.values import decode
from app.services.unit_of_work import Session

CHOICES = ("central", "desk")
#: columns that name a record for a person reading the list, best first
_LABEL_COLUMNS = ("number", "title", "name", "display_name", "username", "code")


@dataclass(frozen=True)
class ConflictRow:
    id: uuid.UUID
    version: int
    table_name: str
    row_id: uuid.UUID
    #: the record as a person knows it (a case number, a name), '' when gone
    record: str
    field: str
    central_value: object
    desk_value: object
    central_by: str
    central_at: datetime | None
    desk_by: str
    desk_at: datetime | None
    desk_name: str


def _model(table_name: str) -> type[Any]:
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table_name:
            return mapper.class_
    raise NotFound(N_("The chosen entry no longer exists."))


def _label(session: Session, table_name: str, row_id: uuid.UUID) -> str:
    row = session.get(_model(table_name), row_id)
    if row is None:
        return ""
    for column in _LABEL_COLUMNS:
        value = getattr(row, column, None)
        if value:
            return str(value)
    return ""


def open_conflicts(session: Session, actor: Actor) -> list[ConflictRow]:
    require(actor, Permission.SYNC_RESOLVE)
    query = (
        select(SyncConflict)
        .where(SyncConflict.choice == "", SyncConflict.deleted_at.is_(None))
        .order_by(SyncConflict.created_at, SyncConflict.id)
    )
    if actor.street_id is not None:
        query = query.where(
            (SyncConflict.street_id == actor.street_id) | SyncConflict.street_id.is_(None)
        )
    return [
        ConflictRow(
            c.id,
            c.version,
            c.table_name,
            c.row_id,
            _label(session, c.table_name, c.row_id),
            c.field,
            c.central_value,
            c.desk_value,
            c.central_by,
            c.central_at,
            c.desk_by,
            c.desk_at,
            c.desk_name,
        )
        for c in session.scalars(query)
    ]


def resolve_conflict(
    session: Session,
    actor: Actor,
    conflict_id: uuid.UUID,
    choice: str,
    expected_version: int,
) -> None:
    """Keep the centre's value, or take the desk's: the row changes here and goes up
    at the next sync like any other change."""
    require(actor, Permission.SYNC_RESOLVE)
    if choice not in CHOICES:
        raise ValidationError("choice", N_("Choose the centre's value or the desk's."))
    conflict = session.get(SyncConflict, conflict_id, with_for_update=True)
    if conflict is None or conflict.deleted_at is not None:
        raise NotFound(N_("The chosen entry no longer exists."))
    if actor.street_id is not None and conflict.street_id not in (None, actor.street_id):
        raise NotFound(N_("The chosen entry no longer exists."))
    if conflict.version != expected_version or conflict.choice:
        raise ConflictError(
            N_("Someone settled this conflict meanwhile ({author}); reload the list."),
            author=conflict.resolved_by or conflict.updated_by,
        )
    # a removal meeting an edit left the row alive on both sides until this choice,
    # whichever side removed it: the chosen value is written even when it is the centre's
    if choice == "desk" or conflict.field == TOMBSTONE:
        chosen = conflict.desk_value if choice == "desk" else conflict.central_value
        model = _model(conflict.table_name)
        row = session.get(model, conflict.row_id)
        if row is None:
            raise NotFound(N_("The chosen entry no longer exists."))
        column = model.__table__.c[conflict.field]
        setattr(row, conflict.field, decode(column, chosen))
    conflict.choice = choice
    conflict.resolved_by = actor.username
    conflict.resolved_at = utcnow()
    session.flush()
