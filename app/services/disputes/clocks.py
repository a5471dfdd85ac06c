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
from app.services.disputes.working_calendar import WorkingCalendar
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


#: Shown when a year of the span has no official holiday data.
FALLBACK_NOTICE = N_(
    "No official holiday data for {years}: those years count Monday to Friday as working"
    " days, corrected by the administrator's calendar overrides."
)


class ClockRules:
    """Deadline rules plus an indexed calendar: one clock per card in O(1)."""

    def __init__(self, deadlines: dict[tuple[str, str], int], calendar: WorkingCalendar):
        self.deadlines = deadlines
        self.calendar = calendar
        self._fallback = frozenset(calendar.fallback_years)
        #: fallback years some clock actually counted through
        self.used_fallback_years: set[int] = set()

    def working_days(self, severity: str, stage: str) -> int | None:
        return self.deadlines.get((severity, stage))

    def clock(self, severity: str, stage: str, received: date, entered: date, today: date) -> Clock:
        calendar = self.calendar
        days = self.deadlines.get((severity, stage))
        age_days = (today - received).days
        age_workdays = max(calendar.workdays_between(received, today), 0)
        if days is None:
            if self._fallback:
                self._note_fallback(received, today, today)
            return Clock(None, None, False, age_days, age_workdays)
        deadline = calendar.add_workdays(entered, days)
        if self._fallback:
            self._note_fallback(received, deadline, today)
        return Clock(
            deadline,
            calendar.workdays_between(today, deadline),
            today > deadline,
            age_days,
            age_workdays,
        )

    def _note_fallback(self, *days: date) -> None:
        first = min(days).year
        last = max(days).year
        self.used_fallback_years.update(year for year in self._fallback if first <= year <= last)


def load_overrides(session: Session) -> dict[date, bool]:
    rows = session.execute(
        select(WorkdayOverride.day, WorkdayOverride.is_workday).where(
            WorkdayOverride.deleted_at.is_(None)
        )
    )
    return dict(rows.all())


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
    calendar = WorkingCalendar.covering(first, last, load_overrides(session))
    return ClockRules(load_deadlines(session), calendar)
