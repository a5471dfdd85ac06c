"""The administrator's corrections to the working calendar, and how any day counts.

An override (a day made a working day or a rest day, with a note) wins over the official
calendar; removing it leaves a tombstone, so the change syncs like any other. The State
Council's yearly holiday notice, pasted as published, becomes one override a day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import chinese_calendar
from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from app.models import WorkdayOverride, reference_id, utcnow
from app.services import audit
from app.services.disputes import checks
from app.services.disputes.clocks import notice_years
from app.services.disputes.holiday_notice import HolidayNotice, parse_holiday_notice
from app.services.disputes.working_calendar import (
    NOTICE_NOTE_PREFIX,
    official_data_known,
    statutory_holidays,
)
from app.services.errors import N_, NotFound
from app.services.permissions import Actor, Permission, require

NOTE_LIMIT = 200


@dataclass(frozen=True, slots=True)
class WorkdayOverrideView:
    day: date
    is_workday: bool
    note: str
    updated_by: str
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class DayInfo:
    """How a day counts, and why."""

    day: date
    is_workday: bool
    #: the official calendar's answer; None for a year it has no data for
    official_is_workday: bool | None
    #: the official holiday name (e.g. "Spring Festival"), also on its 调休 working days
    holiday_name: str
    override: WorkdayOverrideView | None
    #: a year without an official schedule: counted provisionally, the statutory
    #: holidays (``holiday_name``) as rest days
    provisional: bool = False


def _view(row: WorkdayOverride) -> WorkdayOverrideView:
    return WorkdayOverrideView(row.day, row.is_workday, row.note, row.updated_by, row.updated_at)


def set_workday_override(
    session: Session, actor: Actor, day: date, is_workday: bool, note: str = ""
) -> WorkdayOverrideView:
    """Make ``day`` a working day or a rest day whatever the official calendar says."""
    require(actor, Permission.REFERENCE_EDIT)
    text = checks.clean_text("note", note, NOTE_LIMIT)
    row_id = reference_id("workday_override", day.isoformat())
    row = session.get(WorkdayOverride, row_id)
    if row is None:
        row = session.scalar(select(WorkdayOverride).where(WorkdayOverride.day == day))
    if row is None:
        row = WorkdayOverride(id=row_id, day=day, is_workday=is_workday, note=text)
        session.add(row)
    else:
        row.is_workday = is_workday
        row.note = text
        row.deleted_at = None
    session.flush()
    audit.record(
        session,
        actor.username,
        "calendar.override_set",
        "workday_override",
        row.id,
        day=day.isoformat(),
        is_workday=is_workday,
    )
    return _view(row)


def remove_workday_override(session: Session, actor: Actor, day: date) -> None:
    """Let the official calendar decide ``day`` again."""
    require(actor, Permission.REFERENCE_EDIT)
    row = session.scalar(
        select(WorkdayOverride).where(
            WorkdayOverride.day == day, WorkdayOverride.deleted_at.is_(None)
        )
    )
    if row is None:
        raise NotFound(N_("There is no calendar override on {day}."), day=day.isoformat())
    row.deleted_at = utcnow()
    session.flush()
    audit.record(
        session,
        actor.username,
        "calendar.override_removed",
        "workday_override",
        row.id,
        day=day.isoformat(),
    )


def list_workday_overrides(
    session: Session, actor: Actor, year: int | None = None
) -> tuple[WorkdayOverrideView, ...]:
    require(actor, Permission.DISPUTE_VIEW)
    query = select(WorkdayOverride).where(WorkdayOverride.deleted_at.is_(None))
    if year is not None:
        query = query.where(extract("year", WorkdayOverride.day) == year)
    return tuple(_view(row) for row in session.scalars(query.order_by(WorkdayOverride.day)))


def day_info(session: Session, actor: Actor, day: date) -> DayInfo:
    """Whether ``day`` is a working day, what the official calendar says, and any override."""
    require(actor, Permission.DISPUTE_VIEW)
    official: bool | None = None
    holiday_name = ""
    provisional = False
    if official_data_known(day.year):
        official = bool(chinese_calendar.is_workday(day))
        _on_holiday, name = chinese_calendar.get_holiday_detail(day)
        holiday_name = name or ""
    elif day.year not in notice_years(session):
        provisional = True
        holiday_name = statutory_holidays(day.year).get(day, "")
    row = session.scalar(
        select(WorkdayOverride).where(
            WorkdayOverride.day == day, WorkdayOverride.deleted_at.is_(None)
        )
    )
    if row is not None:
        is_workday = row.is_workday
    elif official is not None:
        is_workday = official
    else:
        is_workday = day.weekday() < 5 and not holiday_name
    return DayInfo(
        day, is_workday, official, holiday_name, _view(row) if row else None, provisional
    )


def read_holiday_notice(actor: Actor, text: str) -> HolidayNotice:
    """The days of a pasted State Council holiday notice, for the administrator to check
    before ``import_holiday_notice`` stores them."""
    require(actor, Permission.REFERENCE_EDIT)
    return parse_holiday_notice(text)


def import_holiday_notice(session: Session, actor: Actor, notice: HolidayNotice) -> int:
    """Store every day of the notice as an override (its days off as rest days, its
    make-up days as working days); the year's schedule is then official. Returns the
    number of days stored."""
    require(actor, Permission.REFERENCE_EDIT)
    for day in notice.days:
        set_workday_override(
            session, actor, day.day, day.is_workday, NOTICE_NOTE_PREFIX + day.holiday
        )
    audit.record(
        session,
        actor.username,
        "calendar.notice_imported",
        "workday_override",
        str(notice.year),
        year=notice.year,
        rest_days=len(notice.rest_days),
        working_days=len(notice.working_days),
    )
    return len(notice.days)
