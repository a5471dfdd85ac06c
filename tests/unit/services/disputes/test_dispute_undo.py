"""Taking a move back: the clerk's own last move within minutes, as a new event; beyond
that, a supervisor moves the case back a stage with a reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import select

from app.models import DisputeEvent, utcnow
from app.services.database import Database
from app.services.disputes import UNDO_WINDOW, load_case, move_back, undo_last_move
from app.services.errors import PermissionDenied, ValidationError
from app.services.permissions import Actor
from tests.helpers.disputes import Roster, receive, walk_to


def _events(session: object, case_id: object) -> list[DisputeEvent]:
    return list(
        session.scalars(  # type: ignore[attr-defined]
            select(DisputeEvent)
            .where(DisputeEvent.dispute_id == case_id)
            .order_by(DisputeEvent.created_at)
        )
    )


def test_own_move_is_taken_back_by_a_new_event(
    db: Database, role_actor: Callable[[str], Actor], roster: Roster
) -> None:
    clerk = role_actor("clerk")
    with db.session() as session:
        ref = walk_to(session, clerk, roster, receive(session, clerk, roster), ["accepted"])
        entered = load_case(session, clerk, ref.id).card.stage
        assert entered == "accepted"
        back = undo_last_move(session, clerk, ref.id, ref.version)
        assert back.stage == "received" and back.version > ref.version
        events = _events(session, ref.id)
        assert [e.kind for e in events] == ["created", "moved", "moved"]
        assert events[2].data["undoes"] == str(events[1].id)
        assert events[2].from_stage_id == events[1].to_stage_id
        assert events[2].to_stage_id == events[1].from_stage_id
        with pytest.raises(ValidationError, match="no move to undo"):
            undo_last_move(session, clerk, ref.id, back.version)


def test_only_ones_own_recent_move_is_undone(
    db: Database, role_actor: Callable[[str], Actor], roster: Roster
) -> None:
    clerk, other = role_actor("clerk"), role_actor("supervisor")
    with db.session() as session:
        ref = walk_to(session, other, roster, receive(session, clerk, roster), ["accepted"])
        with pytest.raises(ValidationError, match="someone else"):
            undo_last_move(session, clerk, ref.id, ref.version)
        ref = walk_to(session, clerk, roster, ref, ["mediating"])
        later = utcnow() + UNDO_WINDOW + timedelta(minutes=1)
        with pytest.raises(ValidationError, match="supervisor"):
            undo_last_move(session, clerk, ref.id, ref.version, now=later)
        assert len(_events(session, ref.id)) == 3


def test_a_supervisor_moves_a_case_back_with_a_reason(
    db: Database, role_actor: Callable[[str], Actor], roster: Roster
) -> None:
    clerk, supervisor = role_actor("clerk"), role_actor("supervisor")
    with db.session() as session:
        ref = walk_to(session, clerk, roster, receive(session, clerk, roster), ["accepted"])
        with pytest.raises(PermissionDenied):
            move_back(session, clerk, ref.id, ref.version, "错拖")
        with pytest.raises(ValidationError) as caught:
            move_back(session, supervisor, ref.id, ref.version, "  ")
        assert caught.value.field == "note"
        back = move_back(session, supervisor, ref.id, ref.version, "误领办，退回收案")
        assert back.stage == "received"
        last = _events(session, ref.id)[-1]
        assert last.note == "误领办，退回收案" and last.actor == supervisor.username
