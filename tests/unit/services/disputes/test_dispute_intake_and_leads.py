"""Intake from a resident meeting (with demands resolved on the spot) and early-warning leads."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.models import (
    AuditEntry,
    Dispute,
    MeetingDemand,
    ResidentMeeting,
    Unit,
    reference_id,
)
from app.services.database import Database
from app.services.disputes import (
    BoardFilters,
    DemandInput,
    LeadInput,
    MeetingInput,
    NewCase,
    hand_lead_to_police,
    link_lead,
    list_leads,
    load_case,
    open_case_from_lead,
    raise_lead,
    record_meeting,
)
from app.services.errors import ConflictError, PermissionDenied, ValidationError
from app.services.permissions import Actor
from tests.helpers.board_oracle import load_board
from tests.helpers.disputes import NOW, Roster, receive

MEETING_DAY = date(2026, 3, 3)


def _meeting(roster: Roster, *demands: DemandInput) -> MeetingInput:
    return MeetingInput(
        unit_id=roster.park_id,
        held_on=MEETING_DAY,
        topic="园区工友幸福大家谈",
        attendees=42,
        host="黄磊",
        demands=demands,
    )


def test_meeting_demands_become_cases_and_on_spot_ones_close_at_once(
    db: Database, actor: Actor, roster: Roster
) -> None:
    demands = (
        DemandInput("食堂饭菜涨价，希望协调", resolved_on_spot=True, outcome="园区承诺维持原价"),
        DemandInput(
            "宿舍热水器损坏", resolved_on_spot=True, outcome="物业当场报修", category="property"
        ),
        DemandInput(
            "某公司拖欠三名工人两个月工资", category="labour", severity="general", people_involved=3
        ),
    )
    with db.session() as session:
        result = record_meeting(session, actor, _meeting(roster, *demands), now=NOW)
        open_case = load_case(session, actor, result.cases[2].id, now=NOW)
        closed_case = load_case(session, actor, result.cases[0].id, now=NOW)
        meeting = session.get(ResidentMeeting, result.meeting_id)
        assert meeting is not None
        demand_rows = session.scalars(
            select(MeetingDemand).where(MeetingDemand.meeting_id == meeting.id)
        ).all()
        disputes = [session.get(Dispute, ref.id) for ref in result.cases]
    assert [ref.stage for ref in result.cases] == ["closed", "closed", "received"]
    assert sorted(d.resolved_on_spot for d in demand_rows) == [False, True, True]
    assert all(
        d is not None and d.source_id == reference_id("dispute_source", "meeting") for d in disputes
    )
    assert disputes[0] is not None
    assert disputes[0].resolution_method_id == reference_id("resolution_method", "on_spot")
    assert closed_case.demand is not None and closed_case.demand.resolved_on_spot
    assert closed_case.demand.meeting_topic == "园区工友幸福大家谈"
    steps = [(e.kind, e.to_stage) for e in closed_case.timeline]
    assert steps == [
        ("created", "received"),
        ("moved", "resolved"),
        ("moved", "follow_up"),
        ("moved", "closed"),
    ]
    assert closed_case.timeline[1].data["outcome"] == "园区承诺维持原价"
    assert closed_case.timeline[1].data["resolution_method"] == "on_spot"
    assert open_case.card.people_involved == 3 and open_case.card.stage == "received"
    assert open_case.card.title == "某公司拖欠三名工人两个月工资"


def test_an_on_spot_demand_without_outcome_writes_nothing(
    db: Database, actor: Actor, roster: Roster
) -> None:
    demands = (DemandInput("路灯不亮"), DemandInput("噪音扰民", resolved_on_spot=True))
    with db.session() as session:
        with pytest.raises(ValidationError) as caught:
            record_meeting(session, actor, _meeting(roster, *demands), now=NOW)
        assert caught.value.field == "demands.1.outcome"
        assert session.scalar(select(func.count()).select_from(ResidentMeeting)) == 0
        assert session.scalar(select(func.count()).select_from(Dispute)) == 0


def test_meeting_in_the_future_or_at_a_removed_unit_is_refused(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        future = MeetingInput(roster.park_id, NOW.date() + timedelta(days=3), "下周会议")
        with pytest.raises(ValidationError) as caught:
            record_meeting(session, actor, future, now=NOW)
        assert caught.value.field == "held_on"
        unit = session.get(Unit, roster.park_id)
        assert unit is not None
        unit.deleted_at = NOW
        with pytest.raises(ValidationError) as caught:
            record_meeting(session, actor, _meeting(roster), now=NOW)
        assert caught.value.field == "unit"


def _lead(roster: Roster, **changes: object) -> LeadInput:
    fields: dict[str, object] = {
        "summary": "工友群内有人串联周五到街道聚集讨薪",
        "channel": "online",
        "level": "orange",
        "unit_id": roster.park_id,
        "captured_at": NOW - timedelta(hours=5),
        "people_estimate": 40,
        "is_gathering": True,
    }
    fields.update(changes)
    return LeadInput(**fields)  # type: ignore[arg-type]


def test_lead_to_case_link_and_hand_over_to_police(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        lead = raise_lead(session, actor, _lead(roster), now=NOW)
        from_lead = open_case_from_lead(
            session,
            actor,
            lead.lead.id,
            NewCase(title="预警：欠薪聚集苗头", category="labour", severity="major", source=""),
            now=NOW,
        )
        other = receive(session, actor, roster, title="另一宗欠薪")
        linked = link_lead(session, actor, lead.lead.id, other.id, other.version, now=NOW)
        assert linked.version == other.version + 1
        handed = hand_lead_to_police(
            session, actor, lead.lead.id, lead.version, "GA-2026-0315", now=NOW
        )
        detail = load_case(session, actor, from_lead.id, now=NOW)
        other_detail = load_case(session, actor, other.id, now=NOW)
        audit_actions = session.scalars(select(AuditEntry.action)).all()
        leads_to_police = list_leads(session, actor, handed_to_police=True)
        not_handed = list_leads(session, actor, handed_to_police=False)
        dispute = session.get(Dispute, from_lead.id)
    assert dispute is not None
    assert dispute.source_id == reference_id("dispute_source", "early_warning")
    assert handed.lead.police_receipt == "GA-2026-0315"
    assert handed.lead.handed_to_police_at == NOW
    assert sorted(handed.case_numbers) == sorted([from_lead.number, other.number])
    assert detail.lead is not None and detail.lead.police_receipt == "GA-2026-0315"
    for case in (detail, other_detail):
        assert case.timeline[-1].kind == "lead_to_police"
        assert case.timeline[-1].data["police_receipt"] == "GA-2026-0315"
    assert [e.kind for e in other_detail.timeline] == ["created", "lead_linked", "lead_to_police"]
    assert "lead.handed_to_police" in audit_actions
    assert [row.lead.id for row in leads_to_police] == [lead.lead.id]
    assert not_handed == ()


def test_handing_over_twice_or_from_a_stale_view_is_refused(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        lead = raise_lead(session, actor, _lead(roster), now=NOW)
        first = hand_lead_to_police(session, actor, lead.lead.id, lead.version, "GA-1", now=NOW)
        with pytest.raises(ConflictError):
            hand_lead_to_police(session, actor, lead.lead.id, lead.version, "GA-2", now=NOW)
        with pytest.raises(ValidationError, match="already handed"):
            hand_lead_to_police(session, actor, lead.lead.id, first.version, "GA-2", now=NOW)
        fresh = raise_lead(session, actor, _lead(roster), now=NOW)
        with pytest.raises(ValidationError) as caught:
            hand_lead_to_police(session, actor, fresh.lead.id, fresh.version, "  ", now=NOW)
        assert caught.value.field == "police_receipt"
        with pytest.raises(ValidationError) as caught:
            hand_lead_to_police(
                session,
                actor,
                fresh.lead.id,
                fresh.version,
                "GA-3",
                at=NOW + timedelta(days=1),
                now=NOW,
            )
        assert caught.value.field == "handed_to_police_at"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"channel": "pigeon"}, "channel"),
        ({"level": "purple"}, "level"),
        ({"summary": ""}, "summary"),
        ({"captured_at": NOW + timedelta(days=1)}, "captured_at"),
    ],
)
def test_bad_leads_are_refused(
    db: Database, actor: Actor, roster: Roster, changes: dict[str, object], field: str
) -> None:
    with db.session() as session, pytest.raises(ValidationError) as caught:
        raise_lead(session, actor, _lead(roster, **changes), now=NOW)
    assert caught.value.field == field


def test_leads_need_the_lead_permission(
    db: Database, roster: Roster, role_actor: Callable[[str], Actor]
) -> None:
    psych = role_actor("psych_staff")
    with db.session() as session, pytest.raises(PermissionDenied):
        raise_lead(session, psych, _lead(roster), now=NOW)


def test_board_filters_by_source_after_intake(db: Database, actor: Actor, roster: Roster) -> None:
    with db.session() as session:
        record_meeting(session, actor, _meeting(roster, DemandInput("停车难")), now=NOW)
        receive(session, actor, roster, source="hotline")
        meeting_only = load_board(
            session, actor, BoardFilters(sources=frozenset({"meeting"})), now=NOW
        )
    assert meeting_only.total == 1
    assert meeting_only.column("received").cards[0].source == "meeting"


@pytest.mark.parametrize(
    "source",
    ["meeting", "online_group", "reception", "hotline", "grid_patrol", "early_warning"],
)
def test_a_case_can_be_received_from_every_source(
    db: Database, actor: Actor, roster: Roster, source: str
) -> None:
    with db.session() as session:
        ref = receive(session, actor, roster, source=source)
        receive(session, actor, roster, source="hotline" if source != "hotline" else "meeting")
        board = load_board(session, actor, BoardFilters(sources=frozenset({source})), now=NOW)
    assert [card.id for card in board.column("received").cards] == [ref.id]
    assert board.labels.name("source", source, "en") != source
