"""Reading and editing the reference lists: every saved edit is a new revision.

The live row holds the version in force (the board, the forms and the rules read it as
before); each edit also writes a ``ReferenceRevision`` with the values it put in force
and those it replaced. Nothing is deleted: a row is hidden (a tombstone the lists skip;
cases that name it keep their label) and can be shown again. The audit trail records
every change to both rows in the same transaction.

After an edit is applied, the rules it touches are read back with the same loaders the
board uses and checked as a whole; a refusal rolls the whole edit back.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    DeadlineRule,
    Dispute,
    DisputeStage,
    Institution,
    ReferenceRevision,
    StageTransition,
    utcnow,
)
from app.services import validators
from app.services.disputes.stage_rules import load_stage_graph
from app.services.errors import N_, ConflictError, NotFound, ValidationError
from app.services.permissions import Actor, Permission, require
from app.services.reference_admin.kinds import KINDS, KindSpec, kind_spec
from app.services.reference_admin.values import (
    Choice,
    ChoiceMaps,
    clean_values,
    load_choice_maps,
    snapshot,
)
from app.services.street_scope import refuse_other_street

NOTE_LIMIT = 200
#: Who may read the lists (everyone who works with them); only REFERENCE_EDIT changes them.
READERS = (Permission.REFERENCE_EDIT, Permission.AUDIT_VIEW, Permission.DISPUTE_VIEW)


@dataclass(frozen=True, slots=True)
class ReferenceRow:
    id: uuid.UUID
    kind: str
    values: dict[str, object]
    hidden: bool
    version: int
    updated_by: str
    updated_at: datetime


@dataclass(frozen=True)
class ReferenceList:
    kind: str
    rows: tuple[ReferenceRow, ...]
    #: choice lists the rows and the forms name, by list name
    choices: dict[str, tuple[Choice, ...]]
    can_edit: bool


@dataclass(frozen=True, slots=True)
class RevisionView:
    revision: int
    action: str
    effective_from: datetime
    by: str
    note: str
    new_values: dict[str, object]
    old_values: dict[str, object]


def require_reader(actor: Actor) -> None:
    if not any(actor.can(permission) for permission in READERS):
        require(actor, Permission.REFERENCE_EDIT)


def _sort_key(kind: KindSpec, row: ReferenceRow, maps: ChoiceMaps) -> tuple[Any, ...]:
    """The list's order: a chosen entry sorts where its own list puts it (stages in
    column order, severities by rank), other values as they are."""
    key: list[Any] = []
    for name in kind.order_by:
        value = row.values.get(name)
        spec = next((f for f in kind.fields if f.name == name), None)
        if spec is not None and spec.choices:
            listed = [choice.value for choice in maps.listed.get(spec.choices, ())]
            key.append((0, listed.index(value)) if value in listed else (1, str(value)))
        else:
            key.append((value is None, value))
    return tuple(key)


def _row(kind: KindSpec, obj: Any, maps: ChoiceMaps) -> ReferenceRow:
    return ReferenceRow(
        obj.id,
        kind.key,
        snapshot(kind, obj, maps),
        obj.deleted_at is not None,
        obj.version,
        obj.updated_by,
        obj.updated_at,
    )


def list_reference_rows(session: Session, actor: Actor, kind: str) -> ReferenceList:
    """Every row of a list, hidden ones included (marked), in the list's order."""
    require_reader(actor)
    spec = kind_spec(kind)
    maps = load_choice_maps(session)
    query = select(spec.model)
    if actor.street_id is not None and hasattr(spec.model, "street_id") and kind == "service_item":
        query = query.where(spec.model.street_id == actor.street_id)
    rows = [_row(spec, obj, maps) for obj in session.scalars(query)]
    rows.sort(key=lambda row: _sort_key(spec, row, maps))
    return ReferenceList(kind, tuple(rows), maps.listed, actor.can(Permission.REFERENCE_EDIT))


def list_kinds() -> tuple[str, ...]:
    return tuple(kind.key for kind in KINDS)


def _get(session: Session, spec: KindSpec, row_id: uuid.UUID) -> Any:
    obj = session.get(spec.model, row_id)
    if obj is None:
        raise NotFound(N_("This entry no longer exists; reload the list."))
    return obj


