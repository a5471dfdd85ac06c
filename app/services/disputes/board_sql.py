"""Warning colour, overdue and swimlane as SQL expressions, so the database can order,
count and filter the board without building every card.

Each expression agrees with the Python computation of ``build_cards``:

- overdue: for a stage and severity with a deadline of ``d`` working days, a case is
  overdue once today is past the ``d``-th working day after the day it entered the stage.
  That day moves forward with the entry day, so "overdue" is the same as "entered the
  stage before a bound" computed once per stage and severity from the working calendar;
- colour: the warning rules, in priority order, as one CASE of their conditions;
- lane: the rank of the card's unit type (or severity) in the reference list's order.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, false, literal, true

from app.models import Dispute, Unit
from app.services.china_time import CHINA_TZ
from app.services.disputes.board import CardContext
from app.services.disputes.board_types import COLOUR_RANK, BoardCard

#: Rank of a card no rule coloured (and of every card in a finished stage).
NO_COLOUR_RANK = len(COLOUR_RANK)
#: How the board may group each column into swimlanes; "" is no grouping.
LANE_KINDS = ("unit_type", "severity")
#: How far back the overdue bound is searched; a deadline never spans more.
_LONGEST_DEADLINE_DAYS = 5 * 366

#: A card's place in its column: lane, colour, overdue first, longest in the stage first,
#: oldest received, id. The same tuple is computed in SQL for paging.
CardKey = tuple[int, int, int, datetime, datetime, uuid.UUID]


def overdue_bound(ctx: CardContext, days: int) -> datetime | None:
    """The moment before which a case must have entered its stage to be overdue today,
    for a deadline of ``days`` working days; None if no entry day is overdue yet."""
    calendar = ctx.clocks.calendar
    today = ctx.today
    day = today - timedelta(days=1)
    for _ in range(_LONGEST_DEADLINE_DAYS):
        if calendar.add_workdays(day, days) < today:
            midnight = datetime.combine(day + timedelta(days=1), time(0), CHINA_TZ)
            return midnight.astimezone(UTC)
        day -= timedelta(days=1)
    return None


class BoardExpressions:
    """The board's computed columns for one moment (the clocks' "today")."""

    def __init__(self, ctx: CardContext) -> None:
        self.ctx = ctx
        stages = {stage.code: stage.id for stage in ctx.graph.stages}
        severities = ctx.reference.by_id["severity"]
        self.terminal_stage_ids = [stage.id for stage in ctx.graph.stages if stage.is_terminal]
        #: (stage id, severity id) → entered before this moment means overdue
        self.bounds: dict[tuple[uuid.UUID, uuid.UUID], datetime] = {}
        for (severity_code, stage_code), days in ctx.clocks.deadlines.items():
            stage_id = stages.get(stage_code)
            bound = overdue_bound(ctx, days)
            if stage_id is None or bound is None:
                continue
            for severity in severities.values():
                if severity.code == severity_code:
                    self.bounds[(stage_id, severity.id)] = bound
        self.severity_ids: dict[str, list[uuid.UUID]] = {}
        for severity in severities.values():
            self.severity_ids.setdefault(severity.code, []).append(severity.id)
        self.lane_ranks: dict[str, dict[str, int]] = {
            "unit_type": _ranks(
                sorted(
                    ctx.reference.by_id["unit_type"].values(),
                    key=lambda item: (item.sort_order, item.code),
                )
            ),
            "severity": _ranks(
                sorted(
                    severities.values(),
                    key=lambda item: (-ctx.severity_rank.get(item.id, 0), item.code),
                )
            ),
        }

    # SQL ----------------------------------------------------------------------------------
    def overdue(self, stage_id: uuid.UUID | None = None) -> ColumnElement[Any]:
        """1 when the case is overdue, else 0; for one stage's cards when ``stage_id`` given."""
        whens = [
            (
                and_(
                    Dispute.stage_id == stage,
                    Dispute.severity_id == severity,
                    Dispute.stage_entered_at < bound,
                ),
                1,
            )
            for (stage, severity), bound in self.bounds.items()
            if stage_id is None or stage == stage_id
        ]
        return case(*whens, else_=0) if whens else literal(0)

    def colour_rank(self, overdue: ColumnElement[Any]) -> ColumnElement[Any]:
        """``COLOUR_RANK`` of the first warning rule that matches; cards of finished
        stages and cards no rule matches get ``NO_COLOUR_RANK``."""
        whens: list[tuple[ColumnElement[bool], int]] = []
        if self.terminal_stage_ids:
            whens.append((Dispute.stage_id.in_(self.terminal_stage_ids), NO_COLOUR_RANK))
        for rule in self.ctx.rules.rules:
            conditions: list[ColumnElement[bool]] = []
            if rule.severity is not None:
                ids = self.severity_ids.get(rule.severity)
                conditions.append(Dispute.severity_id.in_(ids) if ids else false())
            if rule.min_people is not None:
                conditions.append(Dispute.people_involved >= rule.min_people)
            if rule.min_amount is not None:
                conditions.append(Dispute.amount_owed >= rule.min_amount)
            if rule.overdue is not None:
                conditions.append(overdue == (1 if rule.overdue else 0))
            rank = COLOUR_RANK.get(rule.colour, NO_COLOUR_RANK)
            whens.append((and_(*conditions) if conditions else true(), rank))
        return case(*whens, else_=NO_COLOUR_RANK)

    def lane(self, kind: str) -> ColumnElement[Any]:
        """The swimlane rank of ``kind`` (needs ``Unit`` joined for unit types)."""
        ranks = self.lane_ranks.get(kind)
        if not ranks:
            return literal(0)
        items = self.ctx.reference.by_id[kind]
        column = Unit.unit_type_id if kind == "unit_type" else Dispute.severity_id
        by_id = {item_id: ranks[item.code] for item_id, item in items.items()}
        return case(by_id, value=column, else_=len(ranks))

    # Python -------------------------------------------------------------------------------
    def lane_rank(self, kind: str, card: BoardCard) -> int:
        ranks = self.lane_ranks.get(kind)
        if not ranks:
            return 0
        code = card.unit_type if kind == "unit_type" else card.severity
        return ranks.get(code, len(ranks))

    def key_of(self, kind: str, card: BoardCard) -> CardKey:
        """The card's place in its column, equal to the SQL sort key of its row."""
        return (
            self.lane_rank(kind, card),
            COLOUR_RANK.get(card.colour, NO_COLOUR_RANK),
            0 if card.overdue else 1,
            card.stage_entered_at,
            card.received_at,
            card.id,
        )


def _ranks(items: list[Any]) -> dict[str, int]:
    ranks: dict[str, int] = {}
    for item in items:
        ranks.setdefault(item.code, len(ranks))
    return ranks
