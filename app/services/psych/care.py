"""Writing the ledger: a person taken into care, services delivered, follow-ups.

A follow-up sets the person's next due date (the group's cadence unless given), which
the overdue list reads.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Community,
    FollowUp,
    PsychGroup,
    PsychPerson,
    PsychService,
    PsychServiceKind,
    Street,
    reference_id,
)
from app.services import validators
from app.services.china_time import local_date, today_in_china
from app.services.errors import N_, DomainError, NotFound, ValidationError
from app.services.id_number import identity_number
from app.services.permissions import Actor
from app.services.psych.access import person_in_scope, require_edit, require_rows
from app.services.psych.rules import follow_up_cadence
from app.services.rosters.validation import normalise_phone
from app.services.street_scope import refuse_other_street

FOLLOW_UP_METHODS = ("visit", "phone", "online", "case_conference")
GROUPS = ("general", "key", "special", "high_risk")


@dataclass(frozen=True)
class PersonForm:
    street_id: uuid.UUID
    name: str
    group: str
    opened_on: date
    gender: str = ""
    id_number: str = ""
    no_id_reason: str = ""
    phone: str = ""
    community_id: uuid.UUID | None = None
    matter: str = ""
    worker: str = ""


def ledger_number(session: Session, year: int) -> str:
    """The next free number of the year: XL2026-00001, XL2026-00002, ..."""
    prefix = f"XL{year}-"
    last = session.scalar(
        select(func.max(PsychPerson.ledger_number)).where(
            PsychPerson.ledger_number.like(f"{prefix}%")
        )
    )
    number = int(last.removeprefix(prefix)) + 1 if last else 1
    return f"{prefix}{number:05d}"


def _group_id(code: object) -> uuid.UUID:
    if code not in GROUPS:
        raise ValidationError("group", N_("Choose the person's group."))
    return reference_id("psych_group", str(code))


def take_into_care(session: Session, actor: Actor, form: PersonForm) -> uuid.UUID:
    """Open a ledger for a person; the identity number is checked, or a reason given."""
    require_edit(session, actor)
    refuse_other_street(actor, form.street_id)
    name = validators.person_name("name", form.name, 40)
    if form.gender not in ("", "M", "F"):
        raise ValidationError("gender", N_("Choose male, female or not recorded."))
    number, reason = "", validators.text("no_id_reason", form.no_id_reason, 200)
    birth_year: int | None = None
    if form.id_number.strip():
        checked = identity_number("id_number", form.id_number, form.gender)
        number, birth_year, reason = checked.number, checked.birth.year, ""
    elif not reason:
        raise ValidationError(
            "no_id_reason", N_("Enter the identity number, or say why the person has none.")
        )
    phone = normalise_phone(form.phone) if form.phone.strip() else ""
    opened = validators.day("opened_on", form.opened_on, latest=today_in_china())
    if form.community_id is not None:
        community = session.get(Community, form.community_id)
        if community is None:
            raise ValidationError("community_id", N_("The chosen entry no longer exists."))
        refuse_other_street(actor, community.street_id)
    group_id = _group_id(form.group)
    person = PsychPerson(
        street_id=form.street_id,
        community_id=form.community_id,
        group_id=group_id,
        name=name,
        id_number=number,
        no_id_reason=reason,
        gender=form.gender,
        birth_year=birth_year,
        phone=phone,
        matter=validators.text("matter", form.matter, 2000, multiline=True),
        worker=validators.text("worker", form.worker, 80),
        ledger_opened_on=opened,
        ledger_number=ledger_number(session, opened.year),
        next_follow_up_on=opened + timedelta(days=follow_up_cadence(session)[str(form.group)]),
    )
    session.add(person)
    session.flush()
    return person.id


def _open_person(session: Session, actor: Actor, person_id: uuid.UUID) -> PsychPerson:
    require_edit(session, actor)
    person = person_in_scope(session, actor, person_id)
    if person.ledger_closed_on is not None:
        raise DomainError(N_("This ledger is closed; nothing more can be recorded in it."))
    return person


def _after_intake(person: PsychPerson, at: datetime, field: str) -> datetime:
    at = validators.moment(field, at)
    if local_date(at) < person.ledger_opened_on:
        raise ValidationError(
            field,
            N_("This is dated before the ledger was opened ({opened})."),
            opened=person.ledger_opened_on.isoformat(),
        )
    if at > datetime.now(at.tzinfo) + timedelta(minutes=5):
        raise ValidationError(field, N_("This is dated in the future."))
    return at


def group_code(session: Session, person: PsychPerson) -> str:
    group = session.get(PsychGroup, person.group_id)
    return group.code if group is not None else "general"


def record_follow_up(
    session: Session,
    actor: Actor,
    person_id: uuid.UUID,
    at: datetime,
    method: str,
    result: str,
    next_due_on: date | None = None,
) -> uuid.UUID:
    """A follow-up; the next one is due after the group's cadence unless a date is given."""
    person = _open_person(session, actor, person_id)
    at = _after_intake(person, at, "at")
    if method not in FOLLOW_UP_METHODS:
        raise ValidationError("method", N_("Choose how the follow-up was made."))
    text = validators.text("result", result, 2000, required=True, multiline=True)
    if next_due_on is None:
        days = follow_up_cadence(session)[group_code(session, person)]
        next_due_on = local_date(at) + timedelta(days=days)
    elif next_due_on <= local_date(at):
        raise ValidationError("next_due_on", N_("The next follow-up must come after this one."))
    row = FollowUp(
        person_id=person.id,
        at=at,
        by=actor.display_name,
        method=method,
        result=text,
        next_due_on=next_due_on,
    )
    session.add(row)
    person.next_follow_up_on = next_due_on
    session.flush()
    return row.id


