"""Add, edit and remove (tombstone) staff and volunteers.

Every edit carries the version the dialog loaded; if the row moved since, the edit is
refused with ``ConflictError`` rather than overwriting someone else's change.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Department,
    Grid,
    Secondment,
    Staff,
    Street,
    Unit,
    Volunteer,
    VolunteerTeam,
    utcnow,
)
from app.services import audit
from app.services.china_time import today_in_china
from app.services.errors import N_, NotFound, ValidationError
from app.services.permissions import Actor, Permission
from app.services.rosters.posts import check_version, fill_post
from app.services.rosters.validation import (
    NAME_MAX,
    SKILLS_MAX,
    TITLE_MAX,
    check_dates,
    limited_text,
    normalise_phone,
    person_name,
    required_id,
)
from app.services.street_scope import street_service
from app.services.validators import required_row_id, row_id

PersonT = TypeVar("PersonT", Staff, Volunteer)


@dataclass(frozen=True)
class StaffForm:
    """What the staff dialog submits; an optional first post is filled in the same step."""

    name: str
    phone: str
    department_id: uuid.UUID | None
    title: str = ""
    street_id: uuid.UUID | None = None
    post_id: uuid.UUID | None = None
    start_date: date | None = None
    end_date: date | None = None


@dataclass(frozen=True)
class VolunteerForm:
    name: str
    phone: str
    team_id: uuid.UUID | None = None
    grid_id: uuid.UUID | None = None
    unit_id: uuid.UUID | None = None
    skills: str = ""
    street_id: uuid.UUID | None = None


@street_service(Permission.ROSTER_VIEW)
def resolve_street(session: Session, actor: Actor, street_id: uuid.UUID | None) -> uuid.UUID:
    """The street a new row belongs to: as given, the actor's, or the only one there is."""
    if street_id is None:
        street_id = actor.street_id
    streets: list[uuid.UUID] = []
    if street_id is None:
        streets = list(session.scalars(select(Street.id).where(Street.deleted_at.is_(None))))
        if len(streets) == 1:
            street_id = streets[0]
    if street_id is None:
        if not streets:
            raise ValidationError(
                "street_id",
                N_(
                    "No street is set up yet: set up the organisation first (Administration"
                    " → Organisation, or streetdesk org import)."
                ),
            )
        raise ValidationError("street_id", N_("The street is required."))
    street_id = required_row_id("street_id", street_id)
    street = session.get(Street, street_id)
    if street is None or street.is_deleted:
        raise ValidationError("street_id", N_("Unknown street."))
    return street_id


def _check_live(session: Session, model: type, row_id: uuid.UUID | None, field: str) -> None:
    if row_id is None:
        return
    row = session.get(model, required_row_id(field, row_id))
    if row is None or row.is_deleted:
        raise ValidationError(field, N_("The chosen entry no longer exists."))


def _check_not_duplicate(
    session: Session,
    model: type[Staff] | type[Volunteer],
    name: str,
    phone: str,
    own: uuid.UUID | None,
) -> None:
    query = select(model.id).where(
        model.name == name, model.phone == phone, model.deleted_at.is_(None)
    )
    if own is not None:
        query = query.where(model.id != own)
    if session.scalar(query.limit(1)) is not None:
        raise ValidationError(
            "phone",
            N_("{name} with the mobile number {phone} is already on the roster."),
            name=name,
            phone=phone,
        )


def _clean_staff(session: Session, form: StaffForm, own: uuid.UUID | None) -> tuple[str, str, str]:
    name = person_name(form.name, "name", NAME_MAX)
    phone = normalise_phone(form.phone)
    title = limited_text(form.title, "title", TITLE_MAX)
    required_id(form.department_id, "department_id")
    _check_live(session, Department, form.department_id, "department_id")
    _check_not_duplicate(session, Staff, name, phone, own)
    return name, phone, title


@street_service(Permission.ROSTER_EDIT)
def add_staff(session: Session, actor: Actor, form: StaffForm) -> uuid.UUID:
    """A new staff member, seconded into ``form.post_id`` when one is given."""
    name, phone, title = _clean_staff(session, form, None)
    street_id = resolve_street(session, actor, form.street_id)
    if form.post_id is not None:
        check_dates(form.start_date, form.end_date)
        row_id("post_id", form.post_id)
    assert form.department_id is not None
    staff = Staff(
        id=uuid.uuid4(),
        street_id=street_id,
        department_id=form.department_id,
        name=name,
        phone=phone,
        title=title,
    )
    session.add(staff)
    audit.record(session, actor.username, "create", "staff", staff.id, name=name)
    if form.post_id is not None:
        fill_post(session, actor, form.post_id, staff.id, form.start_date, form.end_date)
    return staff.id


