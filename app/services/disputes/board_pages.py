"""The kanban board a page at a time, so opening it costs about the same at 100 cards as
at 10,000.

A ``BoardReader`` is prepared once per choice of filters and swimlanes: it loads the
rules, the calendar and the reference lists, and builds the SQL for colours, overdue and
lanes (``board_sql``). Then

- ``open`` gives the first page of every column, and as many counts as asked for:
  none, per column (and lane), or all (``counts``: per column, lane, colour and overdue,
  from one grouped query that evaluates every card's colour). A view opens with none
  and counts on a worker thread once the board is on screen;
- ``page`` continues a column after the last card shown. Paging is by key, not by
  offset, so a card moved meanwhile is neither skipped nor shown twice;
- ``cards`` re-reads a few cases after a change so the board can put them where they
  now belong.

A column's order: swimlane (when grouped), warning colour (red first), overdue first,
longest in its stage first, oldest received, then id.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, func, literal, literal_column, select, tuple_
from sqlalchemy.orm import Session

from app.models import Dispute, Unit, utcnow
from app.services.china_time import local_date
from app.services.collector import collector_paused
from app.services.disputes.board import (
    build_cards,
    card_select,
    load_card_context,
    sql_filters,
    team_badges,
)
from app.services.disputes.board_sql import (
    LANE_KINDS,
    NO_COLOUR_RANK,
    BoardExpressions,
    CardKey,
)
from app.services.disputes.board_types import COLOUR_RANK, BoardCard, BoardFilters
from app.services.disputes.reference_data import Labels
from app.services.permissions import Actor, Permission, require
from app.services.pinyin_search import matches, text_keys

#: Cards read per column when the board opens, and per page after that.
PAGE_SIZE = 40


@dataclass(frozen=True)
class BoardCounts:
    #: stage code → cards in the column; empty when not counted
    columns: dict[str, int]
    #: (stage code, lane rank) → cards; empty when the board is not grouped
    lanes: dict[tuple[str, int], int]
    #: colour → cards of that colour on the whole board; empty when not counted
    colours: dict[str, int]
    #: overdue cards on the whole board; None when not counted
    overdue: int | None

    @property
    def total(self) -> int:
        return sum(self.columns.values())


@dataclass(frozen=True, slots=True)
class PagedColumn:
    stage: str
    name_zh: str
    name_en: str
    is_terminal: bool
    #: stages a card of this column may be dropped on
    moves_to: tuple[str, ...]
    #: cards in the column; None when not counted (and the first page is full)
    count: int | None
    #: the first page, in column order, and each card's key
    cards: tuple[BoardCard, ...]
    keys: tuple[CardKey, ...]

    def label(self, language: str) -> str:
        return self.name_zh if language.startswith("zh") else self.name_en


@dataclass(frozen=True)
class PagedBoard:
    columns: tuple[PagedColumn, ...]
    counts: BoardCounts
    filters: BoardFilters
    #: "" (no swimlanes), "unit_type" or "severity"
    lanes: str
    #: code of each lane by rank; a card whose code is not listed is in the last lane
    lane_codes: tuple[str, ...]
    as_of: datetime
    today: date
    labels: Labels
    calendar_fallback_years: tuple[int, ...]

    def column(self, stage: str) -> PagedColumn:
        for column in self.columns:
            if column.stage == stage:
                return column
        raise KeyError(stage)


@dataclass(frozen=True)
class _ColumnQuery:
    stage_id: uuid.UUID
    conditions: tuple[ColumnElement[bool], ...]
    key: tuple[Any, ...]


class BoardReader:
    """The board for one actor, filter choice, swimlane choice and moment.

    Reading methods take a session, so a worker thread can use the same reader with its
    own session; the reader itself is not changed by reading.
    """

    def __init__(
        self,
        session: Session,
        actor: Actor,
        filters: BoardFilters | None = None,
        *,
        lanes: str = "",
        now: datetime | None = None,
        page_size: int = PAGE_SIZE,
        expressions: BoardExpressions | None = None,
    ) -> None:
        """``expressions`` from an earlier reader of the same day are reused (rules,
        calendar and reference lists are then not read again)."""
        require(actor, Permission.DISPUTE_VIEW)
        if lanes and lanes not in LANE_KINDS:
            raise ValueError(f"unknown swimlane kind {lanes!r}")
        self.actor = actor
        self.filters = filters or BoardFilters()
        self.lanes = lanes
        self.now = now or utcnow()
        self.page_size = max(page_size, 1)
        session.flush()
        if expressions is not None and expressions.ctx.today == local_date(self.now):
            self.sql = expressions
        else:
            self.sql = BoardExpressions(load_card_context(session, self.now))
        self.ctx = self.sql.ctx
        self.labels = self.ctx.reference.labels(self.ctx.graph.stage_items())
        self._lane = self.sql.lane(lanes)
        base = sql_filters(actor, self.filters, self.ctx, self.now)
        overdue = self.sql.overdue()
        self._overdue = overdue
        self._colour = self.sql.colour_rank(overdue)
        #: every condition but the text search, which ``cards`` applies in Python
        self._conditions = (*base, *self._flag_conditions(overdue, self._colour))
        if self.filters.text:
            self._conditions_with_text = (*self._conditions, self._text_condition(session))
        else:
            self._conditions_with_text = self._conditions
        self._columns: dict[str, _ColumnQuery] = {}
        for stage in self.ctx.graph.stages:
            stage_overdue = self.sql.overdue(stage.id)
            stage_colour = self.sql.colour_rank(stage_overdue)
            conditions = [Dispute.stage_id == stage.id, *base]
            conditions += self._flag_conditions(stage_overdue, stage_colour)
            if self.filters.text:
                conditions.append(self._conditions_with_text[-1])
            key: tuple[Any, ...] = (
                self._lane,
                stage_colour,
                1 - stage_overdue,
                Dispute.stage_entered_at,
                Dispute.received_at,
                Dispute.id,
            )
            self._columns[stage.code] = _ColumnQuery(stage.id, tuple(conditions), key)

    # what a caller asks for ---------------------------------------------------------------
    def open(self, session: Session, *, counts: str = "columns") -> PagedBoard:
        """The first page of every column, with the counts asked for: "none", "columns"
        (per column and lane) or "all" (per colour and overdue too)."""
        if counts == "all":
            counted: BoardCounts | None = self.counts(session)
        elif counts == "columns":
            counted = self.column_counts(session)
        else:
            counted = None
        columns = []
        for stage in self.ctx.graph.stages:
            count = counted.columns.get(stage.code, 0) if counted is not None else None
            cards, keys = self.page(session, stage.code) if count != 0 else ((), ())
            if count is None and len(cards) < self.page_size:
                count = len(cards)
            columns.append(
                PagedColumn(
                    stage=stage.code,
                    name_zh=stage.name_zh,
                    name_en=stage.name_en,
                    is_terminal=stage.is_terminal,
                    moves_to=tuple(m.to_stage for m in self.ctx.graph.moves_from(stage.code)),
                    count=count,
                    cards=cards,
                    keys=keys,
                )
            )
        return PagedBoard(
            columns=tuple(columns),
            counts=counted or BoardCounts({}, {}, {}, None),
            filters=self.filters,
            lanes=self.lanes,
            lane_codes=self.lane_codes(),
            as_of=self.now,
            today=self.ctx.today,
            labels=self.labels,
            calendar_fallback_years=tuple(sorted(self.ctx.clocks.used_fallback_years)),
        )

    def page(
        self, session: Session, stage: str, after: CardKey | None = None, limit: int | None = None
    ) -> tuple[tuple[BoardCard, ...], tuple[CardKey, ...]]:
        """Up to ``limit`` cards of a column that come after ``after`` (from the top when
        None), in column order, with their keys."""
        query = self._columns[stage]
        conditions = list(query.conditions)
        if after is not None:
            bound = [
                literal(value, column.type) for value, column in zip(after, query.key, strict=True)
            ]
            conditions.append(tuple_(*query.key) > tuple_(*bound))
        statement = card_select(*conditions).order_by(*query.key).limit(limit or self.page_size)
        cards = self._build(session, session.connection().execute(statement).all())
        return tuple(cards), tuple(self.key_of(card) for card in cards)

    def cards(self, session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, BoardCard]:
        """The cases among ``ids`` that are on this board now, read afresh; a case that is
        missing was removed, or no longer matches the filters."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        session.flush()
        statement = card_select(*self._conditions, Dispute.id.in_(wanted))
        cards = self._build(session, session.connection().execute(statement).all())
        if self.filters.text:
            cards = [c for c in cards if matches(self.filters.text, text_keys(c.number, c.title))]
        return {card.id: card for card in cards}

    def column_counts(self, session: Session) -> BoardCounts:
        """Cards per column and per lane, without evaluating colours unless filtered by one."""
        statement = (
            select(Dispute.stage_id, self._lane, func.count())
            .select_from(Dispute)
            .outerjoin(Unit, Unit.id == Dispute.unit_id)
            .where(Dispute.deleted_at.is_(None), *self._conditions_with_text)
            .group_by(*(literal_column(str(n)) for n in range(1, 3)))
        )
        code_of = {stage.id: stage.code for stage in self.ctx.graph.stages}
        columns: dict[str, int] = {}
        lanes: dict[tuple[str, int], int] = {}
        for stage_id, lane, count in session.execute(statement):
            code = code_of.get(stage_id)
            if code is not None:
                columns[code] = columns.get(code, 0) + count
                if self.lanes:
                    lanes[(code, lane)] = lanes.get((code, lane), 0) + count
        return BoardCounts(columns, lanes, {}, None)

    def counts(self, session: Session) -> BoardCounts:
        """Cards per column, per lane, per colour and overdue, in one grouped query."""
        statement = (
            select(Dispute.stage_id, self._lane, self._colour, self._overdue, func.count())
            .select_from(Dispute)
            .outerjoin(Unit, Unit.id == Dispute.unit_id)
            .where(Dispute.deleted_at.is_(None), *self._conditions_with_text)
            # by position: PostgreSQL would not match repeated expressions with parameters
            .group_by(*(literal_column(str(n)) for n in range(1, 5)))
        )
        code_of = {stage.id: stage.code for stage in self.ctx.graph.stages}
        colour_of = {rank: colour for colour, rank in COLOUR_RANK.items()}
        columns: dict[str, int] = {}
        lanes: dict[tuple[str, int], int] = {}
        colours = dict.fromkeys(COLOUR_RANK, 0)
        overdue_total = 0
        for stage_id, lane, colour_rank, overdue, count in session.execute(statement):
            code = code_of.get(stage_id)
            if code is None:
                continue
            columns[code] = columns.get(code, 0) + count
            if self.lanes:
                lanes[(code, lane)] = lanes.get((code, lane), 0) + count
            if colour_rank != NO_COLOUR_RANK:
                colours[colour_of[colour_rank]] += count
            overdue_total += count if overdue else 0
        return BoardCounts(columns, lanes, colours, overdue_total)

    def key_of(self, card: BoardCard) -> CardKey:
        return self.sql.key_of(self.lanes, card)

    def lane_of(self, card: BoardCard) -> int:
        return self.sql.lane_rank(self.lanes, card)

    def lane_codes(self) -> tuple[str, ...]:
        ranks = self.sql.lane_ranks.get(self.lanes, {})
        return tuple(sorted(ranks, key=ranks.__getitem__))

    def moves_to(self, stage: str) -> tuple[str, ...]:
        return tuple(move.to_stage for move in self.ctx.graph.moves_from(stage))

    # helpers ------------------------------------------------------------------------------
    def _flag_conditions(
        self, overdue: ColumnElement[Any], colour: ColumnElement[Any]
    ) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.filters.colours:
            ranks = sorted(COLOUR_RANK[c] for c in self.filters.colours if c in COLOUR_RANK)
            conditions.append(colour.in_(ranks))
        if self.filters.overdue is not None:
            conditions.append(overdue == (1 if self.filters.overdue else 0))
        return conditions

    def _text_condition(self, session: Session) -> ColumnElement[bool]:
        """The cases whose number or title match the search (characters or pinyin), as
        an id condition: the ids that match, or the ids that do not when fewer."""
        rows = session.execute(
            select(Dispute.id, Dispute.number, Dispute.title)
            .select_from(Dispute)
            .outerjoin(Unit, Unit.id == Dispute.unit_id)
            .where(Dispute.deleted_at.is_(None), *self._conditions)
        ).all()
        text = self.filters.text
        hits = [row[0] for row in rows if matches(text, text_keys(row[1], row[2]))]
        if len(hits) * 2 <= len(rows):
            return Dispute.id.in_(hits)
        found = set(hits)
        return Dispute.id.not_in([row[0] for row in rows if row[0] not in found])

    def _build(self, session: Session, rows: Sequence[Any]) -> list[BoardCard]:
        if not rows:
            return []
        ids = [row[0] if isinstance(row[0], uuid.UUID) else uuid.UUID(row[0]) for row in rows]
        with collector_paused():
            teams = team_badges(session, Dispute.id.in_(ids))
            return build_cards(rows, teams, self.ctx)


def open_board(
    session: Session,
    actor: Actor,
    filters: BoardFilters | None = None,
    *,
    lanes: str = "",
    now: datetime | None = None,
    previous: BoardReader | None = None,
    counts: str = "none",
) -> tuple[BoardReader, PagedBoard]:
    """A reader for these filters and its first pages. The rules, calendar and reference
    lists of ``previous`` are reused when it was read the same day (a filter change); pass
    None to read them afresh."""
    reader = BoardReader(
        session,
        actor,
        filters,
        lanes=lanes,
        now=now,
        expressions=previous.sql if previous is not None else None,
    )
    return reader, reader.open(session, counts=counts)
