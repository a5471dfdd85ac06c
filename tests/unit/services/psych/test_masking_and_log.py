"""Masked lists that cannot be searched by name, reveals under a reason, and the
append-only log of every identifiable access."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DatabaseError

from app.models import PsychAccess
from app.services.china_time import today_in_china
from app.services.database import Database
from app.services.errors import ValidationError
from app.services.permissions import Actor
from app.services.pinyin_search import matches
from app.services.psych import disclosures, ledger, registry
from app.services.psych.access import mask_id_number, mask_name, mask_phone
from tests.helpers.psych_registry import MALE_ID, SampleRegistry


def test_masks() -> None:
    assert mask_name("张三丰") == "张*"
    assert mask_phone("13812341234") == "138****1234"
    assert mask_id_number(MALE_ID) == "44**************19"


def test_a_clerk_sees_masked_rows_that_no_name_or_pinyin_finds(
    db: Database, registry_with: SampleRegistry, as_role: Callable[[str], Actor]
) -> None:
    with db.session() as session:
        rows = registry.list_persons(session, as_role("clerk"))
    zhang = next(row for row in rows if row.id == registry_with.persons["zhang"])
    assert (zhang.name, zhang.phone, zhang.revealed) == ("张*", "138****1234", False)
    assert zhang.id_number == "44**************19"
    for query in ("zhang", "zw", "张伟", "伟", "13812341234", "1234"):
        assert not any(matches(query, row.keys) for row in rows), query
    # unit, group, ledger number and worker still find it
    for query in ("gaowei", "高危", zhang.ledger_number.lower(), "liuxin", "凤凰社区"):
        assert any(matches(query, row.keys) for row in rows), query


def test_a_reveal_needs_a_reason_and_is_logged_once(
    db: Database, registry_with: SampleRegistry, as_role: Callable[[str], Actor]
) -> None:
    staff = as_role("psych_staff")
    with pytest.raises(ValidationError) as caught, db.session() as session:
        registry.list_persons(session, staff, purpose="  ")
    assert caught.value.field == "purpose"
    with db.session() as session:
        rows = registry.list_persons(session, staff, purpose="周例会核对名单")
    assert {row.name for row in rows} >= {"张伟", "李娜"}
    assert any(matches("zhangwei", row.keys) for row in rows)
    with db.session() as session:
        logged = session.scalars(select(PsychAccess)).all()
    assert [(a.action, a.record_count, a.purpose) for a in logged] == [
        ("reveal", len(rows), "周例会核对名单")
    ]


def test_every_ledger_view_is_logged_with_purpose_and_basis(
    db: Database, registry_with: SampleRegistry, as_role: Callable[[str], Actor]
) -> None:
    with db.session() as session:
        ledger.open_ledger(session, as_role("psych_staff"), registry_with.persons["li"])
        ledger.open_ledger(
            session, as_role("admin"), registry_with.persons["li"], "核查投诉", "consent"
        )
    with db.session() as session:
        rows = disclosures.access_log(
            session, as_role("supervisor"), today_in_china() - timedelta(days=1), today_in_china()
        )
    assert {(r.role_code, r.purpose, r.legal_basis, r.action) for r in rows} == {
        ("psych_staff", "follow-up care", "statutory_duty", "view"),
        ("admin", "核查投诉", "consent", "view"),
    }
    assert all(r.ledger_number.startswith("XL") for r in rows)


def test_the_access_log_is_append_only_in_the_database(
    db: Database, registry_with: SampleRegistry, as_role: Callable[[str], Actor]
) -> None:
    with db.session() as session:
        ledger.open_ledger(session, as_role("psych_staff"), registry_with.persons["li"])
    with db.engine.begin() as conn, pytest.raises(DatabaseError, match="append-only"):
        conn.execute(update(PsychAccess).values(purpose="改写"))
    with db.engine.begin() as conn, pytest.raises(DatabaseError, match="append-only"):
        conn.execute(delete(PsychAccess))
    with db.engine.begin() as conn:
        assert conn.execute(select(func.count(PsychAccess.id))).scalar() == 1
        assert conn.execute(text("SELECT purpose FROM psych_access")).scalar() == "follow-up care"
