"""Dispute cases (矛盾纠纷), their append-only history, meetings and early-warning leads."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Date, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import AppendOnly, Base, SyncMixin, UTCDateTime


class Dispute(SyncMixin, Base):
    """A case. Its stage and fields change; every change is also an appended event."""

    __tablename__ = "dispute"
    street_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("street.id"), index=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dispute_category.id"), index=True)
    severity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("severity.id"), index=True)
    source_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dispute_source.id"), index=True)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"), index=True)
    stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dispute_stage.id"), index=True)
    owner_staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), index=True)
    people_involved: Mapped[int] = mapped_column(Integer, default=1)
    amount_owed: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0"))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    stage_entered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    resolution_method_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("resolution_method.id")
    )
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    escalation_level: Mapped[str] = mapped_column(String(40), default="")
    lead_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("warning_lead.id"))
    demand_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("meeting_demand.id"))


class DisputeTeamMember(SyncMixin, Base):
    """A member of the 情理法 three-person team (or the leader) on a case."""

    __tablename__ = "dispute_team_member"
    dispute_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dispute.id"), index=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)
    #: qing (street) | li (department) | fa (police) | leader | grid
    role: Mapped[str] = mapped_column(String(10))


class DisputeEvent(AppendOnly, SyncMixin, Base):
    """One step of a case's history: who, when, from, to, note. Never updated."""

    __tablename__ = "dispute_event"
    dispute_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dispute.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    actor: Mapped[str] = mapped_column(String(80))
    #: created | moved | edited | note | team
    kind: Mapped[str] = mapped_column(String(20))
    from_stage_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("dispute_stage.id"))
    to_stage_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("dispute_stage.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


class ResidentMeeting(SyncMixin, Base):
    """幸福大家谈: a residents' meeting at a unit's station."""

    __tablename__ = "resident_meeting"
    street_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("street.id"), index=True)
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"), index=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    topic: Mapped[str] = mapped_column(String(200))
    attendees: Mapped[int] = mapped_column(Integer, default=0)
    host: Mapped[str] = mapped_column(String(80), default="")


class MeetingDemand(SyncMixin, Base):
    """A demand (诉求) collected at a meeting; resolved on the spot or turned into a case."""

    __tablename__ = "meeting_demand"
    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("resident_meeting.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    resolved_on_spot: Mapped[bool] = mapped_column(default=False)


class WarningLead(SyncMixin, Base):
    """An early-warning lead (e.g. organised gathering); may link to a case or go to police."""

    __tablename__ = "warning_lead"
    street_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("street.id"), index=True)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id"), index=True)
    captured_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    #: online | offline
    channel: Mapped[str] = mapped_column(String(10))
    #: red | orange | yellow | blue
    level: Mapped[str] = mapped_column(String(10))
    summary: Mapped[str] = mapped_column(Text)
    people_estimate: Mapped[int] = mapped_column(Integer, default=0)
    is_gathering: Mapped[bool] = mapped_column(default=False)
    handed_to_police_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    police_receipt: Mapped[str] = mapped_column(String(80), default="")
