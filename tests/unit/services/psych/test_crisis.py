"""The crisis clock (round the clock, or in working hours across a weekend), its
checklist, and a crisis that cannot close unassessed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from app.models import CrisisRecord
from app.services.china_time import CHINA_TZ
from app.services.database import Database
from app.services.disputes.working_calendar import WorkingCalendar
from app.services.errors import DomainError, ValidationError
from app.services.permissions import Actor
from app.services.psych import crisis, registry, rules
from app.services.psych.rules import CrisisRules, outside_office_hours, respond_by
from tests.helpers.psych_registry import SampleRegistry

CALENDAR = WorkingCalendar(2026, 2027)


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in December 2026 (the 2nd is a Wednesday, the 4th a Friday)."""
    return datetime(2026, 12, day, hour, minute, tzinfo=CHINA_TZ)


def test_round_the_clock_a_crisis_raised_in_working_hours_is_due_a_day_later() -> None:
    due = respond_by(_at(2, 10), CrisisRules(24, "clock"), CALENDAR)
    assert due == _at(3, 10)
    assert not outside_office_hours(due, CALENDAR)


def test_round_the_clock_a_friday_crisis_is_due_on_saturday_and_flagged_for_on_call() -> None:
    due = respond_by(_at(4, 16), CrisisRules(24, "clock"), CALENDAR)
    assert due == _at(5, 16)
    assert outside_office_hours(due, CALENDAR)


def test_in_working_hours_a_wednesday_crisis_runs_to_friday() -> None:
    # Wednesday 10:00-18:00 is 8 hours, Thursday 9, Friday 7 more
    assert respond_by(_at(2, 10), CrisisRules(24, "working"), CALENDAR) == _at(4, 16)


def test_in_working_hours_the_clock_stops_over_the_weekend() -> None:
    # Friday 16:00-18:00, then Monday and Tuesday (9 each), then 4 hours on Wednesday
    assert respond_by(_at(4, 16), CrisisRules(24, "working"), CALENDAR) == _at(9, 13)


def test_in_working_hours_a_crisis_raised_on_sunday_starts_on_monday_morning() -> None:
    assert respond_by(_at(6, 22), CrisisRules(4, "working"), CALENDAR) == _at(7, 13)


def test_the_deadline_follows_the_administrators_rules(
    db: Database, registry_with: SampleRegistry, as_role: Callable[[str], Actor]
) -> None:
    staff = as_role("psych_staff")
    with db.session() as session:
        rules.set_crisis_rules(session, as_role("admin"), 8, "working")
    with db.session() as session:
        clock = crisis.raise_crisis(
            session, staff, registry_with.persons["li"], "自伤风险", _at(4, 16)
        )
    assert clock.respond_by == _at(7, 15)


def test_bad_rules_are_refused_naming_the_field(
    as_role: Callable[[str], Actor], db: Database
) -> None:
    with db.session() as session, pytest.raises(ValidationError) as caught:
        rules.set_crisis_rules(session, as_role("admin"), 0, "clock")
    assert caught.value.field == "hours"


def test_a_crisis_closes_only_once_assessed_and_stays_on_top_until_then(
    db: Database, registry_with: SampleRegistry, as_role: Callable[[str], Actor]
) -> None:
    staff = as_role("psych_staff")
    person = registry_with.persons["wang"]
    with db.session() as session:
        clock = crisis.raise_crisis(session, staff, person, "情绪极不稳定")
    with db.session() as session:
        rows = registry.list_persons(session, staff)
        assert rows[0].id == person and rows[0].open_crisis and rows[0].group == "high_risk"
        crisis.check_item(session, staff, clock.crisis_id, "hotline", "热线已联系")
    with pytest.raises(DomainError, match="assessment"), db.session() as session:
        crisis.close_crisis(session, staff, clock.crisis_id)
    with pytest.raises(ValidationError) as caught, db.session() as session:
        crisis.check_item(session, staff, clock.crisis_id, "assessment", "", risk_level="high")
    assert caught.value.field == "note"
    with db.session() as session:
        crisis.check_item(
            session, staff, clock.crisis_id, "assessment", "风险较高", risk_level="high"
        )
        crisis.close_crisis(session, staff, clock.crisis_id, "已稳定")
    with db.session() as session:
        assert session.query(CrisisRecord).filter_by(person_id=person).count() == 1
        rows = registry.list_persons(session, staff)
        assert not any(row.open_crisis for row in rows)


def test_the_emergency_referral_refuses_a_closed_hospital(
    db: Database, registry_with: SampleRegistry, as_role: Callable[[str], Actor]
) -> None:
    staff = as_role("psych_staff")
    with db.session() as session:
        clock = crisis.raise_crisis(session, staff, registry_with.persons["zhang"], "有轻生念头")
    with pytest.raises(ValidationError) as caught, db.session() as session:
        crisis.check_item(
            session,
            staff,
            clock.crisis_id,
            "referral",
            "紧急送医",
            hospital_id=registry_with.institutions["closed_hospital"],
        )
    assert caught.value.field == "to_institution_id"
    assert "closed" in str(caught.value)
