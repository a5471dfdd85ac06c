"""The history of reference data: one row per saved edit, never changed afterwards.

The live row (a category, a rule, a stage, ...) holds the version in force; each edit an
administrator saves also writes a ``ReferenceRevision`` with the values it put in force,
the values it replaced, from when, by whom and why. Seeded rows have no revision until
their first edit, whose ``old_values`` keep the seeded values.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import AppendOnly, Base, SyncMixin, UTCDateTime


class ReferenceRevision(AppendOnly, SyncMixin, Base):
    __tablename__ = "reference_revision"
    __table_args__ = (UniqueConstraint("record_id", "revision"),)
    #: the kind of list, as the administration screen names it (category, deadline, ...)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    #: 1, 2, ... per record
    revision: Mapped[int] = mapped_column(Integer)
    #: create | update | hide | show
    action: Mapped[str] = mapped_column(String(10))
    effective_from: Mapped[datetime] = mapped_column(UTCDateTime())
    new_values: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    old_values: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    note: Mapped[str] = mapped_column(String(200), default="")
