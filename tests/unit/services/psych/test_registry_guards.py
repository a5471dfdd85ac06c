"""Each role calling each registry service directly: the services refuse what the role
may not do, whatever a view would have offered."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import PsychAccess, PsychPerson, utcnow
from app.services.auth import mark_demo_database
from app.services.china_time import today_in_china
from app.services.database import Database
from app.services.errors import DomainError, PermissionDenied, ValidationError
from app.services.permissions import Actor
from app.services.psych import care, crisis, disclosures, ledger, referrals, rules
from app.services.psych import registry as registry_service
from tests.helpers.psych_registry import SampleRegistry, build_sample_registry

ROLES = ("clerk", "supervisor", "psych_staff", "trainer", "admin")
REASON = "个案会商需要核对身份"

Call = Callable[[Any, Actor, SampleRegistry], object]


def _assessed_crisis(session: Any, sample: SampleRegistry) -> Any:
    system = Actor.system()
    clock = crisis.raise_crisis(session, system, sample.persons["li"], "情绪失控")
    crisis.check_item(session, system, clock.crisis_id, "assessment", "风险下降", risk_level="low")
    return clock.crisis_id


CALLS: dict[str, tuple[Call, set[str]]] = {
    "counts": (lambda s, a, r: registry_service.registry_counts(s, a), set(ROLES)),
    "masked list": (
        lambda s, a, r: registry_service.list_persons(s, a),
        {"clerk", "supervisor", "psych_staff", "admin"},
    ),
    "overdue list": (
        lambda s, a, r: registry_service.overdue_follow_ups(s, a),
        {"clerk", "supervisor", "psych_staff", "admin"},
    ),
    "revealed list": (
        lambda s, a, r: registry_service.list_persons(s, a, purpose=REASON),
        {"psych_staff", "admin"},
    ),
    "open ledger": (
        lambda s, a, r: ledger.open_ledger(s, a, r.persons["zhang"]),
        {"psych_staff"},
    ),
    "open ledger with a reason": (
        lambda s, a, r: ledger.open_ledger(s, a, r.persons["zhang"], REASON),
        {"psych_staff", "admin"},
    ),
    "take into care": (
        lambda s, a, r: care.take_into_care(
            s,
            a,
            care.PersonForm(
                r.street_id, "孙丽", "key", today_in_china(), no_id_reason="未携带证件", phone=""
            ),
        ),
        {"psych_staff"},
    ),
    "follow-up": (
        lambda s, a, r: care.record_follow_up(s, a, r.persons["li"], utcnow(), "phone", "情绪平稳"),
        {"psych_staff"},
    ),
    "service": (
        lambda s, a, r: care.record_service(s, a, r.persons["li"], "visit", utcnow()),
        {"psych_staff"},
    ),
    "referral": (
        lambda s, a, r: referrals.refer(
            s, a, r.persons["li"], r.institutions["hospital"], "病情波动，转介复诊"
        ),
        {"psych_staff"},
    ),
    "referral packet": (
        lambda s, a, r: referrals.referral_packet(
            s,
            a,
            referrals.refer(
                s, Actor.system(), r.persons["li"], r.institutions["school"], "学业压力"
            ),
        ),
        {"psych_staff"},
    ),
    "raise crisis": (
        lambda s, a, r: crisis.raise_crisis(s, a, r.persons["zhang"], "有轻生念头"),
        {"psych_staff"},
    ),
    "close ledger": (
        lambda s, a, r: care.close_ledger(s, a, r.persons["zhao"], today_in_china()),
        {"psych_staff"},
    ),
    "referral step": (
        lambda s, a, r: referrals.advance_referral(
            s,
            a,
            referrals.refer(s, Actor.system(), r.persons["li"], r.institutions["police"], "报警"),
            "accepted",
        ),
        {"psych_staff"},
    ),
    "crisis checklist": (
        lambda s, a, r: crisis.check_item(
            s,
            a,
            crisis.raise_crisis(s, Actor.system(), r.persons["li"], "x").crisis_id,
            "hotline",
            "已联系",
        ),
        {"psych_staff"},
    ),
    "close crisis": (
        lambda s, a, r: crisis.close_crisis(s, a, _assessed_crisis(s, r)),
        {"psych_staff"},
    ),
    "change group": (
        lambda s, a, r: care.change_group(s, a, r.persons["zhao"], "key"),
        {"psych_staff"},
    ),
    "find by ledger number": (
        lambda s, a, r: care.find_person(
            s, a, s.get(PsychPerson, r.persons["zhang"]).ledger_number
        ),
        {"clerk", "supervisor", "psych_staff", "admin"},
    ),
    "access log": (
        lambda s, a, r: disclosures.access_log(
            s, a, today_in_china() - timedelta(days=1), today_in_china()
        ),
        {"supervisor", "admin"},
    ),
    "crisis rules": (
        lambda s, a, r: rules.set_crisis_rules(s, a, 12, "clock"),
        {"admin"},
    ),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", list(CALLS))
def test_each_role_calling_each_service(
    db: Database, registry: SampleRegistry, as_role: Callable[[str], Actor], role: str, name: str
) -> None:
    call, allowed = CALLS[name]
    actor = as_role(role)
    with db.session(actor.username) as session:
        if role in allowed:
            call(session, actor, registry)
            return
        with pytest.raises(DomainError) as caught:
            call(session, actor, registry)
    if role == "admin" and name in ("open ledger", "referral packet"):
        # identity access under a logged reason: without one it is bad input, not a role
        assert isinstance(caught.value, ValidationError) and caught.value.field == "purpose"
    else:
        assert isinstance(caught.value, PermissionDenied)


def test_a_refused_call_writes_nothing(
    db: Database, registry: SampleRegistry, as_role: Callable[[str], Actor]
) -> None:
    clerk = as_role("clerk")
    with pytest.raises(PermissionDenied), db.session(clerk.username) as session:
        ledger.open_ledger(session, clerk, registry.persons["zhang"], REASON)
    with db.session() as session:
        assert session.scalar(select(func.count(PsychAccess.id))) == 0


def test_a_trainer_sees_and_records_only_on_a_demo_database(
    db: Database, registry: SampleRegistry, as_role: Callable[[str], Actor]
) -> None:
    trainer = as_role("trainer")
    with db.session() as session, pytest.raises(PermissionDenied):
        ledger.open_ledger(session, trainer, registry.persons["zhang"])
    with db.session() as session:
        mark_demo_database(session)
    with db.session(trainer.username) as session:
        opened = ledger.open_ledger(session, trainer, registry.persons["zhang"])
        care.record_follow_up(
            session, trainer, registry.persons["zhang"], utcnow(), "visit", "好转"
        )
    assert opened.name == "张伟"


def test_another_streets_person_is_refused(
    db: Database, registry: SampleRegistry, as_role: Callable[[str], Actor]
) -> None:
    staff = as_role("psych_staff")
    with db.session() as session:
        other = build_sample_registry(session, Actor.system("seed"), "XH")
    bound = Actor(
        staff.username,
        staff.display_name,
        staff.role_code,
        staff.permissions,
        street_id=registry.street_id,
    )
    with db.session() as session:
        listed = {row.id for row in registry_service.list_persons(session, bound)}
        assert other.persons["zhang"] not in listed and registry.persons["zhang"] in listed
        with pytest.raises(PermissionDenied):
            ledger.open_ledger(session, bound, other.persons["zhang"])
