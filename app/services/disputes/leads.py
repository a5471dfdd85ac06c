"""Early-warning leads: raising them, linking them to cases, handing them to the police.

A hand-over is recorded on the lead (time and police receipt), in the audit log and on
the timeline of every case the lead is linked to.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models import Dispute, WarningLead, utcnow
from app.models.dispute_rules import WARNING_COLOURS
from app.services import audit, validators
from app.services.china_time import local_date
from app.services.disputes import checks
from app.services.disputes.case_detail import LeadSummary, lead_summary
from app.services.disputes.case_store import (
    EVENT_LEAD_LINKED,
    EVENT_LEAD_TO_POLICE,
    append_event,
    check_street,
    live_street,
    live_unit,
    lock_case,
)
from app.services.disputes.cases import CaseRef, create_case
from app.services.disputes.inputs import LeadInput, NewCase
from app.services.disputes.stage_rules import load_stage_graph
from app.services.errors import N_, ConflictError, NotFound, ValidationError
from app.services.permissions import Actor, Permission, require

LEAD_CHANNELS = ("online", "offline")
EARLY_WARNING_SOURCE = "early_warning"


@dataclass(frozen=True, slots=True)
class LeadRow:
    """A lead in the leads list, with the cases it is linked to."""

    lead: LeadSummary
    version: int
    case_numbers: tuple[str, ...]


def _get_lead(session: Session, actor: Actor, lead_id: uuid.UUID) -> WarningLead:
    lead = session.get(WarningLead, validators.required_row_id("lead", lead_id))
    if lead is None or lead.deleted_at is not None:
        raise NotFound(N_("That early-warning lead no longer exists."))
    check_street(actor, lead.street_id)
    return lead


def raise_lead(
    session: Session, actor: Actor, lead: LeadInput, *, now: datetime | None = None
) -> LeadRow:
    """Record a lead from online patrol or offline canvassing."""
    require(actor, Permission.LEAD_EDIT)
    now = now or utcnow()
    summary = checks.clean_text("summary", lead.summary, checks.LONG_TEXT_LIMIT, required=True)
    if lead.channel not in LEAD_CHANNELS:
        raise ValidationError(
            "channel", N_("{code} is not a known entry of this list."), code=lead.channel
        )
    if lead.level not in WARNING_COLOURS:
        raise ValidationError(
            "level", N_("{code} is not a known entry of this list."), code=lead.level
        )
    people_estimate = checks.check_people("people_estimate", lead.people_estimate, low=0)
    captured_at = checks.check_not_future("captured_at", lead.captured_at or now, now)
    street_id = validators.row_id("street", lead.street_id) or actor.street_id
    if lead.unit_id is not None:
        street_id = live_unit(session, lead.unit_id).street_id
    elif street_id is not None:
        live_street(session, street_id)
    if street_id is None:
        raise ValidationError("unit", N_("Choose the unit (or street) the case belongs to."))
    check_street(actor, street_id)
    row = WarningLead(
        street_id=street_id,
        unit_id=lead.unit_id,
        captured_at=captured_at,
        channel=lead.channel,
        level=lead.level,
        summary=summary,
        people_estimate=people_estimate,
        is_gathering=bool(lead.is_gathering),
    )
    session.add(row)
    session.flush()
    audit.record(session, actor.username, "lead.raised", "warning_lead", row.id, level=lead.level)
    return LeadRow(lead_summary(row), row.version, ())


def link_lead(
    session: Session,
    actor: Actor,
    lead_id: uuid.UUID,
    dispute_id: uuid.UUID,
    expected_version: int,
    *,
    now: datetime | None = None,
) -> CaseRef:
    """Link a lead to an existing case (replacing any earlier link, which the event keeps)."""
    require(actor, Permission.LEAD_EDIT)
    require(actor, Permission.DISPUTE_EDIT)
    now = now or utcnow()
    lead = _get_lead(session, actor, lead_id)
    dispute = lock_case(session, actor, dispute_id, expected_version)
    if lead.street_id != dispute.street_id:
        raise ValidationError("lead", N_("The lead and the case belong to different streets."))
    if dispute.lead_id == lead.id:
        raise ValidationError("lead", N_("The case is already linked to this lead."))
    before = str(dispute.lead_id) if dispute.lead_id else ""
    dispute.lead_id = lead.id
    append_event(
        session,
        dispute,
        actor,
        EVENT_LEAD_LINKED,
        now,
        data={"lead_id": str(lead.id), "previous_lead_id": before, "level": lead.level},
    )
    session.flush()
    graph = load_stage_graph(session)
    return CaseRef(
        dispute.id, dispute.number, dispute.version, graph.stage_by_id(dispute.stage_id).code
    )


def open_case_from_lead(
    session: Session, actor: Actor, lead_id: uuid.UUID, new: NewCase, *, now: datetime | None = None
) -> CaseRef:
    """Receive a case from a lead (source: early-warning lead), linked to it."""
    require(actor, Permission.LEAD_EDIT)
    lead = _get_lead(session, actor, lead_id)
    street_id = new.street_id or lead.street_id
    return create_case(
        session,
        actor,
        replace(
            new, lead_id=lead.id, street_id=street_id, source=new.source or EARLY_WARNING_SOURCE
        ),
        now=now,
    )


def hand_lead_to_police(
    session: Session,
    actor: Actor,
    lead_id: uuid.UUID,
    expected_version: int,
    police_receipt: str,
    *,
    at: datetime | None = None,
    now: datetime | None = None,
) -> LeadRow:
    """Record that the lead went to the police, with their receipt number."""
    require(actor, Permission.LEAD_EDIT)
    now = now or utcnow()
    receipt = checks.line("police_receipt", police_receipt, checks.SHORT_TEXT_LIMIT, required=True)
    handed_at = checks.check_not_future("handed_to_police_at", at or now, now)
    lead_id = validators.required_row_id("lead", lead_id)
    expected_version = validators.version(expected_version)
    result = session.execute(
        update(WarningLead)
        .where(
            WarningLead.id == lead_id,
            WarningLead.version == expected_version,
            WarningLead.deleted_at.is_(None),
        )
        .values(version=WarningLead.version)  # takes the write lock, changes nothing
        .execution_options(synchronize_session=False)
    )
    lead = _get_lead(session, actor, lead_id)
    session.refresh(lead)
    if getattr(result, "rowcount", 0) != 1:
        raise ConflictError(
            N_(
                "The lead was changed by {author} after you opened it."
                " Reload it; what you entered is kept."
            ),
            author=lead.updated_by or "?",
        )
    if lead.handed_to_police_at is not None:
        raise ValidationError(
            "police_receipt",
            N_("This lead was already handed to the police on {when} (receipt {receipt})."),
            when=local_date(lead.handed_to_police_at).isoformat(),
            receipt=lead.police_receipt,
        )
    if handed_at < lead.captured_at:
        raise ValidationError(
            "handed_to_police_at", N_("The hand-over cannot be dated before the lead was captured.")
        )
    lead.handed_to_police_at = handed_at
    lead.police_receipt = receipt
    linked = session.scalars(
        select(Dispute).where(Dispute.lead_id == lead.id, Dispute.deleted_at.is_(None))
    ).all()
    for dispute in linked:
        append_event(
            session,
            dispute,
            actor,
            EVENT_LEAD_TO_POLICE,
            handed_at,
            data={"lead_id": str(lead.id), "police_receipt": receipt},
        )
    audit.record(
        session, actor.username, "lead.handed_to_police", "warning_lead", lead.id, receipt=receipt
    )
    session.flush()
    return LeadRow(lead_summary(lead), lead.version, tuple(d.number for d in linked))


def list_leads(
    session: Session, actor: Actor, *, handed_to_police: bool | None = None
) -> tuple[LeadRow, ...]:
    """Leads, newest first, each with the numbers of its linked cases."""
    require(actor, Permission.DISPUTE_VIEW)
    query = select(WarningLead).where(WarningLead.deleted_at.is_(None))
    if actor.street_id is not None:
        query = query.where(WarningLead.street_id == actor.street_id)
    if handed_to_police is not None:
        handed = WarningLead.handed_to_police_at
        query = query.where(handed.is_not(None) if handed_to_police else handed.is_(None))
    leads = session.scalars(query.order_by(WarningLead.captured_at.desc())).all()
    numbers: dict[uuid.UUID, list[str]] = {}
    for lead_id, number in session.execute(
        select(Dispute.lead_id, Dispute.number)
        .where(Dispute.lead_id.is_not(None), Dispute.deleted_at.is_(None))
        .order_by(Dispute.number)
    ):
        if lead_id is not None:
            numbers.setdefault(lead_id, []).append(number)
    return tuple(
        LeadRow(lead_summary(lead), lead.version, tuple(numbers.get(lead.id, ()))) for lead in leads
    )
