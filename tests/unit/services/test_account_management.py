"""Managing accounts: create, disable and enable, reset, unlock, own password; the last
administrator, duplicate names, weak passwords and a locked account's reset."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from app.models import AuditEntry, User, utcnow
from app.services import accounts, auth
from app.services.accounts import AccountForm
from app.services.errors import (
    AuthenticationError,
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from app.services.permissions import Actor, Permission
from tests.helpers.sample_street import build_sample_street

PASSWORD = "correct horse"


@pytest.fixture
def desk(database: Any) -> Any:
    """A desk with its administrator and two streets (FH and XT)."""
    with database.session() as session:
        accounts.start_desk(session, "admin", "王管理", PASSWORD)
        build_sample_street(session, Actor.system(), "FH")
        build_sample_street(session, Actor.system(), "XT")
    return database


def _admin(database: Any) -> Actor:
    return auth.sign_in_recorded(database, "admin", PASSWORD)


def _street(database: Any, code: str) -> uuid.UUID:
    with database.session() as session:
        return accounts.street_by_code(session, code)


def _create(database: Any, actor: Actor, name: str, role: str = "clerk", street: str = "FH") -> Any:
    form = AccountForm(name, f"{name} 显示", role, _street(database, street), "first password")
    with database.session(actor.username) as session:
        return accounts.create_account(session, actor, form)


def _user(database: Any, name: str) -> User:
    with database.session() as session:
        user = session.scalar(select(User).where(User.username == name))
        assert user is not None
        return user


def test_a_new_account_signs_in_only_to_choose_its_own_password(desk: Any) -> None:
    admin = _admin(desk)
    _create(desk, admin, "LiSi")
    clerk = auth.sign_in_recorded(desk, "lisi", "first password")
    assert clerk.must_change_password
    assert not clerk.can(Permission.ROSTER_VIEW)
    with desk.session("lisi") as session:
        fresh = accounts.change_own_password(session, clerk, "first password", "my own secret")
    assert fresh.can(Permission.ROSTER_VIEW) and not fresh.must_change_password
    assert fresh.street_id == _street(desk, "FH")
    assert auth.sign_in_recorded(desk, "lisi", "my own secret").can(Permission.ROSTER_VIEW)


def test_a_second_account_with_the_same_normalised_name_is_refused(desk: Any) -> None:
    admin = _admin(desk)
    _create(desk, admin, "lisi")
    with pytest.raises(ValidationError) as refused:
        _create(desk, admin, "ＬＩＳＩ ")
    assert refused.value.field == "username"
    assert "lisi" in str(refused.value)


@pytest.mark.parametrize("password", ["short", "        ", "x" * 257, "nul\x00 inside"])
def test_weak_passwords_are_refused_on_create_and_reset(desk: Any, password: str) -> None:
    admin = _admin(desk)
    form = AccountForm("wang", "王五", "clerk", _street(desk, "FH"), password)
    with pytest.raises(ValidationError) as refused, desk.session() as session:
        accounts.create_account(session, admin, form)
    assert refused.value.field == "password"
    user_id = _create(desk, admin, "zhao")
    with pytest.raises(ValidationError), desk.session() as session:
        accounts.reset_password(session, admin, user_id, password)


def test_the_last_administrator_cannot_be_disabled_or_demoted(desk: Any) -> None:
    admin = _admin(desk)
    other_id = _create(desk, admin, "boss", role="admin", street="FH")
    with desk.session() as session:
        accounts.enable_account(session, admin, other_id)  # already active: no change
        accounts.disable_account(session, admin, other_id)
    admin_id = _user(desk, "admin").id
    with pytest.raises(ConflictError) as refused, desk.session() as session:
        accounts.update_account(
            session, admin, admin_id, AccountForm("admin", "王管理", "clerk", None)
        )
    assert "最后" in refused.value.message or "last active administrator" in refused.value.message
    # The desk's own administrator cannot disable themselves either.
    with pytest.raises(ConflictError), desk.session() as session:
        accounts.disable_account(session, admin, admin_id)
    # With the other administrator back, the first can be demoted.
    with desk.session() as session:
        accounts.enable_account(session, admin, other_id)
        accounts.update_account(
            session, admin, admin_id, AccountForm("admin", "王管理", "supervisor", None)
        )
    assert _user(desk, "admin").role_id != _user(desk, "boss").role_id


def test_last_administrator_disabled_by_another_administrator_is_refused(desk: Any) -> None:
    admin = _admin(desk)
    _create(desk, admin, "boss", role="admin")
    with desk.session() as session:
        auth.create_user(session, Actor.system(), "helper", "帮手", PASSWORD, "admin")
    boss_id = _user(desk, "boss").id
    admin_id = _user(desk, "admin").id
    helper = auth.sign_in_recorded(desk, "helper", PASSWORD)
    with desk.session() as session:
        accounts.disable_account(session, helper, boss_id)
        accounts.disable_account(session, admin, _user(desk, "helper").id)
    with pytest.raises(ConflictError), desk.session() as session:
        accounts.disable_account(session, helper, admin_id)  # a disabled actor's stale call


def test_a_leaver_is_disabled_keeps_their_history_and_cannot_sign_in(desk: Any) -> None:
    admin = _admin(desk)
    user_id = _create(desk, admin, "leaver")
    with desk.session() as session:
        clerk = auth.sign_in(session, "leaver", "first password")
    with desk.session("leaver") as session:
        accounts.change_own_password(session, clerk, "first password", "leaver password")
    with desk.session() as session:
        accounts.disable_account(session, admin, user_id)
    with pytest.raises(AuthenticationError):
        auth.sign_in_recorded(desk, "leaver", "leaver password")
    with desk.session() as session:
        written = session.scalars(
            select(AuditEntry.action).where(AuditEntry.username == "leaver")
        ).all()
        row = next(r for r in accounts.list_accounts(session, admin) if r.username == "leaver")
    assert "password_change" in written
    assert not row.is_active
    with desk.session() as session:
        accounts.enable_account(session, admin, user_id)
    assert auth.sign_in_recorded(desk, "leaver", "leaver password").username == "leaver"


def test_a_reset_of_a_locked_account_unlocks_it_and_says_so(desk: Any) -> None:
    admin = _admin(desk)
    user_id = _create(desk, admin, "locked")
    for _ in range(auth.MAX_FAILED_SIGN_INS):
        with pytest.raises(AuthenticationError):
            auth.sign_in_recorded(desk, "locked", "wrong password")
    with desk.session() as session:
        row = accounts.account_by_name(session, admin, "locked")
    assert row.locked
    with desk.session() as session:
        outcome = accounts.reset_password(session, admin, user_id, "temporary one")
    assert outcome.was_locked and outcome.username == "locked"
    actor = auth.sign_in_recorded(desk, "locked", "temporary one")
    assert actor.must_change_password
    with desk.session() as session:
        again = accounts.reset_password(session, admin, user_id, "temporary two")
    assert not again.was_locked


def test_unlock_lifts_the_lock_at_once(desk: Any) -> None:
    admin = _admin(desk)
    user_id = _create(desk, admin, "someone")
    with desk.session() as session:
        user = session.get(User, user_id)
        user.locked_until = utcnow() + timedelta(minutes=10)
        user.failed_sign_ins = 3
    with desk.session() as session:
        accounts.unlock_account(session, admin, user_id)
        row = accounts.account_by_name(session, admin, "someone")
    assert not row.locked and row.failed_sign_ins == 0


def test_own_password_change_needs_the_current_one(desk: Any) -> None:
    admin = _admin(desk)
    with pytest.raises(ValidationError) as refused, desk.session() as session:
        accounts.change_own_password(session, admin, "not it", "brand new secret")
    assert refused.value.field == "current_password"
    with pytest.raises(ValidationError) as same, desk.session() as session:
        accounts.change_own_password(session, admin, PASSWORD, PASSWORD)
    assert same.value.field == "password"
    with pytest.raises(NotFound), desk.session() as session:
        accounts.reset_password(session, admin, uuid.uuid4(), "long enough")


def test_a_supervisor_reads_their_streets_accounts_and_changes_none(desk: Any) -> None:
    admin = _admin(desk)
    _create(desk, admin, "fh_clerk", street="FH")
    xt_id = _create(desk, admin, "xt_clerk", street="XT")
    _create(desk, admin, "boss", role="supervisor", street="FH")
    with desk.session() as session:
        user = session.scalar(select(User).where(User.username == "boss"))
        user.must_change_password = False
    boss = auth.sign_in_recorded(desk, "boss", "first password")
    with desk.session() as session:
        names = {row.username for row in accounts.list_accounts(session, boss)}
    assert names == {"fh_clerk", "boss"}
    with pytest.raises(PermissionDenied), desk.session() as session:
        accounts.disable_account(session, boss, xt_id)
    with pytest.raises(PermissionDenied), desk.session() as session:
        accounts.create_account(
            session, boss, AccountForm("new", "新人", "clerk", boss.street_id, "long enough")
        )


def test_an_administrator_of_one_street_manages_only_that_street(desk: Any) -> None:
    admin = _admin(desk)
    xt_id = _create(desk, admin, "xt_clerk", street="XT")
    _create(desk, admin, "fh_admin", role="admin", street="FH")
    with desk.session() as session:
        session.scalar(select(User).where(User.username == "fh_admin")).must_change_password = False
    fh_admin = auth.sign_in_recorded(desk, "fh_admin", "first password")
    with pytest.raises(PermissionDenied), desk.session() as session:
        accounts.unlock_account(session, fh_admin, xt_id)
    with pytest.raises(PermissionDenied), desk.session() as session:
        accounts.create_account(
            session,
            fh_admin,
            AccountForm("other", "别街", "clerk", _street(desk, "XT"), "long enough"),
        )
    with pytest.raises(ValidationError) as refused, desk.session() as session:
        accounts.create_account(
            session, fh_admin, AccountForm("nostreet", "无街", "clerk", None, "long enough")
        )
    assert refused.value.field == "street"
    with desk.session() as session:
        assert [s.code for s in accounts.street_choices(session, fh_admin)] == ["FH"]


def test_a_clerk_may_not_even_read_the_accounts(desk: Any, role_actor: Any) -> None:
    with pytest.raises(PermissionDenied), desk.session() as session:
        accounts.list_accounts(session, role_actor("clerk"))


def test_a_street_code_that_does_not_exist_names_the_field(desk: Any) -> None:
    with pytest.raises(ValidationError) as refused, desk.session() as session:
        accounts.street_by_code(session, "NOPE")
    assert refused.value.field == "street"


def test_wrong_current_passwords_count_as_failed_sign_ins_and_lock(desk: Any) -> None:
    admin = _admin(desk)
    for _ in range(auth.MAX_FAILED_SIGN_INS):
        with desk.session("admin") as session:
            accounts.record_wrong_password(session, admin)
    with pytest.raises(ValidationError) as refused, desk.session() as session:
        accounts.change_own_password(session, admin, PASSWORD, "brand new secret")
    assert refused.value.field == "current_password"
    with pytest.raises(AuthenticationError):
        auth.sign_in_recorded(desk, "admin", PASSWORD)
    with desk.session() as session:
        reasons = [
            entry.detail.get("reason")
            for entry in session.scalars(
                select(AuditEntry).where(AuditEntry.action == "sign_in_failed")
            )
        ]
    assert reasons.count("password change") == auth.MAX_FAILED_SIGN_INS
