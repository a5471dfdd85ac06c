"""A card changed elsewhere since it was shown is never silently overwritten."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models import Dispute, DisputeEvent
from app.services.database import Database
from app.services.disputes import (
    CaseChanges,
    MoveInfo,
    add_note,
    assign_team,
    edit_case,
    load_case,
    move_case,
    propose_team,
)
from app.services.errors import ConflictError, NotFound
from app.services.permissions import Actor
from tests.helpers.board_oracle import load_board
from tests.helpers.disputes import NOW, Roster, receive


def test_stale_move_is_refused_after_another_desk_moved_the_card(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        receive(session, actor, roster)
    with db.session() as session:
        shown = load_board(session, actor, now=NOW).column("received").cards[0]
    other = Actor.system("clerk2")
    with db.session("clerk2") as session:
        info = MoveInfo(owner_staff_id=roster.staff["li"])
        move_case(session, other, shown.id, shown.version, "accepted", info, now=NOW)
    with db.session() as session, pytest.raises(ConflictError) as caught:
        info = MoveInfo(owner_staff_id=roster.staff["wang"])
        move_case(session, actor, shown.id, shown.version, "accepted", info, now=NOW)
    assert caught.value.params["author"] == "clerk2"
    assert caught.value.params["current_version"] == shown.version + 1
    with db.session() as session:
        dispute = session.get(Dispute, shown.id)
        assert dispute is not None
        assert dispute.owner_staff_id == roster.staff["li"]


def test_stale_edit_and_stale_team_change_are_refused(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        ref = receive(session, actor, roster)
        first = edit_case(session, actor, ref.id, ref.version, CaseChanges(title="新标题"), now=NOW)
        assert first.version == ref.version + 1
        with pytest.raises(ConflictError):
            edit_case(session, actor, ref.id, ref.version, CaseChanges(people_involved=5), now=NOW)
        proposal = propose_team(session, actor, ref.id, now=NOW)
        with pytest.raises(ConflictError):
            assign_team(session, actor, ref.id, ref.version, proposal.assignment(), now=NOW)
        after_team = assign_team(
            session, actor, ref.id, first.version, proposal.assignment(), now=NOW
        )
        # changing the team is a change of the card: an edit from before it is refused
        assert after_team.version == first.version + 1
        with pytest.raises(ConflictError):
            edit_case(session, actor, ref.id, first.version, CaseChanges(title="再改"), now=NOW)


def test_edit_keeps_old_and_new_values_in_the_event(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        ref = receive(session, actor, roster, people=2, amount=1000)
        edit_case(
            session,
            actor,
            ref.id,
            ref.version,
            CaseChanges(
                severity="major",
                unit_id=roster.garden_id,
                amount_owed=Decimal("250000"),
                note="核实后更新",
            ),
            now=NOW,
        )
        event = session.scalars(
            select(DisputeEvent).where(
                DisputeEvent.dispute_id == ref.id, DisputeEvent.kind == "edited"
            )
        ).one()
    assert event.note == "核实后更新"
    changes = event.data["changes"]
    assert changes["severity"] == ["general", "major"]
    assert changes["unit"] == ["凤凰智造园", "凤凰花园"]
    assert changes["amount_owed"] == ["1000.00", "250000.00"]
    assert "people_involved" not in changes


def test_an_edit_that_changes_nothing_writes_nothing(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        ref = receive(session, actor, roster, title="邻里噪音")
        same = edit_case(
            session, actor, ref.id, ref.version, CaseChanges(title="邻里噪音"), now=NOW
        )
        events = session.scalars(
            select(DisputeEvent.kind).where(DisputeEvent.dispute_id == ref.id)
        ).all()
    assert same.version == ref.version
    assert events == ["created"]


def test_notes_append_without_a_version_and_removed_cases_are_not_found(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        ref = receive(session, actor, roster)
        add_note(session, actor, ref.id, "电话联系当事人", now=NOW)
        add_note(session, actor, ref.id, "再次联系", now=NOW)
        detail = load_case(session, actor, ref.id, now=NOW)
        assert [e.note for e in detail.timeline if e.kind == "note"] == [
            "电话联系当事人",
            "再次联系",
        ]
        dispute = session.get(Dispute, ref.id)
        assert dispute is not None
        dispute.deleted_at = NOW
        session.flush()
        version = dispute.version
        with pytest.raises(NotFound):
            move_case(session, actor, ref.id, version, "accepted", now=NOW)
        with pytest.raises(NotFound):
            load_case(session, actor, ref.id, now=NOW)
