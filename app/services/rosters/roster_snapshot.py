"""Everything the Rosters pane opens on, read in one pass: the tree, the vacancy summary
and the staff rows.

``load_tree``, ``vacancy_summary`` and ``load_staff`` each read every post and
secondment of the scope; at district scale (4,000 posts) doing that three times, with
SQLAlchemy turning every id into a ``uuid.UUID``, costs the better part of a second. Here
the posts, secondments and staff are read once, with ids taken as stored (``raw_id``) and
converted once per distinct value, and the three results are built from the same rows.
They equal what the three services return (a test holds them to it).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from app.models import Department, Post, PostKind, Secondment, Staff, Unit
from app.services.permissions import Actor, Permission
from app.services.pinyin_search import pinyin_sort_key
from app.services.rosters.occupancy import (
    TIER_ORDER,
    Occupant,
    PostInfo,
    UnitInfo,
    holds_post,
    label,
    load_units,
)
from app.services.rosters.people import PeopleTable, _staff_keys, _staff_row_for_post
from app.services.rosters.raw_ids import IdCache, raw_id
from app.services.rosters.rows import (
    NodeKind,
    PostStatus,
    StaffRow,
    TreeNode,
    VacancySummary,
)
from app.services.rosters.tree import build_tree, summarise_vacancies
from app.services.street_scope import street_service

Person = tuple[uuid.UUID, int, str, str, str, uuid.UUID, str, uuid.UUID]
Held = tuple[uuid.UUID, int, uuid.UUID, date, date | None]


@dataclass(frozen=True)
class RosterSnapshot:
    tree: tuple[TreeNode, ...]
    summary: VacancySummary
    staff: PeopleTable[StaffRow]


def _day(value: Any) -> Any:
    """A stored date: SQLite hands back text, PostgreSQL a ``date``."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _raw_day(column: Any) -> Any:
    return type_coerce(column, String)


def _secondments(
    session: Session, street_id: uuid.UUID | None, ids: IdCache
) -> list[tuple[uuid.UUID, uuid.UUID, int, uuid.UUID, str, bool, date, date | None]]:
    """(post, secondment, version, staff, staff name, staff live, start, end) of every
    live secondment in scope."""
    query = select(
        raw_id(Secondment.post_id),
        raw_id(Secondment.id),
        Secondment.version,
        raw_id(Secondment.staff_id),
        Staff.name,
        Staff.deleted_at.is_(None),
        _raw_day(Secondment.start_date),
        _raw_day(Secondment.end_date),
    ).join(Staff, Staff.id == Secondment.staff_id)
    query = query.where(Secondment.deleted_at.is_(None))
    if street_id is not None:
        query = (
            query.join(Post, Post.id == Secondment.post_id)
            .join(Unit, Unit.id == Post.unit_id)
            .where(Unit.street_id == street_id)
        )
    return [
        (ids(p), ids.fresh(s), v, ids(st), name, bool(live), _day(a), _day(b))  # type: ignore[misc]
        for p, s, v, st, name, live, a, b in session.connection().execute(query)
    ]


def _posts(
    session: Session,
    street_id: uuid.UUID | None,
    today: date,
    language: str,
    units: dict[uuid.UUID, UnitInfo],
    secondments: list[tuple[uuid.UUID, uuid.UUID, int, uuid.UUID, str, bool, date, date | None]],
    ids: IdCache,
) -> list[PostInfo]:
    """What ``occupancy.load_posts`` returns, from rows already read."""
    occupants: dict[uuid.UUID, list[Occupant]] = {}
    for post_id, sec_id, version, staff_id, name, live, start, end in secondments:
        if live and holds_post(end, today):
            occupants.setdefault(post_id, []).append(
                Occupant(sec_id, version, staff_id, name, start, end)
            )
    query = (
        select(
            raw_id(Post.id),
            raw_id(Post.unit_id),
            raw_id(Post.post_kind_id),
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
    raw: list[tuple[Any, ...]] = []
    for stored in session.connection().execute(query):
        unit_id = ids(stored[1])
        if unit_id in units:
            raw.append((ids.fresh(stored[0]), unit_id, ids(stored[2]), *stored[3:]))
    raw.sort(key=lambda r: (TIER_ORDER.get(r[7], 9), r[8], r[3], str(r[0])))
    kind_totals: dict[tuple[Any, Any], int] = {}
    for row in raw:
        kind_totals[(row[1], row[2])] = kind_totals.get((row[1], row[2]), 0) + 1
    seen: dict[tuple[Any, Any], int] = {}
    posts: list[PostInfo] = []
    for post_id, unit_id, kind_id, sort_order, code, zh, en, tier, _ in raw:
        kind = label(zh, en, language)
        seen[(unit_id, kind_id)] = number = seen.get((unit_id, kind_id), 0) + 1
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
                label=f"{kind} {number}" if kind_totals[(unit_id, kind_id)] > 1 else kind,
                occupants=tuple(found),
            )
        )
    return posts


