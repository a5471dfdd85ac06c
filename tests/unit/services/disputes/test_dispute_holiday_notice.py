"""2027 and later: statutory holidays counted provisionally until the State Council's
notice is published, then the notice pasted by the administrator and stored as overrides.

The fixtures under notices/ are the 2025 and 2026 notices as published (国办发明电〔2024〕12
号 of 12 November 2024, and the notice of 4 November 2025)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import chinese_calendar
import pytest
from sqlalchemy import select

from app.models import AuditEntry
from app.services.database import Database
from app.services.disputes import (
    day_info,
    import_holiday_notice,
    list_workday_overrides,
    read_holiday_notice,
)
from app.services.disputes.clocks import FALLBACK_NOTICE, load_clock_rules
from app.services.disputes.holiday_notice import parse_holiday_notice
from app.services.disputes.working_calendar import WorkingCalendar, official_data_known
from app.services.errors import PermissionDenied, ValidationError
from app.services.permissions import Actor

NOTICES = Path(__file__).with_name("notices")
#: the statutory holidays of 2027 that fall on a weekday
STATUTORY_2027 = [
    date(2027, 1, 1),
    date(2027, 2, 5),
    date(2027, 2, 8),
    date(2027, 4, 5),
    date(2027, 6, 9),
    date(2027, 9, 15),
    date(2027, 10, 1),
]

# Not a published notice: a made-up 2027 schedule in the published wording, to show an
# imported notice replacing the provisional count.
NOTICE_2027 = """国务院办公厅关于2027年部分节假日安排的通知
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月5日（农历除夕、周五）至13日（农历正月初八、周六）放假调休，共9天。2月20日（周六）上班。
三、清明节：4月3日（周六）至5日（周一）放假，共3天。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。
"""


def _year_days(year: int) -> list[date]:
    first = date(year, 1, 1)
    return [first + timedelta(days=n) for n in range((date(year + 1, 1, 1) - first).days)]


@pytest.mark.skipif(official_data_known(2027), reason="chinese_calendar now knows 2027")
def test_2027_statutory_holidays_are_rest_days_until_the_notice() -> None:
    calendar = WorkingCalendar(2026, 2027)
    for day in STATUTORY_2027:
        assert not calendar.is_workday(day), day
    assert calendar.fallback_years == (2027,)
    # a deadline across the Spring Festival: 除夕 (Fri), the weekend and 初三 (Mon) off
    assert calendar.add_workdays(date(2027, 2, 4), 1) == date(2027, 2, 9)
    assert calendar.is_workday(date(2027, 2, 4)) and calendar.is_workday(date(2027, 2, 9))


def test_the_warning_says_the_calendar_is_provisional() -> None:
    assert "Provisional" in FALLBACK_NOTICE and "notice" in FALLBACK_NOTICE


@pytest.mark.parametrize("year", [2025, 2026])
def test_the_published_notice_reads_as_the_official_calendar(year: int) -> None:
    notice = parse_holiday_notice((NOTICES / f"{year}.txt").read_text(encoding="utf-8"))
    assert notice.year == year
    rest, work = set(notice.rest_days), set(notice.working_days)
    for day in _year_days(year):
        counted = day not in rest and (day.weekday() < 5 or day in work)
        assert counted == chinese_calendar.is_workday(day), day


def test_the_2026_notice_day_by_day() -> None:
    notice = parse_holiday_notice((NOTICES / "2026.txt").read_text(encoding="utf-8"))
    assert notice.working_days == (
        date(2026, 1, 4),
        date(2026, 2, 14),
        date(2026, 2, 28),
        date(2026, 5, 9),
        date(2026, 9, 20),
        date(2026, 10, 10),
    )
    assert len(notice.rest_days) == 3 + 9 + 3 + 5 + 3 + 3 + 7
    spring = [d for d in notice.days if d.holiday == "春节"]
    assert next(d.day for d in spring if not d.is_workday) == date(2026, 2, 15)


def test_half_width_text_copied_from_a_web_page_reads_the_same() -> None:
    text = (NOTICES / "2025.txt").read_text(encoding="utf-8")
    half = text.translate(str.maketrans("：（），", ":(),"))
    assert parse_holiday_notice(half) == parse_holiday_notice(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "关于春节值班的通知：2月1日上班。",
        "国务院办公厅关于2027年部分节假日安排的通知\n一、春节：2月5日至2月13日放假调休，共8天。",
        "国务院办公厅关于2027年部分节假日安排的通知\n一、春节：2月35日放假。",
    ],
)
def test_text_that_is_not_a_readable_notice_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_holiday_notice(text)
    assert refused.value.field == "notice"


def test_only_an_administrator_reads_a_notice(role_actor) -> None:
    with pytest.raises(PermissionDenied):
        read_holiday_notice(role_actor("clerk"), NOTICE_2027)


def test_an_imported_notice_replaces_the_provisional_count(db: Database, roster) -> None:
    admin = Actor.system("admin")
    notice = read_holiday_notice(admin, NOTICE_2027)
    with db.session() as session:
        before = day_info(session, admin, date(2027, 2, 9))
    assert before.provisional and before.is_workday
    with db.session() as session:
        assert import_holiday_notice(session, admin, notice) == 3 + 9 + 3 + 1
    with db.session() as session:
        rules = load_clock_rules(session, date(2026, 12, 1), date(2027, 6, 1))
        after = day_info(session, admin, date(2027, 2, 9))
        saturday = day_info(session, admin, date(2027, 2, 20))
        stored = list_workday_overrides(session, admin, 2027)
        audited = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "calendar.notice_imported")
        ).all()
    assert 2027 not in rules.calendar.fallback_years
    assert not after.provisional and not after.is_workday
    assert saturday.is_workday and saturday.override is not None
    assert saturday.override.note.endswith("春节")
    assert len(stored) == 16 and len(audited) == 1
    assert rules.calendar.add_workdays(date(2027, 2, 4), 1) == date(2027, 2, 15)
