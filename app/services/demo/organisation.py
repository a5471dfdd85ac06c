"""The district's shape: streets, communities, grids and the 39 幸福里 units per street."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Community, District, Grid, Street, Unit, UnitType
from app.services.demo import places
from app.services.demo.rows import DemoRun


@dataclass
class UnitInfo:
    id: uuid.UUID
    code: str
    name: str
    type_code: str
    community_id: uuid.UUID


@dataclass
class GridInfo:
    id: uuid.UUID
    community_id: uuid.UUID
    unit_id: uuid.UUID
    name: str


@dataclass
class CommunityInfo:
    id: uuid.UUID
    name: str
    units: list[UnitInfo] = field(default_factory=list)
    grids: list[GridInfo] = field(default_factory=list)


@dataclass
class StreetInfo:
    index: int
    id: uuid.UUID
    code: str
    short: str
    communities: list[CommunityInfo] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.short}街道"

    @property
    def units(self) -> list[UnitInfo]:
        return [unit for community in self.communities for unit in community.units]

    @property
    def grids(self) -> list[GridInfo]:
        return [grid for community in self.communities for grid in community.grids]


@dataclass
class DistrictInfo:
    id: uuid.UUID
    streets: list[StreetInfo]
    #: unit type code -> (id, Chinese name), in the reference table's order
    unit_types: dict[str, tuple[uuid.UUID, str]]


def _spread(total: int, buckets: int) -> list[int]:
    """``total`` split as evenly as possible, larger shares first."""
    base, extra = divmod(total, buckets)
    return [base + (1 if i < extra else 0) for i in range(buckets)]


def load_unit_types(session: Session) -> dict[str, tuple[uuid.UUID, str]]:
    rows = session.execute(
        select(UnitType.code, UnitType.id, UnitType.name_zh)
        .where(UnitType.deleted_at.is_(None))
        .order_by(UnitType.sort_order, UnitType.code)
    )
    return {code: (type_id, name) for code, type_id, name in rows}


def build_district(run: DemoRun, session: Session, scale: int) -> DistrictInfo:
    """Buffer the district, ``scale`` streets, their communities, units and grids."""
    unit_types = load_unit_types(session)
    names = places.PlaceNames(run.rng)
    district_id = run.add(District, code=places.DISTRICT_CODE, name=places.DISTRICT_NAME)
    streets = []
    for index, short in enumerate(places.street_names(scale)):
        code = f"{places.DISTRICT_CODE}{index + 1:03d}"
        street = StreetInfo(
            index,
            run.add(Street, district_id=district_id, code=code, name=f"{short}街道"),
            code,
            short,
        )
        _build_street(run, street, names, unit_types)
        streets.append(street)
    return DistrictInfo(district_id, streets, unit_types)


def _build_street(
    run: DemoRun,
    street: StreetInfo,
    names: places.PlaceNames,
    unit_types: dict[str, tuple[uuid.UUID, str]],
) -> None:
    community_count, grid_count = places.street_size(street.index)
    for number, name in enumerate(
        names.communities(street.index, street.short, community_count), start=1
    ):
        community_id = run.add(
            Community, street_id=street.id, code=f"{street.code}{number:03d}", name=f"{name}社区"
        )
        street.communities.append(CommunityInfo(community_id, name))

    # Units are dealt to communities in turn, so every community has several types.
    mix = [code for code, count in places.UNIT_MIX if code in unit_types for _ in range(count)]
    order = list(range(len(street.communities)))
    run.rng.shuffle(order)
    seen: dict[str, int] = {}
    for number, type_code in enumerate(mix, start=1):
        community = street.communities[order[(number - 1) % len(order)]]
        nth = seen.get(type_code, 0)
        seen[type_code] = nth + 1
        # The first urban village of a community is the village it is named after.
        has_village = any(unit.type_code == "urban_village" for unit in community.units)
        village = "" if has_village else community.name
        name = names.unit(type_code, street.index, nth, village)
        unit_id = run.add(
            Unit,
            street_id=street.id,
            community_id=community.id,
            unit_type_id=unit_types[type_code][0],
            code=f"{street.code}-U{number:02d}",
            name=name,
            service_station=f"{name}党群服务站（接待处）",
        )
        community.units.append(
            UnitInfo(unit_id, f"{street.code}-U{number:02d}", name, type_code, community.id)
        )

    for community_index, (community, grids) in enumerate(
        zip(street.communities, _spread(grid_count, len(street.communities)), strict=True),
        start=1,
    ):
        for number in range(1, grids + 1):
            unit = community.units[(number - 1) % len(community.units)]
            name = f"{community.name}社区第{number:02d}小分格"
            grid_id = run.add(
                Grid,
                community_id=community.id,
                unit_id=unit.id,
                code=f"{street.code}{community_index:03d}{number:03d}",
                name=name,
            )
            community.grids.append(GridInfo(grid_id, community.id, unit.id, name))
