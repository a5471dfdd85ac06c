"""Loading a case for a write with the optimistic version check, and appending its events.

``lock_case`` compares the version the user saw with the stored one in the same UPDATE
that takes the write lock, so two desks (or two windows) can never both pass the check;
the loser gets a ``ConflictError`` and keeps what it typed.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models import Department, Dispute, DisputeEvent, Staff, Street, Unit
from app.services import validators
from app.services.china_time import local_date
from app.services.errors import N_, ConflictError, NotFound, PermissionDenied, ValidationError
from app.services.permissions import Actor

#: DisputeEvent.kind values written by these services.
EVENT_CREATED = "created"
EVENT_MOVED = "moved"
EVENT_EDITED = "edited"
EVENT_NOTE = "note"
EVENT_TEAM = "team"
EVENT_LEAD_LINKED = "lead_linked"
EVENT_LEAD_TO_POLICE = "lead_to_police"


def check_street(actor: Actor, street_id: uuid.UUID) -> None:
    """A desk user bound to a street sees and edits only that street's cases."""
    if actor.street_id is not None and actor.street_id != street_id:
        raise PermissionDenied(N_("This case belongs to another street."))


def get_case(session: Session, actor: Actor, dispute_id: uuid.UUID) -> Dispute:
    dispute_id = validators.required_row_id("case", dispute_id)
    dispute = session.get(Dispute, dispute_id)
    if dispute is None or dispute.deleted_at is not None:
        raise NotFound(N_("The case no longer exists; it may have been removed elsewhere."))
    check_street(actor, dispute.street_id)
    return dispute


def lock_case(
    session: Session, actor: Actor, dispute_id: uuid.UUID, expected_version: int
) -> Dispute:
    """The case, write-locked, if it is still at ``expected_version``; else ConflictError."""
    dispute_id = validators.required_row_id("case", dispute_id)
    expected_version = validators.version(expected_version)
    result = session.execute(
        update(Dispute)
        .where(
            Dispute.id == dispute_id,
            Dispute.version == expected_version,
            Dispute.deleted_at.is_(None),
        )
        # a no-op write: it takes the row's write lock without changing anything
        .values(version=Dispute.version)
        .execution_options(synchronize_session=False)
    )
    rowcount = getattr(result, "rowcount", 0)
    dispute = session.get(Dispute, dispute_id, populate_existing=True)
    if dispute is None or dispute.deleted_at is not None:
        raise NotFound(N_("The case no longer exists; it may have been removed elsewhere."))
    check_street(actor, dispute.street_id)
    if rowcount != 1:
        raise ConflictError(
            N_(
                "Case {number} was changed by {author} at {when} after you opened it."
                " Reload it to see the change; what you entered is kept."
            ),
            number=dispute.number,
            author=dispute.updated_by or "?",
            when=dispute.updated_at.isoformat(timespec="minutes") if dispute.updated_at else "?",
            expected_version=expected_version,
            current_version=dispute.version,
        )
    return dispute


def append_event(
    session: Session,
    dispute: Dispute,
    actor: Actor,
    kind: str,
    at: datetime,
    *,
    from_stage_id: uuid.UUID | None = None,
    to_stage_id: uuid.UUID | None = None,
    note: str = "",
    data: dict[str, Any] | None = None,
) -> DisputeEvent:
    event = DisputeEvent(
        dispute_id=dispute.id,
        at=at,
        actor=actor.username,
        kind=kind,
        from_stage_id=from_stage_id,
        to_stage_id=to_stage_id,
        note=note,
        data={"actor_name": actor.display_name, **(data or {})},
    )
    session.add(event)
    return event


def live_street(session: Session, street_id: uuid.UUID, field: str = "street") -> Street:
    street = session.get(Street, validators.required_row_id(field, street_id))
    if street is None or street.deleted_at is not None:
        raise ValidationError(field, N_("Unknown street."))
    return street


def live_unit(session: Session, unit_id: uuid.UUID, field: str = "unit") -> Unit:
    unit = session.get(Unit, validators.required_row_id(field, unit_id))
    if unit is None:
        raise ValidationError(field, N_("That unit does not exist."))
    if unit.deleted_at is not None:
        raise ValidationError(
            field,
            N_("The unit {unit} has been removed from the roster; choose a current unit."),
            unit=unit.name,
        )
    return unit


def live_staff(session: Session, staff_id: uuid.UUID, field: str = "owner") -> Staff:
    staff = session.get(Staff, validators.required_row_id(field, staff_id))
    if staff is None:
        raise ValidationError(field, N_("That member of staff does not exist."))
    department = session.get(Department, staff.department_id)
    if staff.deleted_at is not None or department is None or department.deleted_at is not None:
        raise ValidationError(
            field,
            N_("{name} has left the roster; choose someone who is on it now."),
            name=staff.name,
        )
    return staff


def check_roster_links(session: Session, dispute: Dispute, new_owner: bool = False) -> None:
    """Refuse to move a case whose unit or owner was removed, saying what to fix first."""
    if dispute.unit_id is not None:
        unit = session.get(Unit, dispute.unit_id)
        if unit is not None and unit.deleted_at is not None:
            raise ValidationError(
                "unit",
                N_(
                    "The unit of case {number} ({unit}) has been removed from the roster."
                    " Edit the case to give it a current unit first."
                ),
                number=dispute.number,
                unit=unit.name,
            )
    if dispute.owner_staff_id is not None and not new_owner:
        owner = session.get(Staff, dispute.owner_staff_id)
        if owner is not None and owner.deleted_at is not None:
            raise ValidationError(
                "owner",
                N_(
                    "The owner of case {number} ({name}) has left the roster."
                    " Edit the case to give it a new owner first."
                ),
                number=dispute.number,
                name=owner.name,
            )


def next_case_number(session: Session, moment: datetime, case_id: uuid.UUID) -> str:
    """JF + local date + a day sequence + 3 characters of the id.

    The id suffix keeps numbers unique when two offline desks take the same sequence.
    """
    prefix = f"JF{local_date(moment):%Y%m%d}-"
    taken = session.scalar(
        select(Dispute.number)
        .where(Dispute.number.like(f"{prefix}%"))
        .order_by(Dispute.number.desc())
        .limit(1)
    )
    sequence = 1
    if taken:
        try:
            sequence = int(taken[len(prefix) :].split("-")[0]) + 1
        except ValueError:
            sequence = 1
    return f"{prefix}{sequence:04d}-{case_id.hex[:3].upper()}"
