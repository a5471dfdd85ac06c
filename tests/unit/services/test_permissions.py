"""Roles hold the permissions seeded for them, and services refuse what a role lacks."""

from __future__ import annotations

from typing import Any

import pytest

from app.services import overview
from app.services.errors import PermissionDenied
from app.services.permissions import Permission, require


@pytest.mark.parametrize(
    ("role", "allowed", "refused"),
    [
        ("clerk", Permission.DISPUTE_EDIT, Permission.PSYCH_VIEW_IDENTIFIED),
        ("supervisor", Permission.DISPUTE_APPROVE_ESCALATION, Permission.ROSTER_EDIT),
        ("psych_staff", Permission.PSYCH_VIEW_IDENTIFIED, Permission.DISPUTE_EDIT),
        ("trainer", Permission.DEMO_RESET, Permission.USER_MANAGE),
        ("admin", Permission.USER_MANAGE, Permission.PSYCH_VIEW_IDENTIFIED),
    ],
)
def test_roles_hold_what_they_need_and_not_more(
    role_actor: Any, role: str, allowed: Permission, refused: Permission
) -> None:
    actor = role_actor(role)
    require(actor, allowed)  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied) as caught:
        require(actor, refused)  # type: ignore[arg-type]
    assert caught.value.params == {"role": role, "permission": refused.value}


def test_only_psychological_staff_see_identifiable_records(role_actor: Any) -> None:
    holders = [
        role
        for role in ("clerk", "supervisor", "psych_staff", "trainer", "admin")
        if role_actor(role).can(Permission.PSYCH_VIEW_IDENTIFIED)
    ]
    assert holders == ["psych_staff"]


def test_overview_counts_check_the_permission(database: object, role_actor: Any) -> None:
    psych = role_actor("psych_staff")
    with database.session() as session:  # type: ignore[attr-defined]
        assert overview.psych_counts(session, psych)["persons"] == 0  # type: ignore[arg-type]
        with pytest.raises(PermissionDenied):
            overview.dispute_counts(session, psych)  # type: ignore[arg-type]