def _live(session: Session, model: type[PersonT], person_id: uuid.UUID) -> PersonT:
    row = session.get(model, required_row_id("person", person_id))
    if row is None or row.is_deleted:
        raise NotFound(N_("This person is no longer on the roster."))
    return row


@street_service(Permission.ROSTER_EDIT)
def update_staff(
    session: Session, actor: Actor, staff_id: uuid.UUID, loaded_version: int, form: StaffForm
) -> None:
    """Change a staff member's details (posts change through secondments)."""
    staff = _live(session, Staff, staff_id)
    check_version("staff", staff.version, loaded_version)
    name, phone, title = _clean_staff(session, form, staff_id)
    assert form.department_id is not None
    changes = {
        key: value
        for key, value in (
            ("name", name),
            ("phone", phone),
            ("title", title),
            ("department_id", form.department_id),
        )
        if getattr(staff, key) != value
    }
    for key, value in changes.items():
        setattr(staff, key, value)
    if changes:
        audit.record(session, actor.username, "update", "staff", staff_id, fields=",".join(changes))
        session.flush()  # the new version is what the next edit in this session compares


@street_service(Permission.ROSTER_EDIT)
def delete_staff(
    session: Session,
    actor: Actor,
    staff_id: uuid.UUID,
    loaded_version: int,
    today: date | None = None,
) -> None:
    """Tombstone a staff member; their open secondments end today, freeing the posts."""
    staff = _live(session, Staff, staff_id)
    check_version("staff", staff.version, loaded_version)
    today = today or today_in_china()
    for secondment in session.scalars(
        select(Secondment).where(Secondment.staff_id == staff_id, Secondment.deleted_at.is_(None))
    ):
        if secondment.start_date > today:
            secondment.deleted_at = utcnow()
        elif secondment.end_date is None or secondment.end_date > today:
            secondment.end_date = today
    staff.deleted_at = utcnow()
    audit.record(session, actor.username, "tombstone", "staff", staff_id, name=staff.name)


def _clean_volunteer(
    session: Session,
    actor: Actor,
    form: VolunteerForm,
    own: uuid.UUID | None,
    street_id: uuid.UUID | None = None,
) -> dict[str, object]:
    name = person_name(form.name, "name", NAME_MAX)
    phone = normalise_phone(form.phone)
    skills = limited_text(form.skills, "skills", SKILLS_MAX, multiline=True)
    _check_live(session, VolunteerTeam, form.team_id, "team_id")
    _check_live(session, Grid, form.grid_id, "grid_id")
    _check_live(session, Unit, form.unit_id, "unit_id")
    street_id = row_id("street_id", form.street_id) or street_id
    if street_id is None and form.unit_id is not None:
        unit = session.get(Unit, form.unit_id)
        street_id = unit.street_id if unit else None
    _check_not_duplicate(session, Volunteer, name, phone, own)
    return {
        "name": name,
        "phone": phone,
        "skills": skills,
        "team_id": form.team_id,
        "grid_id": form.grid_id,
        "unit_id": form.unit_id,
        "street_id": resolve_street(session, actor, street_id),
    }


@street_service(Permission.ROSTER_EDIT)
def add_volunteer(session: Session, actor: Actor, form: VolunteerForm) -> uuid.UUID:
    values = _clean_volunteer(session, actor, form, None)
    volunteer = Volunteer(id=uuid.uuid4(), **values)
    session.add(volunteer)
    audit.record(session, actor.username, "create", "volunteer", volunteer.id, name=values["name"])
    return volunteer.id


@street_service(Permission.ROSTER_EDIT)
def update_volunteer(
    session: Session,
    actor: Actor,
    volunteer_id: uuid.UUID,
    loaded_version: int,
    form: VolunteerForm,
) -> None:
    volunteer = _live(session, Volunteer, volunteer_id)
    check_version("volunteer", volunteer.version, loaded_version)
    values = _clean_volunteer(session, actor, form, volunteer_id, volunteer.street_id)
    changes = {key: value for key, value in values.items() if getattr(volunteer, key) != value}
    for key, value in changes.items():
        setattr(volunteer, key, value)
    if changes:
        audit.record(
            session, actor.username, "update", "volunteer", volunteer_id, fields=",".join(changes)
        )
        session.flush()


@street_service(Permission.ROSTER_EDIT)
def delete_volunteer(
    session: Session, actor: Actor, volunteer_id: uuid.UUID, loaded_version: int
) -> None:
    volunteer = _live(session, Volunteer, volunteer_id)
    check_version("volunteer", volunteer.version, loaded_version)
    volunteer.deleted_at = utcnow()
    audit.record(
        session, actor.username, "tombstone", "volunteer", volunteer_id, name=volunteer.name
    )
