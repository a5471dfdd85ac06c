"""Who can act on a street's cases, read back from the roster the generator wrote.

Reading the tables (rather than the generator's memory) lets ``add_open_disputes``
work on any demo database.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import Department, Post, PostKind, Secondment, Staff, Street, Unit, UnitType
from app.services.demo.staffing import spec_for_department

Person = tuple[uuid.UUID, str]


@dataclass
class UnitStaff:
    id: uuid.UUID
    name: str
    type_code: str
    #: holders of the unit's head, deputy and basic posts
    grid: list[Person] = field(default_factory=list)


@dataclass
class StreetStaff:
    id: uuid.UUID
    code: str
    name: str
    units: list[UnitStaff] = field(default_factory=list)
    #: 情: street office sections
    qing: list[Person] = field(default_factory=list)
    #: 理: functional departments, by the dispute category they speak for
    li: dict[str, list[Person]] = field(default_factory=dict)
    li_any: list[Person] = field(default_factory=list)
    #: 法: the police station
    fa: list[Person] = field(default_factory=list)
    leaders: list[Person] = field(default_factory=list)
    #: counsellors and social workers of the psychological service station
    psych: list[Person] = field(default_factory=list)

    @property
    def short(self) -> str:
        return self.name.removesuffix("街道")


def load_street_staff(session: Session, as_of: date) -> list[StreetStaff]:
    streets = [
        StreetStaff(street_id, code, name)
        for street_id, code, name in session.execute(
            select(Street.id, Street.code, Street.name)
            .where(Street.deleted_at.is_(None))
            .order_by(Street.code)
        )
    ]
    by_id = {street.id: street for street in streets}
    units: dict[uuid.UUID, UnitStaff] = {}
    for unit_id, street_id, name, type_code in session.execute(
        select(Unit.id, Unit.street_id, Unit.name, UnitType.code)
        .join(UnitType, UnitType.id == Unit.unit_type_id)
        .where(Unit.deleted_at.is_(None))
        .order_by(Unit.code)
    ):
        if street_id in by_id:
            units[unit_id] = UnitStaff(unit_id, name, type_code)
            by_id[street_id].units.append(units[unit_id])

    for unit_id, staff_id, staff_name in session.execute(
        select(Post.unit_id, Staff.id, Staff.name)
        .join(Secondment, Secondment.post_id == Post.id)
        .join(Staff, Staff.id == Secondment.staff_id)
        .join(PostKind, PostKind.id == Post.post_kind_id)
        .where(
            PostKind.tier.in_(("head", "deputy", "basic")),
            Secondment.deleted_at.is_(None),
            Secondment.start_date <= as_of,
            or_(Secondment.end_date.is_(None), Secondment.end_date >= as_of),
        )
        .order_by(Post.unit_id, PostKind.sort_order, Post.sort_order, Secondment.id)
    ):
        if unit_id in units:
            units[unit_id].grid.append((staff_id, staff_name))

    for staff_id, staff_name, street_id, is_leader, department in session.execute(
        select(Staff.id, Staff.name, Staff.street_id, Staff.is_leader, Department.name)
        .join(Department, Department.id == Staff.department_id)
        .where(Staff.deleted_at.is_(None), Department.deleted_at.is_(None))
        .order_by(Staff.id)
    ):
        street = by_id.get(street_id)
        spec = spec_for_department(street.short, department) if street else None
        if street is None or spec is None:
            continue
        person = (staff_id, staff_name)
        if spec.code == "leadership":
            street.leaders.append(person)
        elif spec.kind == "police":
            street.fa.append(person)
        elif spec.kind == "functional":
            street.li_any.append(person)
            for category in spec.categories:
                street.li.setdefault(category, []).append(person)
            if spec.code == "psych":
                street.psych.append(person)
        elif not is_leader:
            street.qing.append(person)
    return streets
