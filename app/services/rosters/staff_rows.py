"""The staff rows of the Rosters pane, built when first read.

The pane paints a screenful of the thousands of rows first; the load keeps what each row
is made of (the person, the post and the secondment, as tuples with ids as stored) in
pinyin order, and a ``StaffRow`` is built the first time the view, a filter or a
comparison reads that row. Filters on the ids a tree node or a filter sets are answered
without building rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from typing import Any, overload

from app.services.pinyin_search import search_keys
from app.services.rosters.occupancy import UnitInfo
from app.services.rosters.raw_ids import DayCache, IdCache
from app.services.rosters.rows import PostStatus, StaffRow

#: (id, version, name, phone, title, department id, department, street id), ids as stored
StoredPerson = tuple[Any, int, str, str, str, Any, str, Any]
#: (post, secondment, version, staff, staff name, staff live, start, end, running today),
#: ids and dates as stored
StoredSecondment = tuple[Any, Any, int, Any, str, bool, Any, Any, bool]
#: (post id as stored, unit, post kind id as stored, tier, label, kind code, kind, sort
#: order): a post as read, before the tree's ``PostInfo`` is built from it
StoredPost = tuple[Any, UnitInfo, Any, str, str, str, str, int]
#: what one row is made of: a person, a post or both, the status, the secondment
RowParts = tuple[StoredPerson | None, StoredPost | None, PostStatus, StoredSecondment | None]

_FIELDS = frozenset(f.name for f in fields(StaffRow))


class StaffRows(Sequence[StaffRow]):
    """The loaded staff rows in pinyin order; each row is built on first read and kept.

    ``staffed`` are the rows of people, ``vacant`` those of posts nobody holds: people
    come first, by name in pinyin, phone and unit; then the vacant posts by unit."""

    def __init__(
        self,
        staffed: list[RowParts],
        vacant: list[RowParts],
        ids: IdCache,
        days: DayCache,
        pinyin: Any,
    ) -> None:
        staffed.sort(
            key=lambda p: (
                pinyin(p[0][2]),  # type: ignore[index]
                p[0][3],  # type: ignore[index]
                p[1][1].name if p[1] is not None else "",
            )
        )
        vacant.sort(key=lambda p: p[1][1].name)  # type: ignore[index]
        self._parts = staffed + vacant
        self._built: list[StaffRow | None] = [None] * len(self._parts)
        self._ids = ids
        self._days = days

    def __len__(self) -> int:
        return len(self._parts)

    @overload
    def __getitem__(self, index: int) -> StaffRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[StaffRow]: ...

    def __getitem__(self, index: int | slice) -> StaffRow | list[StaffRow]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        row = self._built[index]
        if row is None:
            row = self._built[index] = self._build(self._parts[index])
        return row

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def _build(self, parts: RowParts) -> StaffRow:
        person, post, status, held = parts
        ids = self._ids
        if held is None:
            sec_id, sec_version, start, end = None, 0, None, None
        else:
            sec_id, sec_version = held[1], held[2]
            start, end = self._days(held[6]), self._days(held[7])
        if post is None:
            assert person is not None
            return StaffRow(
                staff_id=ids(person[0]),
                staff_version=person[1],
                name=person[2],
                phone=person[3],
                title=person[4],
                department_id=ids(person[5]),
                department=person[6],
                status=status,
                street_id=ids(person[7]),
            )
        unit = post[1]
        return StaffRow(
            staff_id=ids(person[0]) if person else None,
            staff_version=person[1] if person else 0,
            name=person[2] if person else "",
            phone=person[3] if person else "",
            title=person[4] if person else "",
            department_id=ids(person[5]) if person else None,
            department=person[6] if person else "",
            status=status,
            secondment_id=ids(sec_id),
            secondment_version=sec_version,
            post_id=ids(post[0]),
            post=post[4],
            post_kind_id=ids(post[2]),
            tier=post[3],
            unit_id=unit.id,
            unit=unit.name,
            unit_type_id=unit.unit_type_id,
            community_id=unit.community_id,
            street_id=ids(person[7]) if person else unit.street_id,
            start_date=start,
            end_date=end,
        )

    def field(self, index: int, name: str, missing: object) -> object:
        """A row's attribute for filtering, read from its parts where it can be."""
        person, post, status, _held = self._parts[index]
        if name == "status":
            return status
        if name == "street_id":
            return self._ids(person[7]) if person else post[1].street_id  # type: ignore[index]
        if name == "department_id":
            return self._ids(person[5]) if person else None
        if name in ("community_id", "unit_type_id"):
            return getattr(post[1], name) if post is not None else None
        if name == "unit_id":
            return post[1].id if post is not None else None
        if name == "post_id":
            return self._ids(post[0]) if post is not None else None
        if name == "post_kind_id":
            return self._ids(post[2]) if post is not None else None
        if name not in _FIELDS:
            return missing
        return getattr(self[index], name)

    def keys(self) -> tuple[str, ...]:
        """Search keys per row: name, phone, department, unit and post."""
        out: list[str] = []
        for person, post, _status, _held in self._parts:
            out.append(
                search_keys(
                    person[2] if person else "",
                    person[3] if person else "",
                    person[6] if person else "",
                    post[1].name if post is not None else "",
                    post[4] if post is not None else "",
                )
            )
        return tuple(out)
