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
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from app.models import Department, Post, PostKind, Secondment, Staff, Unit
from app.services.china_time import today_in_china
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
from app.services.rosters.people import PeopleTable
from app.services.rosters.raw_ids import IdCache, raw_id
from app.services.rosters.rows import (
    NodeKind,
    PostStatus,
    StaffRow,
    TreeNode,
    VacancySummary,
)
from app.services.rosters.staff_rows import RowParts, StaffRows, StoredHeld, StoredPerson
from app.services.rosters.tree import Places, assemble_tree, read_places, summarise_vacancies
from app.services.street_scope import street_service

#: (post, secondment, version, staff, staff name, staff live, start, end), ids as stored
StoredSecondment = tuple[Any, Any, int, Any, str, bool, date, date | None]


@dataclass(frozen=True)
class RosterSnapshot:
    tree: tuple[TreeNode, ...]
    summary: VacancySummary
    staff: PeopleTable[StaffRow]


class _Days:
    """Stored dates as ``date``, each distinct value parsed once (SQLite hands back text,
    PostgreSQL a ``date``; start and end dates repeat across thousands of rows)."""

    def __init__(self) -> None:
        self._seen: dict[Any, date] = {}

    def __call__(self, value: Any) -> Any:
        if value is None or isinstance(value, date):
            return value
        found = self._seen.get(value)
        if found is None:
            found = self._seen[value] = date.fromisoformat(str(value))
        return found


def _raw_day(column: Any) -> Any:
    return type_coerce(column, String)


def _secondments(
    session: Session, street_id: uuid.UUID | None, ids: IdCache
) -> list[StoredSecondment]:
    """Every live secondment in scope; rows are matched to posts and staff by the ids as
    stored (a ``str`` hashes in C, a ``uuid.UUID`` in Python)."""
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
    day = _Days()
    return [
        (p, s, v, st, name, bool(live), day(a), day(b))
        for p, s, v, st, name, live, a, b in session.connection().execute(query).all()
    ]


def _posts(
    session: Session,
    street_id: uuid.UUID | None,
    today: date,
    language: str,
    units: dict[uuid.UUID, UnitInfo],
    secondments: list[StoredSecondment],
    ids: IdCache,
) -> dict[Any, PostInfo]:
    """What ``occupancy.load_posts`` returns, from rows already read, by stored post id."""
    occupants: dict[Any, list[Occupant]] = {}
    for post_id, sec_id, version, staff_id, name, live, start, end in secondments:
        if live and holds_post(end, today):
            occupants.setdefault(post_id, []).append(
                Occupant(ids(sec_id), version, ids(staff_id), name, start, end)  # type: ignore[arg-type]
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
    unit_of: dict[Any, UnitInfo | None] = {}
    raw: list[tuple[Any, ...]] = []
    kind_totals: dict[tuple[Any, Any], int] = {}
    for post_id, unit_id, kind_id, sort_order, code, zh, en, tier, kind_order in (
        session.connection().execute(query).all()
    ):
        unit = unit_of.get(unit_id, False)
        if unit is False:
            unit = unit_of[unit_id] = units.get(ids(unit_id))  # type: ignore[arg-type]
        if unit is not None:
            # (unit, kind) keyed by the stored ids: they hash in C
            key = (unit_id, kind_id)
            kind_totals[key] = kind_totals.get(key, 0) + 1
            raw.append((post_id, unit, kind_id, sort_order, code, zh, en, tier, kind_order, key))
    raw.sort(key=lambda r: (TIER_ORDER.get(r[7], 9), r[8], r[3], str(r[0])))
    seen: dict[tuple[Any, Any], int] = {}
    labels: dict[tuple[str, str], str] = {}
    posts: dict[Any, PostInfo] = {}
    no_one: list[Occupant] = []
    for post_id, unit, kind_id, sort_order, code, zh, en, tier, _, key in raw:
        kind = labels.get((zh, en))
        if kind is None:
            kind = labels[(zh, en)] = label(zh, en, language)
        seen[key] = number = seen.get(key, 0) + 1
        found = occupants.get(post_id, no_one)
        if len(found) > 1:
            found = sorted(found, key=lambda o: o.start_date)
        posts[post_id] = PostInfo(
            ids.fresh(post_id),
            unit,
            ids(kind_id),  # type: ignore[arg-type]
            code,
            kind,
            tier,
            sort_order,
            f"{kind} {number}" if kind_totals[key] > 1 else kind,
            tuple(found),
        )
    return posts


def _staff(
    session: Session,
    street_id: uuid.UUID | None,
    today: date,
    posts: dict[Any, PostInfo],
    secondments: list[StoredSecondment],
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
    people: dict[Any, StoredPerson] = {
        row[0]: row for row in session.connection().execute(query).all()
    }
    held_by: dict[Any, list[tuple[PostInfo, StoredHeld]]] = {}
    for post_id, sec_id, version, staff_id, _name, _live, start, end in secondments:
        if staff_id in people:
            post = posts.get(post_id)
            if post is not None:
                held_by.setdefault(staff_id, []).append((post, (sec_id, version, start, end)))
    parts: list[RowParts] = []
    append = parts.append
    nothing: list[tuple[PostInfo, StoredHeld]] = []
    for raw_staff, person in people.items():
        mine = held_by.get(raw_staff, nothing)
        held = [s for s in mine if s[1][3] is None or s[1][3] >= today]
        if held:
            for post, secondment in held:
                append((person, post, PostStatus.ACTIVE, secondment))
        elif mine:
            post, secondment = max(mine, key=lambda s: (s[1][2], s[1][3] or date.max))
            append((person, post, PostStatus.EXPIRED, secondment))
        else:
            append((person, None, PostStatus.UNASSIGNED, None))
    for post in posts.values():
        if post.is_vacant:
            append((None, post, PostStatus.VACANT, None))
    rows = StaffRows(parts, ids, pinyin_sort_key)
    return PeopleTable(rows, rows.keys, today, rows.field)


@dataclass(frozen=True)
class RosterRead:
    """Everything the pane's first read fetches: the staff rows, ready to show, and what
    the tree and the vacancy summary are built from afterwards without the database."""

    staff: PeopleTable[StaffRow]
    units: dict[uuid.UUID, UnitInfo]
    posts_by_unit: dict[uuid.UUID, list[PostInfo]]
    places: Places


def read_roster(
    session: Session, street_id: uuid.UUID | None, today: date, language: str
) -> RosterRead:
    """The rows of the pane's first read (the caller has checked the actor's access)."""
    ids = IdCache()
    units = load_units(session, street_id, language)
    secondments = _secondments(session, street_id, ids)
    posts = _posts(session, street_id, today, language, units, secondments, ids)
    posts_by_unit: dict[uuid.UUID, list[PostInfo]] = {unit_id: [] for unit_id in units}
    for post in posts.values():
        posts_by_unit[post.unit.id].append(post)
    staff = _staff(session, street_id, today, posts, secondments, ids)
    return RosterRead(staff, units, posts_by_unit, read_places(session, street_id))


def finish_snapshot(read: RosterRead, group_by: NodeKind) -> RosterSnapshot:
    """The tree and the vacancy summary over a first read (no database)."""
    return RosterSnapshot(
        tree=assemble_tree(group_by, read.units, read.posts_by_unit, read.places),
        summary=summarise_vacancies(read.units, read.posts_by_unit),
        staff=read.staff,
    )


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
    read = read_roster(session, street_id, today or today_in_china(), language)
    return finish_snapshot(read, group_by)
