"""A case's path through the stages, drawn from the ``stage_transition`` table.

Each step takes a realistic time (minutes to receive on the spot, weeks to mediate a
major case); a case is in the stage of its last step before ``as_of``. A stalled case
is walked to a chosen open stage and kept there, so every kanban column has cards.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import DisputeStage, StageTransition

MAX_STEPS = 12
_ESCALATION = {"minor": 0.01, "general": 0.06, "major": 0.35}
_ON_THE_SPOT = {"minor": 0.35, "general": 0.1, "major": 0.0}
UNKNOWN_MOVE_WEIGHT = 0.05
#: How long a stalled case has sat in its stage, in hours (low, high).
STALLED_AGE = {
    "received": (0.5, 48),
    "accepted": (2, 120),
    "mediating": (24, 600),
    "escalated": (24, 480),
    "resolved": (24, 288),
    "follow_up": (12, 144),
}


@dataclass(frozen=True)
class Move:
    from_stage: str
    to_stage: str
    required: tuple[str, ...]


@dataclass(frozen=True)
class Step:
    move: Move
    at: datetime


@dataclass(frozen=True)
class Lifecycle:
    """Stages in column order and the allowed moves, read from the database."""

    stage_ids: dict[str, uuid.UUID]
    terminal: tuple[str, ...]
    moves: dict[str, tuple[Move, ...]]
    #: stage -> stages reachable from it
    reach: dict[str, frozenset[str]]

    @property
    def first(self) -> str:
        return next(iter(self.stage_ids))

    @property
    def open_stages(self) -> tuple[str, ...]:
        return tuple(code for code in self.stage_ids if code not in self.terminal)

    def path(self, start: str, goal: str) -> list[Move]:
        """The shortest chain of moves from ``start`` to ``goal`` (empty if none)."""
        previous: dict[str, Move] = {}
        todo = [start]
        while todo and goal not in previous:
            code = todo.pop(0)
            for move in self.moves[code]:
                if move.to_stage not in previous and move.to_stage != start:
                    previous[move.to_stage] = move
                    todo.append(move.to_stage)
        if goal not in previous:
            return []
        chain = [previous[goal]]
        while chain[0].from_stage != start:
            chain.insert(0, previous[chain[0].from_stage])
        return chain

    @classmethod
    def load(cls, session: Session) -> Lifecycle:
        stages = session.execute(
            select(DisputeStage.code, DisputeStage.id, DisputeStage.is_terminal)
            .where(DisputeStage.deleted_at.is_(None))
            .order_by(DisputeStage.sort_order, DisputeStage.code)
        ).all()
        stage_ids = {code: stage_id for code, stage_id, _ in stages}
        code_of = {stage_id: code for code, stage_id, _ in stages}
        order = {code: number for number, (code, _, _) in enumerate(stages)}
        rows = session.execute(
            select(
                StageTransition.from_stage_id,
                StageTransition.to_stage_id,
                StageTransition.required_fields,
            ).where(StageTransition.deleted_at.is_(None))
        ).all()
        found = [
            Move(
                code_of[src],
                code_of[dst],
                tuple(part.strip() for part in fields.split(",") if part.strip()),
            )
            for src, dst, fields in rows
            if src in code_of and dst in code_of
        ]
        found.sort(key=lambda m: (order[m.from_stage], order[m.to_stage]))
        moves = {code: tuple(m for m in found if m.from_stage == code) for code in stage_ids}
        reach: dict[str, frozenset[str]] = {}
        for code in stage_ids:
            seen: dict[str, None] = {}
            todo = [code]
            while todo:
                for move in moves[todo.pop()]:
                    if move.to_stage not in seen:
                        seen[move.to_stage] = None
                        todo.append(move.to_stage)
            reach[code] = frozenset(seen)
        terminal = tuple(code for code, _, is_terminal in stages if is_terminal)
        return cls(stage_ids, terminal, moves, reach)


def _weight(move: Move, severity: str, escalated: bool) -> float:
    pair = (move.from_stage, move.to_stage)
    if move.to_stage == "escalated":
        return 0.0 if escalated else _ESCALATION.get(severity, 0.05)
    if pair == ("received", "resolved"):
        return _ON_THE_SPOT.get(severity, 0.0)
    known = {
        ("received", "accepted"): 1.0,
        ("accepted", "mediating"): 0.75,
        ("accepted", "resolved"): 0.2,
        ("mediating", "resolved"): 1.0,
        ("escalated", "mediating"): 0.4,
        ("escalated", "resolved"): 0.6,
        ("resolved", "follow_up"): 1.0,
        ("follow_up", "closed"): 1.0,
    }
    return known.get(pair, UNKNOWN_MOVE_WEIGHT)


def _hours(rng: random.Random, move: Move, severity: str) -> float:
    """Time the move takes after the previous one."""
    pair = (move.from_stage, move.to_stage)
    if pair == ("received", "resolved"):
        return rng.uniform(0.2, 2.0)
    if pair == ("resolved", "follow_up"):
        return rng.uniform(72, 360)
    if pair == ("follow_up", "closed"):
        return rng.uniform(12, 120)
    mean = {
        ("received", "accepted"): 6.0,
        ("accepted", "mediating"): 24.0,
        ("accepted", "resolved"): 36.0,
        ("accepted", "escalated"): 72.0,
        ("mediating", "escalated"): 96.0,
        ("escalated", "mediating"): 48.0,
        ("escalated", "resolved"): 240.0,
    }.get(pair)
    if pair == ("mediating", "resolved"):
        mean = {"minor": 72.0, "general": 160.0, "major": 400.0}.get(severity, 160.0)
    return min(max(rng.expovariate(1 / (mean or 48.0)), 0.5), 2000.0)


def walk(
    rng: random.Random,
    life: Lifecycle,
    severity: str,
    received_at: datetime,
    target: str = "",
) -> list[Step]:
    """The steps from the first stage to a terminal one (or to ``target``)."""
    slowness = rng.uniform(3, 6) if rng.random() < 0.05 else 1.0
    steps: list[Step] = []
    current, at, escalated = life.first, received_at, False
    for _ in range(MAX_STEPS):
        if current in life.terminal or (target and current == target):
            break
        options = list(life.moves[current])
        if target:
            options = [
                m for m in options if m.to_stage == target or target in life.reach[m.to_stage]
            ]
        weights = [_weight(m, severity, escalated) for m in options]
        if target:
            weights = [max(w, 0.01) for w in weights]
        if not options or sum(weights) <= 0:
            break
        move = rng.choices(options, weights=weights)[0]
        at = at + timedelta(hours=_hours(rng, move, severity) * slowness)
        escalated = escalated or move.to_stage == "escalated"
        steps.append(Step(move, at))
        current = move.to_stage
    return steps


def on_spot_steps(life: Lifecycle, received_at: datetime) -> list[Step]:
    """Resolved on the spot and carried on to the nearest final stage, a microsecond
    apart, the way meeting intake records it."""
    moves = life.path(life.first, "resolved")
    for terminal in life.terminal:
        rest = life.path("resolved", terminal)
        if moves and rest:
            moves += rest
            break
    return [
        Step(move, received_at + timedelta(microseconds=number))
        for number, move in enumerate(moves, start=1)
    ]


def settle(
    rng: random.Random,
    steps: list[Step],
    received_at: datetime,
    period_end: datetime,
    stalled_stage: str,
) -> tuple[datetime, list[Step]]:
    """The steps taken before ``period_end``; a stalled case is shifted in time so it
    has sat in its stage for a typical while."""
    if stalled_stage:
        entered = steps[-1].at if steps else received_at
        low, high = STALLED_AGE.get(stalled_stage, (24, 240))
        wanted = period_end - timedelta(hours=rng.uniform(low, high))
        shift = entered - wanted
        received_at -= shift
        steps = [Step(step.move, step.at - shift) for step in steps]
    return received_at, [step for step in steps if step.at < period_end]
