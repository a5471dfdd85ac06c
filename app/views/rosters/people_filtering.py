"""Which rows of a people table pass the pane's filters, fast enough for every keystroke.

The filter without the search text is applied once and kept; a keystroke then searches
only those rows, and a query that contains the previous one (typing on: z → zh → zha)
searches only the previous matches.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Generic

from app.services.pinyin_search import normalise_query
from app.services.rosters import PeopleFilter, PeopleTable
from app.services.rosters.people import RowT


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
