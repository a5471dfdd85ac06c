"""The audit log read a page at a time: every entry once, newest first, filtered, and
for a supervisor bound to a street only the entries of that street's accounts."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, User, reference_id
from app.services.audit_export import export_audit_log
from app.services.audit_view import AuditFilters, audit_choices, audit_page
from app.services.errors import PermissionDenied
from app.services.permissions import Actor
from tests.helpers.actors import actor_with_role
from tests.helpers.audit_log import fill_audit_log
from tests.helpers.sample_street import build_sample_street

END = datetime(2026, 6, 30, 12, 0, tzinfo=UTC)


@pytest.fixture
def logged(database: Any) -> Any:
    fill_audit_log(database, 3000, end=END)
    return database


def _all(database: Any, actor: Actor, filters: AuditFilters, limit: int = 170) -> list[Any]:
    rows: list[Any] = []
    after = None
    while True:
        with database.session() as session:
            page = audit_page(session, actor, filters, after, limit)
        rows += page.rows
        if page.next is None:
            return rows
        after = page.next


def _count(database: Any, *conditions: Any) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry).where(*conditions)))


def test_pages_hold_every_entry_once_newest_first(logged: Any, system_actor: Actor) -> None:
    rows = _all(logged, system_actor, AuditFilters())
    assert len(rows) == len({row.id for row in rows}) == _count(logged)
    keys = [(row.at, row.id.hex) for row in rows]
    assert keys == sorted(keys, reverse=True)


def test_filters_narrow_the_same_walk(logged: Any, system_actor: Actor) -> None:
    with logged.session() as session:
        choices = audit_choices(session, system_actor)
    assert "user01" in choices.usernames and "update" in choices.actions
    assert len(choices.desks) >= 3 and "dispute" in choices.entities
    by_user = _all(logged, system_actor, AuditFilters(username="user01", action="update"))
    assert by_user and {(r.username, r.action) for r in by_user} == {("user01", "update")}
    assert len(by_user) == _count(
        logged, AuditEntry.username == "user01", AuditEntry.action == "update"
    )
    day = AuditFilters(start=date(2026, 6, 29), end=date(2026, 6, 29))
    one_day = _all(logged, system_actor, day)
    assert one_day and all(
        r.at.astimezone(UTC) < datetime(2026, 6, 29, 16, tzinfo=UTC) for r in one_day
    )
    record = one_day[0]
    found = _all(logged, system_actor, AuditFilters(record=record.entity_id.upper()))
    assert [r.id for r in found] == [record.id]
    desk = _all(logged, system_actor, dataclasses.replace(day, desk_id=record.desk_id))
    assert desk and {r.desk_id for r in desk} == {record.desk_id}


def test_a_supervisor_bound_to_a_street_does_not_see_other_streets_accounts(
    logged: Any, system_actor: Actor, tmp_path: Path
) -> None:
    with logged.session() as session:
        ours = build_sample_street(session, system_actor, "FH").street_id
        theirs = build_sample_street(session, system_actor, "GM").street_id
        for name, street in (("user01", ours), ("user02", ours), ("user03", theirs)):
            session.add(
                User(
                    username=name,
                    display_name=name,
                    password_hash="x",
                    role_id=reference_id("role", "clerk"),
                    street_id=street,
                )
            )
    whole = cast(Actor, actor_with_role(logged, "supervisor"))
    bound = dataclasses.replace(whole, street_id=ours)
    seen = _all(logged, bound, AuditFilters())
    assert {"user01", "user02", "user04"} <= {row.username for row in seen}
    assert "user03" not in {row.username for row in seen}
    assert len(seen) == _count(logged, AuditEntry.username != "user03")
    assert len(_all(logged, whole, AuditFilters(username="user03"))) > 0
    assert _all(logged, bound, AuditFilters(username="user03")) == []
    with logged.session() as session:
        names = set(audit_choices(session, bound).usernames)
        assert {"user01", "user04"} <= names and "user03" not in names
        result = export_audit_log(
            session, bound, tmp_path / "a.csv", date(2025, 1, 1), date(2026, 12, 31)
        )
    assert result.rows == len(seen)


def test_reading_the_log_needs_the_audit_permission(logged: Any, role_actor: Any) -> None:
    with pytest.raises(PermissionDenied), logged.session() as session:
        audit_page(session, role_actor("clerk"))
    with logged.session() as session:
        assert audit_page(session, role_actor("supervisor"), limit=5).rows
