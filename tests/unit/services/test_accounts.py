"""Accounts: Argon2id hashes, the first administrator, sign-in, lock-out and audit rows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.models import AuditEntry, User, utcnow
from app.services import auth
from app.services.errors import AuthenticationError, PermissionDenied, ValidationError
from app.services.permissions import Actor


def _admin(database: object) -> None:
    with database.session() as session:  # type: ignore[attr-defined]
        auth.create_first_admin(session, "admin", "王管理", "correct horse")


def _audit(database: object, action: str) -> list[AuditEntry]:
    with database.session() as session:  # type: ignore[attr-defined]
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_passwords_are_stored_as_argon2id_hashes(database: object) -> None:
    _admin(database)
    with database.session() as session:  # type: ignore[attr-defined]
        user = session.scalar(select(User))
    assert user.password_hash.startswith("$argon2id$")
    assert "correct horse" not in user.password_hash


def test_first_administrator_only_once(database: object) -> None:
    with database.session() as session:  # type: ignore[attr-defined]
        assert auth.needs_first_admin(session)
    _admin(database)
    with database.session() as session:  # type: ignore[attr-defined]
        assert not auth.needs_first_admin(session)
    with pytest.raises(ValidationError), database.session() as session:  # type: ignore[attr-defined]
        auth.create_first_admin(session, "second", "第二", "another password")


@pytest.mark.parametrize(
    ("username", "display", "password", "field"),
    [
        ("", "名", "long enough", "username"),
        ("a", " ", "long enough", "display_name"),
        ("a", "名", "short", "password"),
    ],
)
def test_account_fields_are_validated(
    database: object, username: str, display: str, password: str, field: str
) -> None:
    with pytest.raises(ValidationError) as caught, database.session() as session:  # type: ignore[attr-defined]
        auth.create_first_admin(session, username, display, password)
    assert caught.value.field == field


def test_sign_in_gives_the_role_and_its_permissions_and_is_audited(database: object) -> None:
    _admin(database)
    actor = auth.sign_in_recorded(database, "admin", "correct horse")  # type: ignore[arg-type]
    assert actor.role_code == "admin"
    assert "user.manage" in actor.permissions
    assert "psych.view_identified" not in actor.permissions
    assert [e.username for e in _audit(database, "sign_in")] == ["admin"]


def test_wrong_password_is_counted_and_audited(database: object) -> None:
    _admin(database)
    with pytest.raises(AuthenticationError, match="wrong"):
        auth.sign_in_recorded(database, "admin", "nope")  # type: ignore[arg-type]
    with database.session() as session:  # type: ignore[attr-defined]
        assert session.scalar(select(User.failed_sign_ins)) == 1
    assert len(_audit(database, "sign_in_failed")) == 1


def test_five_failures_lock_the_account_for_a_while(database: object) -> None:
    _admin(database)
    for _ in range(auth.MAX_FAILED_SIGN_INS):
        with pytest.raises(AuthenticationError):
            auth.sign_in_recorded(database, "admin", "nope")  # type: ignore[arg-type]
    # Even the right password is refused while locked, in the words of a wrong one.
    with pytest.raises(AuthenticationError, match="wrong"):
        auth.sign_in_recorded(database, "admin", "correct horse")  # type: ignore[arg-type]
    assert len(_audit(database, "locked")) == 1
    later = utcnow() + auth.LOCK_DURATION + timedelta(seconds=1)
    with database.session() as session:  # type: ignore[attr-defined]
        actor = auth.sign_in(session, "admin", "correct horse", now=later)
    assert actor.username == "admin"


def test_unknown_user_gets_the_same_message_as_a_wrong_password(database: object) -> None:
    _admin(database)
    with pytest.raises(AuthenticationError) as unknown:
        auth.sign_in_recorded(database, "nobody", "x")  # type: ignore[arg-type]
    with pytest.raises(AuthenticationError) as wrong:
        auth.sign_in_recorded(database, "admin", "x")  # type: ignore[arg-type]
    assert str(unknown.value) == str(wrong.value)


def test_one_click_demo_sign_in_is_refused_on_a_real_database(database: object) -> None:
    with pytest.raises(AuthenticationError, match="demo"), database.session() as session:  # type: ignore[attr-defined]
        auth.sign_in_demo(session, "clerk")


def test_only_a_user_manager_creates_accounts(database: object) -> None:
    clerk = Actor("c", "c", "clerk", frozenset({"roster.view"}))
    with pytest.raises(PermissionDenied), database.session() as session:  # type: ignore[attr-defined]
        auth.create_user(session, clerk, "x", "X", "long enough", "clerk")
    admin = Actor.system()
    with database.session() as session:  # type: ignore[attr-defined]
        auth.create_user(session, admin, "li", "李四", "long enough", "psych_staff")
    actor = auth.sign_in_recorded(database, "li", "long enough")  # type: ignore[arg-type]
    assert actor.role_code == "psych_staff"
    assert [e.entity for e in _audit(database, "create")] == ["app_user"]


def test_unlock_checks_the_same_users_password_and_counts_failures(database: object) -> None:
    _admin(database)
    actor = auth.sign_in_recorded(database, "admin", "correct horse")  # type: ignore[arg-type]
    with pytest.raises(AuthenticationError):
        auth.verify_unlock(database, actor, "wrong")  # type: ignore[arg-type]
    auth.verify_unlock(database, actor, "correct horse")  # type: ignore[arg-type]
    for _ in range(auth.MAX_FAILED_SIGN_INS):
        with pytest.raises(AuthenticationError):
            auth.verify_unlock(database, actor, "wrong")  # type: ignore[arg-type]
    with pytest.raises(AuthenticationError, match="wrong"):
        auth.verify_unlock(database, actor, "correct horse")  # type: ignore[arg-type]
    with database.session() as session:  # type: ignore[attr-defined]
        assert session.scalar(select(User.locked_until)) is not None
