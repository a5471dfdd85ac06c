"""Rows between the sync and the database drivers, past SQLAlchemy's per-row statement
handling (which costs more than the rows themselves in a sync of a whole database).

Each value is converted exactly as SQLAlchemy would convert it for its column (the
column type's own bind and result processors: a UUID as 32 hex digits on SQLite, a
datetime as naive UTC text), and only columns whose type converts pay for a call.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, Table, Uuid
from sqlalchemy.engine import Dialect

from app.models.base import UTCDateTime

Processor = Callable[[Any], Any]
_BIND: dict[tuple[str, str], list[tuple[int, Processor]]] = {}
_RESULT: dict[tuple[str, str], list[tuple[int, Processor]]] = {}


def _bind_processors(dialect: Dialect, table: Table) -> list[tuple[int, Processor]]:
    key = (dialect.name, table.name)
    if key not in _BIND:
        found = [
            _naive_utc_text
            if dialect.name == "sqlite" and isinstance(c.type, UTCDateTime)
            else c.type.dialect_impl(dialect).bind_processor(dialect)
            for c in table.columns
        ]
        _BIND[key] = [(n, p) for n, p in enumerate(found) if p is not None]
    return _BIND[key]


def _result_processors(dialect: Dialect, table: Table) -> list[tuple[int, Processor]]:
    key = (dialect.name, table.name)
    if key not in _RESULT:
        # psycopg's own loaders already give what SQLAlchemy returns, but for the UTC
        # datetimes (its numeric processor wants the column's type code besides)
        postgres = dialect.name == "postgresql"
        found = [
            _uuid_from_hex
            if dialect.name == "sqlite" and isinstance(c.type, Uuid) and c.type.as_uuid
            else c.type.dialect_impl(dialect).result_processor(dialect, None)
            if not postgres or isinstance(c.type, UTCDateTime)
            else None
            for c in table.columns
        ]
        _RESULT[key] = [(n, p) for n, p in enumerate(found) if p is not None]
    return _RESULT[key]


def binder(dialect: Dialect, column: ColumnElement[Any]) -> Processor:
    """How SQLAlchemy binds a value of ``column`` on this dialect."""
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    return process if process is not None else _same


def _same(value: object) -> object:
    return value


def _naive_utc_text(value: datetime | None) -> str | None:
    """What ``UTCDateTime`` and SQLite's DATETIME make of an aware datetime (naive UTC,
    "2026-05-01 08:30:00.000000"), in one step instead of three."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given; use timezone-aware UTC values")
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _uuid_from_hex(value: str | None) -> uuid.UUID | None:
    """``uuid.UUID(value)`` for the 32 hex digits SQLite holds, at half the cost (the
    constructor's checks of other spellings are most of a sync's reading time)."""
    if value is None:
        return None
    made = _new_object(uuid.UUID)
    _set_slot(made, "int", int(value, 16))
    _set_slot(made, "is_safe", uuid.SafeUUID.unknown)
    return made


_new_object = object.__new__
_set_slot = object.__setattr__


def bound_rows(
    dialect: Dialect, table: Table, rows: Iterable[Mapping[str, object]]
) -> list[tuple[object, ...]]:
    """Rows as the driver's parameter tuples, in the order of ``table.columns``."""
    values_of = itemgetter(*[c.name for c in table.columns])
    processors = _bind_processors(dialect, table)
    out = []
    for row in rows:
        values = list(values_of(row))
        for number, process in processors:
            values[number] = process(values[number])
        out.append(tuple(values))
    return out


def loaded_rows(
    dialect: Dialect, table: Table, fetched: Iterable[Sequence[object]]
) -> list[dict[str, Any]]:
    """The driver's tuples of ``SELECT`` every column of ``table`` (in its order) as the
    rows SQLAlchemy would have given."""
    names = [c.name for c in table.columns]
    processors = _result_processors(dialect, table)
    out = []
    for raw in fetched:
        values = list(raw)
        for number, process in processors:
            values[number] = process(values[number])
        out.append(dict(zip(names, values, strict=True)))
    return out


def select_all(table: Table) -> str:
    """``SELECT`` every column of ``table`` in its order, for ``loaded_rows``."""
    return f"SELECT {', '.join(c.name for c in table.columns)} FROM {table.name}"