def _check_version(obj: Any, expected: int | None) -> None:
    if expected is not None and validators.version(expected) != obj.version:
        raise ConflictError(
            N_("Someone else changed this entry since you opened it; reload and try again.")
        )


def _check_unique_code(
    session: Session, spec: KindSpec, cleaned: dict[str, Any], row_id: Any
) -> None:
    code = cleaned.get("code")
    if code is None:
        return
    # Hidden rows keep their code: it names them in old cases and in the history.
    clash = session.scalar(
        select(spec.model.id).where(spec.model.code == code, spec.model.id != row_id)
    )
    if clash is not None:
        raise ValidationError(
            "code", N_("The code {code} is already used by another entry of this list."), code=code
        )


def _check_pairs(session: Session, spec: KindSpec, cleaned: dict[str, Any], row_id: Any) -> None:
    if spec.model is DeadlineRule:
        clash = session.scalar(
            select(DeadlineRule.id).where(
                DeadlineRule.severity_id == cleaned["severity_id"],
                DeadlineRule.stage_id == cleaned["stage_id"],
                DeadlineRule.deleted_at.is_(None),
                DeadlineRule.id != row_id,
            )
        )
        if clash is not None:
            raise ValidationError(
                "working_days",
                N_("This severity already has a deadline in this stage; edit that rule."),
            )
    if spec.model is StageTransition:
        if cleaned["from_stage_id"] == cleaned["to_stage_id"]:
            raise ValidationError("to_stage", N_("A move goes to another stage."))
        clash = session.scalar(
            select(StageTransition.id).where(
                StageTransition.from_stage_id == cleaned["from_stage_id"],
                StageTransition.to_stage_id == cleaned["to_stage_id"],
                StageTransition.deleted_at.is_(None),
                StageTransition.id != row_id,
            )
        )
        if clash is not None:
            raise ValidationError("to_stage", N_("This move is already allowed."))
    if spec.model is Institution and row_id is not None:
        parent = cleaned.get("parent_id")
        seen = {row_id}
        while parent is not None:
            if parent in seen:
                raise ValidationError(
                    "parent", N_("An institution cannot sit under itself or under one of its own.")
                )
            seen.add(parent)
            parent = session.scalar(select(Institution.parent_id).where(Institution.id == parent))


def check_stage_graph(session: Session) -> None:
    """Every stage a case can reach, or that holds a case, must have a way out unless it
    is final: read back with the loader the board and the moves use."""
    session.flush()
    graph = load_stage_graph(session)
    if not graph.stages:
        raise ValidationError("stage", N_("The lifecycle needs at least one stage."))
    occupied = set(
        session.scalars(select(Dispute.stage_id).where(Dispute.deleted_at.is_(None)).distinct())
    )
    reachable = {graph.first.code}
    frontier = [graph.first.code]
    while frontier:
        for move in graph.moves_from(frontier.pop()):
            if move.to_stage not in reachable:
                reachable.add(move.to_stage)
                frontier.append(move.to_stage)
    for stage in graph.stages:
        if stage.is_terminal or graph.moves_from(stage.code):
            continue
        if stage.code in reachable or stage.id in occupied:
            raise ValidationError(
                "stage",
                N_(
                    "This change would leave the stage {stage} with no way out: a stage that"
                    " is not final needs at least one allowed move to another stage."
                ),
                stage=stage.name_zh,
            )


def _check_stage_hidden(session: Session, obj: Any) -> None:
    if isinstance(obj, DisputeStage):
        in_use = session.scalar(
            select(func.count())
            .select_from(Dispute)
            .where(Dispute.stage_id == obj.id, Dispute.deleted_at.is_(None))
        )
        if in_use:
            raise ValidationError(
                "stage",
                N_("{count} cases are in the stage {stage}; move them before hiding it."),
                count=in_use,
                stage=obj.name_zh,
            )


