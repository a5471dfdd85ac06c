"""The organisation already in the database, as an import matches the file against it:
coded entries by code (retired ones too, whose codes stay taken), departments and teams
by street and name, and the reference lists by any of their names."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Community,
    Department,
    DepartmentKind,
    District,
    Grid,
    Street,
    Unit,
    UnitType,
    VolunteerTeam,
)
from app.services.organisation.workbook.layout import fold


@dataclass(frozen=True)
class Entry:
    id: uuid.UUID
    version: int
    retired: bool
    values: dict[str, object]


@dataclass
class Existing:
    districts: dict[str, Entry] = field(default_factory=dict)
    streets: dict[str, Entry] = field(default_factory=dict)
    communities: dict[str, Entry] = field(default_factory=dict)
    grids: dict[str, Entry] = field(default_factory=dict)
    units: dict[str, Entry] = field(default_factory=dict)
    #: (street id or None, folded name) → entry
    departments: dict[tuple[uuid.UUID | None, str], Entry] = field(default_factory=dict)
    teams: dict[tuple[uuid.UUID | None, str], Entry] = field(default_factory=dict)
    unit_types: dict[str, uuid.UUID] = field(default_factory=dict)
    unit_type_names: list[str] = field(default_factory=list)
    department_kinds: dict[str, uuid.UUID] = field(default_factory=dict)
    department_kind_names: list[str] = field(default_factory=list)
    #: community id → live units in it
    units_in_community: dict[uuid.UUID | None, int] = field(default_factory=dict)


def _entries(session: Session, model: Any, columns: tuple[str, ...]) -> dict[str, Entry]:
    found: dict[str, Entry] = {}
    for row in session.scalars(select(model)):
        found[row.code] = Entry(
            row.id,
            row.version,
            row.deleted_at is not None,
            {name: getattr(row, name) for name in columns},
        )
    return found


def _by_street_name(
    session: Session, model: Any, columns: tuple[str, ...]
) -> dict[tuple[uuid.UUID | None, str], Entry]:
    found: dict[tuple[uuid.UUID | None, str], Entry] = {}
    for row in session.scalars(select(model).where(model.deleted_at.is_(None))):
        found[(row.street_id, fold(row.name))] = Entry(
            row.id, row.version, False, {name: getattr(row, name) for name in columns}
        )
    return found


def _reference(session: Session, model: Any) -> tuple[dict[str, uuid.UUID], list[str]]:
    names: dict[str, uuid.UUID] = {}
    shown: list[str] = []
    for row in session.scalars(
        select(model).where(model.deleted_at.is_(None)).order_by(model.sort_order, model.code)
    ):
        shown.append(row.name_zh)
        for text in (row.code, row.name_zh, row.name_en):
            names[fold(text)] = row.id
    return names, shown


def load_existing(session: Session) -> Existing:
    found = Existing()
    found.districts = _entries(session, District, ("name",))
    found.streets = _entries(session, Street, ("name", "district_id"))
    found.communities = _entries(session, Community, ("name", "street_id"))
    found.grids = _entries(session, Grid, ("name", "community_id", "unit_id"))
    found.units = _entries(
        session, Unit, ("name", "unit_type_id", "community_id", "street_id", "service_station")
    )
    found.departments = _by_street_name(session, Department, ("name", "kind_id", "street_id"))
    found.teams = _by_street_name(session, VolunteerTeam, ("name", "is_psychological", "street_id"))
    found.unit_types, found.unit_type_names = _reference(session, UnitType)
    found.department_kinds, found.department_kind_names = _reference(session, DepartmentKind)
    found.units_in_community = {
        community: count
        for community, count in session.execute(
            select(Unit.community_id, func.count())
            .where(Unit.deleted_at.is_(None), Unit.community_id.is_not(None))
            .group_by(Unit.community_id)
        )
    }
    return found
