"""Loading the people rows of the Rosters pane: staff in posts and volunteers.

Rows come from plain column queries (no ORM objects), are sorted in pinyin order and
carry their search keys, computed once per load, so a keystroke only filters.
"""

from __future__ import annotations

import threading
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Department, Grid, Secondment, Staff, Unit, Volunteer, VolunteerTeam
from app.services.permissions import Actor, Permission, require
from app.services.pinyin_search import normalise_query, pinyin_sort_key, search_keys
from app.services.rosters.occupancy import PostInfo, load_posts, load_units
from app.services.rosters.raw_ids import IdCache, raw_id
from app.services.rosters.rows import PostStatus, Scope, StaffRow, VolunteerRow

RowT = TypeVar("RowT", StaffRow, VolunteerRow)


@dataclass(frozen=True)
class PeopleFilter:
    """What the pane narrows the people table by; ``None`` / empty means any."""

    query: str = ""
    scope: Scope | None = None
    unit_type_id: uuid.UUID | None = None
    department_id: uuid.UUID | None = None
    post_kind_id: uuid.UUID | None = None
    tier: str = ""
    team_id: uuid.UUID | None = None
    grid_id: uuid.UUID | None = None
    #: staff rows only: e.g. {PostStatus.VACANT} for the vacancies at a glance
    statuses: frozenset[PostStatus] = field(default_factory=frozenset)


class PeopleTable(Generic[RowT]):
    """Rows in pinyin order and their search keys (same index).

    The keys are computed on the first search and kept, so loading stays cheap and every
    later keystroke is one substring test per row.
    """

    def __init__(
        self, rows: tuple[RowT, ...], key_of: Callable[[RowT], str], loaded_on: date
    ) -> None:
        self.rows: tuple[RowT, ...] = rows
        self.loaded_on = loaded_on
        self._key_of: Callable[[RowT], str] = key_of
        self._keys: tuple[str, ...] | None = None
        self._lock = threading.Lock()

    @property
    def keys(self) -> tuple[str, ...]:
        if self._keys is None:
            with self._lock:
                if self._keys is None:
                    key_of = self._key_of
                    self._keys = tuple(key_of(row) for row in self.rows)
        return self._keys

    def __len__(self) -> int:
        return len(self.rows)

    def search(self, query: str, within: Sequence[int] | None = None) -> list[int]:
        """Indices of rows matching the query (name, pinyin, initials, phone, ...)."""
        needle = normalise_query(query)
        keys = self.keys
        candidates = range(len(keys)) if within is None else within
        if not needle:
            return list(candidates)
        return [i for i in candidates if needle in keys[i]]

    def select(self, flt: PeopleFilter) -> list[int]:
        """Indices of rows passing every part of the filter, in table order."""
        wanted = _wanted_fields(flt)
        statuses = flt.statuses
        chosen = [
            i
            for i, row in enumerate(self.rows)
            if all(getattr(row, name, missing) == value for name, value, missing in wanted)
            and (not statuses or getattr(row, "status", None) in statuses)
        ]
        return self.search(flt.query, chosen) if flt.query else chosen


_NO_MATCH = object()


def _wanted_fields(flt: PeopleFilter) -> list[tuple[str, object, object]]:
    """(row attribute, wanted value, what a row without the attribute counts as)."""
    wanted: list[tuple[str, object, object]] = []
    if flt.scope is not None:
        for name in ("street_id", "community_id", "unit_type_id", "unit_id", "post_id"):
            value = getattr(flt.scope, name)
            if value is not None:
                # a volunteer belongs to a unit, not a post: a post shows its unit's volunteers
                wanted.append((name, value, value if name == "post_id" else _NO_MATCH))
    for name in ("unit_type_id", "department_id", "post_kind_id", "team_id", "grid_id"):
        value = getattr(flt, name)
        if value is not None:
            wanted.append((name, value, _NO_MATCH))
    if flt.tier:
        wanted.append(("tier", flt.tier, _NO_MATCH))
    return wanted


def _staff_keys(row: StaffRow) -> str:
    return search_keys(row.name, row.phone, row.department, row.unit, row.post)


def _street(actor: Actor, street_id: uuid.UUID | None) -> uuid.UUID | None:
    return street_id if street_id is not None else actor.street_id


def _staff_row_for_post(
    person: tuple[uuid.UUID, int, str, str, str, uuid.UUID, str, uuid.UUID] | None,
    post: PostInfo,
    status: PostStatus,
    secondment: tuple[uuid.UUID, int, date, date | None] | None,
) -> StaffRow:
    unit = post.unit
    sec_id, sec_version, start, end = secondment or (None, 0, None, None)
    return StaffRow(
        staff_id=person[0] if person else None,
        staff_version=person[1] if person else 0,
        name=person[2] if person else "",
        phone=person[3] if person else "",
        title=person[4] if person else "",
        department_id=person[5] if person else None,
        department=person[6] if person else "",
        status=status,
        secondment_id=sec_id,
        secondment_version=sec_version,
        post_id=post.id,
        post=post.label,
        post_kind_id=post.post_kind_id,
        tier=post.tier,
        unit_id=unit.id,
        unit=unit.name,
        unit_type_id=unit.unit_type_id,
        community_id=unit.community_id,
        street_id=person[7] if person else unit.street_id,
        start_date=start,
        end_date=end,
    )


