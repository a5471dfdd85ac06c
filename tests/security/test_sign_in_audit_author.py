"""A sign-in's own changes to the account are audited under that account's name."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.models import AuditEntry, User
from app.services.auth import create_user, sign_in_recorded
from app.services.permissions import Actor

PASSWORD = "a long enough password"


def test_the_account_update_at_sign_in_names_the_user(database: Any) -> None:
    with database.session() as session:
        create_user(session, Actor.system(), "wangli", "王立", PASSWORD, "clerk")
    sign_in_recorded(database, "wangli", PASSWORD)
    with database.session() as session:
        user_id = session.scalar(select(User.id).where(User.username == "wangli"))
        updates = session.scalars(
            select(AuditEntry.username).where(
                AuditEntry.action == "update", AuditEntry.entity_id == str(user_id)
            )
        ).all()
    assert updates and set(updates) == {"wangli"}