def _revise(
    session: Session,
    spec: KindSpec,
    obj: Any,
    action: str,
    old_values: dict[str, object],
    maps: ChoiceMaps,
    note: str,
) -> None:
    session.flush()
    last = session.scalar(
        select(func.max(ReferenceRevision.revision)).where(ReferenceRevision.record_id == obj.id)
    )
    session.add(
        ReferenceRevision(
            kind=spec.key,
            entity=str(spec.model.__tablename__),
            record_id=obj.id,
            revision=(last or 0) + 1,
            action=action,
            effective_from=utcnow(),
            new_values=snapshot(spec, obj, maps),
            old_values=old_values,
            note=note,
        )
    )
    session.flush()


def _check_street(actor: Actor, spec: KindSpec, obj: Any, cleaned: dict[str, Any]) -> None:
    if spec.key == "service_item":
        refuse_other_street(actor, cleaned.get("street_id"))
        if obj is not None:
            refuse_other_street(actor, obj.street_id)


def save_reference_row(
    session: Session,
    actor: Actor,
    kind: str,
    row_id: uuid.UUID | None,
    values: Mapping[str, object],
    *,
    expected_version: int | None = None,
    note: str = "",
) -> ReferenceRow:
    """Add a row (``row_id`` None) or put new values in force, as a new revision."""
    require(actor, Permission.REFERENCE_EDIT)
    spec = kind_spec(kind)
    note = validators.text("note", note, NOTE_LIMIT)
    maps = load_choice_maps(session)
    cleaned = clean_values(spec, values, maps)
    obj = _get(session, spec, row_id) if row_id is not None else None
    _check_street(actor, spec, obj, cleaned)
    if obj is not None:
        _check_version(obj, expected_version)
    _check_unique_code(session, spec, cleaned, row_id)
    _check_pairs(session, spec, cleaned, row_id)
    old_values = snapshot(spec, obj, maps) if obj is not None else {}
    if obj is None:
        obj = spec.model(**cleaned)
        session.add(obj)
    else:
        for column, value in cleaned.items():
            setattr(obj, column, value)
    if spec.key in ("stage", "move"):
        check_stage_graph(session)
    session.flush()
    if old_values == snapshot(spec, obj, maps):
        return _row(spec, obj, maps)
    _revise(session, spec, obj, "create" if not old_values else "update", old_values, maps, note)
    return _row(spec, obj, maps)


def set_reference_hidden(
    session: Session,
    actor: Actor,
    kind: str,
    row_id: uuid.UUID,
    hidden: bool,
    *,
    expected_version: int | None = None,
    note: str = "",
) -> ReferenceRow:
    """Hide a row from the lists (never delete it), or show a hidden one again."""
    require(actor, Permission.REFERENCE_EDIT)
    spec = kind_spec(kind)
    note = validators.text("note", note, NOTE_LIMIT)
    maps = load_choice_maps(session)
    obj = _get(session, spec, row_id)
    _check_street(actor, spec, obj, {})
    _check_version(obj, expected_version)
    if (obj.deleted_at is not None) == hidden:
        return _row(spec, obj, maps)
    values = snapshot(spec, obj, maps)
    if hidden:
        _check_stage_hidden(session, obj)
        obj.deleted_at = utcnow()
    else:
        _check_unique_pair_on_show(session, spec, obj, maps)
        obj.deleted_at = None
    if spec.key in ("stage", "move"):
        check_stage_graph(session)
    _revise(session, spec, obj, "hide" if hidden else "show", values, maps, note)
    return _row(spec, obj, maps)


def _check_unique_pair_on_show(
    session: Session, spec: KindSpec, obj: Any, maps: ChoiceMaps
) -> None:
    if spec.model in (DeadlineRule, StageTransition):
        cleaned = {field.attribute: getattr(obj, field.attribute) for field in spec.fields}
        _check_pairs(session, spec, cleaned, obj.id)


def reference_history(
    session: Session, actor: Actor, row_id: uuid.UUID
) -> tuple[RevisionView, ...]:
    """The revisions of one row, newest first."""
    require_reader(actor)
    rows = session.scalars(
        select(ReferenceRevision)
        .where(ReferenceRevision.record_id == row_id)
        .order_by(ReferenceRevision.revision.desc())
    )
    return tuple(
        RevisionView(
            row.revision,
            row.action,
            row.effective_from,
            row.updated_by,
            row.note,
            dict(row.new_values or {}),
            dict(row.old_values or {}),
        )
        for row in rows
    )
