"""Where an organisation entry is still used, so that retiring it can be refused with
what stands in the way."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from app.models import (
    Community,
    Department,
    Dispute,
    Grid,
    Post,
    Secondment,
    Staff,
    Street,
    Unit,
    Volunteer,
)
from app.services.china_time import today_in_china
from app.services.errors import N_, DomainError
from app.services.organisation.nodes import NodeKey, OrgKind


class InUse(DomainError):
    """The entry is still used; the message names what uses it and how many."""


def _count(session: Session, query: Select[Any]) -> int:
    return int(session.scalar(query) or 0)


def _live(model: Any, *where: ColumnElement[bool]) -> Select[Any]:
    return select(func.count()).select_from(model).where(model.deleted_at.is_(None), *where)


def filled_posts(session: Session, unit_id: uuid.UUID, today: date | None = None) -> int:
    """Posts of the unit held today or from a later date."""
    today = today or today_in_china()
    return _count(
        session,
        select(func.count(func.distinct(Post.id)))
        .join(Secondment, Secondment.post_id == Post.id)
        .where(
            Post.unit_id == unit_id,
            Post.deleted_at.is_(None),
            Secondment.deleted_at.is_(None),
            or_(Secondment.end_date.is_(None), Secondment.end_date >= today),
        ),
    )


def open_cases(session: Session, unit_id: uuid.UUID) -> int:
    return _count(session, _live(Dispute, Dispute.unit_id == unit_id, Dispute.closed_at.is_(None)))


def refuse_if_used(session: Session, key: NodeKey, name: str) -> None:
    """Raise ``InUse`` when anything live still hangs on the entry."""
    row_id = key.id
    if key.kind == OrgKind.DISTRICT:
        streets = _count(session, _live(Street, Street.district_id == row_id))
        if streets:
            raise InUse(
                N_("{name} still has {streets} streets; retire or move them first."),
                name=name,
                streets=streets,
            )
    elif key.kind == OrgKind.STREET:
        communities = _count(session, _live(Community, Community.street_id == row_id))
        units = _count(session, _live(Unit, Unit.street_id == row_id))
        departments = _count(session, _live(Department, Department.street_id == row_id))
        staff = _count(session, _live(Staff, Staff.street_id == row_id))
        if communities or units or departments or staff:
            raise InUse(
                N_(
                    "{name} still has {communities} communities, {units} 幸福里 units,"
                    " {departments} departments and {staff} staff; retire or move them first."
                ),
                name=name,
                communities=communities,
                units=units,
                departments=departments,
                staff=staff,
            )
    elif key.kind == OrgKind.COMMUNITY:
        grids = _count(session, _live(Grid, Grid.community_id == row_id))
        units = _count(session, _live(Unit, Unit.community_id == row_id))
        if grids or units:
            raise InUse(
                N_(
                    "{name} still has {grids} grids and {units} 幸福里 units;"
                    " retire or move them first."
                ),
                name=name,
                grids=grids,
                units=units,
            )
    elif key.kind == OrgKind.GRID:
        volunteers = _count(session, _live(Volunteer, Volunteer.grid_id == row_id))
        if volunteers:
            raise InUse(
                N_("{name} still has {volunteers} volunteers; move them to another grid first."),
                name=name,
                volunteers=volunteers,
            )
    elif key.kind == OrgKind.UNIT:
        cases = open_cases(session, row_id)
        posts = filled_posts(session, row_id)
        volunteers = _count(session, _live(Volunteer, Volunteer.unit_id == row_id))
        if cases or posts or volunteers:
            raise InUse(
                N_(
                    "{name} still has {cases} open cases, {posts} filled posts and"
                    " {volunteers} volunteers; close the cases, end the secondments and"
                    " move the volunteers first."
                ),
                name=name,
                cases=cases,
                posts=posts,
                volunteers=volunteers,
            )
    elif key.kind == OrgKind.DEPARTMENT:
        staff = _count(session, _live(Staff, Staff.department_id == row_id))
        if staff:
            raise InUse(
                N_("{name} still has {staff} staff; move them to another department first."),
                name=name,
                staff=staff,
            )
    elif key.kind == OrgKind.TEAM:
        volunteers = _count(session, _live(Volunteer, Volunteer.team_id == row_id))
        if volunteers:
            raise InUse(
                N_("{name} still has {volunteers} volunteers; move them to another team first."),
                name=name,
                volunteers=volunteers,
            )
