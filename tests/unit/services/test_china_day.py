"""China's day, not the machine's: from 16:00 to 24:00 UTC a machine on UTC is still on
China's yesterday, and the ledgers, their follow-ups and the disclosure log must count in
China's day all the same."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
import time_machine

from app.models import PsychPerson, reference_id, utcnow
from app.services.china_time import CHINA_TZ, local_date, now_in_china, today_in_china
from app.services.database import Database
from app.services.errors import ValidationError
from app.services.permissions import Actor, permissions_of_role
from app.services.psych import care, disclosures, ledger
from tests.helpers.psych_registry import SampleRegistry, build_sample_registry

#: the instant the clock travels to, and China's day then
INSTANTS = {
    "after China's midnight": (datetime(2026, 12, 1, 16, 30, tzinfo=UTC), date(2026, 12, 2)),
    "before China's midnight": (datetime(2026, 12, 1, 15, 59, tzinfo=UTC), date(2026, 12, 1)),
}


@pytest.fixture(params=list(INSTANTS.values()), ids=list(INSTANTS))
def china_day(request: pytest.FixtureRequest) -> Iterator[date]:
    """The clock stopped at one of the instants (stopped, so it cannot cross midnight
    while the test runs); yields China's day then."""
    moment, day = request.param
    with time_machine.travel(moment, tick=False):
        yield day


@pytest.fixture
def db(china_day: date, database: Any) -> Database:
    """The test database, made and seeded after the clock has travelled."""
    assert isinstance(database, Database)
    return database


@pytest.fixture
def sample(db: Database) -> SampleRegistry:
    with db.session("seed") as session:
        return build_sample_registry(session, Actor.system("seed"))


def _as_role(db: Database, role_code: str) -> Actor:
    with db.session() as session:
        perms = permissions_of_role(session, reference_id("role", role_code))
    return Actor(f"{role_code}_user", f"{role_code} user", role_code, perms)


def test_today_is_chinas_day_whatever_the_machines(china_day: date) -> None:
    assert today_in_china() == now_in_china().date() == china_day
    assert local_date(datetime.now(UTC)) == china_day
    assert now_in_china().utcoffset() == timedelta(hours=8)


def test_an_intake_opened_today_takes_a_follow_up_now_but_none_before_chinas_midnight(
    china_day: date, db: Database, sample: SampleRegistry
) -> None:
    staff = _as_role(db, "psych_staff")
    form = care.PersonForm(
        street_id=sample.street_id,
        name="孙丽",
        group="key",
        opened_on=today_in_china(),
        gender="F",
        no_id_reason="未带证件",
        phone="13900001111",
    )
    with db.session() as session:
        person_id = care.take_into_care(session, staff, form)
    with db.session() as session:
        care.record_follow_up(session, staff, person_id, utcnow(), "visit", "情况稳定")
    with db.session() as session:
        person = session.get(PsychPerson, person_id)
        assert person is not None
        assert person.ledger_opened_on == china_day
        assert person.next_follow_up_on == china_day + timedelta(days=30)  # the key group's
    midnight = datetime.combine(china_day, time(0, 0), CHINA_TZ)
    with db.session() as session:
        care.record_follow_up(session, staff, person_id, midnight, "phone", "凌晨来电")
    with pytest.raises(ValidationError) as caught, db.session() as session:
        care.record_follow_up(
            session, staff, person_id, midnight - timedelta(minutes=1), "visit", "x"
        )
    assert caught.value.field == "at" and "before the ledger was opened" in str(caught.value)


def test_a_ledger_view_now_is_in_the_disclosure_log_of_today(
    china_day: date, db: Database, sample: SampleRegistry
) -> None:
    with db.session() as session:
        ledger.open_ledger(session, _as_role(db, "psych_staff"), sample.persons["li"])
    supervisor = _as_role(db, "supervisor")
    day_before = china_day - timedelta(days=1)
    with db.session() as session:
        today = disclosures.access_log(session, supervisor, today_in_china(), today_in_china())
        before = disclosures.access_log(session, supervisor, day_before, day_before)
    assert [(row.role_code, row.purpose, row.action) for row in today] == [
        ("psych_staff", "follow-up care", "view")
    ]
    assert before == []
