"""Declarative base, column types and the sync mixin every synced table carries.

The mixin's columns are stamped by one session event (`stamp_sync_columns`), so no
service or pane ever sets them by hand.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Integer,
    MetaData,
    String,
    TypeDecorator,
    Uuid,
    event,
    inspect,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: Key in ``Session.info`` naming who writes (a user name); stamped into ``updated_by``.
AUTHOR_KEY = "author"
#: Key in ``Session.info``: the sync engine is applying rows pulled from the centre,
#: whose stamps must be kept as they came.
APPLYING_SYNC_KEY = "applying_sync"
#: SQLite's ``application_id`` header field of a StreetDesk database ("SDK1").
SQLITE_APPLICATION_ID = 0x53444B31


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use timezone-aware UTC values")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), uuid.UUID: Uuid()}


class SyncMixin:
    """UUID key, timestamps, version, author, tombstone and sync bookkeeping."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_by: Mapped[str] = mapped_column(String(80), default="")
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    server_seq: Mapped[int | None] = mapped_column(BigInteger, default=None, index=True)
    dirty: Mapped[bool] = mapped_column(Boolean, default=True, index=True)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


class AppendOnly:
    """Marker for history tables: rows are inserted, never updated or deleted."""


class AppendOnlyViolation(RuntimeError):
    pass


#: The only columns of an append-only row that may change: the sync engine marks a
#: pushed row clean and records its place on the server. The database triggers allow
#: the same two and nothing else.
SYNC_BOOKKEEPING_COLUMNS = frozenset({"dirty", "server_seq"})


def _changes_history(obj: object) -> bool:
    state = inspect(obj)
    return any(
        state.attrs[attr.key].history.has_changes()
        for attr in state.mapper.column_attrs
        if attr.key not in SYNC_BOOKKEEPING_COLUMNS
    )


def guard_append_only(session: Session) -> None:
    """Refuse changes to history rows and deletes of synced rows, even while syncing."""
    for obj in session.dirty:
        if isinstance(obj, AppendOnly) and _changes_history(obj):
            raise AppendOnlyViolation(f"{type(obj).__name__} rows are append-only")
    for obj in session.deleted:
        if isinstance(obj, AppendOnly | SyncMixin):
            raise AppendOnlyViolation(
                f"{type(obj).__name__} rows are never deleted; set a tombstone instead"
            )


def _only_desk_local_changes(obj: object) -> bool:
    """Whether a flush changes only columns that are this desk's own bookkeeping
    (``DESK_LOCAL_COLUMNS`` of the model, e.g. an account's failed sign-ins here): such a
    change is neither a new version nor anything to send."""
    local = getattr(type(obj), "DESK_LOCAL_COLUMNS", None)
    if not local:
        return False
    state = inspect(obj)
    changed = {
        attr.key
        for attr in state.mapper.column_attrs
        if state.attrs[attr.key].history.has_changes()
    }
    return bool(changed) and changed <= local


def stamp_sync_columns(session: Session, flush_context: Any, instances: Any) -> None:
    """Stamp the mixin columns on every insert and update, and guard append-only rows."""
    guard_append_only(session)
    if session.info.get(APPLYING_SYNC_KEY):
        return
    now = utcnow()
    author = str(session.info.get(AUTHOR_KEY, ""))
    for obj in session.new:
        if isinstance(obj, SyncMixin):
            obj.created_at = obj.created_at or now
            obj.updated_at = now
            obj.version = 1
            obj.updated_by = author
            obj.dirty = True
    for obj in session.dirty:
        if not session.is_modified(obj, include_collections=False):
            continue
        if _only_desk_local_changes(obj):
            continue
        if isinstance(obj, SyncMixin) and not isinstance(obj, AppendOnly):
            obj.updated_at = now
            obj.version = (obj.version or 0) + 1
            obj.updated_by = author
            obj.dirty = True


event.listen(Session, "before_flush", stamp_sync_columns)
