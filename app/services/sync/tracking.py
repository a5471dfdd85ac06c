"""Keeping the base of a synced row when this desk first changes it after a sync.

One session event, after the sync stamps: for every row that has been on the centre
(``server_seq`` set) and was clean until this flush, the row as stored is copied to
``sync_base`` before the flush overwrites it. Rows never synced need no base, so a desk
that has not joined a centre pays nothing.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.models import Base, SyncBase
from app.models.base import APPLYING_SYNC_KEY, AppendOnly, SyncMixin
from app.services.sync.values import encode_row


def _was_clean(obj: SyncMixin) -> bool:
    history = inspect(obj).attrs["dirty"].history
    if history.deleted:
        return history.deleted[0] is False
    return not history.unchanged  # not loaded: ask the database


def keep_bases(session: Session, _flush_context: Any, _instances: Any) -> None:
    if session.info.get(APPLYING_SYNC_KEY):
        return
    wanted: dict[str, list[uuid.UUID]] = {}
    for obj in session.dirty:
        if (
            isinstance(obj, SyncMixin)
            and not isinstance(obj, AppendOnly)
            and obj.server_seq is not None
            and _was_clean(obj)
            and session.is_modified(obj, include_collections=False)
        ):
            wanted.setdefault(obj.__table__.name, []).append(obj.id)  # type: ignore[attr-defined]
    if not wanted:
        return
    connection = session.connection()
    for name, ids in wanted.items():
        table = Base.metadata.tables[name]
        stored = connection.execute(
            select(table).where(table.c.id.in_(ids), table.c.dirty.is_(False))
        ).mappings()
        rows = [
            {
                "table_name": name,
                "row_id": row["id"],
                "base_seq": row["server_seq"],
                "base": encode_row(table, dict(row)),
            }
            for row in stored
            if row["server_seq"] is not None
        ]
        if rows and connection.dialect.name == "sqlite":
            connection.execute(sqlite_insert(SyncBase).on_conflict_do_nothing(), rows)


# after ``stamp_sync_columns`` (registered when app.models.base was imported)
event.listen(Session, "before_flush", keep_bases)
