"""One demo account per role, signed in with one click on a database marked as demo."""

from __future__ import annotations

import secrets
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Role, User, reference_id
from app.services.auth import ROLE_CODES, demo_username, hash_password, mark_demo_database
from app.services.demo.rows import DemoRun


def build_demo_accounts(run: DemoRun, session: Session, street_id: uuid.UUID) -> None:
    """Accounts ``demo_<role>`` named 演示-<role>, with a password nobody knows."""
    names = {code: name for code, name in session.execute(select(Role.code, Role.name_zh))}
    for code in ROLE_CODES:
        run.add(
            User,
            username=demo_username(code),
            display_name=f"演示-{names.get(code, code)}",
            # The hash is of a random secret thrown away at once: sign-in is by one click.
            password_hash=hash_password(secrets.token_urlsafe(32)),
            role_id=reference_id("role", code),
            street_id=street_id,
            is_active=True,
            failed_sign_ins=0,
            locked_until=None,
            last_sign_in_at=None,
        )
    mark_demo_database(session)
