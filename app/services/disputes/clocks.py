"""Case clocks: age, the deadline of the current stage, and whether it has passed.

Deadlines are working days per severity and stage (``dispute_deadline_rule``), counted
from the day after the case entered its stage, on the working calendar with the
administrator's overrides. A case is overdue once the deadline day has ended.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import DeadlineRule, DisputeStage, Severity, WorkdayOverride
from app.services.disputes.working_calendar import NOTICE_NOTE_PREFIX, WorkingCalendar
from app.services.errors import N_


@dataclass(frozen=True, slots=True)
class Clock:
    #: the last working day of the current stage, None when the stage has no deadline
    deadline: date | None
    #: working days from today to the deadline; negative once it has passed
    workdays_left: int | None
    overdue: bool
    #: calendar days and working days since the case was received
    age_days: int
    age_workdays: int


#: Shown when a year of the span has no official holiday schedule.
FALLBACK_NOTICE = N_(
    "Provisional calendar for {years}: the official holiday schedule is not known yet, so"
    " deadlines count Monday to Friday less the statutory holidays, without the make-up"
    " working days. An administrator imports the State Council's notice under Working"
    " calendar once it is published."
)


class ClockRules:
    """Deadline rules plus an indexed calendar: one clock per card in O(1).

    Cards share receipt days and (severity, stage, entry day) triples, so the age and the
    deadline are each memoised: a board of thousands of cards does a few hundred lookups.
    """

    def __init__(self, deadlines: dict[tuple[str, str], int], calendar: WorkingCalendar):
        self.deadlines = deadlines
        self.calendar = calendar
        self._fallback = frozenset(calendar.fallback_years)
        #: fallback years some clock actually counted through
        self.used_fallback_years: set[int] = set()
        self._ages: dict[tuple[date, date], tuple[int, int]] = {}
        self._due: dict[tuple[str, str, date, date], tuple[date | None, int | None, bool]] = {}

    def working_days(self, severity: str, stage: str) -> int | None:
        return self.deadlines.get((severity, stage))

    def clock(self, severity: str, stage: str, received: date, entered: date, today: date) -> Clock:
        age = self._ages.get((received, today))
        if age is None:
            age = (
                (today - received).days,
                max(self.calendar.workdays_between(received, today), 0),
            )
            self._ages[(received, today)] = age
            if self._fallback:
                self._note_fallback(received, today, today)
        key = (severity, stage, entered, today)
        due = self._due.get(key)
        if due is None:
            due = self._due[key] = self._deadline(severity, stage, entered, today)
        return Clock(due[0], due[1], due[2], age[0], age[1])

    def _deadline(
        self, severity: str, stage: str, entered: date, today: date
    ) -> tuple[date | None, int | None, bool]:
        days = self.deadlines.get((severity, stage))
        if days is None:
            return (None, None, False)
        deadline = self.calendar.add_workdays(entered, days)
        if self._fallback:
            self._note_fallback(entered, deadline, today)
        return (deadline, self.calendar.workdays_between(today, deadline), today > deadline)

    def _note_fallback(self, first: date, last: date, today: date) -> None:
        low = min(first.year, today.year)
        high = max(last.year, today.year)
        if low in self._fallback or high in self._fallback:
            self.used_fallback_years.update(year for year in self._fallback if low <= year <= high)


def load_overrides(session: Session) -> tuple[dict[date, bool], set[int]]:
    """The administrator's overrides, and the years whose official holiday notice was
    imported as overrides (one query)."""
    overrides: dict[date, bool] = {}
    years: set[int] = set()
    for day, is_workday, note in session.execute(
        select(WorkdayOverride.day, WorkdayOverride.is_workday, WorkdayOverride.note).where(
            WorkdayOverride.deleted_at.is_(None)
        )
    ):
        overrides[day] = is_workday
        if note.startswith(NOTICE_NOTE_PREFIX):
            years.add(day.year)
    return overrides, years


def notice_years(session: Session) -> set[int]:
    """Years whose official holiday notice the administrator imported as overrides."""
    days = session.scalars(
        select(WorkdayOverride.day).where(
            WorkdayOverride.deleted_at.is_(None),
            WorkdayOverride.note.startswith(NOTICE_NOTE_PREFIX, autoescape=True),
        )
    )
    return {day.year for day in days}


def load_deadlines(session: Session) -> dict[tuple[str, str], int]:
    rows = session.execute(
        select(Severity.code, DisputeStage.code, DeadlineRule.working_days)
        .join(Severity, Severity.id == DeadlineRule.severity_id)
        .join(DisputeStage, DisputeStage.id == DeadlineRule.stage_id)
        .where(DeadlineRule.deleted_at.is_(None))
    )
    return {(severity, stage): days for severity, stage, days in rows}


def load_clock_rules(session: Session, first: date, last: date) -> ClockRules:
    """Rules and a calendar indexed from ``first``'s year to the year after ``last``."""
    overrides, confirmed = load_overrides(session)
    calendar = WorkingCalendar.covering(first, last, overrides, confirmed)
    return ClockRules(load_deadlines(session), calendar)
