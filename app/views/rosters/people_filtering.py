"""Which rows of a people table pass the pane's filters, fast enough for every keystroke.

The filter without the search text is applied once and kept; a keystroke then searches
only those rows, and a query that contains the previous one (typing on: z → zh → zha)
searches only the previous matches.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import replace
from typing import Any, Generic, TypeVar

from app.services.pinyin_search import normalise_query
from app.services.rosters import PeopleFilter, PeopleTable, StaffRow, VolunteerRow

RowT = TypeVar("RowT", StaffRow, VolunteerRow)


def staff_identity(row: StaffRow) -> Hashable:
    """A staff row stands for a person in a post (or a post nobody holds)."""
    return (row.staff_id, row.post_id)


def volunteer_identity(row: VolunteerRow) -> Hashable:
    return row.volunteer_id


def changed_rows(
    old: Sequence[Any], new: Sequence[Any], identity: Callable[[Any], Hashable]
) -> list[int] | None:
    """Indices of rows that changed in place between two loads, or None when rows came,
    went or moved (the view then resets). Run on the worker: at 20,000 volunteers the
    comparison takes longer than a frame."""
    if len(old) != len(new):
        return None
    changed = []
    for i in range(len(new)):
        before, after = old[i], new[i]
        if identity(before) != identity(after):
            return None
        if before != after:
            changed.append(i)
    return changed


class PeopleFiltering(Generic[RowT]):
    """Remembers the last filter's rows and the last query's matches for one table."""

    def __init__(self, table: PeopleTable[RowT]) -> None:
        self.table: PeopleTable[RowT] = table
        self._base_filter: PeopleFilter | None = None
        self._base: list[int] = []
        self._needle = ""
        self._matches: list[int] = []

    def select(self, flt: PeopleFilter) -> list[int]:
        base_filter = replace(flt, query="")
        if base_filter != self._base_filter:
            self._base_filter = base_filter
            self._base = self.table.select(base_filter)
            self._needle, self._matches = "", self._base
        needle = normalise_query(flt.query)
        if not needle:
            return list(self._base)
        within = self._matches if self._needle and self._needle in needle else self._base
        self._matches = self.table.search(needle, within)
        self._needle = needle
        return list(self._matches)
