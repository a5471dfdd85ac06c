"""The whole board in one call: every matching card by stage column, most urgent first.

The desk reads the board a page at a time (``board_pages``); this reads it all at once
from the same SQL, card builder and rules, so tests and benchmarks can check the pages
against it.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy.orm import Session

from app.models import utcnow
from app.services.collector import collector_paused
from app.services.disputes.board import (
    build_cards,
    card_rows,
    load_card_context,
    sql_filters,
    team_badges,
)
from app.services.disputes.board_types import (
    COLOUR_RANK,
    Board,
    BoardCard,
    BoardColumn,
    BoardFilters,
)
from app.services.permissions import Actor, Permission, require
from app.services.pinyin_search import matches, search_keys


def _keep(card: BoardCard, filters: BoardFilters) -> bool:
    if filters.colours and card.colour not in filters.colours:
        return False
    if filters.overdue is not None and card.overdue != filters.overdue:
        return False
    return not filters.text or matches(filters.text, search_keys(card.number, card.title))


def _sort_key(card: BoardCard) -> tuple[int, bool, date, datetime]:
    return (
        COLOUR_RANK.get(card.colour, len(COLOUR_RANK)),
        not card.overdue,
        card.deadline or date.max,
        card.received_at,
    )


def load_board(
    session: Session,
    actor: Actor,
    filters: BoardFilters | None = None,
    *,
    now: datetime | None = None,
) -> Board:
    """Every matching card, by stage column, most urgent first, with clocks and colours."""
    require(actor, Permission.DISPUTE_VIEW)
    filters = filters or BoardFilters()
    now = now or utcnow()
    ctx = load_card_context(session, now)
    conditions = sql_filters(actor, filters, ctx, now)
    with collector_paused():
        rows = card_rows(session, *conditions)
        teams = team_badges(session, *conditions)
        cards = build_cards(rows, teams, ctx)
        if filters.colours or filters.overdue is not None or filters.text:
            cards = [card for card in cards if _keep(card, filters)]
    by_stage: dict[str, list[BoardCard]] = defaultdict(list)
    for card in cards:
        by_stage[card.stage].append(card)
    columns = []
    for stage in ctx.graph.stages:
        column_cards = by_stage.get(stage.code, [])
        column_cards.sort(key=_sort_key)
        columns.append(
            BoardColumn(
                stage=stage.code,
                name_zh=stage.name_zh,
                name_en=stage.name_en,
                is_terminal=stage.is_terminal,
                cards=tuple(column_cards),
                moves_to=tuple(move.to_stage for move in ctx.graph.moves_from(stage.code)),
            )
        )
    colour_counts = dict.fromkeys(COLOUR_RANK, 0)
    for card in cards:
        if card.colour:
            colour_counts[card.colour] = colour_counts.get(card.colour, 0) + 1
    return Board(
        columns=tuple(columns),
        filters=filters,
        as_of=now,
        today=ctx.today,
        labels=ctx.reference.labels(ctx.graph.stage_items()),
        calendar_fallback_years=tuple(sorted(ctx.clocks.used_fallback_years)),
        colour_counts=colour_counts,
        overdue_count=sum(card.overdue for card in cards),
    )
