"""The lifecycle as data: stages (kanban columns) and the moves between them.

``StageGraph`` is read from ``dispute_stage`` and ``stage_transition``; a district that
adds a stage or a move changes rows, not this code. Error params that end in ``stage``
(and ``allowed``) carry stage codes; views show them with ``Labels.name("stage", code)``.
"""

from __future__ import annotations

import uuid
from collections import deque
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import DisputeStage, StageTransition
from app.services.disputes.reference_data import RefItem
from app.services.errors import N_, NotFound, ValidationError

#: The fields a move may ask for that the services know how to apply to a case.
KNOWN_MOVE_FIELDS = (
    "owner",
    "outcome",
    "resolution_method",
    "reason",
    "level",
    "visit_result",
)
#: Moving into these stages needs the supervisor's approval permission as well.
ESCALATION_STAGE = "escalated"


@dataclass(frozen=True, slots=True)
class Stage:
    id: uuid.UUID
    code: str
    name_zh: str
    name_en: str
    sort_order: int
    is_terminal: bool


@dataclass(frozen=True, slots=True)
class MoveRule:
    """An allowed move and the information it asks for."""

    from_stage: str
    to_stage: str
    required_fields: tuple[str, ...]


@dataclass(frozen=True)
class StageGraph:
    stages: tuple[Stage, ...]
    moves: tuple[MoveRule, ...]
    _by_code: dict[str, Stage] = field(init=False, repr=False, compare=False)
    _by_id: dict[uuid.UUID, Stage] = field(init=False, repr=False, compare=False)
    _moves: dict[tuple[str, str], MoveRule] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {stage.code: stage for stage in self.stages})
        object.__setattr__(self, "_by_id", {stage.id: stage for stage in self.stages})
        object.__setattr__(
            self, "_moves", {(move.from_stage, move.to_stage): move for move in self.moves}
        )

    def stage(self, code: str) -> Stage:
        found = self._by_code.get(code)
        if found is None:
            raise NotFound(N_("There is no stage {stage}."), stage=code)
        return found

    def stage_by_id(self, stage_id: uuid.UUID) -> Stage:
        found = self._by_id.get(stage_id)
        if found is None:
            raise NotFound(N_("The case is in a stage that no longer exists."))
        return found

    @property
    def first(self) -> Stage:
        """Where new cases start: the first stage in column order."""
        return self.stages[0]

    @property
    def open_stages(self) -> tuple[Stage, ...]:
        return tuple(stage for stage in self.stages if not stage.is_terminal)

    def moves_from(self, code: str) -> tuple[MoveRule, ...]:
        return tuple(move for move in self.moves if move.from_stage == code)

    def find(self, from_code: str, to_code: str) -> MoveRule | None:
        return self._moves.get((from_code, to_code))

    def rule(self, from_code: str, to_code: str) -> MoveRule:
        """The allowed move, or a ``ValidationError`` saying why it is refused."""
        target = self.stage(to_code)
        if from_code == to_code:
            raise ValidationError(
                "stage", N_("The case is already in {to_stage}."), to_stage=target.code
            )
        move = self.find(from_code, to_code)
        if move is not None:
            return move
        allowed = [m.to_stage for m in self.moves_from(from_code)]
        if not allowed:
            raise ValidationError(
                "stage",
                N_("A case in {from_stage} is finished and cannot be moved."),
                from_stage=from_code,
                to_stage=to_code,
            )
        raise ValidationError(
            "stage",
            N_(
                "A case cannot move from {from_stage} to {to_stage}."
                " From {from_stage} it can move to: {allowed}."
            ),
            from_stage=from_code,
            to_stage=to_code,
            allowed=", ".join(allowed),
        )

    def path(self, from_code: str, to_code: str) -> tuple[MoveRule, ...]:
        """The shortest chain of allowed moves between two stages (breadth first)."""
        if from_code == to_code:
            return ()
        previous: dict[str, MoveRule] = {}
        queue = deque([from_code])
        while queue:
            code = queue.popleft()
            for move in self.moves_from(code):
                if move.to_stage in previous or move.to_stage == from_code:
                    continue
                previous[move.to_stage] = move
                if move.to_stage == to_code:
                    chain = [move]
                    while chain[0].from_stage != from_code:
                        chain.insert(0, previous[chain[0].from_stage])
                    return tuple(chain)
                queue.append(move.to_stage)
        raise ValidationError(
            "stage",
            N_("The stage rules have no way from {from_stage} to {to_stage}."),
            from_stage=from_code,
            to_stage=to_code,
        )

    def stage_items(self) -> tuple[RefItem, ...]:
        return tuple(RefItem(s.id, s.code, s.name_zh, s.name_en, s.sort_order) for s in self.stages)


def load_stage_graph(session: Session) -> StageGraph:
    """Live stages in column order and the moves between live stages."""
    stage_rows = session.execute(
        select(
            DisputeStage.id,
            DisputeStage.code,
            DisputeStage.name_zh,
            DisputeStage.name_en,
            DisputeStage.sort_order,
            DisputeStage.is_terminal,
        )
        .where(DisputeStage.deleted_at.is_(None))
        .order_by(DisputeStage.sort_order, DisputeStage.code)
    ).all()
    stages = tuple(Stage(*row) for row in stage_rows)
    code_of = {stage.id: stage.code for stage in stages}
    move_rows = session.execute(
        select(
            StageTransition.from_stage_id,
            StageTransition.to_stage_id,
            StageTransition.required_fields,
        ).where(StageTransition.deleted_at.is_(None))
    ).all()
    moves = []
    for from_id, to_id, fields in move_rows:
        if from_id in code_of and to_id in code_of:
            required = tuple(part.strip() for part in fields.split(",") if part.strip())
            moves.append(MoveRule(code_of[from_id], code_of[to_id], required))
    order = {stage.code: stage.sort_order for stage in stages}
    moves.sort(key=lambda m: (order[m.from_stage], order[m.to_stage]))
    return StageGraph(stages, tuple(moves))
