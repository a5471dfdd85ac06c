"""Row values as JSON: how a base is kept on the desk and a conflict shows both sides.

Each column's value becomes text, a number, a boolean, a list/dict (JSON columns) or
``None``; ``decode`` turns it back into the column's Python value.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import Column, Table

from app.models.audit_trail import STAMP_COLUMNS
from app.models.base import UTCDateTime


def data_columns(table: Table) -> list[str]:
    """The columns a change is about: everything but the key, the stamps and what is
    each desk's own bookkeeping (``DESK_LOCAL_COLUMNS``, never merged)."""
    local = _desk_local_columns(table)
    return [
        c.name
        for c in table.columns
        if c.name != "id" and c.name not in STAMP_COLUMNS and c.name not in local
    ]


@cache
def _desk_local_columns(table: Table) -> frozenset[str]:
    from app.models import Base

    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            return frozenset(getattr(mapper.class_, "DESK_LOCAL_COLUMNS", frozenset()))
    return frozenset()


def encode(value: object) -> object:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list | dict):
        return value
    raise TypeError(f"cannot keep a {type(value).__name__} as a sync value")


def decode(column: Column[Any], value: object) -> object:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return datetime.fromisoformat(str(value))
    python_type: type | None
    try:
        python_type = kind.python_type
    except NotImplementedError:
        python_type = None
    if python_type is uuid.UUID:
        return uuid.UUID(str(value))
    if python_type is datetime:
        return datetime.fromisoformat(str(value))
    if python_type is date:
        return date.fromisoformat(str(value))
    if python_type is Decimal:
        return Decimal(str(value))
    return value


def encode_row(table: Table, row: Mapping[str, Any]) -> dict[str, object]:
    return {c.name: encode(row[c.name]) for c in table.columns if c.name in row}


def decode_row(table: Table, row: Mapping[str, object]) -> dict[str, object]:
    return {name: decode(table.c[name], value) for name, value in row.items() if name in table.c}
