"""The staff rows of the Rosters pane, built when first read.

The pane paints a screenful of the thousands of rows first; the load keeps what each row
is made of (the person as stored, the post, the secondment) in pinyin order, and a
``StaffRow`` is built the first time the view, a filter or a comparison reads that row.
Filters on the ids a tree node or a filter sets are answered without building rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import date
from typing import Any, overload

from app.services.pinyin_search import search_keys
from app.services.rosters.occupancy import PostInfo
from app.services.rosters.raw_ids import IdCache
from app.services.rosters.rows import PostStatus, StaffRow

#: (id, version, name, phone, title, department id, department, street id), ids as stored
StoredPerson = tuple[Any, int, str, str, str, Any, str, Any]
#: (secondment id as stored, version, start, end)
StoredHeld = tuple[Any, int, date, date | None]
#: what one row is made of: a person, a post or both, the status, the secondment
RowParts = tuple[StoredPerson | None, PostInfo | None, PostStatus, StoredHeld | None]

_FIELDS = frozenset(f.name for f in fields(StaffRow))


def _sort_key(parts: RowParts, pinyin: Any) -> tuple[bool, str, str, str]:
    person, post = parts[0], parts[1]
    return (
        person is None,
        pinyin(person[2] if person else ""),
        person[3] if person else "",
        post.unit.name if post is not None else "",
    )


class StaffRows(Sequence[StaffRow]):
    """The loaded staff rows in pinyin order; each row is built on first read and kept."""

    def __init__(self, parts: list[RowParts], ids: IdCache, pinyin: Any) -> None:
        parts.sort(key=lambda p: _sort_key(p, pinyin))
        self._parts = parts
        self._built: list[StaffRow | None] = [None] * len(parts)
        self._ids = ids

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
        sec_id, sec_version, start, end = held or (None, 0, None, None)
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
        unit = post.unit
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
            post_id=post.id,
            post=post.label,
            post_kind_id=post.post_kind_id,
            tier=post.tier,
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
            return self._ids(person[7]) if person else post.unit.street_id  # type: ignore[union-attr]
        if name == "department_id":
            return self._ids(person[5]) if person else None
        if name in ("community_id", "unit_type_id"):
            return getattr(post.unit, name) if post is not None else None
        if name == "unit_id":
            return post.unit.id if post is not None else None
        if name in ("post_id", "post_kind_id"):
            return getattr(post, "id" if name == "post_id" else name) if post else None
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
                    post.unit.name if post is not None else "",
                    post.label if post is not None else "",
                )
            )
        return tuple(out)
