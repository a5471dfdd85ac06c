"""Intake from a 幸福大家谈 resident meeting: the meeting, its demands and their cases.

Every demand becomes a case from the ``meeting`` source. A demand resolved on the spot
is carried through the stage rules to the final stage in the same transaction, each
step an event of its own, so the board counts it as resolved on the spot and closed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy.orm import Session

from app.models import Dispute, MeetingDemand, ResidentMeeting, utcnow
from app.services.china_time import CHINA_TZ
from app.services.disputes import checks
from app.services.disputes.case_store import check_street, live_unit
from app.services.disputes.cases import CaseRef, apply_move, create_case
from app.services.disputes.inputs import DemandInput, MeetingInput, MoveInfo, NewCase
from app.services.disputes.reference_data import load_reference_data
from app.services.disputes.stage_rules import MoveRule, StageGraph, load_stage_graph
from app.services.errors import N_, ValidationError
from app.services.permissions import Actor, Permission, require

ON_SPOT_METHOD = "on_spot"
RESOLVED_STAGE = "resolved"
MEETING_SOURCE = "meeting"
#: When a meeting's cases count as received: midday of the meeting day (China time).
MEETING_HOUR = time(12, 0, tzinfo=CHINA_TZ)
_DERIVED_TITLE_LENGTH = 40


@dataclass(frozen=True)
class MeetingResult:
    meeting_id: uuid.UUID
    demand_ids: tuple[uuid.UUID, ...]
    #: one case per demand, in the order given
    cases: tuple[CaseRef, ...]


def on_spot_path(graph: StageGraph) -> tuple[MoveRule, ...]:
    """The moves from the first stage through "resolved" to the nearest final stage."""
    to_resolved = graph.path(graph.first.code, RESOLVED_STAGE)
    for stage in graph.stages:
        if stage.is_terminal:
            try:
                return to_resolved + graph.path(RESOLVED_STAGE, stage.code)
            except ValidationError:
                continue
    raise ValidationError(
        "stage",
        N_("The stage rules have no way from {from_stage} to a final stage."),
        from_stage=RESOLVED_STAGE,
    )


def _checked_demand(index: int, demand: DemandInput) -> tuple[str, str, str]:
    prefix = f"demands.{index}."
    text = checks.clean_text(prefix + "text", demand.text, checks.LONG_TEXT_LIMIT, required=True)
    title = checks.line(prefix + "title", demand.title, checks.TITLE_LIMIT)
    if not title:
        first_line = text.splitlines()[0].replace("\t", " ").strip()
        derived = first_line[:_DERIVED_TITLE_LENGTH] + (
            "…" if len(first_line) > _DERIVED_TITLE_LENGTH else ""
        )
        title = checks.line(prefix + "title", derived, checks.TITLE_LIMIT, required=True)
    checks.check_people(prefix + "people_involved", demand.people_involved)
    checks.check_amount(prefix + "amount_owed", demand.amount_owed)
    outcome = checks.clean_text(prefix + "outcome", demand.outcome, checks.NOTE_LIMIT)
    if demand.resolved_on_spot and not outcome:
        raise ValidationError(
            prefix + "outcome", N_("Say how the demand was resolved on the spot.")
        )
    return text, title, outcome


def record_meeting(
    session: Session, actor: Actor, meeting: MeetingInput, *, now: datetime | None = None
) -> MeetingResult:
    """Record the meeting and its demands; each demand opens a case, closed at once if
    it was resolved on the spot."""
    require(actor, Permission.MEETING_EDIT)
    now = now or utcnow()
    unit = live_unit(session, meeting.unit_id)
    check_street(actor, unit.street_id)
    topic = checks.line("topic", meeting.topic, checks.TITLE_LIMIT, required=True)
    host = checks.line("host", meeting.host, checks.SHORT_TEXT_LIMIT)
    held_on = checks.check_day_not_future("held_on", meeting.held_on, now)
    attendees = checks.check_people("attendees", meeting.attendees, low=0)
    checked = [_checked_demand(i, demand) for i, demand in enumerate(meeting.demands)]
    graph = load_stage_graph(session)
    reference = load_reference_data(session)
    for index, demand in enumerate(meeting.demands):
        reference.id_of("category", demand.category, f"demands.{index}.category")
        reference.id_of("severity", demand.severity, f"demands.{index}.severity")
    path = on_spot_path(graph) if any(d.resolved_on_spot for d in meeting.demands) else ()

    record = ResidentMeeting(
        street_id=unit.street_id,
        unit_id=unit.id,
        held_on=held_on,
        topic=topic,
        attendees=attendees,
        host=host,
    )
    session.add(record)
    session.flush()
    received_at = min(now, datetime.combine(held_on, MEETING_HOUR))
    demand_ids = []
    cases = []
    for demand, (text, title, outcome) in zip(meeting.demands, checked, strict=True):
        item = MeetingDemand(
            meeting_id=record.id, text=text, resolved_on_spot=demand.resolved_on_spot
        )
        session.add(item)
        session.flush()
        ref = create_case(
            session,
            actor,
            NewCase(
                title=title,
                category=demand.category,
                severity=demand.severity,
                source=MEETING_SOURCE,
                unit_id=unit.id,
                description=text,
                people_involved=demand.people_involved,
                amount_owed=demand.amount_owed,
                received_at=received_at,
                note=topic,
            ),
            now=now,
            reference=reference,
            graph=graph,
        )
        dispute = session.get(Dispute, ref.id)
        assert dispute is not None
        dispute.demand_id = item.id
        if demand.resolved_on_spot:
            info = MoveInfo(
                outcome=outcome,
                resolution_method=ON_SPOT_METHOD,
                visit_result=outcome,
                note=topic,
            )
            for step, rule in enumerate(path, start=1):
                # distinct instants keep the steps in order on the timeline
                at = received_at + timedelta(microseconds=step)
                apply_move(session, actor, dispute, rule, info, at, graph, reference)
        session.flush()
        demand_ids.append(item.id)
        cases.append(
            CaseRef(
                dispute.id,
                dispute.number,
                dispute.version,
                graph.stage_by_id(dispute.stage_id).code,
            )
        )
    return MeetingResult(record.id, tuple(demand_ids), tuple(cases))
