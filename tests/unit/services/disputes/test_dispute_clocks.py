"""Card clocks on government time: deadlines across the 2026 Spring Festival, overrides,
years without official data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from app.models import DeadlineRule, reference_id
from app.services.china_time import CHINA_TZ
from app.services.database import Database
from app.services.disputes import (
    BoardCard,
    day_info,
    list_workday_overrides,
    remove_workday_override,
    set_workday_override,
)
from app.services.disputes.working_calendar import official_data_known
from app.services.errors import NotFound, PermissionDenied
from app.services.permissions import Actor
from tests.helpers.board_oracle import load_board
from tests.helpers.disputes import Roster, receive


def china(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=CHINA_TZ).astimezone(UTC)


def set_deadline(session: Session, severity: str, stage: str, days: int) -> None:
    rule = session.get(DeadlineRule, reference_id("dispute_deadline_rule", f"{severity}:{stage}"))
    assert rule is not None
    rule.working_days = days


def card_at(db: Database, actor: Actor, now: datetime) -> BoardCard:
    with db.session() as session:
        board = load_board(session, actor, now=now)
    (card,) = board.column("received").cards
    return card


def test_deadline_counts_the_substituted_saturday_and_skips_the_holiday(
    db: Database, actor: Actor, roster: Roster
) -> None:
    friday = date(2026, 2, 13)
    with db.session() as session:
        set_deadline(session, "minor", "received", 2)
        receive(
            session, actor, roster, severity="minor", received_at=china(friday), now=china(friday)
        )
    on_the_day = card_at(db, actor, china(date(2026, 2, 24), 9))
    assert on_the_day.deadline == date(2026, 2, 24)
    assert on_the_day.workdays_left == 0
    assert not on_the_day.overdue
    during_holiday = card_at(db, actor, china(date(2026, 2, 18)))
    assert during_holiday.workdays_left == 1
    next_day = card_at(db, actor, china(date(2026, 2, 25)))
    assert next_day.overdue
    assert next_day.workdays_left == -1
    assert next_day.age_days == 12
    # working days since receipt: 14 (substituted Saturday), 24 and 25 February
    assert next_day.age_workdays == 3


def test_holiday_at_both_ends(db: Database, actor: Actor, roster: Roster) -> None:
    # Received during the festival; the deadline lands after it, not on a holiday.
    received = date(2026, 2, 16)
    with db.session() as session:
        set_deadline(session, "general", "received", 4)
        receive(session, actor, roster, received_at=china(received), now=china(received))
    card = card_at(db, actor, china(date(2026, 2, 20)))
    # 24, 25, 26, 27 February
    assert card.deadline == date(2026, 2, 27)
    assert card.workdays_left == 4
    assert card.age_workdays == 0


def test_administrator_override_moves_the_deadline_and_can_be_removed(
    db: Database, roster: Roster, role_actor: Callable[[str], Actor]
) -> None:
    admin, clerk = role_actor("admin"), role_actor("clerk")
    friday = date(2026, 2, 13)
    with db.session() as session:
        set_deadline(session, "minor", "received", 2)
        receive(
            session, clerk, roster, severity="minor", received_at=china(friday), now=china(friday)
        )
    with db.session() as session:
        with pytest.raises(PermissionDenied):
            set_workday_override(session, clerk, date(2026, 2, 24), False, "台风停工")
        view = set_workday_override(session, admin, date(2026, 2, 24), False, "台风停工")
    assert (view.day, view.is_workday, view.note) == (date(2026, 2, 24), False, "台风停工")
    moved = card_at(db, clerk, china(date(2026, 2, 24)))
    assert moved.deadline == date(2026, 2, 25)
    with db.session() as session:
        info = day_info(session, clerk, date(2026, 2, 24))
        assert info.official_is_workday is True and info.is_workday is False
        assert [o.day for o in list_workday_overrides(session, clerk, 2026)] == [date(2026, 2, 24)]
        remove_workday_override(session, admin, date(2026, 2, 24))
        with pytest.raises(NotFound):
            remove_workday_override(session, admin, date(2026, 2, 24))
        assert list_workday_overrides(session, clerk) == ()
        # setting it again revives the same row rather than adding a second one
        set_workday_override(session, admin, date(2026, 2, 24), True, "")
        assert len(list_workday_overrides(session, clerk)) == 1
    back = card_at(db, clerk, china(date(2026, 2, 24)))
    assert back.deadline == date(2026, 2, 24)


def test_day_info_names_the_festival_on_its_substituted_workday(db: Database, actor: Actor) -> None:
    with db.session() as session:
        saturday = day_info(session, actor, date(2026, 2, 14))
        holiday = day_info(session, actor, date(2026, 2, 16))
    assert saturday.is_workday and saturday.holiday_name == "Spring Festival"
    assert not holiday.is_workday and holiday.official_is_workday is False


def test_year_without_official_data_falls_back_and_the_board_says_so(
    db: Database, actor: Actor, roster: Roster
) -> None:
    year = 2026
    while official_data_known(year):
        year += 1
    monday = date(year, 3, 1)
    while monday.weekday() != 0:
        monday += timedelta(days=1)
    with db.session() as session:
        set_deadline(session, "minor", "received", 2)
        receive(
            session, actor, roster, severity="minor", received_at=china(monday), now=china(monday)
        )
        set_workday_override(session, actor, monday + timedelta(days=1), False, "区里通知放假")
        board = load_board(session, actor, now=china(monday))
    (card,) = board.column("received").cards
    assert board.calendar_fallback_years == (year,)
    # Tuesday is an administrator's rest day: Wednesday and Thursday count.
    assert card.deadline == monday + timedelta(days=3)
    with db.session() as session:
        info = day_info(session, actor, monday)
    assert info.official_is_workday is None and info.is_workday


def test_board_in_a_known_year_reports_no_fallback(
    db: Database, actor: Actor, roster: Roster
) -> None:
    with db.session() as session:
        receive(
            session, actor, roster, received_at=china(date(2026, 3, 2)), now=china(date(2026, 3, 2))
        )
        board = load_board(session, actor, now=china(date(2026, 3, 3)))
    assert board.calendar_fallback_years == ()
