"""Crisis work for high risk: raising a crisis starts its clock and its checklist.

The checklist is the hotline contact, the rapid-response visit, the crisis assessment
and the emergency referral to a medical institution; each item done is an appended
step. A crisis closes only once assessed. Raising a crisis puts the person in the
high-risk group.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Crisis, CrisisRecord, CrisisStep, reference_id, utcnow
from app.services import validators
from app.services.china_time import local_date
from app.services.errors import N_, DomainError, NotFound, ValidationError
from app.services.permissions import Actor
from app.services.psych.access import person_in_scope, require_edit
from app.services.psych.referrals import refer
from app.services.psych.rules import (
    calendar_for,
    crisis_rules,
    outside_office_hours,
    respond_by,
)

CHECKLIST = ("hotline", "visit", "assessment", "referral")
RISK_LEVELS = ("low", "medium", "high", "imminent")


@dataclass(frozen=True)
class CrisisClock:
    crisis_id: uuid.UUID
    raised_at: datetime
    respond_by: datetime
    #: the deadline falls on a rest day or outside office hours: the on-call duty's
    due_off_hours: bool
    done: frozenset[str]
    closed: bool

    def overdue(self, now: datetime) -> bool:
        return not self.closed and "hotline" not in self.done and now > self.respond_by


def open_crisis_of(session: Session, person_id: uuid.UUID) -> Crisis | None:
    return session.scalar(
        select(Crisis).where(Crisis.person_id == person_id, Crisis.closed_at.is_(None))
    )


def raise_crisis(
    session: Session, actor: Actor, person_id: uuid.UUID, reason: str, at: datetime | None = None
) -> CrisisClock:
    """Open a crisis; its response is due after the administrator's deadline."""
    require_edit(session, actor)
    person = person_in_scope(session, actor, person_id)
    if person.ledger_closed_on is not None:
        raise DomainError(N_("This ledger is closed; nothing more can be recorded in it."))
    if open_crisis_of(session, person.id) is not None:
        raise DomainError(N_("This person already has an open crisis."))
    raised = validators.moment("at", at) if at is not None else utcnow()
    text = validators.text("reason", reason, 2000, required=True, multiline=True)
    rules = crisis_rules(session)
    calendar = calendar_for(session, local_date(raised))
    due = respond_by(raised, rules, calendar)
    crisis = Crisis(
        person_id=person.id,
        raised_at=raised,
        raised_by=actor.display_name,
        reason=text,
        respond_by=due,
    )
    session.add(crisis)
    person.group_id = reference_id("psych_group", "high_risk")
    session.flush()
    return CrisisClock(
        crisis.id, raised, due, outside_office_hours(due, calendar), frozenset(), False
    )


def _open_crisis(session: Session, actor: Actor, crisis_id: uuid.UUID) -> Crisis:
    require_edit(session, actor)
    crisis = session.get(Crisis, crisis_id)
    if crisis is None:
        raise NotFound(N_("No such crisis."))
    person_in_scope(session, actor, crisis.person_id)
    if crisis.closed_at is not None:
        raise DomainError(N_("This crisis is closed."))
    return crisis


def done_items(session: Session, crisis_id: uuid.UUID) -> frozenset[str]:
    return frozenset(
        session.scalars(select(CrisisStep.item).where(CrisisStep.crisis_id == crisis_id))
    )


def check_item(
    session: Session,
    actor: Actor,
    crisis_id: uuid.UUID,
    item: str,
    note: str,
    *,
    risk_level: str = "",
    hospital_id: uuid.UUID | None = None,
) -> None:
    """Tick one checklist item. An assessment carries a risk level and goes into the
    ledger's crisis records; the emergency referral is sent to the hospital chosen."""
    crisis = _open_crisis(session, actor, crisis_id)
    if item not in CHECKLIST:
        raise ValidationError("item", N_("Choose a checklist item."))
    if item in done_items(session, crisis.id):
        raise DomainError(N_("This item is already done."))
    text = validators.text(
        "note",
        note,
        2000,
        required=item == "assessment",
        multiline=True,
        empty_message=N_("Write down the assessment."),
    )
    now = utcnow()
    if item == "assessment":
        if risk_level not in RISK_LEVELS:
            raise ValidationError("risk_level", N_("Choose the risk level."))
        session.add(
            CrisisRecord(
                person_id=crisis.person_id,
                at=now,
                risk_level=risk_level,
                assessment=text,
                action="",
                responder=actor.display_name,
            )
        )
    if item == "referral":
        if hospital_id is None:
            raise ValidationError("hospital_id", N_("Choose the medical institution."))
        refer(
            session,
            actor,
            crisis.person_id,
            hospital_id,
            text or crisis.reason,
            emergency=True,
            legal_basis="vital_interest",
        )
    session.add(
        CrisisStep(crisis_id=crisis.id, item=item, at=now, actor=actor.display_name, note=text)
    )


def close_crisis(session: Session, actor: Actor, crisis_id: uuid.UUID, note: str = "") -> None:
    """Close a crisis; refused until a crisis assessment is recorded."""
    crisis = _open_crisis(session, actor, crisis_id)
    if "assessment" not in done_items(session, crisis.id):
        raise DomainError(N_("A crisis cannot be closed before a crisis assessment is recorded."))
    crisis.closed_at = utcnow()
    crisis.closed_by = actor.display_name
    if note.strip():
        session.add(
            CrisisStep(
                crisis_id=crisis.id,
                item="closed",
                at=crisis.closed_at,
                actor=actor.display_name,
                note=validators.text("note", note, 2000, multiline=True),
            )
        )


def crisis_clock(session: Session, crisis: Crisis) -> CrisisClock:
    calendar = calendar_for(session, local_date(crisis.respond_by))
    return CrisisClock(
        crisis.id,
        crisis.raised_at,
        crisis.respond_by,
        outside_office_hours(crisis.respond_by, calendar),
        done_items(session, crisis.id),
        crisis.closed_at is not None,
    )
