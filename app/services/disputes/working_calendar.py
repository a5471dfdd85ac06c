"""Working days on government time: the official calendar with its 调休, plus overrides.

The calendar is indexed once for a span of whole years (a flag per day and a running
count of working days), so counting working days between two dates or finding the n-th
working day after a date costs O(1) per card.

Years ``chinese_calendar`` has no data for (the official schedule is published each
November for the next year) count Monday to Friday less the statutory holidays, which the
``holidays`` package computes from the lunar calendar: provisional, since the make-up
working days (调休) are not known before the notice. They are reported in
``fallback_years`` so the board can say so. Once the administrator has imported the
year's notice (``confirmed_years``), its days are overrides and the year counts Monday to
Friday corrected by them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from functools import lru_cache

import chinese_calendar
import holidays

#: Deadlines never reach further than this past the last indexed year before we stop.
_MAX_EXTENSION_YEARS = 20


def official_data_known(year: int) -> bool:
    """Whether ``chinese_calendar`` knows the official holidays of ``year``."""
    try:
        chinese_calendar.is_workday(date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


#: How the note of an override imported from the State Council's notice begins (the
#: holiday's name follows); such overrides make their year's schedule official.
NOTICE_NOTE_PREFIX = "国务院办公厅通知："

#: the ``holidays`` package's names of China's statutory holidays, as chinese_calendar
#: names them (the names the calendar dialog translates)
_STATUTORY_NAMES = {
    "New Year's Day": "New Year's Day",
    "Chinese New Year's Eve": "Spring Festival",
    "Chinese New Year (Spring Festival)": "Spring Festival",
    "Tomb-Sweeping Day": "Tomb-sweeping Day",
    "Labor Day": "Labour Day",
    "Dragon Boat Festival": "Dragon Boat Festival",
    "Mid-Autumn Festival": "Mid-autumn Festival",
    "National Day": "National Day",
}


@lru_cache(maxsize=64)
def statutory_holidays(year: int) -> Mapping[date, str]:
    """China's statutory holidays (法定节假日) of a year, without any 调休: the provisional
    rest days of a year whose official schedule is not known."""
    found = holidays.country_holidays("CN", years=year, observed=False, language="en_US")
    return {
        day: _STATUTORY_NAMES.get(name, name)
        for day, name in found.items()
        if day.year == year and "observed" not in name and "substituted" not in name
    }


def _official_workday(day: date) -> bool:
    # chinese_calendar.is_workday re-validates the year range on every call (a scan of
    # its tables); the year is checked once in _build, so read the tables directly.
    if day in chinese_calendar.workdays:
        return True
    return day.weekday() < 5 and day not in chinese_calendar.holidays


class WorkingCalendar:
    """Which days are working days, with O(1) counting over an indexed span of years."""

    def __init__(
        self,
        first_year: int,
        last_year: int,
        overrides: Mapping[date, bool] | None = None,
        confirmed_years: Iterable[int] = (),
    ) -> None:
        if last_year < first_year:
            first_year, last_year = last_year, first_year
        self._overrides = dict(overrides or {})
        #: years whose official notice the administrator imported as overrides
        self._confirmed = frozenset(confirmed_years)
        self._build(first_year, last_year)

    @classmethod
    def covering(
        cls,
        first: date,
        last: date,
        overrides: Mapping[date, bool] | None = None,
        confirmed_years: Iterable[int] = (),
    ) -> WorkingCalendar:
        """A calendar indexing every year from ``first`` to a year past ``last``."""
        return cls(first.year, last.year + 1, overrides, confirmed_years)

    def _build(self, first_year: int, last_year: int) -> None:
        self.first_year = first_year
        self.last_year = last_year
        self._start = date(first_year, 1, 1)
        days = (date(last_year, 12, 31) - self._start).days + 1
        flags = bytearray(days)
        fallback: list[int] = []
        for year in range(first_year, last_year + 1):
            known = official_data_known(year)
            rest: Mapping[date, str] = {}
            if not known and year not in self._confirmed:
                fallback.append(year)
                rest = statutory_holidays(year)
            day = date(year, 1, 1)
            offset = (day - self._start).days
            while day.year == year:
                if known:
                    flags[offset] = _official_workday(day)
                else:
                    flags[offset] = day.weekday() < 5 and day not in rest
                day += timedelta(days=1)
                offset += 1
        for day, is_workday in self._overrides.items():
            offset = (day - self._start).days
            if 0 <= offset < days:
                flags[offset] = is_workday
        # counts[i] = working days among the first i days of the span
        counts = [0] * (days + 1)
        positions: list[int] = []
        running = 0
        for offset, flag in enumerate(flags):
            if flag:
                positions.append(offset)
                running += 1
            counts[offset + 1] = running
        self._flags = flags
        self._counts = counts
        self._positions = positions
        self.fallback_years: tuple[int, ...] = tuple(fallback)

    def _offset(self, day: date) -> int:
        """The day's index in the span, widening the span first when needed."""
        offset = (day - self._start).days
        if offset < 0:
            self._build(day.year, self.last_year)
        elif offset >= len(self._flags):
            if day.year - self.last_year > _MAX_EXTENSION_YEARS:
                raise ValueError(f"{day} is too far beyond the indexed calendar")
            self._build(self.first_year, day.year)
        else:
            return offset
        return (day - self._start).days

    def is_workday(self, day: date) -> bool:
        offset = self._offset(day)  # may rebuild the arrays: read them after
        return bool(self._flags[offset])

    def is_official_data(self, day: date) -> bool:
        """False for days of a year the official calendar has no data for."""
        self._offset(day)
        return day.year not in self.fallback_years

    def workdays_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (negative if end < start)."""
        self._offset(start)
        b = self._offset(end)
        # the second call may have widened the span backwards; recompute the first
        a = (start - self._start).days
        return self._counts[b + 1] - self._counts[a + 1]

    def add_workdays(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (``start`` itself not counted)."""
        if count <= 0:
            return start
        for _ in range(_MAX_EXTENSION_YEARS + 1):
            offset = self._offset(start)
            index = self._counts[offset + 1] + count - 1
            if index < len(self._positions):
                return self._start + timedelta(days=self._positions[index])
            self._build(self.first_year, self.last_year + 1)
        raise ValueError(f"no {count} working days after {start} within the calendar")
