"""Stage rules come from the tables: allowed moves pass, others are refused with a reason."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models import DisputeEvent, StageTransition, reference_id
from app.services.database import Database
from app.services.disputes import MoveInfo, move_case, move_requirements
from app.services.disputes.stage_rules import load_stage_graph
from app.services.errors import ValidationError
from app.services.permissions import Actor
from tests.helpers.board_oracle import load_board
from tests.helpers.disputes import NOW, Roster, receive, walk_to


def test_stages_are_columns_in_table_order(db: Database, actor: Actor, roster: Roster) -> None:
    with db.session() as session:
        graph = load_stage_graph(session)
        board = load_board(session, actor, now=NOW)
    codes = [stage.code for stage in graph.stages]
    assert codes[0] == "received" and codes[-1] == "closed"
    assert [column.stage for column in board.columns] == codes
    assert board.column("received").moves_to == ("accepted", "resolved")
    assert board.column("closed").moves_to == ()


def test_forbidden_move_is_refused_with_what_is_allowed(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        ref = receive(session, actor, roster)
        with pytest.raises(ValidationError) as caught:
            move_case(session, actor, ref.id, ref.version, "closed", MoveInfo(), now=NOW)
        error = caught.value
        assert error.field == "stage"
        assert error.params["from_stage"] == "received"
        assert error.params["allowed"] == "accepted, resolved"
        assert "cannot move" in str(error)
        events = session.scalar(
            select(func.count()).select_from(DisputeEvent).where(DisputeEvent.dispute_id == ref.id)
        )
        assert events == 1


def test_moving_to_the_same_stage_and_out_of_a_closed_case_are_refused(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        ref = receive(session, actor, roster)
        with pytest.raises(ValidationError, match="already in"):
            move_case(session, actor, ref.id, ref.version, "received", now=NOW)
        lifecycle = ["accepted", "mediating", "resolved", "follow_up", "closed"]
        closed = walk_to(session, actor, roster, ref, lifecycle)
        with pytest.raises(ValidationError, match="finished") as caught:
            move_case(session, actor, closed.id, closed.version, "mediating", now=NOW)
        assert caught.value.params["from_stage"] == "closed"


def test_move_requirements_come_from_the_transition_row(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        ref = receive(session, actor, roster)
        accept = move_requirements(session, actor, ref.id, "accepted")
        resolve = move_requirements(session, actor, ref.id, "resolved")
    assert accept.required_fields == ("owner",)
    assert resolve.required_fields == ("outcome", "resolution_method")
    assert accept.needs_permission == "dispute.edit"


def test_a_new_transition_row_allows_a_new_move(db: Database, actor: Actor, roster: Roster) -> None:
    with db.session() as session:
        session.add(
            StageTransition(
                from_stage_id=reference_id("dispute_stage", "received"),
                to_stage_id=reference_id("dispute_stage", "closed"),
                required_fields="reason",
            )
        )
    with db.session() as session:
        ref = receive(session, actor, roster)
        with pytest.raises(ValidationError) as caught:
            move_case(session, actor, ref.id, ref.version, "closed", now=NOW)
        assert caught.value.field == "reason"
        moved = move_case(
            session, actor, ref.id, ref.version, "closed", MoveInfo(reason="重复登记"), now=NOW
        )
    assert moved.stage == "closed"


def test_a_tombstoned_transition_forbids_the_move(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        row = session.get(StageTransition, reference_id("stage_transition", "accepted->mediating"))
        assert row is not None
        row.deleted_at = NOW
    with db.session() as session:
        ref = walk_to(session, actor, roster, receive(session, actor, roster), ["accepted"])
        with pytest.raises(ValidationError, match="cannot move"):
            move_case(session, actor, ref.id, ref.version, "mediating", now=NOW)


def test_shortest_path_through_the_rules(db: Database) -> None:
    with db.session() as session:
        graph = load_stage_graph(session)
    path = graph.path("received", "closed")
    assert [(m.from_stage, m.to_stage) for m in path] == [
        ("received", "resolved"),
        ("resolved", "follow_up"),
        ("follow_up", "closed"),
    ]
    with pytest.raises(ValidationError):
        graph.path("closed", "received")
