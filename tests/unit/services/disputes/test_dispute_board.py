"""The board query: filters, text and pinyin search, per-column counts, no query per card."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.services.database import Database
from app.services.disputes import (
    BoardFilters,
    MoveInfo,
    assign_team,
    filter_choices,
    move_case,
)
from app.services.permissions import Actor
from tests.helpers.board_oracle import load_board
from tests.helpers.disputes import NOW, Roster, receive, walk_to


@pytest.fixture
def sample(db: Database, actor: Actor, roster: Roster) -> dict[str, object]:
    """Four cases across units, categories, severities, sources, owners and stages."""
    with db.session() as session:
        wages = receive(
            session,
            actor,
            roster,
            title="智造园欠薪纠纷",
            category="labour",
            severity="major",
            source="hotline",
            people=35,
            received_at=NOW - timedelta(days=20),
        )
        noise = receive(
            session,
            actor,
            roster,
            title="楼上装修噪音",
            category="neighbourhood",
            severity="minor",
            source="online_group",
            unit="garden",
        )
        leak = receive(
            session,
            actor,
            roster,
            title="地下室漏水",
            category="property",
            severity="general",
            source="grid_patrol",
            unit="garden",
        )
        leak = move_case(
            session,
            actor,
            leak.id,
            leak.version,
            "accepted",
            MoveInfo(owner_staff_id=roster.staff["li"]),
            now=NOW,
        )
        done = receive(
            session, actor, roster, title="已结小事", category="family", severity="minor"
        )
        done = walk_to(
            session,
            actor,
            roster,
            done,
            ["accepted", "mediating", "resolved", "follow_up", "closed"],
        )
    return {"wages": wages, "noise": noise, "leak": leak, "done": done}


def ids(db: Database, actor: Actor, filters: BoardFilters) -> set[object]:
    with db.session() as session:
        board = load_board(session, actor, filters, now=NOW)
    return {card.id for column in board.columns for card in column.cards}


def test_per_column_counts(db: Database, actor: Actor, sample: dict[str, object]) -> None:
    with db.session() as session:
        board = load_board(session, actor, now=NOW)
    counts = {column.stage: column.count for column in board.columns}
    assert counts == {
        "received": 2,
        "accepted": 1,
        "mediating": 0,
        "resolved": 0,
        "escalated": 0,
        "follow_up": 0,
        "closed": 1,
    }
    assert board.total == 4
    leak = board.column("accepted").cards[0]
    assert (leak.owner_name, leak.unit_name, leak.unit_type) == ("李强", "凤凰花园", "residential")
    assert board.labels.name("stage", "accepted", "zh_CN") == "领办"
    assert board.labels.name("category", leak.category, "en") == "Property management"


def test_closed_cards_leave_the_board_after_the_window(
    db: Database, actor: Actor, sample: dict[str, object]
) -> None:
    with db.session() as session:
        later = load_board(session, actor, now=NOW + timedelta(days=31))
        wide = load_board(
            session, actor, BoardFilters(closed_within_days=60), now=NOW + timedelta(days=31)
        )
    assert later.column("closed").count == 0 and later.column("received").count == 2
    assert wide.column("closed").count == 1


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (BoardFilters(unit_types=frozenset({"residential"})), {"noise", "leak"}),
        (BoardFilters(categories=frozenset({"labour"})), {"wages"}),
        (BoardFilters(severities=frozenset({"minor"})), {"noise", "done"}),
        (BoardFilters(sources=frozenset({"grid_patrol", "online_group"})), {"noise", "leak"}),
        (BoardFilters(colours=frozenset({"red"})), {"wages"}),
        (BoardFilters(overdue=True), {"wages"}),
        (BoardFilters(overdue=False), {"noise", "leak", "done"}),
        (BoardFilters(text="漏水"), {"leak"}),
        (BoardFilters(text="qianxin"), {"wages"}),
        (BoardFilters(text="zzyqx"), {"wages"}),
        (BoardFilters(text="ZaoYin"), {"noise"}),
        (BoardFilters(text="nobody"), set()),
        (
            BoardFilters(severities=frozenset({"minor"}), unit_types=frozenset({"residential"})),
            {"noise"},
        ),
    ],
)
def test_filters(
    db: Database,
    actor: Actor,
    sample: dict[str, object],
    filters: BoardFilters,
    expected: set[str],
) -> None:
    assert ids(db, actor, filters) == {sample[name].id for name in expected}  # type: ignore[attr-defined]


def test_filters_by_unit_owner_and_number(
    db: Database, actor: Actor, roster: Roster, sample: dict[str, object]
) -> None:
    leak = sample["leak"]
    by_unit = ids(db, actor, BoardFilters(unit_ids=frozenset({roster.park_id})))
    by_owner = ids(db, actor, BoardFilters(owner_staff_ids=frozenset({roster.staff["li"]})))
    by_number = ids(db, actor, BoardFilters(text=leak.number))  # type: ignore[attr-defined]
    by_tail = ids(db, actor, BoardFilters(text=leak.number[-7:].lower()))  # type: ignore[attr-defined]
    assert by_unit == {sample["wages"].id, sample["done"].id}  # type: ignore[attr-defined]
    assert by_owner == {leak.id}  # type: ignore[attr-defined]
    assert by_number == by_tail == {leak.id}  # type: ignore[attr-defined]


@contextmanager
def counting(session: Session) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(*args: object) -> None:
        statements.append(str(args[2]))

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


def test_board_runs_the_same_few_queries_whatever_the_number_of_cards(
    db: Database, actor: Actor, roster: Roster
) -> None:
    s = roster.staff
    counts = []
    for batch in (3, 30):
        with db.session() as session:
            for _ in range(batch):
                ref = receive(session, actor, roster, severity="general")
                assign_team(
                    session, actor, ref.id, ref.version, {"qing": s["wang"], "li": s["zhang"]}
                )
        with db.session() as session, counting(session) as statements:
            board = load_board(session, actor, now=NOW)
        assert all(len(card.team) == 2 for card in board.column("received").cards)
        counts.append(len(statements))
    assert counts[0] == counts[1]
    # two for the cards and their teams, one for whether the desk joined a centre;
    # the rest are small reference and rule lists
    assert counts[0] <= 16


def test_filter_choices_list_units_and_owners_in_pinyin_order(
    db: Database, actor: Actor, roster: Roster, sample: dict[str, object]
) -> None:
    with db.session() as session:
        choices = filter_choices(session, actor)
    names = [unit.name for unit in choices.units]
    # 凤凰花园 (feng huang hua) before 凤凰智造园 (feng huang zhi) before 玉塘村 (yu)
    assert names == ["凤凰花园", "凤凰智造园", "玉塘村"]
    assert {owner.name for owner in choices.owners} == {"李强", "王芳"}
    assert choices.labels.name("severity", "major", "zh_CN") == "重大"


def test_cards_not_yet_sent_are_marked_only_on_a_desk_that_joined_a_centre(
    db: Database, actor: Actor, roster: Roster
) -> None:
    from sqlalchemy import update

    from app.models import Dispute
    from app.services.sync import state

    with db.session() as session:
        sent = receive(session, actor, roster, title="已上传")
        unsent = receive(session, actor, roster, title="未上传")
    with db.session() as session:
        session.execute(update(Dispute).where(Dispute.id == sent.id).values(dirty=False))
    assert not any(card.unsent for card in _cards(db, actor))
    with db.session() as session:
        state.put(session.connection(), state.PROFILE_KEY, "{}")
    marked = {card.id: card.unsent for card in _cards(db, actor)}
    assert (marked[sent.id], marked[unsent.id]) == (False, True)


def _cards(db: Database, actor: Actor) -> list[object]:
    with db.session() as session:
        board = load_board(session, actor, now=NOW)
    return [card for column in board.columns for card in column.cards]
