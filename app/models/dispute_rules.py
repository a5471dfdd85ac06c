"""Table-driven rules for the dispute clocks: deadlines, warning colours, working days.

Seeded by the ``disputes`` migration branch; a district adjusts the rows, not the code.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncMixin

WARNING_COLOURS = ("red", "orange", "yellow", "blue")


class DeadlineRule(SyncMixin, Base):
    """How many working days a case of a severity may stay in a stage."""

    __tablename__ = "dispute_deadline_rule"
    severity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("severity.id"), index=True)
    stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dispute_stage.id"), index=True)
    working_days: Mapped[int] = mapped_column(Integer)


class WarningRule(SyncMixin, Base):
    """One warning-colour rule: every condition set must hold; the lowest priority wins.

    A condition left empty (NULL) matches any case, so a rule with no condition is the
    fallback colour.
    """

    __tablename__ = "dispute_warning_rule"
    __table_args__ = (
        CheckConstraint("colour IN ('red', 'orange', 'yellow', 'blue')", name="colour"),
    )
    code: Mapped[str] = mapped_column(String(40), unique=True)
    priority: Mapped[int] = mapped_column(Integer)
    colour: Mapped[str] = mapped_column(String(10))
    severity_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("severity.id"))
    min_people: Mapped[int | None] = mapped_column(Integer)
    min_amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    #: NULL: either; True: only overdue cases; False: only cases within their deadline
    overdue: Mapped[bool | None] = mapped_column(Boolean)
    name_zh: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(200))


class WorkdayOverride(SyncMixin, Base):
    """An administrator's correction to the official calendar for one day.

    The id is derived from the date (``reference_id("workday_override", iso date)``), so
    two desks overriding the same day write the same row.
    """

    __tablename__ = "workday_override"
    day: Mapped[date] = mapped_column(Date, unique=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(200), default="")