def load_staff(
    session: Session,
    actor: Actor,
    *,
    street_id: uuid.UUID | None = None,
    today: date | None = None,
    language: str = "zh_CN",
) -> PeopleTable[StaffRow]:
    """A row per staff member in a post, per staff member without one, per vacant post.

    A staff member whose latest secondment has ended shows once as EXPIRED with that
    secondment's post and dates; the post itself shows as a VACANT row.
    """
    require(actor, Permission.ROSTER_VIEW)
    street_id = _street(actor, street_id)
    today = today or date.today()
    units = load_units(session, street_id, language)
    posts = {post.id: post for post in load_posts(session, street_id, today, language, units)}
    people_query = (
        select(
            Staff.id,
            Staff.version,
            Staff.name,
            Staff.phone,
            Staff.title,
            Staff.department_id,
            Department.name,
            Staff.street_id,
        )
        .join(Department, Department.id == Staff.department_id)
        .where(Staff.deleted_at.is_(None))
    )
    if street_id is not None:
        people_query = people_query.where(Staff.street_id == street_id)
    people = {row[0]: row for row in session.execute(people_query)}
    secondments: dict[uuid.UUID, list[tuple[uuid.UUID, int, uuid.UUID, date, date | None]]]
    secondments = defaultdict(list)
    sec_query = select(
        Secondment.staff_id,
        Secondment.id,
        Secondment.version,
        Secondment.post_id,
        Secondment.start_date,
        Secondment.end_date,
    ).where(Secondment.deleted_at.is_(None))
    for staff_id, sec_id, version, post_id, start, end in session.execute(sec_query):
        if staff_id in people and post_id in posts:
            secondments[staff_id].append((sec_id, version, post_id, start, end))

    rows: list[StaffRow] = []
    for staff_id, person in people.items():
        held = [s for s in secondments.get(staff_id, []) if s[4] is None or s[4] >= today]
        if held:
            for sec_id, version, post_id, start, end in held:
                rows.append(
                    _staff_row_for_post(
                        person, posts[post_id], PostStatus.ACTIVE, (sec_id, version, start, end)
                    )
                )
        elif secondments.get(staff_id):
            sec_id, version, post_id, start, end = max(
                secondments[staff_id], key=lambda s: (s[3], s[4] or date.max)
            )
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
    return PeopleTable(tuple(rows), _staff_keys, today)


def load_volunteers(
    session: Session,
    actor: Actor,
    *,
    street_id: uuid.UUID | None = None,
    today: date | None = None,
) -> PeopleTable[VolunteerRow]:
    """Every live volunteer in scope with team, grid and unit names, in pinyin order."""
    require(actor, Permission.ROSTER_VIEW)
    street_id = _street(actor, street_id)
    today = today or date.today()
    # Names of the few teams, grids and units come from small lookups keyed by the
    # stored id, so the big query touches the volunteer table only.
    ids = IdCache()
    teams = {
        raw: (ids(raw), name)
        for raw, name in session.execute(select(raw_id(VolunteerTeam.id), VolunteerTeam.name))
    }
    grids = {
        raw: (ids(raw), name, ids(community))
        for raw, name, community in session.execute(
            select(raw_id(Grid.id), Grid.name, raw_id(Grid.community_id))
        )
    }
    units = {
        raw: (ids(raw), name, ids(community), ids(unit_type))
        for raw, name, community, unit_type in session.execute(
            select(raw_id(Unit.id), Unit.name, raw_id(Unit.community_id), raw_id(Unit.unit_type_id))
        )
    }
    query = select(
        raw_id(Volunteer.id),
        Volunteer.version,
        Volunteer.name,
        Volunteer.phone,
        raw_id(Volunteer.team_id),
        raw_id(Volunteer.grid_id),
        raw_id(Volunteer.unit_id),
        Volunteer.skills,
        raw_id(Volunteer.street_id),
    ).where(Volunteer.deleted_at.is_(None))
    if street_id is not None:
        query = query.where(Volunteer.street_id == street_id)
    no_team: tuple[uuid.UUID | None, str] = (None, "")
    no_grid: tuple[uuid.UUID | None, str, uuid.UUID | None] = (None, "", None)
    no_unit: tuple[uuid.UUID | None, str, uuid.UUID | None, uuid.UUID | None] = (
        None,
        "",
        None,
        None,
    )
    rows: list[VolunteerRow] = []
    # Core execution: the ORM's row loading layer would double the time of this query
    result = session.connection().execute(query)
    for vid, version, name, phone, team_raw, grid_raw, unit_raw, skills, street in result:
        team = teams.get(team_raw, no_team)
        grid = grids.get(grid_raw, no_grid)
        unit = units.get(unit_raw, no_unit)
        rows.append(
            VolunteerRow(
                ids.fresh(vid),
                version,
                name,
                phone,
                team[0],
                team[1],
                grid[0],
                grid[1],
                unit[0],
                unit[1],
                skills,
                ids(street),  # type: ignore[arg-type]
                grid[2] or unit[2],
                unit[3],
            )
        )
    rows.sort(key=lambda r: pinyin_sort_key(r.name))
    context_keys: dict[tuple[object, object, object, str], str] = {}

    def key_of(row: VolunteerRow) -> str:
        # team, grid, unit and skills repeat across thousands of rows: keyed once each
        context = (row.team_id, row.grid_id, row.unit_id, row.skills)
        shared = context_keys.get(context)
        if shared is None:
            shared = context_keys[context] = search_keys(row.team, row.grid, row.unit, row.skills)
        return search_keys(row.name, row.phone) + shared

    return PeopleTable(tuple(rows), key_of, today)
