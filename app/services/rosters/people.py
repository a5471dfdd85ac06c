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

from app.models import Department, Secondment, Staff
from app.services.china_time import today_in_china
from app.services.permissions import Actor, Permission
from app.services.pinyin_search import normalise_query, pinyin_sort_key, search_keys
from app.services.rosters.occupancy import PostInfo, load_posts, load_units
from app.services.rosters.rows import PostStatus, Scope, StaffRow, VolunteerRow
from app.services.street_scope import street_service

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


FieldOf = Callable[[int, str, object], object]


class PeopleTable(Generic[RowT]):
    """Rows in pinyin order and their search keys (same index).

    The keys are computed on the first search and kept, so loading stays cheap and every
    later keystroke is one substring test per row. ``rows`` may build each row on first
    read (``field_of`` then answers filters without building rows).
    """

    def __init__(
        self,
        rows: Sequence[RowT],
        make_keys: Callable[[], tuple[str, ...]],
        loaded_on: date,
        field_of: FieldOf | None = None,
    ) -> None:
        self.rows: Sequence[RowT] = rows
        self.loaded_on = loaded_on
        self._make_keys = make_keys
        # No bound method stored on self: that would make every table a reference cycle.
        self._field_of: FieldOf | None = field_of
        self._keys: tuple[str, ...] | None = None
        self._lock = threading.Lock()

    def _attribute(self, index: int, name: str, missing: object) -> object:
        return getattr(self.rows[index], name, missing)

    @property
    def keys(self) -> tuple[str, ...]:
        if self._keys is None:
            with self._lock:
                if self._keys is None:
                    self._keys = self._make_keys()
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
        if not wanted and not statuses:
            return self.search(flt.query) if flt.query else list(range(len(self.rows)))
        field_of = self._field_of or self._attribute
        chosen = [
            i
            for i in range(len(self.rows))
            if all(field_of(i, name, missing) == value for name, value, missing in wanted)
            and (not statuses or field_of(i, "status", None) in statuses)
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


@street_service(Permission.ROSTER_VIEW)
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
    street_id = _street(actor, street_id)
    today = today or today_in_china()
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
    staff_rows = tuple(rows)
    return PeopleTable(staff_rows, lambda: tuple(_staff_keys(row) for row in staff_rows), today)
