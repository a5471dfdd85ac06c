"""Who sees what of the registry, identities masked, and the log of every access.

Psychological-service staff see identifiable records; an administrator may, each time
under a stated reason; a trainer only on a demo database; clerks and supervisors see
masked rows and counts. Every view of an identifiable record, every reveal, print and
disclosure is written to ``psych_access`` (append-only) with its purpose and legal
basis, in the same transaction as the read it records.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.models import PsychAccess, PsychPerson, utcnow
from app.services.auth import is_demo_database
from app.services.errors import N_, NotFound, PermissionDenied, ValidationError
from app.services.permissions import Actor, Permission
from app.services.street_scope import refuse_other_street
from app.services.validators import text

#: code -> (Chinese, English): the PIPL grounds a registry access may rest on
LEGAL_BASES: dict[str, tuple[str, str]] = {
    "statutory_duty": ("履行法定职责", "Statutory duty"),
    "vital_interest": ("保护生命健康（紧急情况）", "Protecting life and health (emergency)"),
    "consent": ("本人同意", "The person's consent"),
    "public_health": ("应对突发公共卫生事件", "Public health emergency"),
}
#: the purpose recorded when staff open a ledger in the course of their work
CARE_PURPOSE = "follow-up care"
PURPOSE_LIMIT = 500


@dataclass(frozen=True)
class Rights:
    """What one actor may do with the registry on this database."""

    masked_rows: bool
    identified: bool
    #: every identifiable access needs its own stated reason (administrators)
    reason_always: bool
    edit: bool


def rights(session: Session, actor: Actor) -> Rights:
    demo = actor.can(Permission.PSYCH_VIEW_DEMO) and is_demo_database(session)
    staff = actor.can(Permission.PSYCH_VIEW_IDENTIFIED) or demo
    identified = staff or actor.can(Permission.PSYCH_BREAK_GLASS)
    return Rights(
        masked_rows=identified or actor.can(Permission.PSYCH_VIEW_MASKED),
        identified=identified,
        reason_always=identified and not staff,
        edit=actor.can(Permission.PSYCH_EDIT) or demo,
    )


def _denied(actor: Actor, permission: Permission) -> PermissionDenied:
    return PermissionDenied(
        N_("Your role ({role}) does not allow this action ({permission})."),
        role=actor.role_code,
        permission=permission.value,
    )


def require_rows(session: Session, actor: Actor) -> Rights:
    """Refuse unless the actor may see registry rows (masked at least)."""
    granted = rights(session, actor)
    if not granted.masked_rows:
        raise _denied(actor, Permission.PSYCH_VIEW_MASKED)
    return granted


def require_edit(session: Session, actor: Actor) -> Rights:
    granted = rights(session, actor)
    if not granted.edit:
        raise _denied(actor, Permission.PSYCH_EDIT)
    return granted


def stated_purpose(purpose: object, legal_basis: object) -> tuple[str, str]:
    """A reason that is really there and one of the legal bases, or ``ValidationError``."""
    reason = text(
        "purpose",
        purpose,
        PURPOSE_LIMIT,
        required=True,
        empty_message=N_("State the reason for seeing these identities."),
    )
    if len(reason) < 4:
        raise ValidationError("purpose", N_("Describe the reason in a few words."))
    if legal_basis not in LEGAL_BASES:
        raise ValidationError("legal_basis", N_("Choose the legal basis of this access."))
    return reason, str(legal_basis)


def require_identified(
    session: Session, actor: Actor, purpose: str | None, legal_basis: str
) -> tuple[str, str]:
    """Refuse unless the actor may see identities; the purpose and basis to log.

    Staff opening a record in their work log it as follow-up care; anyone else (and
    everyone revealing a list) must state a reason.
    """
    granted = rights(session, actor)
    if not granted.identified:
        raise _denied(actor, Permission.PSYCH_VIEW_IDENTIFIED)
    if purpose is None and not granted.reason_always:
        return CARE_PURPOSE, "statutory_duty"
    return stated_purpose(purpose or "", legal_basis)


def log_access(
    session: Session,
    actor: Actor,
    action: str,
    person_id: uuid.UUID | None,
    purpose: str,
    legal_basis: str,
    *,
    recipient: str = "",
    fields: str = "",
    count: int = 1,
) -> None:
    session.add(
        PsychAccess(
            at=utcnow(),
            username=actor.username,
            role_code=actor.role_code,
            action=action,
            person_id=person_id,
            record_count=count,
            purpose=purpose,
            legal_basis=legal_basis,
            recipient=recipient[:120],
            fields=fields[:200],
        )
    )


def person_in_scope(session: Session, actor: Actor, person_id: uuid.UUID) -> PsychPerson:
    person = session.get(PsychPerson, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFound(N_("No such person in the registry."))
    refuse_other_street(actor, person.street_id)
    return person


# masking ------------------------------------------------------------------------------
def mask_name(name: str) -> str:
    """张三丰 -> 张*: the surname's first character only, not even the name's length."""
    return f"{name[:1]}*" if name else ""


def mask_phone(phone: str) -> str:
    """13812341234 -> 138****1234."""
    if len(phone) >= 8:
        return f"{phone[:3]}****{phone[-4:]}"
    return "****" if phone else ""


def mask_id_number(number: str) -> str:
    """The first two and last two characters; the birth date and order code hidden."""
    if len(number) >= 8:
        return f"{number[:2]}{'*' * (len(number) - 4)}{number[-2:]}"
    return "****" if number else ""
