"""Accounts: password hashing (Argon2id), sign-in with lock-out, the first administrator."""

from __future__ import annotations

import secrets
import uuid
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Role, SyncState, User, reference_id, utcnow
from app.models.base import AUTHOR_KEY
from app.services import audit
from app.services.account_rules import (
    DISPLAY_NAME_MAX,
    USERNAME_MAX,
    check_password_rules,
    has_hidden_characters,
    normalise_username,
    password_fits,
)
from app.services.database import Database
from app.services.errors import N_, AuthenticationError, ValidationError
from app.services.permissions import Actor, Permission, actor_for, require

MAX_FAILED_SIGN_INS = 5
LOCK_DURATION = timedelta(minutes=15)
ROLE_CODES = ("clerk", "supervisor", "psych_staff", "trainer", "admin")
DEMO_FLAG_KEY = "database_kind"

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _verify(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def password_matches(user: User, password: object) -> bool:
    """Whether ``password`` is this account's current one."""
    return password_fits(password) and _verify(user.password_hash, str(password))


@cache
def _dummy_hash() -> str:
    """A hash no password matches, checked for unknown names so they take as long."""
    return _hasher.hash(secrets.token_urlsafe(32))


def needs_first_admin(session: Session) -> bool:
    return not session.scalar(select(func.count()).select_from(User).where(User.is_active))


def _new_user(
    session: Session,
    username: str,
    display_name: str,
    password: str,
    role_code: str,
    street_id: uuid.UUID | None = None,
) -> User:
    username = normalise_username(username)
    display_name = display_name.strip()
    if not display_name:
        raise ValidationError("display_name", N_("Enter the name to show."))
    if has_hidden_characters(display_name) or len(display_name) > DISPLAY_NAME_MAX:
        raise ValidationError(
            "display_name",
            N_("The name to show has at most {max} visible characters."),
            max=DISPLAY_NAME_MAX,
        )
    if role_code not in ROLE_CODES:
        raise ValidationError("role", N_("Unknown role {role}."), role=role_code)
    check_password_rules(password)
    if session.scalar(select(User.id).where(User.username == username)):
        raise ValidationError(
            "username", N_("The user name {username} is taken."), username=username
        )
    user = User(
        username=username,
        display_name=display_name,
        password_hash=hash_password(password),
        role_id=reference_id("role", role_code),
        street_id=street_id,
    )
    session.add(user)
    return user


def create_first_admin(session: Session, username: str, display_name: str, password: str) -> User:
    """The first run's administrator; refused once any active account exists."""
    if not needs_first_admin(session):
        raise ValidationError("username", N_("An administrator already exists."))
    user = _new_user(session, username, display_name, password, "admin")
    session.flush()
    audit.record(session, user.username, "create", "app_user", user.id, role="admin")
    return user


def create_user(
    session: Session,
    actor: Actor,
    username: str,
    display_name: str,
    password: str,
    role: str,
    street_id: uuid.UUID | None = None,
) -> User:
    require(actor, Permission.USER_MANAGE)
    user = _new_user(session, username, display_name, password, role, street_id)
    session.flush()
    audit.record(session, actor.username, "create", "app_user", user.id, role=role)
    return user


def _wrong() -> AuthenticationError:
    # One message for an unknown name, a wrong password and a locked account alike, so
    # that the answer never tells whether an account exists.
    return AuthenticationError(N_("The user name or the password is wrong."))


def _find_user(session: Session, username: object) -> tuple[str, User | None]:
    """The name as compared and its live account, if any; never raises."""
    try:
        name = normalise_username(username)
    except ValidationError:
        return str(username)[:USERNAME_MAX], None
    user = session.scalar(select(User).where(User.username == name))
    if user is None or not user.is_active or user.deleted_at is not None:
        return name, None
    return name, user


def sign_in(session: Session, username: str, password: str, now: datetime | None = None) -> Actor:
    """Check the password; five failures in a row lock the account for a while.

    Every failure takes about as long and reads the same, whether the account exists,
    the password is wrong or the account is locked. The caller commits the session
    whatever the outcome, so failed attempts are counted and audited.
    """
    now = now or utcnow()
    name, user = _find_user(session, username)
    fits = password_fits(password)
    matches = _verify(user.password_hash if user else _dummy_hash(), password if fits else "")
    if user is None:
        audit.record(session, name, "sign_in_failed", reason="unknown user")
        raise _wrong()
    if not session.info.get(AUTHOR_KEY):
        # before anyone is signed in, the account's own counters change on its behalf
        session.info[AUTHOR_KEY] = user.username
    if user.locked_until is not None and user.locked_until > now:
        audit.record(session, user.username, "sign_in_failed", "app_user", user.id, reason="locked")
        raise _wrong()
    if not (fits and matches):
        user.failed_sign_ins += 1
        audit.record(session, user.username, "sign_in_failed", "app_user", user.id)
        if user.failed_sign_ins >= MAX_FAILED_SIGN_INS:
            user.locked_until = now + LOCK_DURATION
            user.failed_sign_ins = 0
            audit.record(session, user.username, "locked", "app_user", user.id)
        raise _wrong()
    user.failed_sign_ins = 0
    user.locked_until = None
    user.last_sign_in_at = now
    audit.record(session, user.username, "sign_in", "app_user", user.id)
    return actor_for(session, user)


def sign_in_recorded(database: Database, username: str, password: str) -> Actor:
    """Sign in and commit the outcome, so failed attempts and locks are kept either way."""
    session = database.new_session()
    try:
        try:
            actor = sign_in(session, username, password)
        except AuthenticationError:
            session.commit()
            raise
        session.commit()
        return actor
    finally:
        session.close()


def verify_unlock(database: Database, actor: Actor, password: str) -> None:
    """Unlock an idle-locked desk with the same user's password.

    It counts as a sign-in: failures are counted and five lock the account, and an
    account disabled meanwhile cannot unlock. Raises ``AuthenticationError``.
    """
    sign_in_recorded(database, actor.username, password)


def unlock(session: Session, actor: Actor, password: str) -> Actor:
    """The lock screen's check: a sign-in of the user already signed in, whose name was
    not asked for, so a refusal speaks of the password alone."""
    try:
        return sign_in(session, actor.username, password)
    except AuthenticationError:
        raise AuthenticationError(N_("The password is wrong.")) from None


def is_demo_database(session: Session) -> bool:
    state = session.get(SyncState, DEMO_FLAG_KEY)
    return state is not None and state.value == "demo"


def mark_demo_database(session: Session) -> None:
    session.merge(SyncState(key=DEMO_FLAG_KEY, value="demo"))


def demo_username(role_code: str) -> str:
    return f"demo_{role_code}"


def sign_in_demo(session: Session, role_code: str) -> Actor:
    """One-click sign-in as a demo role; only on a database marked as demo data."""
    if not is_demo_database(session):
        raise AuthenticationError(N_("One-click sign-in is only for the demo database."))
    user = session.scalar(select(User).where(User.username == demo_username(role_code)))
    if user is None:
        raise AuthenticationError(N_("The demo account for {role} is missing."), role=role_code)
    audit.record(session, user.username, "sign_in", "app_user", user.id, demo=True)
    return actor_for(session, user)


def role_label(session: Session, role_code: str, language: str) -> str:
    role = session.get(Role, reference_id("role", role_code))
    return role.label(language) if role else role_code


def role_labels(session: Session) -> dict[str, tuple[str, str]]:
    """Role code → (Chinese, English) label, from the role table."""
    return {
        role.code: (role.name_zh, role.name_en)
        for role in session.scalars(select(Role).order_by(Role.sort_order))
    }