def _staff(
    session: Session,
    street_id: uuid.UUID | None,
    today: date,
    posts: dict[uuid.UUID, PostInfo],
    secondments: list[tuple[uuid.UUID, uuid.UUID, int, uuid.UUID, str, bool, date, date | None]],
    ids: IdCache,
) -> PeopleTable[StaffRow]:
    """What ``people.load_staff`` returns."""
    query = (
        select(
            raw_id(Staff.id),
            Staff.version,
            Staff.name,
            Staff.phone,
            Staff.title,
            raw_id(Staff.department_id),
            Department.name,
            raw_id(Staff.street_id),
        )
        .join(Department, Department.id == Staff.department_id)
        .where(Staff.deleted_at.is_(None))
    )
    if street_id is not None:
        query = query.where(Staff.street_id == street_id)
    people: dict[uuid.UUID, Person] = {}
    for (
        raw_staff,
        version,
        name,
        phone,
        title,
        department_id,
        department,
        street,
    ) in session.connection().execute(query):
        staff_id = ids.fresh(raw_staff)
        department_uuid, street_uuid = ids(department_id), ids(street)
        assert department_uuid is not None and street_uuid is not None
        people[staff_id] = (
            staff_id,
            version,
            name,
            phone,
            title,
            department_uuid,
            department,
            street_uuid,
        )
    held_by: dict[uuid.UUID, list[Held]] = defaultdict(list)
    for post_id, sec_id, version, staff_id, _name, _live, start, end in secondments:
        if staff_id in people and post_id in posts:
            held_by[staff_id].append((sec_id, version, post_id, start, end))
    rows: list[StaffRow] = []
    for staff_id, person in people.items():
        mine = held_by.get(staff_id, [])
        held = [s for s in mine if s[4] is None or s[4] >= today]
        if held:
            for sec_id, version, post_id, start, end in held:
                rows.append(
                    _staff_row_for_post(
                        person, posts[post_id], PostStatus.ACTIVE, (sec_id, version, start, end)
                    )
                )
        elif mine:
            sec_id, version, post_id, start, end = max(mine, key=lambda s: (s[3], s[4] or date.max))
            rows.append(
                _staff_row_for_post(
                    person, posts[post_id], PostStatus.EXPIRED, (sec_id, version, start, end)
                )
            )
        else:
            rows.append(
                StaffRow(
                    staff_id=staff_id,
                    staff_version=person[1],
                    name=person[2],
                    phone=person[3],
                    title=person[4],
                    department_id=person[5],
                    department=person[6],
                    status=PostStatus.UNASSIGNED,
                    street_id=person[7],
                )
            )
    for post in posts.values():
        if post.is_vacant:
            rows.append(_staff_row_for_post(None, post, PostStatus.VACANT, None))
    rows.sort(key=lambda r: (r.staff_id is None, pinyin_sort_key(r.name), r.phone, r.unit))
    staff_rows = tuple(rows)
    return PeopleTable(staff_rows, lambda: tuple(_staff_keys(row) for row in staff_rows), today)


@street_service(Permission.ROSTER_VIEW)
def load_roster_snapshot(
    session: Session,
    actor: Actor,
    *,
    street_id: uuid.UUID | None = None,
    group_by: NodeKind = NodeKind.COMMUNITY,
    today: date | None = None,
    language: str = "zh_CN",
) -> RosterSnapshot:
    """``load_tree``, ``vacancy_summary`` and ``load_staff`` in one read."""
    street_id = street_id if street_id is not None else actor.street_id
    today = today or date.today()
    ids = IdCache()
    units = load_units(session, street_id, language)
    secondments = _secondments(session, street_id, ids)
    posts = _posts(session, street_id, today, language, units, secondments, ids)
    posts_by_unit: dict[uuid.UUID, list[PostInfo]] = defaultdict(list)
    for post in posts:
        posts_by_unit[post.unit.id].append(post)
    return RosterSnapshot(
        tree=build_tree(session, street_id, group_by, units, posts_by_unit),
        summary=summarise_vacancies(units, posts_by_unit),
        staff=_staff(session, street_id, today, {p.id: p for p in posts}, secondments, ids),
    )
