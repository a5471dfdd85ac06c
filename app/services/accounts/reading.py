"""Reading accounts: the list an administrator manages or a supervisor reads, and the
streets an account can be bound to."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Role, Street, User, utcnow
from app.services.account_rules import normalise_username
from app.services.errors import N_, NotFound, PermissionDenied, ValidationError
from app.services.permissions import Actor, Permission


@dataclass(frozen=True)
class AccountRow:
    id: uuid.UUID
    username: str
    display_name: str
    role_code: str
    role_zh: str
    role_en: str
    street_id: uuid.UUID | None
    #: "" for an account of the whole district
    street_name: str
    is_active: bool
    locked_until: datetime | None
    failed_sign_ins: int
    last_sign_in_at: datetime | None
    must_change_password: bool
    #: read at the time of the list: a lock that has run out shows as unlocked
    locked: bool

    def role_label(self, chinese: bool) -> str:
        return self.role_zh if chinese else self.role_en


@dataclass(frozen=True)
class StreetChoice:
    id: uuid.UUID
    code: str
    name: str


def can_manage(actor: Actor) -> bool:
    return actor.can(Permission.USER_MANAGE)


def _require_reader(actor: Actor) -> None:
    if not (actor.can(Permission.USER_MANAGE) or actor.can(Permission.AUDIT_VIEW)):
        raise PermissionDenied(
            N_("Your role ({role}) does not allow this action ({permission})."),
            role=actor.role_code,
            permission=Permission.USER_MANAGE.value,
        )


def list_accounts(session: Session, actor: Actor, now: datetime | None = None) -> list[AccountRow]:
    """Every account the actor may see, active ones first, by user name.

    An actor bound to a street sees that street's accounts; a supervisor sees them
    read-only (the services that change accounts refuse them).
    """
    _require_reader(actor)
    now = now or utcnow()
    query = (
        select(User, Role, Street.name)
        .join(Role, Role.id == User.role_id)
        .outerjoin(Street, Street.id == User.street_id)
        .where(User.deleted_at.is_(None))
        .order_by(User.is_active.desc(), User.username)
    )
    if actor.street_id is not None:
        query = query.where(User.street_id == actor.street_id)
    rows = session.execute(query)
    return [_row(user, role, street or "", now) for user, role, street in rows]


def _row(user: User, role: Role, street_name: str, now: datetime) -> AccountRow:
    return AccountRow(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role_code=role.code,
        role_zh=role.name_zh,
        role_en=role.name_en,
        street_id=user.street_id,
        street_name=street_name,
        is_active=user.is_active,
        locked_until=user.locked_until,
        failed_sign_ins=user.failed_sign_ins,
        last_sign_in_at=user.last_sign_in_at,
        must_change_password=user.must_change_password,
        locked=user.locked_until is not None and user.locked_until > now,
    )


def account_by_name(session: Session, actor: Actor, username: str) -> AccountRow:
    """One account the actor may see, by its user name in any of its typed forms."""
    name = normalise_username(username)
    for row in list_accounts(session, actor):
        if row.username == name:
            return row
    raise NotFound(N_("There is no account named {username}."), username=name)


def street_choices(session: Session, actor: Actor) -> list[StreetChoice]:
    """The streets a new account can belong to: the actor's own, or every street."""
    _require_reader(actor)
    query = select(Street).where(Street.deleted_at.is_(None)).order_by(Street.code)
    if actor.street_id is not None:
        query = query.where(Street.id == actor.street_id)
    return [StreetChoice(s.id, s.code, s.name) for s in session.scalars(query)]


def street_by_code(session: Session, code: str) -> uuid.UUID:
    """The street with this code (as the template and the command line name it)."""
    found = session.scalar(
        select(Street.id).where(Street.code == code.strip(), Street.deleted_at.is_(None))
    )
    if found is None:
        raise ValidationError("street", N_("There is no street with the code {code}."), code=code)
    return found
