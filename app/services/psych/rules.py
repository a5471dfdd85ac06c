"""The registry's settings: follow-up cadence per group (reference data, edited and
versioned in Administration → Reference data) and the crisis response clock.

The crisis clock runs round the clock by default (a crisis does not wait for Monday);
an administrator may set it to count working hours of working days instead, on the
same working calendar as the dispute clocks. Either way the deadline says whether it
falls outside office hours, so the on-call duty knows it is theirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import PsychGroup, PsychRule
from app.services.china_time import CHINA_TZ
from app.services.disputes.clocks import load_overrides
from app.services.disputes.working_calendar import WorkingCalendar
from app.services.errors import N_, ValidationError
from app.services.permissions import Actor, Permission, require

DEFAULT_RESPONSE_HOURS = 24
MAX_RESPONSE_HOURS = 168
#: office hours on working days, China time
WORK_START = time(9, 0)
WORK_END = time(18, 0)
CLOCK_MODES = ("clock", "working")


@dataclass(frozen=True)
class CrisisRules:
    hours: int
    #: clock | working
    mode: str


def _rules(session: Session) -> dict[str, str]:
    rows = session.execute(
        select(PsychRule.code, PsychRule.value).where(PsychRule.deleted_at.is_(None))
    )
    return {code: value for code, value in rows}


def follow_up_cadence(session: Session) -> dict[str, int]:
    """Days between follow-ups per group code: the one place the cadence is read."""
    rows = session.execute(
        select(PsychGroup.code, PsychGroup.followup_days).where(PsychGroup.deleted_at.is_(None))
    )
    return {code: days for code, days in rows}


def crisis_rules(session: Session) -> CrisisRules:
    rules = _rules(session)
    hours = rules.get("crisis_response_hours", "")
    mode = rules.get("crisis_clock", "clock")
    return CrisisRules(
        int(hours) if hours.isdigit() else DEFAULT_RESPONSE_HOURS,
        mode if mode in CLOCK_MODES else "clock",
    )


def _set(session: Session, code: str, value: str) -> None:
    row = session.scalar(select(PsychRule).where(PsychRule.code == code))
    if row is None:
        session.add(PsychRule(code=code, value=value))
    elif row.value != value:
        row.value = value


def set_crisis_rules(session: Session, actor: Actor, hours: object, mode: object) -> CrisisRules:
    """An administrator sets the response deadline (hours) and how its clock counts."""
    require(actor, Permission.SETTINGS_EDIT)
    if not isinstance(hours, int) or not 1 <= hours <= MAX_RESPONSE_HOURS:
        raise ValidationError(
            "hours",
            N_("Enter a whole number of hours from 1 to {limit}."),
            limit=MAX_RESPONSE_HOURS,
        )
    if mode not in CLOCK_MODES:
        raise ValidationError("mode", N_("Choose how the crisis clock counts."))
    _set(session, "crisis_response_hours", str(hours))
    _set(session, "crisis_clock", str(mode))
    return CrisisRules(hours, str(mode))


def calendar_for(session: Session, around: date) -> WorkingCalendar:
    overrides, confirmed_years = load_overrides(session)
    return WorkingCalendar.covering(
        around - timedelta(days=366), around, overrides, confirmed_years
    )


def respond_by(raised_at: datetime, rules: CrisisRules, calendar: WorkingCalendar) -> datetime:
    """When the response is due: ``hours`` later, counted round the clock or in office
    hours of working days only."""
    if rules.mode == "clock":
        return raised_at + timedelta(hours=rules.hours)
    left = timedelta(hours=rules.hours)
    moment = raised_at.astimezone(CHINA_TZ)
    while True:
        day = moment.date()
        start = datetime.combine(day, WORK_START, CHINA_TZ)
        end = datetime.combine(day, WORK_END, CHINA_TZ)
        if calendar.is_workday(day) and moment < end:
            moment = max(moment, start)
            if moment + left <= end:
                return (moment + left).astimezone(raised_at.tzinfo)
            left -= end - moment
        moment = datetime.combine(day + timedelta(days=1), WORK_START, CHINA_TZ)


def outside_office_hours(moment: datetime, calendar: WorkingCalendar) -> bool:
    """True on a rest day or holiday, or before or after office hours."""
    local = moment.astimezone(CHINA_TZ)
    if not calendar.is_workday(local.date()):
        return True
    return not WORK_START <= local.time() < WORK_END
