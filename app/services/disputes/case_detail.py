"""One case in full: its card, description, links, the moves open to it and its timeline."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Dispute,
    DisputeEvent,
    DisputeStage,
    MeetingDemand,
    ResidentMeeting,
    WarningLead,
    utcnow,
)
from app.services.disputes.board import build_cards, card_rows, load_card_context, team_badges
from app.services.disputes.board_types import BoardCard
from app.services.disputes.case_store import get_case
from app.services.disputes.reference_data import Labels
from app.services.disputes.stage_rules import MoveRule
from app.services.disputes.warning_rules import CaseFacts, WarningExplanation
from app.services.errors import N_, NotFound
from app.services.permissions import Actor, Permission, require


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    at: datetime
    #: user name, and the name shown for them
    actor: str
    actor_name: str
    #: created | moved | edited | note | team | lead_linked | lead_to_police
    kind: str
    from_stage: str
    to_stage: str
    note: str
    #: what the step recorded: owner, outcome, resolution method, reason, level,
    #: visit result, changed fields (old, new), team before/after, police receipt
    data: dict[str, Any]


@dataclass(frozen=True, slots=True)
class LeadSummary:
    id: uuid.UUID
    captured_at: datetime
    channel: str
    level: str
    summary: str
    people_estimate: int
    is_gathering: bool
    handed_to_police_at: datetime | None
    police_receipt: str


@dataclass(frozen=True, slots=True)
class DemandSummary:
    id: uuid.UUID
    meeting_id: uuid.UUID
    meeting_topic: str
    held_on: date
    text: str
    resolved_on_spot: bool


@dataclass(frozen=True)
class CaseDetail:
    card: BoardCard
    description: str
    street_id: uuid.UUID
    resolution_method: str
    escalation_level: str
    resolved_at: datetime | None
    closed_at: datetime | None
    lead: LeadSummary | None
    demand: DemandSummary | None
    #: moves open from the current stage, with what each asks for
    moves: tuple[MoveRule, ...]
    timeline: tuple[TimelineEntry, ...]
    labels: Labels


def lead_summary(lead: WarningLead) -> LeadSummary:
    return LeadSummary(
        lead.id,
        lead.captured_at,
        lead.channel,
        lead.level,
        lead.summary,
        lead.people_estimate,
        lead.is_gathering,
        lead.handed_to_police_at,
        lead.police_receipt,
    )


def _card(session: Session, dispute_id: uuid.UUID, now: datetime) -> tuple[BoardCard, Any]:
    ctx = load_card_context(session, now)
    rows = card_rows(session, Dispute.id == dispute_id)
    cards = build_cards(rows, team_badges(session, Dispute.id == dispute_id), ctx)
    if not cards:
        raise NotFound(N_("The case no longer exists; it may have been removed elsewhere."))
    return cards[0], ctx


def timeline(session: Session, dispute_id: uuid.UUID) -> tuple[TimelineEntry, ...]:
    stage_code = dict(session.execute(select(DisputeStage.id, DisputeStage.code)).all())
    events = session.scalars(
        select(DisputeEvent)
        .where(DisputeEvent.dispute_id == dispute_id, DisputeEvent.deleted_at.is_(None))
        .order_by(DisputeEvent.at, DisputeEvent.created_at)
    ).all()
    return tuple(
        TimelineEntry(
            at=event.at,
            actor=event.actor,
            actor_name=str((event.data or {}).get("actor_name", event.actor)),
            kind=event.kind,
            from_stage=stage_code.get(event.from_stage_id, "") if event.from_stage_id else "",
            to_stage=stage_code.get(event.to_stage_id, "") if event.to_stage_id else "",
            note=event.note,
            data={k: v for k, v in (event.data or {}).items() if k != "actor_name"},
        )
        for event in events
    )


def load_case(
    session: Session, actor: Actor, dispute_id: uuid.UUID, *, now: datetime | None = None
) -> CaseDetail:
    """The case detail pane: card, links, open moves and the full timeline."""
    require(actor, Permission.DISPUTE_VIEW)
    dispute = get_case(session, actor, dispute_id)
    card, ctx = _card(session, dispute_id, now or utcnow())
    lead = session.get(WarningLead, dispute.lead_id) if dispute.lead_id else None
    demand = None
    if dispute.demand_id is not None:
        row = session.execute(
            select(MeetingDemand, ResidentMeeting)
            .join(ResidentMeeting, ResidentMeeting.id == MeetingDemand.meeting_id)
            .where(MeetingDemand.id == dispute.demand_id)
        ).first()
        if row is not None:
            item, meeting = row
            demand = DemandSummary(
                item.id,
                meeting.id,
                meeting.topic,
                meeting.held_on,
                item.text,
                item.resolved_on_spot,
            )
    return CaseDetail(
        card=card,
        description=dispute.description,
        street_id=dispute.street_id,
        resolution_method=ctx.reference.code_of("resolution_method", dispute.resolution_method_id),
        escalation_level=dispute.escalation_level,
        resolved_at=dispute.resolved_at,
        closed_at=dispute.closed_at,
        lead=lead_summary(lead) if lead else None,
        demand=demand,
        moves=ctx.graph.moves_from(card.stage),
        timeline=timeline(session, dispute_id),
        labels=ctx.reference.labels(ctx.graph.stage_items()),
    )


def explain_warning(
    session: Session, actor: Actor, dispute_id: uuid.UUID, *, now: datetime | None = None
) -> WarningExplanation:
    """Why the card has its colour: each rule in order, each condition, the one that fired."""
    require(actor, Permission.DISPUTE_VIEW)
    get_case(session, actor, dispute_id)
    card, ctx = _card(session, dispute_id, now or utcnow())
    facts = CaseFacts(card.severity, card.people_involved, card.amount_owed, card.overdue)
    return ctx.rules.explain(facts)
