"""Referrals between the institutions of the 1+6+37+272 platform and outward.

Each step (sent → accepted → in service → returned / closed, or declined) is appended
with who and when. A referral sends only what the receiving side needs: the fields
depend on the kind of institution, are kept on the referral and logged as a
disclosure with the purpose and legal basis.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Institution, InstitutionKind, PsychPerson, Referral, ReferralStep, utcnow
from app.services import validators
from app.services.errors import N_, DomainError, NotFound, ValidationError
from app.services.permissions import Actor
from app.services.psych.access import (
    LEGAL_BASES,
    log_access,
    person_in_scope,
    require_edit,
    require_identified,
)

STATUSES = ("sent", "accepted", "in_service", "returned", "closed", "declined")
#: older rows said open and completed
LEGACY_STATUS = {"open": "sent", "completed": "closed"}
NEXT_STEPS = {
    "sent": ("accepted", "declined"),
    "accepted": ("in_service", "returned", "closed"),
    "in_service": ("returned", "closed"),
    "returned": ("closed",),
    "closed": (),
    "declined": (),
}
PLATFORM_KINDS = ("district_centre", "street_care_space", "community_room", "grid_site")
#: what each kind of receiving side is sent; the platform's own sites get the group
SHARED_FIELDS = {
    "hospital": ("name", "gender", "birth_year", "phone", "reason", "risk"),
    "police": ("name", "phone", "reason"),
    "school": ("name", "reason"),
    "platform": ("name", "phone", "group", "reason"),
}
OTHER_FIELDS = ("name", "phone", "reason")


def status_of(referral: Referral) -> str:
    return LEGACY_STATUS.get(referral.status, referral.status)


def _institution_kind(session: Session, institution: Institution) -> str:
    kind = session.get(InstitutionKind, institution.kind_id)
    code = kind.code if kind is not None else ""
    return "platform" if code in PLATFORM_KINDS else code


def shared_fields(session: Session, institution: Institution) -> tuple[str, ...]:
    return SHARED_FIELDS.get(_institution_kind(session, institution), OTHER_FIELDS)


def _open_institution(session: Session, institution_id: object, field: str) -> Institution:
    checked = validators.required_row_id(field, institution_id)
    institution = session.get(Institution, checked)
    if institution is None:
        raise ValidationError(field, N_("The chosen entry no longer exists."))
    if institution.deleted_at is not None:
        raise ValidationError(
            field,
            N_("{name} is closed and takes no referrals; choose another."),
            name=institution.name,
        )
    return institution


def refer(
    session: Session,
    actor: Actor,
    person_id: uuid.UUID,
    to_institution_id: uuid.UUID,
    reason: str,
    *,
    emergency: bool = False,
    legal_basis: str = "statutory_duty",
) -> uuid.UUID:
    """Send a referral; the disclosure is logged with the fields it carries."""
    require_edit(session, actor)
    person = person_in_scope(session, actor, person_id)
    if person.ledger_closed_on is not None:
        raise DomainError(N_("This ledger is closed; nothing more can be recorded in it."))
    target = _open_institution(session, to_institution_id, "to_institution_id")
    text = validators.text("reason", reason, 2000, required=True, multiline=True)
    if legal_basis not in LEGAL_BASES:
        raise ValidationError("legal_basis", N_("Choose the legal basis of this access."))
    source = person.responsible_institution_id or _district_centre(session)
    if source == target.id:
        raise ValidationError(
            "to_institution_id", N_("The person is already in this institution's care.")
        )
    fields = shared_fields(session, target)
    now = utcnow()
    referral = Referral(
        person_id=person.id,
        from_institution_id=source,
        to_institution_id=target.id,
        referred_at=now,
        reason=text,
        is_emergency=emergency,
        status="sent",
        shared_fields=",".join(fields),
    )
    session.add(referral)
    session.flush()
    session.add(
        ReferralStep(
            referral_id=referral.id, at=now, actor=actor.display_name, status="sent", note=""
        )
    )
    log_access(
        session,
        actor,
        "disclose",
        person.id,
        text,
        legal_basis,
        recipient=target.name,
        fields=",".join(fields),
    )
    return referral.id


def _district_centre(session: Session) -> uuid.UUID:
    from app.models import reference_id

    centre = session.scalar(
        select(Institution.id).where(
            Institution.kind_id == reference_id("institution_kind", "district_centre")
        )
    )
    if centre is None:
        raise DomainError(N_("The district centre is missing from the institutions."))
    return centre


def advance_referral(
    session: Session, actor: Actor, referral_id: uuid.UUID, to_status: str, note: str = ""
) -> None:
    """The next step of a referral, appended with who and when."""
    require_edit(session, actor)
    referral = session.get(Referral, referral_id)
    if referral is None:
        raise NotFound(N_("No such referral."))
    person_in_scope(session, actor, referral.person_id)
    current = status_of(referral)
    if to_status not in NEXT_STEPS.get(current, ()):
        raise DomainError(
            N_("A referral that is {current} cannot become {status}."),
            current=current,
            status=to_status,
        )
    referral.status = to_status
    session.add(
        ReferralStep(
            referral_id=referral.id,
            at=utcnow(),
            actor=actor.display_name,
            status=to_status,
            note=validators.text("note", note, 2000, multiline=True),
        )
    )


def referral_packet(
    session: Session, actor: Actor, referral_id: uuid.UUID, purpose: str | None = None
) -> dict[str, str]:
    """What the receiving side is sent: only the referral's shared fields (logged)."""
    referral = session.get(Referral, referral_id)
    if referral is None:
        raise NotFound(N_("No such referral."))
    reason, basis = require_identified(session, actor, purpose, "statutory_duty")
    person: PsychPerson = person_in_scope(session, actor, referral.person_id)
    from app.services.psych.care import group_code

    values = {
        "name": person.name,
        "gender": person.gender,
        "birth_year": str(person.birth_year or ""),
        "phone": person.phone,
        "group": group_code(session, person),
        "reason": referral.reason,
        "risk": "emergency" if referral.is_emergency else "",
    }
    fields = [f for f in referral.shared_fields.split(",") if f in values]
    log_access(session, actor, "view", person.id, reason, basis, fields=",".join(fields))
    return {f: values[f] for f in fields}


def referral_targets(session: Session, actor: Actor) -> list[tuple[uuid.UUID, str, str]]:
    """Open institutions a referral may go to: (id, name, kind code)."""
    require_edit(session, actor)
    query = (
        select(Institution.id, Institution.name, InstitutionKind.code)
        .join(InstitutionKind, InstitutionKind.id == Institution.kind_id)
        .where(Institution.deleted_at.is_(None))
        .order_by(InstitutionKind.sort_order, Institution.name)
    )
    if actor.street_id is not None:
        query = query.where(
            (Institution.street_id == actor.street_id) | Institution.street_id.is_(None)
        )
    return [(i, name, code) for i, name, code in session.execute(query)]
