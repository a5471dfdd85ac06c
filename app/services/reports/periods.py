"""Report periods: a calendar month in China time (UTC+8), and the months it compares with."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from app.services.china_time import CHINA_TZ, now_in_china
from app.services.errors import N_, ValidationError

MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def next(self) -> Month:
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    @property
    def previous(self) -> Month:
        return Month(self.year - (self.month == 1), (self.month - 2) % 12 + 1)

    @property
    def same_month_last_year(self) -> Month:
        return Month(self.year - 1, self.month)

    @property
    def last_day(self) -> date:
        return self.next.first_day - timedelta(days=1)

    @property
    def start(self) -> datetime:
        """The month's first instant, 00:00 China time, in UTC."""
        return datetime.combine(self.first_day, datetime.min.time(), CHINA_TZ).astimezone(UTC)

    @property
    def end(self) -> datetime:
        """The next month's first instant in UTC: the window is [start, end)."""
        return self.next.start


def parse_month(text: str, today: date | None = None) -> Month:
    """``YYYY-MM`` to a ``Month``; a malformed month, or one that has not begun in China
    time, is a ``ValidationError`` on ``month``."""
    found = MONTH_PATTERN.match(text.strip())
    if found is None or not 1 <= int(found.group(2)) <= 12 or int(found.group(1)) < 1900:
        raise ValidationError(
            "month", N_("{value} is not a month: write it as YYYY-MM, e.g. 2026-03."), value=text
        )
    month = Month(int(found.group(1)), int(found.group(2)))
    today = today or now_in_china().date()
    if month.first_day > today:
        raise ValidationError(
            "month",
            N_("{value} has not begun yet; choose this month or an earlier one."),
            value=text,
        )
    return month


def month_of(day: date) -> Month:
    return Month(day.year, day.month)
