"""Which posts exist in a street's units and who fills each on a given day.

A post is filled on a day when a live secondment into it has no end date or ends on or
after that day (a secondment starting later already holds the post); a secondment that
ended before the day leaves the post vacant. The tree, the vacancy counts, the staff
rows and the PDF all read posts through ``load_posts``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Community,
    Post,
    PostKind,
    Secondment,
    Staff,
    Street,
    Unit,
    UnitType,
)
from app.services.rosters.raw_ids import IdCache, raw_id

TIER_ORDER = {"head": 0, "deputy": 1, "basic": 2, "specialist": 3}


def label(name_zh: str, name_en: str, language: str) -> str:
    """A reference row's name in the user's language (Chinese unless English is asked)."""
    return name_en if language.startswith("en") and name_en else name_zh


def holds_post(end_date: date | None, today: date) -> bool:
    return end_date is None or end_date >= today


def periods_overlap(start_a: date, end_a: date | None, start_b: date, end_b: date | None) -> bool:
    """Two secondment periods (an open end runs forever) share at least one day."""
    return (end_b is None or start_a <= end_b) and (end_a is None or start_b <= end_a)


@dataclass(frozen=True, slots=True)
class UnitInfo:
    id: uuid.UUID
    street_id: uuid.UUID
    community_id: uuid.UUID | None
    unit_type_id: uuid.UUID
    unit_type_code: str
    unit_type: str
    unit_type_order: int
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Occupant:
    secondment_id: uuid.UUID
    secondment_version: int
    staff_id: uuid.UUID
    staff_name: str
    start_date: date
    end_date: date | None


@dataclass(frozen=True, slots=True)
class PostInfo:
    id: uuid.UUID
    unit: UnitInfo
    post_kind_id: uuid.UUID
    kind_code: str
    kind: str
    tier: str
    sort_order: int
    #: "基础岗 2" when a unit has several posts of the kind
    label: str
    occupants: tuple[Occupant, ...]

    @property
    def is_vacant(self) -> bool:
        return not self.occupants


def street_ids_in_scope(session: Session, street_id: uuid.UUID | None) -> list[uuid.UUID]:
    query = select(Street.id).where(Street.deleted_at.is_(None)).order_by(Street.code)
    if street_id is not None:
        query = query.where(Street.id == street_id)
    return list(session.scalars(query))


def load_units(
    session: Session, street_id: uuid.UUID | None, language: str
) -> dict[uuid.UUID, UnitInfo]:
    query = (
        select(
            raw_id(Unit.id),
            raw_id(Unit.street_id),
            raw_id(Unit.community_id),
            raw_id(Unit.unit_type_id),
            UnitType.code,
            UnitType.name_zh,
            UnitType.name_en,
            UnitType.sort_order,
            Unit.code,
            Unit.name,
        )
        .join(UnitType, UnitType.id == Unit.unit_type_id)
        .where(Unit.deleted_at.is_(None))
        .order_by(UnitType.sort_order, Unit.code)
    )
    if street_id is not None:
        query = query.where(Unit.street_id == street_id)
    # streets, communities and unit types repeat on every row: each id converted once
    ids = IdCache()
    units: dict[uuid.UUID, UnitInfo] = {}
    for row in session.connection().execute(query).all():
        unit_id = ids.fresh(row[0])
        units[unit_id] = UnitInfo(
            id=unit_id,
            street_id=ids(row[1]),  # type: ignore[arg-type]
            community_id=ids(row[2]),
            unit_type_id=ids(row[3]),  # type: ignore[arg-type]
            unit_type_code=row[4],
            unit_type=label(row[5], row[6], language),
            unit_type_order=row[7],
            code=row[8],
            name=row[9],
        )
    return units


def load_posts(
    session: Session,
    street_id: uuid.UUID | None,
    today: date,
    language: str,
    units: dict[uuid.UUID, UnitInfo] | None = None,
) -> list[PostInfo]:
    """Every live post of the live units in scope, in unit then tier order."""
    units = load_units(session, street_id, language) if units is None else units
    secondments = (
        select(
            Secondment.post_id,
            Secondment.id,
            Secondment.version,
            Secondment.staff_id,
            Staff.name,
            Secondment.start_date,
            Secondment.end_date,
        )
        .join(Staff, Staff.id == Secondment.staff_id)
        .where(Secondment.deleted_at.is_(None), Staff.deleted_at.is_(None))
    )
    if street_id is not None:
        secondments = (
            secondments.join(Post, Post.id == Secondment.post_id)
            .join(Unit, Unit.id == Post.unit_id)
            .where(Unit.street_id == street_id)
        )
    occupants: dict[uuid.UUID, list[Occupant]] = {}
    for post_id, sec_id, version, staff_id, name, start, end in session.execute(secondments):
        if holds_post(end, today):
            occupants.setdefault(post_id, []).append(
                Occupant(sec_id, version, staff_id, name, start, end)
            )
    query = (
        select(
            Post.id,
            Post.unit_id,
            Post.post_kind_id,
            Post.sort_order,
            PostKind.code,
            PostKind.name_zh,
            PostKind.name_en,
            PostKind.tier,
            PostKind.sort_order,
        )
        .join(PostKind, PostKind.id == Post.post_kind_id)
        .where(Post.deleted_at.is_(None))
    )
    if street_id is not None:
        query = query.join(Unit, Unit.id == Post.unit_id).where(Unit.street_id == street_id)
    raw = [row for row in session.execute(query) if row[1] in units]
    raw.sort(key=lambda r: (TIER_ORDER.get(r[7], 9), r[8], r[3], str(r[0])))
    kind_totals: dict[tuple[uuid.UUID, uuid.UUID], int] = {}
    for row in raw:
        kind_totals[(row[1], row[2])] = kind_totals.get((row[1], row[2]), 0) + 1
    seen: dict[tuple[uuid.UUID, uuid.UUID], int] = {}
    posts: list[PostInfo] = []
    for post_id, unit_id, kind_id, sort_order, code, zh, en, tier, _ in raw:
        kind = label(zh, en, language)
        seen[(unit_id, kind_id)] = number = seen.get((unit_id, kind_id), 0) + 1
        many = kind_totals[(unit_id, kind_id)] > 1
        found = sorted(occupants.get(post_id, []), key=lambda o: o.start_date)
        posts.append(
            PostInfo(
                id=post_id,
                unit=units[unit_id],
                post_kind_id=kind_id,
                kind_code=code,
                kind=kind,
                tier=tier,
                sort_order=sort_order,
                label=f"{kind} {number}" if many else kind,
                occupants=tuple(found),
            )
        )
    return posts


def load_communities(
    session: Session, street_id: uuid.UUID | None
) -> list[tuple[uuid.UUID, uuid.UUID, str]]:
    """(id, street id, name) of the live communities in scope, by code."""
    query = (
        select(Community.id, Community.street_id, Community.name)
        .where(Community.deleted_at.is_(None))
        .order_by(Community.code)
    )
    if street_id is not None:
        query = query.where(Community.street_id == street_id)
    return [(row[0], row[1], row[2]) for row in session.execute(query)]
