"""Who may do what. Every service call checks its permission through ``require``."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Role, RolePermission, User
from app.services.errors import N_, PermissionDenied


class Permission(StrEnum):
    ROSTER_VIEW = "roster.view"
    ROSTER_EDIT = "roster.edit"
    DISPUTE_VIEW = "dispute.view"
    DISPUTE_EDIT = "dispute.edit"
    DISPUTE_APPROVE_ESCALATION = "dispute.approve_escalation"
    MEETING_EDIT = "meeting.edit"
    LEAD_EDIT = "lead.edit"
    PSYCH_VIEW_IDENTIFIED = "psych.view_identified"
    PSYCH_EDIT = "psych.edit"
    PSYCH_VIEW_AGGREGATE = "psych.view_aggregate"
    #: registry rows with masked identities (name 张*, phone 138****1234)
    PSYCH_VIEW_MASKED = "psych.view_masked"
    #: identifiable records, each access under a stated reason
    PSYCH_BREAK_GLASS = "psych.break_glass"
    #: identifiable records of a demo database only (training)
    PSYCH_VIEW_DEMO = "psych.view_demo"
    REPORT_VIEW = "report.view"
    REPORT_PRINT = "report.print"
    AUDIT_VIEW = "audit.view"
    USER_MANAGE = "user.manage"
    SETTINGS_EDIT = "settings.edit"
    REFERENCE_EDIT = "reference.edit"
    SYNC_RUN = "sync.run"
    SYNC_RESOLVE = "sync.resolve"
    DEMO_RESET = "demo.reset"


@dataclass(frozen=True)
class Actor:
    """The signed-in user as services see it: identity, role and what the role allows."""

    username: str
    display_name: str
    role_code: str
    permissions: frozenset[str] = field(default_factory=frozenset)
    user_id: uuid.UUID | None = None
    street_id: uuid.UUID | None = None
    #: signed in with a password an administrator reset: no permission until it is changed
    must_change_password: bool = False

    def can(self, permission: Permission) -> bool:
        return permission.value in self.permissions

    @classmethod
    def system(cls, name: str = "system") -> Actor:
        """The actor of command-line tools and generators run by the machine's owner."""
        return cls(name, name, "system", frozenset(p.value for p in Permission))


def require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise PermissionDenied(
            N_("Your role ({role}) does not allow this action ({permission})."),
            role=actor.role_code,
            permission=permission.value,
        )


def permissions_of_role(session: Session, role_id: uuid.UUID) -> frozenset[str]:
    rows = session.scalars(
        select(RolePermission.permission).where(
            RolePermission.role_id == role_id, RolePermission.deleted_at.is_(None)
        )
    )
    return frozenset(rows)


def actor_for(session: Session, user: User) -> Actor:
    role = session.get(Role, user.role_id)
    assert role is not None
    must_change = bool(user.must_change_password)
    return Actor(
        username=user.username,
        display_name=user.display_name,
        role_code=role.code,
        permissions=frozenset() if must_change else permissions_of_role(session, role.id),
        user_id=user.id,
        street_id=user.street_id,
        must_change_password=must_change,
    )
