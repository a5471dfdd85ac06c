"""The 情理法 team: places by severity, least busy candidates first, the clerk's changes."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import DisputeEvent, DisputeTeamMember, Staff
from app.services.database import Database
from app.services.disputes import assign_team, propose_team
from app.services.errors import ValidationError
from app.services.permissions import Actor
from tests.helpers.board_oracle import load_board
from tests.helpers.disputes import NOW, Roster, receive, walk_to


def _busy(
    session: Session, actor: Actor, roster: Roster, staff: dict[str, uuid.UUID], cases: int
) -> None:
    """Give these people ``cases`` open cases each as team members."""
    for _ in range(cases):
        ref = receive(session, actor, roster, severity="general")
        assign_team(session, actor, ref.id, ref.version, staff, now=NOW)


def test_major_case_needs_street_department_police_and_a_leader(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        ref = receive(session, actor, roster, severity="major")
        proposal = propose_team(session, actor, ref.id, now=NOW)
    assert [slot.role for slot in proposal.slots] == ["qing", "li", "fa", "leader"]
    by_role = {slot.role: slot for slot in proposal.slots}
    assert {c.name for c in by_role["fa"].candidates} == {"刘洋", "孙磊"}
    assert {c.name for c in by_role["li"].candidates} == {"张伟", "陈静"}
    assert [c.name for c in by_role["leader"].candidates] == ["赵书记"]
    assert "刘洋" not in {c.name for c in by_role["qing"].candidates}
    chosen = [slot.proposed.staff_id for slot in proposal.slots if slot.proposed]
    assert len(chosen) == 4 and len(set(chosen)) == 4


def test_general_case_needs_street_and_department_only(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        ref = receive(session, actor, roster, severity="general")
        proposal = propose_team(session, actor, ref.id, now=NOW)
    assert [slot.role for slot in proposal.slots] == ["qing", "li"]


def test_minor_case_goes_to_the_units_current_grid_staff(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        ref = receive(session, actor, roster, severity="minor", unit="park")
        proposal = propose_team(session, actor, ref.id, now=NOW)
        garden_case = receive(session, actor, roster, severity="minor", unit="garden")
        empty = propose_team(session, actor, garden_case.id, now=NOW)
    (slot,) = proposal.slots
    assert slot.role == "grid"
    # 吴刚's secondment ended in 2025; 黄磊 (格长) comes before 周敏 at equal workload
    assert [c.name for c in slot.candidates] == ["黄磊", "周敏"]
    assert slot.proposed is not None and slot.proposed.name == "黄磊"
    assert empty.slots[0].proposed is None and empty.slots[0].candidates == ()


def test_the_least_busy_person_is_proposed(db: Database, actor: Actor, roster: Roster) -> None:
    s = roster.staff
    with db.session() as session:
        _busy(session, actor, roster, {"qing": s["wang"], "li": s["zhang"]}, 2)
        _busy(session, actor, roster, {"qing": s["li"], "li": s["chen"]}, 1)
        ref = receive(session, actor, roster, severity="general")
        proposal = propose_team(session, actor, ref.id, now=NOW)
    by_role = {slot.role: slot for slot in proposal.slots}
    qing = by_role["qing"]
    assert qing.proposed is not None
    # 赵书记, 黄磊, 周敏 and 吴刚 have no open case; 王芳 two, 李强 one
    assert qing.proposed.open_cases == 0
    loads = {c.name: c.open_cases for c in qing.candidates}
    assert loads["王芳"] == 2 and loads["李强"] == 1
    assert [c.open_cases for c in qing.candidates] == sorted(loads.values())
    li = by_role["li"]
    assert li.proposed is not None and li.proposed.name == "陈静"


def test_closed_cases_do_not_count_as_workload(db: Database, actor: Actor, roster: Roster) -> None:
    s = roster.staff
    team = {"qing": s["wang"], "li": s["zhang"]}
    with db.session() as session:
        ref = receive(session, actor, roster, severity="general")
        ref = assign_team(session, actor, ref.id, ref.version, team, now=NOW)
        ref = walk_to(session, actor, roster, ref, ["accepted", "mediating", "resolved"])
        fresh = receive(session, actor, roster, severity="general")

        def load_of(name: str) -> int:
            slots = propose_team(session, actor, fresh.id, now=NOW).slots
            return {c.name: c.open_cases for c in slots[1].candidates}[name]

        while_open = load_of("张伟")
        walk_to(session, actor, roster, ref, ["follow_up", "closed"])
        after_close = load_of("张伟")
    assert (while_open, after_close) == (1, 0)


def test_clerk_can_change_the_proposal_within_the_places(
    db: Database, actor: Actor, roster: Roster
) -> None:
    s = roster.staff
    with db.session() as session:
        ref = receive(session, actor, roster, severity="major")
        proposal = propose_team(session, actor, ref.id, now=NOW)
        members = proposal.assignment()
        members["fa"] = s["sun"] if members["fa"] != s["sun"] else s["liu"]
        chosen_police = members["fa"]
        ref = assign_team(session, actor, ref.id, ref.version, members, note="按片区调整", now=NOW)
        card = load_board(session, actor, now=NOW).card(ref.id)
        event = session.scalars(
            select(DisputeEvent).where(
                DisputeEvent.dispute_id == ref.id, DisputeEvent.kind == "team"
            )
        ).one()
    assert card is not None
    assert {badge.role: badge.staff_id for badge in card.team}["fa"] == chosen_police
    assert len(card.team) == 4
    assert event.note == "按片区调整"
    assert set(event.data["after"]) == {"qing", "li", "fa", "leader"}
    assert event.data["before"] == {}


def test_reassigning_keeps_the_old_members_as_tombstones(
    db: Database, actor: Actor, roster: Roster
) -> None:
    s = roster.staff
    with db.session() as session:
        ref = receive(session, actor, roster, severity="general")
        ref = assign_team(
            session, actor, ref.id, ref.version, {"qing": s["wang"], "li": s["zhang"]}
        )
        ref = assign_team(session, actor, ref.id, ref.version, {"qing": s["li"], "li": s["zhang"]})
        rows = session.scalars(
            select(DisputeTeamMember).where(DisputeTeamMember.dispute_id == ref.id)
        ).all()
    live = {(r.role, r.staff_id) for r in rows if r.deleted_at is None}
    removed = {(r.role, r.staff_id) for r in rows if r.deleted_at is not None}
    assert live == {("qing", s["li"]), ("li", s["zhang"])}
    assert removed == {("qing", s["wang"])}


@pytest.mark.parametrize(
    ("members", "field"),
    [
        ({"qing": "liu", "li": "zhang"}, "qing"),  # a police officer in the street place
        ({"qing": "wang"}, "li"),  # a general case needs a department member
        ({"qing": "wang", "li": "wang"}, "team"),  # one person, two places
        ({"qing": "wang", "li": "zhang", "judge": "chen"}, "team"),
    ],
)
def test_unfitting_teams_are_refused(
    db: Database, actor: Actor, roster: Roster, members: dict[str, str], field: str
) -> None:
    with db.session() as session:
        ref = receive(session, actor, roster, severity="general")
        ids = {role: roster.staff[key] for role, key in members.items()}
        with pytest.raises(ValidationError) as caught:
            assign_team(session, actor, ref.id, ref.version, ids, now=NOW)
    assert caught.value.field == field


def test_people_who_left_the_roster_are_not_proposed(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        gone = session.get(Staff, roster.staff["liu"])
        assert gone is not None
        gone.deleted_at = NOW
        ref = receive(session, actor, roster, severity="major")
        proposal = propose_team(session, actor, ref.id, now=NOW)
        fa = {slot.role: slot for slot in proposal.slots}["fa"]
        assert [c.name for c in fa.candidates] == ["孙磊"]
        with pytest.raises(ValidationError, match="cannot take"):
            members = proposal.assignment() | {"fa": roster.staff["liu"]}
            assign_team(session, actor, ref.id, ref.version, members, now=NOW)
