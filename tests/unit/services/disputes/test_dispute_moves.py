"""Moves that need information ask for it; every move appends an event, nothing is lost."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.models import Dispute, DisputeEvent, Staff, Unit, reference_id
from app.services.database import Database
from app.services.disputes import MoveInfo, load_case, move_case
from app.services.errors import PermissionDenied, ValidationError
from app.services.permissions import Actor
from tests.helpers.disputes import NOW, Roster, receive, walk_to


def _event_count(session: object, dispute_id: object) -> int:
    return int(
        session.scalar(  # type: ignore[attr-defined]
            select(func.count())
            .select_from(DisputeEvent)
            .where(DisputeEvent.dispute_id == dispute_id)
        )
    )


@pytest.mark.parametrize(
    ("path", "target", "info", "missing"),
    [
        ([], "accepted", MoveInfo(), ("owner",)),
        ([], "resolved", MoveInfo(), ("outcome", "resolution_method")),
        ([], "resolved", MoveInfo(outcome="已调解"), ("resolution_method",)),
        (["accepted"], "escalated", MoveInfo(), ("reason", "level")),
        (["accepted"], "escalated", MoveInfo(level="leader_visit"), ("reason",)),
        (
            ["accepted", "mediating", "resolved", "follow_up"],
            "closed",
            MoveInfo(),
            ("visit_result",),
        ),
    ],
)
def test_each_move_asks_for_its_information(
    db: Database,
    actor: Actor,
    roster: Roster,
    path: list[str],
    target: str,
    info: MoveInfo,
    missing: tuple[str, ...],
) -> None:
    with db.session() as session:
        ref = walk_to(session, actor, roster, receive(session, actor, roster), path)
        before = _event_count(session, ref.id)
        with pytest.raises(ValidationError) as caught:
            move_case(session, actor, ref.id, ref.version, target, info, now=NOW)
        assert caught.value.field == missing[0]
        assert caught.value.params["missing"] == missing
        assert _event_count(session, ref.id) == before
        dispute = session.get(Dispute, ref.id)
        assert dispute is not None and dispute.stage_id != reference_id("dispute_stage", target)


def test_blank_text_does_not_count_as_given(db: Database, actor: Actor, roster: Roster) -> None:
    with db.session() as session:
        ref = receive(session, actor, roster)
        with pytest.raises(ValidationError) as caught:
            move_case(
                session,
                actor,
                ref.id,
                ref.version,
                "resolved",
                MoveInfo(outcome="   ", resolution_method="mediation"),
                now=NOW,
            )
    assert caught.value.field == "outcome"


def test_full_lifecycle_records_every_step(db: Database, actor: Actor, roster: Roster) -> None:
    with db.session() as session:
        ref = receive(session, actor, roster, received_at=NOW - timedelta(days=3))
        info = MoveInfo(owner_staff_id=roster.staff["wang"], note="王芳领办")
        ref = move_case(session, actor, ref.id, ref.version, "accepted", info, now=NOW)
        ref = move_case(session, actor, ref.id, ref.version, "mediating", now=NOW)
        resolve = MoveInfo(outcome="补发工资", resolution_method="arbitration")
        ref = move_case(session, actor, ref.id, ref.version, "resolved", resolve, now=NOW)
        ref = move_case(session, actor, ref.id, ref.version, "follow_up", now=NOW)
        done = MoveInfo(visit_result="工人已收到工资")
        ref = move_case(session, actor, ref.id, ref.version, "closed", done, now=NOW)
        detail = load_case(session, actor, ref.id, now=NOW)
        dispute = session.get(Dispute, ref.id)
        assert dispute is not None
    assert ref.stage == "closed"
    assert dispute.owner_staff_id == roster.staff["wang"]
    assert dispute.resolution_method_id == reference_id("resolution_method", "arbitration")
    assert dispute.closed_at is not None and dispute.resolved_at is not None
    assert detail.resolution_method == "arbitration"
    steps = [(e.kind, e.from_stage, e.to_stage) for e in detail.timeline]
    assert steps == [
        ("created", "", "received"),
        ("moved", "received", "accepted"),
        ("moved", "accepted", "mediating"),
        ("moved", "mediating", "resolved"),
        ("moved", "resolved", "follow_up"),
        ("moved", "follow_up", "closed"),
    ]
    assert all(e.actor == "clerk1" for e in detail.timeline)
    assert detail.timeline[1].note == "王芳领办"
    assert detail.timeline[1].data["owner_name"] == "王芳"
    assert detail.timeline[3].data["outcome"] == "补发工资"
    assert detail.timeline[5].data["visit_result"] == "工人已收到工资"
    assert detail.moves == ()


def test_escalation_needs_the_supervisor_permission(
    db: Database, roster: Roster, role_actor: Callable[[str], Actor]
) -> None:
    clerk, supervisor = role_actor("clerk"), role_actor("supervisor")
    escalate = MoveInfo(reason="当事人扬言聚集", level="leader_visit")
    with db.session() as session:
        ref = walk_to(session, clerk, roster, receive(session, clerk, roster), ["accepted"])
        with pytest.raises(PermissionDenied):
            move_case(session, clerk, ref.id, ref.version, "escalated", escalate, now=NOW)
        moved = move_case(session, supervisor, ref.id, ref.version, "escalated", escalate, now=NOW)
        dispute = session.get(Dispute, ref.id)
        assert dispute is not None
    assert moved.stage == "escalated"
    assert dispute.escalation_level == "leader_visit"


def test_unknown_escalation_level_and_resolution_method_are_refused(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        ref = walk_to(session, actor, roster, receive(session, actor, roster), ["accepted"])
        bad_level = MoveInfo(reason="x", level="heaven")
        with pytest.raises(ValidationError) as caught:
            move_case(session, actor, ref.id, ref.version, "escalated", bad_level, now=NOW)
        assert caught.value.field == "level"
        bad_method = MoveInfo(outcome="x", resolution_method="magic")
        with pytest.raises(ValidationError) as caught:
            move_case(session, actor, ref.id, ref.version, "resolved", bad_method, now=NOW)
        assert caught.value.field == "resolution_method"


def test_tombstoned_owner_blocks_moves_until_a_new_owner_is_given(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        ref = walk_to(session, actor, roster, receive(session, actor, roster), ["accepted"])
        owner = session.get(Staff, roster.staff["wang"])
        assert owner is not None
        owner.deleted_at = NOW
        session.flush()
        with pytest.raises(ValidationError) as caught:
            move_case(session, actor, ref.id, ref.version, "mediating", now=NOW)
        assert caught.value.field == "owner"
        assert caught.value.params["name"] == "王芳"
        # and a removed person cannot be made owner either
        fresh = receive(session, actor, roster)
        with pytest.raises(ValidationError, match="left the roster"):
            move_case(
                session,
                actor,
                fresh.id,
                fresh.version,
                "accepted",
                MoveInfo(owner_staff_id=roster.staff["wang"]),
                now=NOW,
            )


def test_tombstoned_unit_blocks_moves(db: Database, actor: Actor, roster: Roster) -> None:
    with db.session() as session:
        ref = receive(session, actor, roster)
        unit = session.get(Unit, roster.park_id)
        assert unit is not None
        unit.deleted_at = NOW
        session.flush()
        info = MoveInfo(owner_staff_id=roster.staff["li"])
        with pytest.raises(ValidationError) as caught:
            move_case(session, actor, ref.id, ref.version, "accepted", info, now=NOW)
        assert caught.value.field == "unit"
        assert caught.value.params["unit"] == "凤凰智造园"
        assert _event_count(session, ref.id) == 1


def test_moves_dated_in_the_future_or_before_the_stage_are_refused(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        ref = receive(session, actor, roster)
        owner = roster.staff["li"]
        future = MoveInfo(owner_staff_id=owner, at=NOW + timedelta(days=2))
        with pytest.raises(ValidationError) as caught:
            move_case(session, actor, ref.id, ref.version, "accepted", future, now=NOW)
        assert caught.value.field == "at"
        past = MoveInfo(owner_staff_id=owner, at=NOW - timedelta(days=2))
        with pytest.raises(ValidationError, match="before the case entered"):
            move_case(session, actor, ref.id, ref.version, "accepted", past, now=NOW)
