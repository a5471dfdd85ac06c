"""Reading id columns of large result sets without SQLAlchemy's per-value UUID processing.

On SQLite a UUID column holds 32 hex characters; letting the ORM convert 100,000 of them
costs more than the query itself. ``raw_id`` selects the stored text and ``IdCache``
turns it into ``uuid.UUID`` once per distinct value (teams, grids and units repeat on
every row). PostgreSQL drivers hand back ``uuid.UUID`` already, which passes through.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import String, type_coerce
from sqlalchemy.sql.elements import ColumnElement


def raw_id(column: Any) -> ColumnElement[Any]:
    """The column as the driver returns it, without the ORM's UUID conversion."""
    return type_coerce(column, String)


class IdCache:
    """Converts stored ids to ``uuid.UUID``, each distinct value once."""

    def __init__(self) -> None:
        self._seen: dict[object, uuid.UUID] = {}

    def __call__(self, value: object) -> uuid.UUID | None:
        if value is None:
            return None
        if isinstance(value, uuid.UUID):
            return value
        found = self._seen.get(value)
        if found is None:
            found = self._seen[value] = uuid.UUID(str(value))
        return found

    def fresh(self, value: object) -> uuid.UUID:
        """A value seen once only (a row's own id): converted without being kept."""
        if isinstance(value, uuid.UUID):
            return value
        return uuid.UUID(str(value))
