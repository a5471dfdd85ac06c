"""The same board and case detail on the central PostgreSQL (its driver returns UUIDs and
aware datetimes where SQLite returns text), and the dispute migration branch round trip."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import DeadlineRule, WarningRule
from app.services.database import (
    current_revisions,
    downgrade,
    head_revisions,
    make_engine,
    open_url,
    sqlite_url,
    upgrade,
)
from app.services.disputes import (
    BoardFilters,
    MoveInfo,
    assign_team,
    load_case,
    move_case,
    propose_team,
)
from app.services.permissions import Actor
from tests.helpers.board_oracle import load_board
from tests.helpers.disputes import NOW, build_roster, receive


@pytest.mark.pg
def test_board_and_detail_on_postgresql(postgres_url: str) -> None:
    database = open_url(postgres_url)
    actor = Actor.system("clerk1")
    try:
        with database.session("seed") as session:
            roster = build_roster(session)
        with database.session() as session:
            late = receive(
                session, actor, roster, severity="major", received_at=NOW - timedelta(days=20)
            )
            ref = receive(session, actor, roster, title="地下室漏水", unit="garden")
            proposal = propose_team(session, actor, ref.id, now=NOW)
            ref = assign_team(session, actor, ref.id, ref.version, proposal.assignment(), now=NOW)
            info = MoveInfo(owner_staff_id=roster.staff["li"])
            move_case(session, actor, ref.id, ref.version, "accepted", info, now=NOW)
        with database.session() as session:
            board = load_board(session, actor, now=NOW)
            found = load_board(session, actor, BoardFilters(text="lous"), now=NOW)
            detail = load_case(session, actor, ref.id, now=NOW)
        red = board.column("received").cards[0]
        assert red.id == late.id and red.colour == "red" and red.overdue
        accepted = board.column("accepted").cards[0]
        assert accepted.owner_staff_id == roster.staff["li"]
        assert accepted.unit_id == roster.garden_id
        assert {badge.staff_id for badge in accepted.team} == set(proposal.assignment().values())
        assert accepted.received_at.utcoffset() == timedelta(0)
        assert [card.id for card in found.column("accepted").cards] == [ref.id]
        assert [e.kind for e in detail.timeline] == ["created", "team", "moved"]
    finally:
        database.dispose()


def test_dispute_branch_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "branch.sqlite"))
    try:
        upgrade(engine)
        assert current_revisions(engine) == head_revisions()
        # the reference-data revision builds on the disputes branch, so it goes down too
        downgrade(engine, "disputes@0002")
        assert not {"d001", "e001"} & current_revisions(engine)
        upgrade(engine)
        assert current_revisions(engine) == head_revisions()
        database = open_url(sqlite_url(tmp_path / "branch.sqlite"), migrate=False)
        with database.session() as session:
            rules = session.scalars(select(WarningRule.code)).all()
            deadlines = session.scalars(select(DeadlineRule.working_days)).all()
        database.dispose()
        assert "blue_default" in rules and len(rules) == 11
        assert len(deadlines) == 18 and min(deadlines) > 0
    finally:
        engine.dispose()
