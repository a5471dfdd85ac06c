"""The working calendar around the 2026 Spring Festival, overrides and unknown years."""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar
import pytest

from app.services.disputes.working_calendar import WorkingCalendar, official_data_known

# The State Council's 2026 notice: Spring Festival off 15–23 February, with Saturday
# 14 February and Saturday 28 February worked in exchange (调休).
SPRING_FESTIVAL_OFF = [date(2026, 2, 15) + timedelta(days=i) for i in range(9)]
SUBSTITUTED_WORKDAYS = [date(2026, 2, 14), date(2026, 2, 28)]


def _first_unknown_year() -> int:
    year = 2026
    while official_data_known(year):
        year += 1
    return year


def test_chinese_calendar_lists_the_2026_spring_festival() -> None:
    for day in SPRING_FESTIVAL_OFF:
        assert day in chinese_calendar.holidays
    for day in SUBSTITUTED_WORKDAYS:
        assert day in chinese_calendar.workdays
        assert day.weekday() == 5


def test_index_agrees_with_chinese_calendar_for_all_of_2026() -> None:
    calendar = WorkingCalendar(2026, 2026)
    day = date(2026, 1, 1)
    while day.year == 2026:
        assert calendar.is_workday(day) == chinese_calendar.is_workday(day), day
        day += timedelta(days=1)
    assert calendar.fallback_years == ()


def test_substituted_saturday_counts_and_the_holiday_does_not() -> None:
    calendar = WorkingCalendar(2026, 2026)
    friday = date(2026, 2, 13)
    assert calendar.add_workdays(friday, 1) == date(2026, 2, 14)
    assert calendar.add_workdays(friday, 2) == date(2026, 2, 24)
    assert calendar.workdays_between(friday, date(2026, 2, 24)) == 2
    assert calendar.workdays_between(date(2026, 2, 24), friday) == -2


def test_holidays_on_both_ends_of_a_deadline() -> None:
    calendar = WorkingCalendar(2026, 2026)
    # Entered during the holiday; a one-day deadline lands on the first day back.
    assert calendar.add_workdays(date(2026, 2, 17), 1) == date(2026, 2, 24)
    # Counting from a rest day to a rest day: only the working days between count.
    assert calendar.workdays_between(date(2026, 2, 22), date(2026, 3, 1)) == 5
    # Five working days from the Friday before the break: 14, 24, 25, 26, 27 February.
    assert calendar.add_workdays(date(2026, 2, 13), 5) == date(2026, 2, 27)
    # ...and the sixth is the substituted Saturday 28 February, not Monday 2 March.
    assert calendar.add_workdays(date(2026, 2, 13), 6) == date(2026, 2, 28)


def test_overrides_win_over_the_official_calendar() -> None:
    calendar = WorkingCalendar(2026, 2026, {date(2026, 2, 24): False, date(2026, 2, 22): True})
    assert not calendar.is_workday(date(2026, 2, 24))
    assert calendar.is_workday(date(2026, 2, 22))
    assert calendar.add_workdays(date(2026, 2, 20), 1) == date(2026, 2, 22)
    assert calendar.add_workdays(date(2026, 2, 22), 1) == date(2026, 2, 25)


def test_unknown_year_falls_back_to_weekends_and_says_so() -> None:
    year = _first_unknown_year()
    with pytest.raises(NotImplementedError):
        chinese_calendar.is_workday(date(year, 3, 2))
    overrides = {date(year, 1, 1): False}
    calendar = WorkingCalendar(year - 1, year, overrides)
    assert year in calendar.fallback_years
    assert year - 1 not in calendar.fallback_years
    jan1 = date(year, 1, 1)
    assert not calendar.is_workday(jan1)
    for offset in range(1, 14):
        day = jan1 + timedelta(days=offset)
        assert calendar.is_workday(day) == (day.weekday() < 5)
        assert not calendar.is_official_data(day)


def test_index_widens_for_dates_outside_its_span() -> None:
    calendar = WorkingCalendar(2026, 2026)
    assert calendar.is_workday(date(2025, 10, 8)) == chinese_calendar.is_workday(date(2025, 10, 8))
    assert calendar.first_year == 2025
    far = calendar.add_workdays(date(2026, 12, 30), 10)
    assert far.year == 2027
    assert calendar.last_year >= 2027
