"""Sync bookkeeping: the base of each row edited since it last synced, the rows on their
way to the centre, and conflicts."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, BigInteger, ForeignKey, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncMixin, UTCDateTime


class SyncBase(Base):
    """What a synced row held when this desk first changed it after its last sync.

    Local only. Pushing compares the row with its base to learn which fields this desk
    changed, and the centre compares the base with its own row to learn which fields
    changed there meanwhile: a three-way merge, field by field.
    """

    __tablename__ = "sync_base"
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    base_seq: Mapped[int | None] = mapped_column(BigInteger)
    #: the row's columns as JSON text values (see ``app.services.sync.values``)
    base: Mapped[dict[str, object]] = mapped_column(JSON)


class SyncInflight(Base):
    """A row on its way to the centre: what was sent, under which op id.

    Local only. Written before a batch goes up and cleared with the rows marked sent once
    the centre answers; one left over means the answer never came, and the next push asks
    the centre whether that op was applied (``app.services.sync.inflight``).
    """

    __tablename__ = "sync_inflight"
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    op_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    #: the row as sent, as JSON text values (see ``app.services.sync.values``)
    sent: Mapped[dict[str, object]] = mapped_column(JSON)


class SyncConflict(SyncMixin, Base):
    """One field both sides changed, or a tombstone meeting an edit; kept until a
    supervisor chooses. Written by the centre while it merges a push; synced to desks."""

    __tablename__ = "sync_conflict"
    street_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("street.id"), index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    field: Mapped[str] = mapped_column(String(60))
    #: the values as JSON text values; ``None`` where the side had none
    central_value: Mapped[object] = mapped_column(JSON, nullable=True)
    desk_value: Mapped[object] = mapped_column(JSON, nullable=True)
    base_value: Mapped[object] = mapped_column(JSON, nullable=True)
    central_by: Mapped[str] = mapped_column(String(80), default="")
    central_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    desk_by: Mapped[str] = mapped_column(String(80), default="")
    desk_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    desk_name: Mapped[str] = mapped_column(String(80), default="")
    #: '' while open; 'central' | 'desk' once a supervisor chose
    choice: Mapped[str] = mapped_column(String(10), default="")
    resolved_by: Mapped[str] = mapped_column(String(80), default="")
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
