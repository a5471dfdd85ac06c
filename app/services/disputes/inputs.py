"""What views hand to the dispute services: plain frozen dataclasses, codes not ORM rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class NewCase:
    """A case received from any source (reception, hotline, online group, patrol, ...)."""

    title: str
    category: str
    severity: str
    source: str
    unit_id: uuid.UUID | None = None
    #: needed only when there is no unit (the unit gives the street)
    street_id: uuid.UUID | None = None
    description: str = ""
    people_involved: int = 1
    amount_owed: Decimal = Decimal("0")
    #: when it was received; now when left out
    received_at: datetime | None = None
    note: str = ""
    lead_id: uuid.UUID | None = None


@dataclass(frozen=True)
class CaseChanges:
    """An edit; fields left as None stay as they are."""

    title: str | None = None
    description: str | None = None
    category: str | None = None
    severity: str | None = None
    unit_id: uuid.UUID | None = None
    owner_staff_id: uuid.UUID | None = None
    people_involved: int | None = None
    amount_owed: Decimal | None = None
    note: str = ""


@dataclass(frozen=True)
class MoveInfo:
    """What a move asks for (see ``move_requirements``); unused fields are ignored."""

    note: str = ""
    owner_staff_id: uuid.UUID | None = None
    outcome: str = ""
    #: resolution method code: on_spot | mediation | arbitration | referral
    resolution_method: str = ""
    reason: str = ""
    #: escalation level code (``ESCALATION_LEVELS``)
    level: str = ""
    visit_result: str = ""
    #: values for fields a district added to its stage rules
    extra: dict[str, str] = field(default_factory=dict)
    #: when it happened; now when left out
    at: datetime | None = None


@dataclass(frozen=True)
class DemandInput:
    """A demand (诉求) raised at a resident meeting."""

    text: str
    resolved_on_spot: bool = False
    #: how it was resolved, required when resolved on the spot
    outcome: str = ""
    title: str = ""
    category: str = "other"
    severity: str = "minor"
    people_involved: int = 1
    amount_owed: Decimal = Decimal("0")


@dataclass(frozen=True)
class MeetingInput:
    """A 幸福大家谈 resident meeting and what was raised at it."""

    unit_id: uuid.UUID
    held_on: date
    topic: str
    attendees: int = 0
    host: str = ""
    demands: tuple[DemandInput, ...] = ()


@dataclass(frozen=True)
class LeadInput:
    """An early-warning lead from online patrol or offline canvassing."""

    summary: str
    #: online | offline
    channel: str
    #: red | orange | yellow | blue
    level: str
    unit_id: uuid.UUID | None = None
    street_id: uuid.UUID | None = None
    captured_at: datetime | None = None
    people_estimate: int = 0
    is_gathering: bool = False
