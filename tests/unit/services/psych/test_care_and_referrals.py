"""Follow-up cadence by group, the overdue list, bad input on intake and follow-ups,
referral steps and the minimum a referral sends."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from app.models import PsychAccess, PsychPerson, ReferralStep, utcnow
from app.services.china_time import today_in_china
from app.services.database import Database
from app.services.errors import DomainError, ValidationError
from app.services.permissions import Actor
from app.services.psych import care, ledger, referrals, registry
from app.services.psych.rules import follow_up_cadence
from app.services.reference_admin.editing import list_reference_rows, save_reference_row
from tests.helpers.psych_registry import SampleRegistry


def test_the_cadence_is_the_groups_reference_data_as_an_administrator_edits_it(
    db: Database,
) -> None:
    with db.session() as session:
        assert follow_up_cadence(session) == {
            "high_risk": 7,
            "special": 30,
            "key": 30,
            "general": 90,
        }
    admin = Actor.system("admin")
    with db.session() as session:
        key = next(
            row
            for row in list_reference_rows(session, admin, "psych_group").rows
            if row.values["code"] == "key"
        )
    with db.session("admin") as session:
        save_reference_row(
            session,
            admin,
            "psych_group",
            key.id,
            dict(key.values, followup_days=14),
            expected_version=key.version,
            note="重点人群改为两周一访",
        )
    with db.session() as session:
        assert follow_up_cadence(session)["key"] == 14


@pytest.mark.parametrize(("person", "days"), [("zhang", 7), ("li", 30), ("zhao", 90)])
def test_a_follow_up_sets_the_next_by_the_groups_cadence(
    db: Database,
    registry_with: SampleRegistry,
    as_role: Callable[[str], Actor],
    person: str,
    days: int,
) -> None:
    at = utcnow() - timedelta(days=1)
    with db.session() as session:
        care.record_follow_up(
            session, as_role("psych_staff"), registry_with.persons[person], at, "visit", "情绪平稳"
        )
    with db.session() as session:
        row = session.get(PsychPerson, registry_with.persons[person])
        assert row is not None and row.next_follow_up_on == (
            at + timedelta(hours=8)
        ).date() + timedelta(days=days)


def test_the_overdue_list_holds_the_past_due_most_overdue_first(
    db: Database, registry_with: SampleRegistry, as_role: Callable[[str], Actor]
) -> None:
    # opened 40 days ago: high risk (7), special and key (30) are due, general (90) is not
    with db.session() as session:
        rows = registry.overdue_follow_ups(session, as_role("clerk"))
    assert {row.id for row in rows} == {registry_with.persons[k] for k in ("zhang", "li", "wang")}
    assert rows[0].id == registry_with.persons["zhang"] and rows[0].name == "张*"
    with db.session() as session:
        care.record_follow_up(
            session,
            as_role("psych_staff"),
            registry_with.persons["zhang"],
            utcnow(),
            "phone",
            "好转",
        )
        assert registry_with.persons["zhang"] not in {
            row.id for row in registry.overdue_follow_ups(session, as_role("clerk"))
        }


def test_a_follow_up_dated_before_the_intake_is_refused(
    db: Database, registry_with: SampleRegistry, as_role: Callable[[str], Actor]
) -> None:
    early = utcnow() - timedelta(days=41)
    with pytest.raises(ValidationError) as caught, db.session() as session:
        care.record_follow_up(
            session, as_role("psych_staff"), registry_with.persons["li"], early, "visit", "x"
        )
    assert caught.value.field == "at" and "before the ledger was opened" in str(caught.value)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"id_number": "", "no_id_reason": ""}, "no_id_reason"),
        ({"id_number": "449900198501010018"}, "id_number"),
        ({"id_number": "449900199002020022", "gender": "M"}, "id_number"),
        ({"name": "  "}, "name"),
        ({"phone": "12345"}, "phone"),
        ({"group": "vip"}, "group"),
        ({"opened_on": today_in_china() + timedelta(days=3)}, "opened_on"),
    ],
)
def test_bad_intake_is_refused_naming_the_field(
    db: Database,
    registry_with: SampleRegistry,
    as_role: Callable[[str], Actor],
    change: dict[str, object],
    field: str,
) -> None:
    values: dict[str, object] = {
        "street_id": registry_with.street_id,
        "name": "孙丽",
        "group": "key",
        "opened_on": today_in_china(),
        "gender": "F",
        "id_number": "",
        "no_id_reason": "未带证件",
        "phone": "13900001111",
    }
    values.update(change)
    with pytest.raises(ValidationError) as caught, db.session() as session:
        care.take_into_care(session, as_role("psych_staff"), care.PersonForm(**values))  # type: ignore[arg-type]
    assert caught.value.field == field


def test_ledger_numbers_count_up_per_year_and_find_the_person(
    db: Database, registry_with: SampleRegistry, as_role: Callable[[str], Actor]
) -> None:
    staff = as_role("psych_staff")
    with db.session() as session:
        numbers = sorted(p.ledger_number for p in session.scalars(select(PsychPerson)))
        year = (today_in_china() - timedelta(days=40)).year
        assert numbers == [f"XL{year}-0000{n}" for n in range(1, 5)]
        assert (
            care.find_person(session, staff, numbers[0].lower()) in registry_with.persons.values()
        )


def test_a_referral_steps_through_and_sends_only_what_the_receiver_needs(
    db: Database, registry_with: SampleRegistry, as_role: Callable[[str], Actor]
) -> None:
    staff = as_role("psych_staff")
    with db.session() as session:
        referral = referrals.refer(
            session,
            staff,
            registry_with.persons["li"],
            registry_with.institutions["school"],
            "学业压力大",
        )
        packet = referrals.referral_packet(session, staff, referral)
    assert packet == {"name": "李娜", "reason": "学业压力大"}
    with db.session() as session:
        referrals.advance_referral(session, staff, referral, "accepted")
        referrals.advance_referral(session, staff, referral, "in_service")
        referrals.advance_referral(session, staff, referral, "returned", "回归社区")
    with pytest.raises(DomainError), db.session() as session:
        referrals.advance_referral(session, staff, referral, "accepted")
    with db.session() as session:
        steps = session.scalars(
            select(ReferralStep.status)
            .where(ReferralStep.referral_id == referral)
            .order_by(ReferralStep.at)
        ).all()
        disclosed = session.scalars(
            select(PsychAccess).where(PsychAccess.action == "disclose")
        ).one()
        opened = ledger.open_ledger(session, staff, registry_with.persons["li"])
    assert steps == ["sent", "accepted", "in_service", "returned"]
    assert (disclosed.recipient, disclosed.fields) == ("凤凰小学", "name,reason")
    assert [e.what for e in opened.entries if e.kind == "referral"] == steps


def test_a_referral_to_a_closed_institution_is_refused(
    db: Database, registry_with: SampleRegistry, as_role: Callable[[str], Actor]
) -> None:
    with pytest.raises(ValidationError) as caught, db.session() as session:
        referrals.refer(
            session,
            as_role("psych_staff"),
            registry_with.persons["li"],
            registry_with.institutions["closed_hospital"],
            "复诊",
        )
    assert caught.value.field == "to_institution_id"


def test_the_ledger_is_one_timeline_oldest_first(
    db: Database, registry_with: SampleRegistry, as_role: Callable[[str], Actor]
) -> None:
    staff = as_role("psych_staff")
    person = registry_with.persons["li"]
    with db.session() as session:
        care.record_service(session, staff, person, "one_to_one", utcnow() - timedelta(days=3))
        care.record_follow_up(session, staff, person, utcnow() - timedelta(days=2), "phone", "平稳")
    with db.session() as session:
        opened = ledger.open_ledger(session, staff, person)
    assert [e.kind for e in opened.entries] == ["opened", "service", "follow_up"]
    assert opened.entries == tuple(sorted(opened.entries, key=lambda e: e.at))
    assert isinstance(opened.entries[1].at, datetime)


def test_the_overdue_list_pages_the_most_overdue_of_a_group(
    db: Database, registry_with: SampleRegistry, as_role: Callable[[str], Actor]
) -> None:
    with db.session() as session:
        special = registry.overdue_follow_ups(session, as_role("clerk"), group="special")
        first = registry.overdue_follow_ups(session, as_role("clerk"), limit=1)
    assert [row.id for row in special] == [registry_with.persons["li"]]
    assert [row.id for row in first] == [registry_with.persons["zhang"]]
