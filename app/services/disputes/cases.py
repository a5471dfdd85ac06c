"""Receiving, editing and moving cases. Every change appends a ``DisputeEvent``.

Writes take the version the user saw (``expected_version``) and refuse with
``ConflictError`` if the case changed since; each returns a ``CaseRef`` with the new
version so the view can keep editing without reloading.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.models import Dispute, Staff, Unit, WarningLead, utcnow
from app.services import validators
from app.services.disputes import checks
from app.services.disputes.case_store import (
    EVENT_CREATED,
    EVENT_EDITED,
    EVENT_MOVED,
    EVENT_NOTE,
    append_event,
    check_roster_links,
    check_street,
    get_case,
    live_staff,
    live_street,
    live_unit,
    lock_case,
    next_case_number,
)
from app.services.disputes.inputs import CaseChanges, MoveInfo, NewCase
from app.services.disputes.reference_data import (
    ESCALATION_LEVELS,
    ReferenceData,
    load_reference_data,
)
from app.services.disputes.stage_rules import (
    ESCALATION_STAGE,
    KNOWN_MOVE_FIELDS,
    MoveRule,
    StageGraph,
    load_stage_graph,
)
from app.services.errors import N_, ValidationError
from app.services.permissions import Actor, Permission, require


@dataclass(frozen=True, slots=True)
class CaseRef:
    """The case a write touched, at its new version."""

    id: uuid.UUID
    number: str
    version: int
    stage: str


@dataclass(frozen=True, slots=True)
class MoveRequirements:
    """What a move asks for, so the view can show the right dialog before moving."""

    from_stage: str
    to_stage: str
    required_fields: tuple[str, ...]
    needs_permission: str


def _ref(dispute: Dispute, graph: StageGraph) -> CaseRef:
    return CaseRef(
        dispute.id, dispute.number, dispute.version, graph.stage_by_id(dispute.stage_id).code
    )


def _moment(field: str, value: datetime | None, now: datetime) -> datetime:
    if value is None:
        return now
    return checks.check_not_future(field, value, now)


def create_case(
    session: Session,
    actor: Actor,
    new: NewCase,
    *,
    now: datetime | None = None,
    reference: ReferenceData | None = None,
    graph: StageGraph | None = None,
) -> CaseRef:
    """Receive a case into the first stage, with its ``created`` event."""
    require(actor, Permission.DISPUTE_EDIT)
    now = now or utcnow()
    reference = reference or load_reference_data(session)
    graph = graph or load_stage_graph(session)
    title = checks.line("title", new.title, checks.TITLE_LIMIT, required=True)
    description = checks.clean_text("description", new.description, checks.LONG_TEXT_LIMIT)
    note = checks.clean_text("note", new.note, checks.NOTE_LIMIT)
    received_at = _moment("received_at", new.received_at, now)
    people_involved = checks.check_people("people_involved", new.people_involved)
    amount_owed = checks.check_amount("amount_owed", new.amount_owed)
    street_id = validators.row_id("street", new.street_id) or actor.street_id
    lead_id = validators.row_id("lead", new.lead_id)
    if new.unit_id is not None:
        street_id = live_unit(session, new.unit_id).street_id
    elif street_id is not None:
        live_street(session, street_id)
    if street_id is None:
        raise ValidationError("unit", N_("Choose the unit (or street) the case belongs to."))
    check_street(actor, street_id)
    if lead_id is not None:
        lead = session.get(WarningLead, lead_id)
        if lead is None or lead.deleted_at is not None:
            raise ValidationError("lead", N_("That early-warning lead no longer exists."))
    case_id = uuid.uuid4()
    first = graph.first
    dispute = Dispute(
        id=case_id,
        street_id=street_id,
        number=next_case_number(session, received_at, case_id),
        title=title,
        description=description,
        category_id=reference.id_of("category", new.category),
        severity_id=reference.id_of("severity", new.severity),
        source_id=reference.id_of("source", new.source),
        unit_id=new.unit_id,
        stage_id=first.id,
        people_involved=people_involved,
        amount_owed=amount_owed,
        received_at=received_at,
        stage_entered_at=received_at,
        lead_id=lead_id,
    )
    session.add(dispute)
    append_event(
        session,
        dispute,
        actor,
        EVENT_CREATED,
        received_at,
        to_stage_id=first.id,
        note=note,
        data={"source": new.source, "severity": new.severity, "category": new.category},
    )
    session.flush()
    return _ref(dispute, graph)


def move_requirements(
    session: Session, actor: Actor, dispute_id: uuid.UUID, to_stage: str
) -> MoveRequirements:
    """What moving the case to ``to_stage`` asks for; refuses a forbidden move with its reason."""
    require(actor, Permission.DISPUTE_VIEW)
    dispute = get_case(session, actor, dispute_id)
    graph = load_stage_graph(session)
    rule = graph.rule(graph.stage_by_id(dispute.stage_id).code, to_stage)
    permission = Permission.DISPUTE_EDIT
    if rule.to_stage == ESCALATION_STAGE:
        permission = Permission.DISPUTE_APPROVE_ESCALATION
    return MoveRequirements(rule.from_stage, rule.to_stage, rule.required_fields, permission.value)


def _required_values(
    session: Session, rule: MoveRule, info: MoveInfo, reference: ReferenceData
) -> dict[str, Any]:
    """The values the move asks for, checked; missing ones raise for the first field."""
    missing = []
    values: dict[str, Any] = {}
    for name in rule.required_fields:
        if name == "owner":
            if info.owner_staff_id is None:
                missing.append(name)
                continue
            staff = live_staff(session, info.owner_staff_id, "owner")
            values["owner"] = staff
        elif name == "resolution_method":
            if not info.resolution_method:
                missing.append(name)
                continue
            values[name] = reference.id_of("resolution_method", info.resolution_method, name)
        elif name == "level":
            if not info.level:
                missing.append(name)
                continue
            if info.level not in ESCALATION_LEVELS:
                raise ValidationError(
                    "level", N_("{code} is not a known entry of this list."), code=info.level
                )
            values[name] = info.level
        else:
            raw = getattr(info, name) if name in KNOWN_MOVE_FIELDS else info.extra.get(name, "")
            text = checks.clean_text(name, raw, checks.NOTE_LIMIT)
            if not text:
                missing.append(name)
                continue
            values[name] = text
    if missing:
        raise ValidationError(
            missing[0],
            N_("Moving a case from {from_stage} to {to_stage} needs: {fields}."),
            from_stage=rule.from_stage,
            to_stage=rule.to_stage,
            fields=", ".join(missing),
            missing=tuple(missing),
        )
    return values


def apply_move(
    session: Session,
    actor: Actor,
    dispute: Dispute,
    rule: MoveRule,
    info: MoveInfo,
    at: datetime,
    graph: StageGraph,
    reference: ReferenceData,
) -> None:
    """Check and apply one allowed move to a locked case, appending its event."""
    if rule.to_stage == ESCALATION_STAGE:
        require(actor, Permission.DISPUTE_APPROVE_ESCALATION)
    values = _required_values(session, rule, info, reference)
    check_roster_links(session, dispute, new_owner="owner" in values)
    note = checks.clean_text("note", info.note, checks.NOTE_LIMIT)
    if at < dispute.stage_entered_at:
        raise ValidationError(
            "at",
            N_("The move cannot be dated before the case entered its current stage."),
        )
    target = graph.stage(rule.to_stage)
    data: dict[str, Any] = {}
    owner = values.pop("owner", None)
    if isinstance(owner, Staff):
        dispute.owner_staff_id = owner.id
        data["owner_staff_id"] = str(owner.id)
        data["owner_name"] = owner.name
    if "resolution_method" in values:
        dispute.resolution_method_id = values.pop("resolution_method")
        dispute.resolved_at = at
        data["resolution_method"] = info.resolution_method
    if "level" in values:
        dispute.escalation_level = values.pop("level")
        data["level"] = dispute.escalation_level
    data.update(values)
    if target.is_terminal:
        dispute.closed_at = at
    from_id = dispute.stage_id
    dispute.stage_id = target.id
    dispute.stage_entered_at = at
    append_event(
        session,
        dispute,
        actor,
        EVENT_MOVED,
        at,
        from_stage_id=from_id,
        to_stage_id=target.id,
        note=note,
        data=data,
    )


def move_case(
    session: Session,
    actor: Actor,
    dispute_id: uuid.UUID,
    expected_version: int,
    to_stage: str,
    info: MoveInfo | None = None,
    *,
    now: datetime | None = None,
) -> CaseRef:
    """Move a case along an allowed move, with the information the move asks for."""
    require(actor, Permission.DISPUTE_EDIT)
    info = info or MoveInfo()
    now = now or utcnow()
    at = _moment("at", info.at, now)
    graph = load_stage_graph(session)
    reference = load_reference_data(session)
    dispute = lock_case(session, actor, dispute_id, expected_version)
    rule = graph.rule(graph.stage_by_id(dispute.stage_id).code, to_stage)
    apply_move(session, actor, dispute, rule, info, at, graph, reference)
    session.flush()
    return _ref(dispute, graph)


def edit_case(
    session: Session,
    actor: Actor,
    dispute_id: uuid.UUID,
    expected_version: int,
    changes: CaseChanges,
    *,
    now: datetime | None = None,
) -> CaseRef:
    """Change a case's details; the ``edited`` event keeps every old and new value."""
    require(actor, Permission.DISPUTE_EDIT)
    now = now or utcnow()
    graph = load_stage_graph(session)
    reference = load_reference_data(session)
    dispute = lock_case(session, actor, dispute_id, expected_version)
    diff: dict[str, list[str]] = {}

    def change(name: str, old: object, new: object) -> None:
        if old != new:
            diff[name] = [str(old) if old is not None else "", str(new)]

    if changes.title is not None:
        title = checks.line("title", changes.title, checks.TITLE_LIMIT, required=True)
        change("title", dispute.title, title)
        dispute.title = title
    if changes.description is not None:
        text = checks.clean_text("description", changes.description, checks.LONG_TEXT_LIMIT)
        change("description", dispute.description, text)
        dispute.description = text
    for kind, value, column in (
        ("category", changes.category, "category_id"),
        ("severity", changes.severity, "severity_id"),
    ):
        if value is not None:
            new_id = reference.id_of(kind, value)
            change(kind, reference.code_of(kind, getattr(dispute, column)), value)
            setattr(dispute, column, new_id)
    if changes.unit_id is not None:
        unit = live_unit(session, changes.unit_id)
        check_street(actor, unit.street_id)
        old_unit = session.get(Unit, dispute.unit_id) if dispute.unit_id else None
        change("unit", old_unit.name if old_unit else None, unit.name)
        dispute.unit_id = unit.id
        dispute.street_id = unit.street_id
    if changes.owner_staff_id is not None:
        owner = live_staff(session, changes.owner_staff_id)
        old_owner = session.get(Staff, dispute.owner_staff_id) if dispute.owner_staff_id else None
        change("owner", old_owner.name if old_owner else None, owner.name)
        dispute.owner_staff_id = owner.id
    if changes.people_involved is not None:
        people = checks.check_people("people_involved", changes.people_involved)
        change("people_involved", dispute.people_involved, people)
        dispute.people_involved = people
    if changes.amount_owed is not None:
        amount = checks.check_amount("amount_owed", changes.amount_owed)
        change("amount_owed", checks.check_amount("amount_owed", dispute.amount_owed), amount)
        dispute.amount_owed = amount
    note = checks.clean_text("note", changes.note, checks.NOTE_LIMIT)
    if diff or note:
        append_event(session, dispute, actor, EVENT_EDITED, now, note=note, data={"changes": diff})
    session.flush()
    return _ref(dispute, graph)


def add_note(
    session: Session,
    actor: Actor,
    dispute_id: uuid.UUID,
    note: str,
    *,
    now: datetime | None = None,
) -> None:
    """Append a note to the timeline. Notes never conflict, so no version is asked."""
    require(actor, Permission.DISPUTE_EDIT)
    text = checks.clean_text("note", note, checks.NOTE_LIMIT, required=True)
    dispute = get_case(session, actor, dispute_id)
    append_event(session, dispute, actor, EVENT_NOTE, now or utcnow(), note=text)
    session.flush()
