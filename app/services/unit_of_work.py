"""Units of work that report what they wrote.

Callers outside ``app.services`` (the views' operations, the command line) run a use case
through ``read`` or ``write`` instead of opening sessions themselves. A write returns the
use case's value with a ``ChangeSet``: every table it touched and the ids of the rows,
gathered from the session's own flushes, so no service has to remember to announce what
it changed and no announcement can name rows that were not written.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Column, event, inspect
from sqlalchemy.orm import ORMExecuteState, Session
from sqlalchemy.sql import operators, visitors
from sqlalchemy.sql.elements import BinaryExpression, BindParameter

from app.services.database import Database

__all__ = ["ChangeSet", "Session", "note_bulk_write", "read", "write"]

T = TypeVar("T")
_TRACKER_KEY = "streetdesk.changes"


@dataclass(frozen=True)
class ChangeSet:
    """Tables a unit of work wrote, each with the ids of its rows and of the rows they
    belong to (their foreign keys: an event names its case); ``None`` where a bulk
    statement touched rows that cannot be named (treat as "any row of the table")."""

    tables: Mapping[str, frozenset[uuid.UUID] | None] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.tables)


class _Tracker:
    def __init__(self) -> None:
        self.rows: dict[str, set[uuid.UUID] | None] = {}

    def add(self, table: str, row_id: object) -> None:
        if table not in self.rows:
            self.rows[table] = set()
        ids = self.rows[table]
        if ids is None:
            return
        if isinstance(row_id, uuid.UUID):
            ids.add(row_id)
        else:
            # integer or composite keys (reference data): the table, not the row
            self.rows[table] = None

    def add_table(self, table: str) -> None:
        self.rows[table] = None

    def freeze(self) -> ChangeSet:
        return ChangeSet(
            {
                table: (frozenset(ids) if ids is not None else None)
                for table, ids in self.rows.items()
            }
        )


def _tracker(session: Session) -> _Tracker | None:
    tracker = session.info.get(_TRACKER_KEY)
    return tracker if isinstance(tracker, _Tracker) else None


def note_bulk_write(session: Session, table: str, rows: Iterable[Mapping[str, object]]) -> None:
    """Announce rows written below the ORM (a bulk insert of thousands) with the use
    case's changes, as a flush would: each row's id and the ids it refers to."""
    tracker = _tracker(session)
    if tracker is None:
        return
    for row in rows:
        for key, value in row.items():
            if (key == "id" or key.endswith("_id")) and isinstance(value, uuid.UUID):
                tracker.add(table, value)


def _record_flush(session: Session, _flush_context: Any) -> None:
    tracker = _tracker(session)
    if tracker is None:
        return
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__tablename__", None)
        if table is None:
            continue
        if obj in session.dirty and not session.is_modified(obj, include_collections=False):
            continue
        mapper = inspect(obj).mapper
        key = mapper.primary_key_from_instance(obj)
        tracker.add(table, key[0] if len(key) == 1 else None)
        # a case's event or a post's secondment changes what the case or post shows
        for column in mapper.columns:
            if column.foreign_keys:
                owner = getattr(obj, column.key, None)
                if isinstance(owner, uuid.UUID):
                    tracker.add(table, owner)


def _row_named(statement: Any) -> object | None:
    """The id in ``WHERE <table>.id = :value`` of an UPDATE or DELETE, if it names one."""
    where = getattr(statement, "whereclause", None)
    if where is None:
        return None
    for node in visitors.iterate(where):
        if (
            isinstance(node, BinaryExpression)
            and node.operator is operators.eq
            and isinstance(node.left, Column)
            and node.left.primary_key
            and isinstance(node.right, BindParameter)
        ):
            return node.right.value
    return None


def _record_bulk(state: ORMExecuteState) -> None:
    tracker = _tracker(state.session)
    if tracker is None or not (state.is_update or state.is_delete or state.is_insert):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if not isinstance(name, str):
        return
    row_id = _row_named(state.statement) if not state.is_insert else None
    if isinstance(row_id, uuid.UUID):
        tracker.add(name, row_id)
    else:
        tracker.add_table(name)


event.listen(Session, "after_flush", _record_flush)
event.listen(Session, "do_orm_execute", _record_bulk)


@contextmanager
def _tracked(database: Database, author: str) -> Iterator[tuple[Session, _Tracker]]:
    tracker = _Tracker()
    with database.session(author) as session:
        session.info[_TRACKER_KEY] = tracker
        yield session, tracker


def read(database: Database, author: str, use_case: Callable[[Session], T]) -> T:
    """Run ``use_case`` in its own unit of work and return its value."""
    with database.session(author) as session:
        return use_case(session)


def write(database: Database, author: str, use_case: Callable[[Session], T]) -> tuple[T, ChangeSet]:
    """Run ``use_case`` in its own unit of work; after the commit, return its value and
    what it wrote. Nothing is reported for a unit of work that was rolled back."""
    with _tracked(database, author) as (session, tracker):
        value = use_case(session)
    return value, tracker.freeze()
