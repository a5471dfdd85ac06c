"""Changing accounts. Every entry checks ``user.manage`` and the actor's street, except
``change_own_password`` (any signed-in user, for their own account) and ``start_desk``
(the first administrator of a desk with no account yet)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Street, User, reference_id, utcnow
from app.services import audit, auth
from app.services.account_rules import DISPLAY_NAME_MAX, check_password_rules, has_hidden_characters
from app.services.errors import N_, ConflictError, NotFound, ValidationError
from app.services.permissions import Actor, Permission, actor_for, require
from app.services.street_scope import refuse_other_street

ADMIN_ROLE = "admin"


@dataclass(frozen=True)
class AccountForm:
    username: str
    display_name: str
    role: str
    street_id: uuid.UUID | None
    #: the first password (creating only); the user is asked to change it at first sign-in
    password: str = ""


@dataclass(frozen=True)
class ResetOutcome:
    username: str
    #: the account was locked after failed sign-ins; the reset unlocked it too
    was_locked: bool


def start_desk(session: Session, username: str, display_name: str, password: str) -> Actor:
    """The first administrator of a desk with no account, signed in: what the first run
    and ``streetdesk user add NAME --role admin`` on a new file both do."""
    user = auth.create_first_admin(session, username, display_name, password)
    return auth.sign_in(session, user.username, password)


def _managed(session: Session, actor: Actor, user_id: uuid.UUID) -> User:
    require(actor, Permission.USER_MANAGE)
    user = session.get(User, user_id)
    if user is None or user.deleted_at is not None:
        raise NotFound(N_("This account no longer exists."))
    refuse_other_street(actor, user.street_id)
    return user


def _check_street(session: Session, actor: Actor, street_id: uuid.UUID | None) -> None:
    if street_id is None:
        if actor.street_id is not None:
            raise ValidationError(
                "street", N_("Choose the street: your account manages only your street.")
            )
        return
    street = session.get(Street, street_id)
    if street is None or street.deleted_at is not None:
        raise ValidationError("street", N_("Choose a street from the list."))
    refuse_other_street(actor, street_id)


def _check_display_name(display_name: str) -> str:
    text = display_name.strip()
    if not text:
        raise ValidationError("display_name", N_("Enter the name to show."))
    if has_hidden_characters(text) or len(text) > DISPLAY_NAME_MAX:
        raise ValidationError(
            "display_name",
            N_("The name to show has at most {max} visible characters."),
            max=DISPLAY_NAME_MAX,
        )
    return text


def _active_admins(session: Session) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(User)
            .where(
                User.is_active,
                User.deleted_at.is_(None),
                User.role_id == reference_id("role", ADMIN_ROLE),
            )
        )
        or 0
    )


def _is_last_admin(session: Session, user: User) -> bool:
    return (
        user.is_active
        and user.role_id == reference_id("role", ADMIN_ROLE)
        and _active_admins(session) <= 1
    )


def create_account(session: Session, actor: Actor, form: AccountForm) -> uuid.UUID:
    """A new account; its user must choose their own password at the first sign-in."""
    require(actor, Permission.USER_MANAGE)
    _check_street(session, actor, form.street_id)
    user = auth.create_user(
        session,
        actor,
        form.username,
        form.display_name,
        form.password,
        form.role,
        form.street_id,
    )
    user.must_change_password = True
    session.flush()
    return user.id


def update_account(session: Session, actor: Actor, user_id: uuid.UUID, form: AccountForm) -> None:
    """The name shown, the role and the street; the user name and the password stay."""
    user = _managed(session, actor, user_id)
    display_name = _check_display_name(form.display_name)
    if form.role not in auth.ROLE_CODES:
        raise ValidationError("role", N_("Unknown role {role}."), role=form.role)
    _check_street(session, actor, form.street_id)
    if reference_id("role", form.role) != user.role_id and _is_last_admin(session, user):
        raise ConflictError(
            N_(
                "{username} is the last active administrator and cannot be given another"
                " role: nobody would be left to manage the desk. Create another"
                " administrator first."
            ),
            username=user.username,
        )
    user.display_name = display_name
    user.role_id = reference_id("role", form.role)
    user.street_id = form.street_id
    audit.record(session, actor.username, "update", "app_user", user.id, role=form.role)


def disable_account(session: Session, actor: Actor, user_id: uuid.UUID) -> None:
    """A leaver: no more sign-ins; everything they did stays under their name."""
    user = _managed(session, actor, user_id)
    if user.id == actor.user_id:
        raise ConflictError(N_("You cannot disable your own account."))
    if not user.is_active:
        return
    if _is_last_admin(session, user):
        raise ConflictError(
            N_(
                "{username} is the last active administrator and cannot be disabled:"
                " nobody would be left to manage the desk. Create another administrator"
                " first."
            ),
            username=user.username,
        )
    user.is_active = False
    audit.record(session, actor.username, "disable", "app_user", user.id)


def enable_account(session: Session, actor: Actor, user_id: uuid.UUID) -> None:
    user = _managed(session, actor, user_id)
    if user.is_active:
        return
    user.is_active = True
    audit.record(session, actor.username, "enable", "app_user", user.id)


def reset_password(
    session: Session, actor: Actor, user_id: uuid.UUID, new_password: str
) -> ResetOutcome:
    """A temporary password the user must change at the next sign-in.

    A reset also unlocks an account locked after failed sign-ins: the administrator
    has just vouched for who will sign in next. The outcome says whether it was locked.
    """
    user = _managed(session, actor, user_id)
    if user.id == actor.user_id:
        raise ConflictError(N_("Change your own password with Change my password (Ctrl+Shift+P)."))
    check_password_rules(new_password)
    was_locked = user.locked_until is not None and user.locked_until > utcnow()
    user.password_hash = auth.hash_password(new_password)
    user.must_change_password = True
    user.failed_sign_ins = 0
    user.locked_until = None
    audit.record(
        session, actor.username, "reset_password", "app_user", user.id, unlocked=was_locked
    )
    return ResetOutcome(user.username, was_locked)


def unlock_account(session: Session, actor: Actor, user_id: uuid.UUID) -> None:
    """Lift a lock after failed sign-ins at once, without waiting for it to run out."""
    user = _managed(session, actor, user_id)
    user.failed_sign_ins = 0
    user.locked_until = None
    audit.record(session, actor.username, "unlock", "app_user", user.id)


def record_wrong_password(session: Session, actor: Actor, now: datetime | None = None) -> None:
    """A wrong current password in the change dialog counts as a failed sign-in (five in
    a row lock the account), so an unattended desk cannot be used to guess it. The
    caller keeps this unit of work, unlike the refused change."""
    user = session.get(User, actor.user_id) if actor.user_id is not None else None
    if user is None:
        return
    now = now or utcnow()
    user.failed_sign_ins += 1
    audit.record(
        session, actor.username, "sign_in_failed", "app_user", user.id, reason="password change"
    )
    if user.failed_sign_ins >= auth.MAX_FAILED_SIGN_INS:
        user.locked_until = now + auth.LOCK_DURATION
        user.failed_sign_ins = 0
        audit.record(session, actor.username, "locked", "app_user", user.id)


def change_own_password(
    session: Session, actor: Actor, current_password: str, new_password: str
) -> Actor:
    """The signed-in user's new password; returns the actor with their role's permissions
    (an actor signed in with a reset password had none until now). A wrong current
    password is refused on the field ``current_password``; see ``record_wrong_password``."""
    user = session.get(User, actor.user_id) if actor.user_id is not None else None
    if user is None or not user.is_active or user.deleted_at is not None:
        raise NotFound(N_("This account no longer exists."))
    if user.locked_until is not None and user.locked_until > utcnow():
        raise ValidationError(
            "current_password",
            N_("Too many wrong passwords: the account is locked for a while."),
        )
    if not auth.password_matches(user, current_password):
        raise ValidationError("current_password", N_("The current password is wrong."))
    check_password_rules(new_password)
    if new_password == current_password:
        raise ValidationError("password", N_("The new password must differ from the current one."))
    user.password_hash = auth.hash_password(new_password)
    user.must_change_password = False
    user.failed_sign_ins = 0
    audit.record(session, actor.username, "password_change", "app_user", user.id)
    session.flush()
    return actor_for(session, user)
