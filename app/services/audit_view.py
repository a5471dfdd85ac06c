"""Reading the audit log a page at a time, newest first, however long it is.

Pages are cut by key, not by offset: a page is the rows before the last one shown, in
``(at, id)`` order, read along the ``ix_audit_log_at_id`` index, so the ten-thousandth
page costs what the first does. Filters narrow the same walk (who, action, what, record,
desk, period). The lists a filter offers (users, actions, areas, desks) are read by
stepping through their indexes, one seek per distinct value, never by scanning the log.

A reader bound to a street does not see the entries written by the accounts of other
streets (``audit.street_condition``); one with no street sees every entry. The same rule
applies to the export.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, select, tuple_
from sqlalchemy.orm import Session

from app.models import AuditEntry, User
from app.services import audit
from app.services.audit_export import period_bounds
from app.services.permissions import Actor, Permission, require

PAGE_SIZE = 200
_TABLE = cast(Table, AuditEntry.__table__)


@dataclass(frozen=True)
class AuditFilters:
    """Empty fields match every entry; the period is in days, Beijing time, both included."""

    username: str = ""
    action: str = ""
    entity: str = ""
    record: str = ""
    desk_id: str = ""
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True, slots=True)
class AuditCursor:
    """Where the next page starts: just after this row, in newest-first order."""

    at: datetime
    id: uuid.UUID


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: uuid.UUID
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    desk_id: str
    seq: int
    detail: str


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    #: None when this page is the last
    next: AuditCursor | None


@dataclass(frozen=True)
class AuditChoices:
    usernames: tuple[str, ...]
    actions: tuple[str, ...]
    entities: tuple[str, ...]
    desks: tuple[str, ...]


def _conditions(session: Session, actor: Actor, filters: AuditFilters) -> list[Any]:
    conditions: list[Any] = []
    scope = audit.street_condition(actor)
    if scope is not None:
        conditions.append(scope)
    for value, column in (
        (filters.username, _TABLE.c.username),
        (filters.action, _TABLE.c.action),
    ):
        if value:
            conditions.append(column == value)
    # An area or a desk holds a large share of the log: walking the time index and
    # skipping the others beats sorting the share, so their own indexes are kept out
    # of the plan (comparing ``column || ''`` uses none).
    for value, column in ((filters.entity, _TABLE.c.entity), (filters.desk_id, _TABLE.c.desk_id)):
        if value:
            conditions.append(column.concat("") == value)
    if filters.record.strip():
        record = filters.record.strip().lower()
        # The log names a record by its id with hyphens, however it was typed.
        with contextlib.suppress(ValueError):
            record = str(uuid.UUID(record))
        conditions.append(_TABLE.c.entity_id == record)
    if filters.start is not None or filters.end is not None:
        low, high = period_bounds(
            filters.start or date(2000, 1, 1), filters.end or date(2100, 12, 31)
        )
        conditions += [_TABLE.c.at >= low, _TABLE.c.at < high]
    return conditions


def _detail_text(detail: Any) -> str:
    """``key: value`` pairs in key order, as a person reads them."""
    if isinstance(detail, str):
        try:
            detail = json.loads(detail)
        except ValueError:
            return detail
    if not isinstance(detail, dict):
        return "" if detail is None else str(detail)
    return "; ".join(f"{key}: {detail[key]}" for key in sorted(detail))


def audit_page(
    session: Session,
    actor: Actor,
    filters: AuditFilters | None = None,
    after: AuditCursor | None = None,
    limit: int = PAGE_SIZE,
) -> AuditPage:
    """The next ``limit`` entries (newest first) after ``after`` that match ``filters``."""
    require(actor, Permission.AUDIT_VIEW)
    conditions = _conditions(session, actor, filters or AuditFilters())
    if after is not None:
        conditions.append(tuple_(_TABLE.c.at, _TABLE.c.id) < tuple_(after.at, after.id))
    query = (
        select(
            _TABLE.c.id,
            _TABLE.c.at,
            _TABLE.c.username,
            _TABLE.c.action,
            _TABLE.c.entity,
            _TABLE.c.entity_id,
            _TABLE.c.desk_id,
            _TABLE.c.seq,
            _TABLE.c.detail,
        )
        .where(*conditions)
        .order_by(_TABLE.c.at.desc(), _TABLE.c.id.desc())
        .limit(limit + 1)
    )
    found = session.connection().execute(query).all()
    rows = tuple(
        AuditRow(
            row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], _detail_text(row[8])
        )
        for row in found[:limit]
    )
    more = len(found) > limit
    return AuditPage(rows, AuditCursor(rows[-1].at, rows[-1].id) if more and rows else None)


def _distinct(session: Session, column: Any, scope: Any) -> tuple[str, ...]:
    """The distinct values of an indexed column, one index seek each."""
    values: list[str] = []
    connection = session.connection()
    last: str | None = None
    while True:
        query = select(column).where(column.is_not(None))
        if last is not None:
            query = query.where(column > last)
        value = connection.execute(query.order_by(column).limit(1)).scalar()
        if value is None:
            break
        values.append(value)
        last = value
    if scope is not None and column is _TABLE.c.username:
        hidden = set(session.scalars(select(User.username).where(scope)))
        values = [value for value in values if value not in hidden]
    return tuple(values)


def audit_choices(session: Session, actor: Actor) -> AuditChoices:
    """What the filters offer: the users, actions, areas and desks the log names."""
    require(actor, Permission.AUDIT_VIEW)
    # the accounts whose entries a street-bound reader does not see (other streets')
    scope = (
        User.street_id.is_not(None) & (User.street_id != actor.street_id)
        if actor.street_id is not None
        else None
    )
    entities = tuple(
        sorted(
            {str(table) for table in AuditEntry.metadata.tables if table != "alembic_version"}
            | {"demo", "audit_log"}
        )
    )
    return AuditChoices(
        usernames=_distinct(session, _TABLE.c.username, scope),
        actions=_distinct(session, _TABLE.c.action, None),
        entities=entities,
        desks=_distinct(session, _TABLE.c.desk_id, None),
    )
