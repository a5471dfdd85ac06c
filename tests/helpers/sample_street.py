"""A small street to try rosters on: one unit of each type with its posts, departments,
grids and volunteer teams. Tests and benchmarks build on it; the demo generator is the
place for realistic volumes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.models import (
    Community,
    Department,
    District,
    Grid,
    Street,
    VolunteerTeam,
    reference_id,
)
from app.services.permissions import Actor
from app.services.rosters.posts import create_unit

UNIT_TYPES = ["commercial", "smart_park", "residential", "urban_village", "construction"]
UNIT_NAMES = ["凤凰商务幸福里", "智造园幸福里", "凤凰花园幸福里", "塘家村幸福里", "光明工地幸福里"]
DEPARTMENTS = [("党建办", "street_office"), ("劳动办", "functional"), ("派出所", "police")]
TEAMS = ["星灯", "萤火"]


@dataclass
class SampleStreet:
    street_id: uuid.UUID
    community_ids: list[uuid.UUID] = field(default_factory=list)
    unit_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    department_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    grid_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    team_ids: dict[str, uuid.UUID] = field(default_factory=dict)


def build_sample_street(session: Session, actor: Actor, code: str = "FH") -> SampleStreet:
    """Create the street ``code`` (凤凰街道 for the default) and everything under it."""
    district = District(id=uuid.uuid4(), code=f"D-{code}", name="光明区")
    street = Street(
        id=uuid.uuid4(),
        district_id=district.id,
        code=code,
        name="凤凰街道" if code == "FH" else f"{code}街道",
    )
    # no ORM relationships order the inserts, so each level is flushed before the next
    session.add(district)
    session.flush()
    session.add(street)
    session.flush()
    sample = SampleStreet(street.id)
    for index, name in enumerate(["凤凰社区", "塘家社区"], start=1):
        community = Community(
            id=uuid.uuid4(), street_id=street.id, code=f"{code}-C{index}", name=name
        )
        session.add(community)
        sample.community_ids.append(community.id)
    for dept_name, kind in DEPARTMENTS:
        dept = Department(
            id=uuid.uuid4(),
            street_id=street.id,
            kind_id=reference_id("department_kind", kind),
            name=dept_name,
        )
        session.add(dept)
        sample.department_ids[dept_name] = dept.id
    for team_name in TEAMS:
        team = VolunteerTeam(
            id=uuid.uuid4(), street_id=street.id, name=team_name, is_psychological=True
        )
        session.add(team)
        sample.team_ids[team_name] = team.id
    session.flush()
    for index, (type_code, unit_name) in enumerate(zip(UNIT_TYPES, UNIT_NAMES, strict=True)):
        community_id = sample.community_ids[index % 2]
        unit_id = create_unit(
            session,
            actor,
            street_id=street.id,
            unit_type_id=reference_id("unit_type", type_code),
            code=f"{code}-U{index + 1}",
            name=unit_name,
            community_id=community_id,
        )
        sample.unit_ids[unit_name] = unit_id
        grid = Grid(
            id=uuid.uuid4(),
            community_id=community_id,
            unit_id=unit_id,
            code=f"{code}-G{index + 1}",
            name=f"第{index + 1}网格",
        )
        session.add(grid)
        sample.grid_ids[grid.name] = grid.id
    session.flush()
    return sample
