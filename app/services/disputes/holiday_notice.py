"""Reading the State Council's yearly holiday notice (国务院办公厅关于20XX年部分节假日安排的
通知) as published: the days off and the make-up working days (调休上班) of each holiday.

The notice lists each holiday in a numbered clause::

    二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。
    1月26日（周日）、2月8日（周六）上班。

A range may leave out the month of its end (4月4日至6日), a date may carry its year
(2022年12月31日), and the text may come with full- or half-width punctuation, as it does
when copied from different web pages. Everything in brackets (weekdays, lunar dates) is
ignored; a clause's "共N天" is checked against the range it gives.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from app.services.errors import N_, ValidationError

__all__ = ["HolidayNotice", "NoticeDay", "parse_holiday_notice"]

_FIELD = "notice"
_YEAR = re.compile(r"关于\s*(\d{4})\s*年\s*部分节假日安排|现将\s*(\d{4})\s*年")
_CLAUSE = re.compile(r"[一二三四五六七八九十]{1,3}、\s*([\u4e00-\u9fff、]{2,16})\s*:")
_END = re.compile(r"节假日期间|鼓励单位|国务院办公厅\s*\d{4}\s*年")
_BRACKETS = re.compile(r"\([^)]*\)")
_DATE = re.compile(r"(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日")
_TOTAL = re.compile(r"共\s*(\d{1,2})\s*天")
#: no holiday of the notice runs longer than this (the Spring Festival: 8 or 9 days)
_LONGEST = 12


@dataclass(frozen=True, slots=True)
class NoticeDay:
    day: date
    is_workday: bool
    #: the clause's holiday as the notice names it (元旦, 春节, 国庆节、中秋节...)
    holiday: str


@dataclass(frozen=True, slots=True)
class HolidayNotice:
    year: int
    days: tuple[NoticeDay, ...]

    @property
    def rest_days(self) -> tuple[date, ...]:
        return tuple(d.day for d in self.days if not d.is_workday)

    @property
    def working_days(self) -> tuple[date, ...]:
        return tuple(d.day for d in self.days if d.is_workday)


def _refuse(message: str, **params: object) -> ValidationError:
    return ValidationError(_FIELD, message, **params)


def parse_holiday_notice(text: str) -> HolidayNotice:
    """The notice's days, in date order; raises ``ValidationError("notice", ...)`` for
    text that is not such a notice or that this reading cannot follow."""
    flat = unicodedata.normalize("NFKC", text or "")
    year_match = _YEAR.search(flat)
    if year_match is None:
        raise _refuse(
            N_(
                "This is not the State Council's holiday notice: its title"
                " 国务院办公厅关于20XX年部分节假日安排的通知 or the sentence 现将20XX年… is"
                " missing."
            )
        )
    year = int(year_match[1] or year_match[2])
    end = _END.search(flat, year_match.end())
    body = _BRACKETS.sub("", flat[: end.start() if end else len(flat)])
    clauses = list(_CLAUSE.finditer(body))
    if not clauses:
        raise _refuse(N_("The notice lists no holidays (一、元旦：…) that could be read."))
    found: dict[date, NoticeDay] = {}
    for index, clause in enumerate(clauses):
        stop = clauses[index + 1].start() if index + 1 < len(clauses) else len(body)
        holiday = clause[1]
        for day in _clause_days(body[clause.end() : stop], holiday, year):
            earlier = found.get(day.day)
            if earlier is not None and earlier.is_workday != day.is_workday:
                raise _refuse(
                    N_("The notice gives {day} both as a day off and as a working day."),
                    day=day.day.isoformat(),
                )
            found[day.day] = day
    return HolidayNotice(year, tuple(found[day] for day in sorted(found)))


def _clause_days(text: str, holiday: str, year: int) -> list[NoticeDay]:
    days: list[NoticeDay] = []
    rest_found = False
    month = 0
    for sentence in re.split(r"[。;\n]", text):
        if "放假" in sentence:
            before = sentence.split("放假", 1)[0]
            dates, month = _dates(before, year, month, holiday)
            if not dates:
                raise _unreadable(holiday)
            if "至" in before and len(dates) == 2:
                first, last = dates
                if not 0 <= (last - first).days < _LONGEST:
                    raise _unreadable(holiday)
                span = [first + timedelta(days=n) for n in range((last - first).days + 1)]
            elif len(dates) == 1 or "至" not in before:
                span = dates
            else:
                raise _unreadable(holiday)
            total = _TOTAL.search(sentence)
            if total is not None and int(total[1]) != len(span):
                raise _refuse(
                    N_("The notice says {holiday} lasts {total} days but gives {count}."),
                    holiday=holiday,
                    total=int(total[1]),
                    count=len(span),
                )
            days += [NoticeDay(day, False, holiday) for day in span]
            rest_found = True
        elif "上班" in sentence:
            dates, month = _dates(sentence, year, month, holiday)
            if not dates:
                raise _unreadable(holiday)
            days += [NoticeDay(day, True, holiday) for day in dates]
    if not rest_found:
        raise _unreadable(holiday)
    return days


def _dates(text: str, year: int, month: int, holiday: str) -> tuple[list[date], int]:
    """The dates of a piece of a clause; a date without a month takes the month before."""
    out: list[date] = []
    for match in _DATE.finditer(text):
        year = int(match[1]) if match[1] else year
        month = int(match[2]) if match[2] else month
        try:
            out.append(date(year, month, int(match[3])))
        except ValueError as exc:
            raise _unreadable(holiday) from exc
    return out, month


def _unreadable(holiday: str) -> ValidationError:
    return _refuse(
        N_("The dates of {holiday} in the notice could not be read; check the pasted text."),
        holiday=holiday,
    )
