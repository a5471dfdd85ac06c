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
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_, select
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
    label,
    load_units,
)
from app.services.rosters.people import PeopleTable
from app.services.rosters.raw_ids import DayCache, IdCache, raw_day, raw_id
from app.services.rosters.rows import (
    NodeKind,
    PostStatus,
    StaffRow,
    TreeNode,
    VacancySummary,
)
from app.services.rosters.staff_rows import (
    RowParts,
    StaffRows,
    StoredPerson,
    StoredPost,
    StoredSecondment,
)
from app.services.rosters.tree import Places, assemble_tree, read_places, summarise_vacancies
from app.services.street_scope import street_service


@dataclass(frozen=True)
class RosterSnapshot:
    tree: tuple[TreeNode, ...]
    summary: VacancySummary
    staff: PeopleTable[StaffRow]


def _secondments(
    session: Session, street_id: uuid.UUID | None, today: date
) -> Sequence[StoredSecondment]:
    """Every live secondment in scope, as read: rows are matched to posts and staff by the
    ids as stored (a ``str`` hashes in C, a ``uuid.UUID`` in Python), and whether each
    runs ``today`` is answered by the database."""
    query = select(
        raw_id(Secondment.post_id),
        raw_id(Secondment.id),
        Secondment.version,
        raw_id(Secondment.staff_id),
        Staff.name,
        Staff.deleted_at.is_(None),
        raw_day(Secondment.start_date),
        raw_day(Secondment.end_date),
        or_(Secondment.end_date.is_(None), Secondment.end_date >= today),
    ).join(Staff, Staff.id == Secondment.staff_id)
    query = query.where(Secondment.deleted_at.is_(None))
    if street_id is not None:
        query = (
            query.join(Post, Post.id == Secondment.post_id)
            .join(Unit, Unit.id == Post.unit_id)
            .where(Unit.street_id == street_id)
        )
    return session.connection().execute(query).all()


def _posts(
    session: Session,
    street_id: uuid.UUID | None,
    language: str,
    units: dict[uuid.UUID, UnitInfo],
    ids: IdCache,
) -> dict[Any, StoredPost]:
    """The live posts of the live units in scope, labelled, by stored id in the order of
    ``occupancy.load_posts`` (who holds them is left to ``_post_infos``)."""
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
    tier_rank = TIER_ORDER.get
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
            # ids as stored sort as their text does: 32 hex digits, or ``uuid.UUID``
            # (ordered by value, as its text)
            order = (tier_rank(tier, 9), kind_order, sort_order, post_id)
            raw.append((order, post_id, unit, kind_id, sort_order, code, zh, en, tier, key))
    raw.sort()
    seen: dict[tuple[Any, Any], int] = {}
    labels: dict[tuple[str, str], str] = {}
    posts: dict[Any, StoredPost] = {}
    for _, post_id, unit, kind_id, sort_order, code, zh, en, tier, key in raw:
        kind = labels.get((zh, en))
        if kind is None:
            kind = labels[(zh, en)] = label(zh, en, language)
        seen[key] = number = seen.get(key, 0) + 1
        text = f"{kind} {number}" if kind_totals[key] > 1 else kind
        posts[post_id] = (post_id, unit, kind_id, tier, text, code, kind, sort_order)
    return posts


def _staff(
    session: Session,
    street_id: uuid.UUID | None,
    today: date,
    posts: dict[Any, StoredPost],
    secondments: Sequence[StoredSecondment],
    ids: IdCache,
    days: DayCache,
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
    # each person's secondments into a post in scope, those running today apart from
    # those that ended; the posts someone holds today
    running: dict[Any, list[StoredSecondment]] = {}
    ended: dict[Any, list[StoredSecondment]] = {}
    filled: set[Any] = set()
    for secondment in secondments:
        post_id, staff_id, holds = secondment[0], secondment[3], secondment[8]
        if holds and secondment[5]:
            filled.add(post_id)
        if staff_id in people and post_id in posts:
            (running if holds else ended).setdefault(staff_id, []).append(secondment)
    active, expired, unassigned = PostStatus.ACTIVE, PostStatus.EXPIRED, PostStatus.UNASSIGNED
    parts: list[RowParts] = []
    append = parts.append
    for raw_staff, person in people.items():
        held = running.get(raw_staff)
        if held is not None:
            for secondment in held:
                append((person, posts[secondment[0]], active, secondment))
        elif raw_staff in ended:
            # the latest to start, then to end (an ended secondment has an end date)
            secondment = max(ended[raw_staff], key=lambda s: (s[6], s[7]))
            append((person, posts[secondment[0]], expired, secondment))
        else:
            append((person, None, unassigned, None))
    vacant: list[RowParts] = [
        (None, post, PostStatus.VACANT, None)
        for raw_post, post in posts.items()
        if raw_post not in filled
    ]
    rows = StaffRows(parts, vacant, ids, days, pinyin_sort_key)
    return PeopleTable(rows, rows.keys, today, rows.field)


@dataclass(frozen=True)
class RosterRead:
    """Everything the pane's first read fetches: the staff rows, ready to show, and what
    the tree and the vacancy summary are built from afterwards without the database."""

    staff: PeopleTable[StaffRow]
    today: date
    units: dict[uuid.UUID, UnitInfo]
    posts: dict[Any, StoredPost]
    secondments: Sequence[StoredSecondment]
    places: Places
    ids: IdCache
    days: DayCache


def read_roster(
    session: Session, street_id: uuid.UUID | None, today: date, language: str
) -> RosterRead:
    """The rows of the pane's first read (the caller has checked the actor's access)."""
    ids, days = IdCache(), DayCache()
    units = load_units(session, street_id, language)
    secondments = _secondments(session, street_id, today)
    posts = _posts(session, street_id, language, units, ids)
    staff = _staff(session, street_id, today, posts, secondments, ids, days)
    places = read_places(session, street_id)
    return RosterRead(staff, today, units, posts, secondments, places, ids, days)


def _post_infos(read: RosterRead) -> dict[uuid.UUID, list[PostInfo]]:
    """What ``occupancy.load_posts`` returns, by unit, from the rows the first read kept."""
    ids, day = read.ids, read.days
    occupants: dict[Any, list[Occupant]] = {}
    for post_id, sec_id, version, staff_id, name, live, start, end, holds in read.secondments:
        if live and holds:
            occupants.setdefault(post_id, []).append(
                Occupant(ids(sec_id), version, ids(staff_id), name, day(start), day(end))  # type: ignore[arg-type]
            )
    posts_by_unit: dict[uuid.UUID, list[PostInfo]] = {unit_id: [] for unit_id in read.units}
    no_one: list[Occupant] = []
    for post_id, unit, kind_id, tier, text, code, kind, sort_order in read.posts.values():
        found = occupants.get(post_id, no_one)
        if len(found) > 1:
            found = sorted(found, key=lambda o: o.start_date)
        posts_by_unit[unit.id].append(
            PostInfo(
                ids(post_id),  # type: ignore[arg-type]
                unit,
                ids(kind_id),  # type: ignore[arg-type]
                code,
                kind,
                tier,
                sort_order,
                text,
                tuple(found),
            )
        )
    return posts_by_unit


def finish_snapshot(read: RosterRead, group_by: NodeKind) -> RosterSnapshot:
    """The tree and the vacancy summary over a first read (no database)."""
    posts_by_unit = _post_infos(read)
    return RosterSnapshot(
        tree=assemble_tree(group_by, read.units, posts_by_unit, read.places),
        summary=summarise_vacancies(read.units, posts_by_unit),
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