def record_service(
    session: Session,
    actor: Actor,
    person_id: uuid.UUID,
    kind: str,
    at: datetime,
    note: str = "",
    institution_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """A service delivered: lecture, workshop, visit, hotline, one-to-one, group session."""
    person = _open_person(session, actor, person_id)
    at = _after_intake(person, at, "at")
    kind_id = reference_id("psych_service_kind", kind)
    if session.get(PsychServiceKind, kind_id) is None:
        raise ValidationError("kind", N_("Choose the kind of service."))
    row = PsychService(
        person_id=person.id,
        kind_id=kind_id,
        institution_id=institution_id or person.responsible_institution_id,
        at=at,
        provider=actor.display_name,
        note=validators.text("note", note, 2000, multiline=True),
    )
    session.add(row)
    session.flush()
    return row.id


def change_group(session: Session, actor: Actor, person_id: uuid.UUID, group: str) -> None:
    person = _open_person(session, actor, person_id)
    person.group_id = _group_id(group)


def close_ledger(session: Session, actor: Actor, person_id: uuid.UUID, on: date) -> None:
    """Close the matter; refused while a crisis is open."""
    from app.services.psych.crisis import open_crisis_of

    person = _open_person(session, actor, person_id)
    if open_crisis_of(session, person.id) is not None:
        raise DomainError(N_("Close the open crisis before closing the ledger."))
    on = validators.day("closed_on", on, earliest=person.ledger_opened_on, latest=today_in_china())
    person.ledger_closed_on = on
    person.next_follow_up_on = None


def find_person(session: Session, actor: Actor, reference: str) -> uuid.UUID:
    """A person's id from a UUID or a ledger number, within the actor's street."""
    require_rows(session, actor)
    text = reference.strip()
    try:
        person_id: uuid.UUID | None = uuid.UUID(text)
    except ValueError:
        person_id = session.scalar(
            select(PsychPerson.id).where(PsychPerson.ledger_number == text.upper())
        )
    if person_id is None:
        raise NotFound(N_("No ledger has the number {number}."), number=text)
    return person_in_scope(session, actor, person_id).id


def intake_choices(
    session: Session, actor: Actor
) -> tuple[list[tuple[uuid.UUID, str]], list[tuple[uuid.UUID, str]]]:
    """(streets, communities) a new ledger may be opened in: the actor's street only."""
    require_edit(session, actor)
    streets = select(Street.id, Street.name).where(Street.deleted_at.is_(None))
    communities = select(Community.id, Community.name).where(Community.deleted_at.is_(None))
    if actor.street_id is not None:
        streets = streets.where(Street.id == actor.street_id)
        communities = communities.where(Community.street_id == actor.street_id)
    return (
        [(i, name) for i, name in session.execute(streets.order_by(Street.code))],
        [(i, name) for i, name in session.execute(communities.order_by(Community.code))],
    )
