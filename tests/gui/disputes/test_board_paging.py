"""The paged board query (no Qt): it agrees with the full board query card for card, pages
without gaps or repeats while cards move, and counts what the full query counts."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app.services.china_time import CHINA_TZ, now_in_china
from app.services.database import Database
from app.services.disputes import BoardCard, BoardFilters, MoveInfo, move_case
from app.services.disputes.board import load_card_context
from app.services.disputes.board_pages import BoardReader, PagedBoard
from app.services.disputes.board_sql import BoardExpressions, overdue_bound
from app.services.permissions import Actor
from tests.helpers.board_fixtures import demo_copy
from tests.helpers.board_oracle import load_board

ACTOR = Actor.system("board-tester")


def move(database: Database, card: BoardCard, to_stage: str, owner: uuid.UUID) -> None:
    """Move a card with everything any move may ask for filled in."""
    info = MoveInfo(
        owner_staff_id=owner,
        outcome="当场化解",
        resolution_method="on_spot",
        reason="风险仍在",
        level="leader_visit",
        visit_result="满意",
    )
    with database.session("mover") as session:
        move_case(session, ACTOR, card.id, card.version, to_stage, info)


def some_owner(board: PagedBoard) -> uuid.UUID:
    return next(
        card.owner_staff_id
        for column in board.columns
        for card in column.cards
        if card.owner_staff_id is not None
    )


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Database]:
    database = demo_copy(tmp_path)
    yield database
    database.dispose()


@pytest.mark.parametrize("lanes", ["", "unit_type", "severity"])
def test_every_column_holds_the_full_boards_cards_in_the_defined_order(
    demo: Database, lanes: str
) -> None:
    with demo.session() as session:
        full = load_board(session, ACTOR)
        reader = BoardReader(session, ACTOR, lanes=lanes, page_size=100_000)
        paged = reader.open(session, counts="all")
    assert full.total > 100
    for column in full.columns:
        shown = paged.column(column.stage)
        assert shown.count == column.count
        expected = sorted(column.cards, key=reader.key_of)
        assert [card.id for card in shown.cards] == [card.id for card in expected]
        # colours and clocks are the full query's, card for card
        assert [(c.colour, c.overdue, c.deadline) for c in shown.cards] == [
            (c.colour, c.overdue, c.deadline) for c in expected
        ]
    assert paged.counts.colours == full.colour_counts
    assert paged.counts.overdue == full.overdue_count
    assert set(paged.counts.colours) == {"red", "orange", "yellow", "blue"}


def test_the_order_puts_the_most_urgent_first(demo: Database) -> None:
    with demo.session() as session:
        reader = BoardReader(session, ACTOR)
        board = reader.open(session)
    ranks = {"red": 0, "orange": 1, "yellow": 2, "blue": 3, "": 4}
    for column in board.columns:
        colours = [ranks[card.colour] for card in column.cards]
        assert colours == sorted(colours)
        assert list(column.keys) == sorted(column.keys)


@pytest.mark.parametrize(
    "filters",
    [
        BoardFilters(colours=frozenset({"red"})),
        BoardFilters(colours=frozenset({"orange", "blue"})),
        BoardFilters(overdue=True),
        BoardFilters(overdue=False),
        BoardFilters(severities=frozenset({"major"}), unit_types=frozenset({"residential"})),
        BoardFilters(text="qx"),
        BoardFilters(text="纠纷"),
        BoardFilters(text="JF"),
    ],
    ids=["red", "orange+blue", "overdue", "in-time", "major-residential", "qx", "纠纷", "JF"],
)
def test_filtered_counts_and_pages_match_the_full_query(
    demo: Database, filters: BoardFilters
) -> None:
    with demo.session() as session:
        full = load_board(session, ACTOR, filters)
        reader = BoardReader(session, ACTOR, filters, page_size=100_000)
        paged = reader.open(session, counts="all")
        quick = reader.column_counts(session)
    for column in full.columns:
        assert paged.column(column.stage).count == column.count
        assert quick.columns.get(column.stage, 0) == column.count
        ids = {card.id for card in paged.column(column.stage).cards}
        assert ids == {card.id for card in column.cards}
    assert paged.counts.colours == full.colour_counts
    assert paged.counts.overdue == full.overdue_count


def test_paging_by_key_neither_skips_nor_repeats_while_a_card_moves(demo: Database) -> None:
    with demo.session() as session:
        everything = BoardReader(session, ACTOR, page_size=100_000).open(session)
        stage = max(everything.columns, key=lambda c: c.count if not c.is_terminal else 0)
        assert stage.count > 12
        reader = BoardReader(session, ACTOR, page_size=5)
        first = reader.open(session).column(stage.stage)
    assert len(first.cards) == 5
    # a card further down the column leaves it while the clerk is scrolling
    leaving = stage.cards[8]
    move(demo, leaving, stage.moves_to[0], some_owner(everything))
    seen = list(first.cards)
    after = first.keys[-1]
    with demo.session() as session:
        while True:
            cards, keys = reader.page(session, stage.stage, after)
            seen += cards
            if len(cards) < reader.page_size:
                break
            after = keys[-1]
    ids = [card.id for card in seen]
    assert len(ids) == len(set(ids))
    assert set(ids) == {card.id for card in stage.cards} - {leaving.id}


def test_cards_reads_changed_cases_afresh_and_drops_those_off_the_board(demo: Database) -> None:
    with demo.session() as session:
        reader = BoardReader(session, ACTOR, BoardFilters(severities=frozenset({"major"})))
        board = reader.open(session)
    column = next(c for c in board.columns if c.cards and c.moves_to and not c.is_terminal)
    card = column.cards[0]
    move(demo, card, column.moves_to[0], some_owner(board))
    with demo.session() as session:
        fresh = reader.cards(session, [card.id])
    assert fresh[card.id].stage == column.moves_to[0]
    assert fresh[card.id].version > card.version
    assert reader.key_of(fresh[card.id])[3] > card.stage_entered_at
    minor = next(
        c
        for col in BoardReader(demo.new_session(), ACTOR).open(demo.new_session()).columns
        for c in col.cards
        if c.severity == "minor"
    )
    with demo.session() as session:
        assert reader.cards(session, [minor.id]) == {}


def test_the_overdue_bound_agrees_with_the_clock_across_the_spring_festival(
    demo: Database,
) -> None:
    """Entry days from December to March 2026 (the festival's long break in between):
    a case is overdue exactly when it entered its stage before the bound."""
    for today in (date(2026, 2, 24), date(2026, 3, 4)):
        now = datetime(today.year, today.month, today.day, 10, tzinfo=CHINA_TZ)
        with demo.session() as session:
            ctx = load_card_context(session, now)
        for days in (1, 3, 10):
            bound = overdue_bound(ctx, days)
            assert bound is not None
            day = date(2025, 12, 1)
            while day < today:
                entered = datetime(day.year, day.month, day.day, 23, 30, tzinfo=CHINA_TZ)
                deadline = ctx.clocks.calendar.add_workdays(day, days)
                assert (today > deadline) == (entered < bound), (today, days, day)
                day += timedelta(days=1)


def test_expressions_cover_every_deadline_rule(demo: Database) -> None:
    with demo.session() as session:
        ctx = load_card_context(session, now_in_china())
    expressions = BoardExpressions(ctx)
    # three severities by six open stages, as the seeded deadline rules have them
    assert len(expressions.bounds) == len(ctx.clocks.deadlines)
