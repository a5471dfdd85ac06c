"""The ledger 一人一事一台账: one timeline per person and matter, opened under the log.

Services, referral steps, crisis steps and assessments, follow-ups and linked dispute
cases, oldest first. Opening it is a view of an identifiable record: it is logged with
its purpose and legal basis in the same transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Community,
    Crisis,
    CrisisRecord,
    CrisisStep,
    Dispute,
    FollowUp,
    Institution,
    PsychCaseLink,
    PsychGroup,
    PsychService,
    PsychServiceKind,
    Referral,
    ReferralStep,
)
from app.services.china_time import CHINA_TZ
from app.services.permissions import Actor
from app.services.psych.access import log_access, person_in_scope, require_identified
from app.services.psych.crisis import CrisisClock, crisis_clock, open_crisis_of
from app.services.psych.referrals import NEXT_STEPS, status_of
from app.services.psych.rules import follow_up_cadence


@dataclass(frozen=True)
class LedgerEntry:
    at: datetime
    #: service | referral | crisis | assessment | follow_up | dispute | opened | closed
    kind: str
    #: a code the view names (service kind, referral status, crisis item, method)
    what: str
    #: the label of ``what`` in Chinese and English where the database has one
    label_zh: str
    label_en: str
    detail: str
    by: str


@dataclass(frozen=True)
class ReferralState:
    """A referral of the person, where it stands and the steps it may take next."""

    id: uuid.UUID
    to_institution: str
    status: str
    next_steps: tuple[str, ...]


@dataclass(frozen=True)
class PersonLedger:
    person_id: uuid.UUID
    ledger_number: str
    name: str
    gender: str
    birth_year: int | None
    id_number: str
    no_id_reason: str
    phone: str
    group: str
    group_zh: str
    group_en: str
    community: str
    institution: str
    worker: str
    matter: str
    opened_on: date
    closed_on: date | None
    next_follow_up_on: date | None
    cadence_days: int
    crisis: CrisisClock | None
    entries: tuple[LedgerEntry, ...]
    referrals: tuple[ReferralState, ...] = ()


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), CHINA_TZ)


def _entries(session: Session, person_id: uuid.UUID) -> list[LedgerEntry]:
    entries: list[LedgerEntry] = []
    for at, code, zh, en, provider, note in session.execute(
        select(
            PsychService.at,
            PsychServiceKind.code,
            PsychServiceKind.name_zh,
            PsychServiceKind.name_en,
            PsychService.provider,
            PsychService.note,
        )
        .join(PsychServiceKind, PsychServiceKind.id == PsychService.kind_id)
        .where(PsychService.person_id == person_id)
    ):
        entries.append(LedgerEntry(at, "service", code, zh, en, note, provider))
    for at, status, actor, note, target, reason in session.execute(
        select(
            ReferralStep.at,
            ReferralStep.status,
            ReferralStep.actor,
            ReferralStep.note,
            Institution.name,
            Referral.reason,
        )
        .join(Referral, Referral.id == ReferralStep.referral_id)
        .join(Institution, Institution.id == Referral.to_institution_id)
        .where(Referral.person_id == person_id)
    ):
        status = {"open": "sent", "completed": "closed"}.get(status, status)
        detail = f"{target}：{note or reason}"
        entries.append(LedgerEntry(at, "referral", status, target, target, detail, actor))
    for row in session.scalars(select(CrisisRecord).where(CrisisRecord.person_id == person_id)):
        detail = "；".join(part for part in (row.assessment, row.action) if part)
        entries.append(
            LedgerEntry(row.at, "assessment", row.risk_level, "", "", detail, row.responder)
        )
    for crisis in session.scalars(select(Crisis).where(Crisis.person_id == person_id)):
        entries.append(
            LedgerEntry(
                crisis.raised_at, "crisis", "raised", "", "", crisis.reason, crisis.raised_by
            )
        )
        for step in session.scalars(select(CrisisStep).where(CrisisStep.crisis_id == crisis.id)):
            entries.append(LedgerEntry(step.at, "crisis", step.item, "", "", step.note, step.actor))
    for follow_up in session.scalars(select(FollowUp).where(FollowUp.person_id == person_id)):
        entries.append(
            LedgerEntry(
                follow_up.at, "follow_up", follow_up.method, "", "", follow_up.result, follow_up.by
            )
        )
    for number, title, received in session.execute(
        select(Dispute.number, Dispute.title, Dispute.received_at)
        .join(PsychCaseLink, PsychCaseLink.dispute_id == Dispute.id)
        .where(PsychCaseLink.person_id == person_id, PsychCaseLink.deleted_at.is_(None))
    ):
        entries.append(LedgerEntry(received, "dispute", number, "", "", title, ""))
    return entries


def open_ledger(
    session: Session,
    actor: Actor,
    person_id: uuid.UUID,
    purpose: str | None = None,
    legal_basis: str = "statutory_duty",
    *,
    action: str = "view",
) -> PersonLedger:
    """A person's whole ledger; refused without identity access (or, for whom it
    applies, without a stated reason); the view is logged."""
    reason, basis = require_identified(session, actor, purpose, legal_basis)
    person = person_in_scope(session, actor, person_id)
    group = session.get(PsychGroup, person.group_id)
    community = session.get(Community, person.community_id) if person.community_id else None
    institution = (
        session.get(Institution, person.responsible_institution_id)
        if person.responsible_institution_id
        else None
    )
    entries = _entries(session, person.id)
    entries.append(
        LedgerEntry(_day_start(person.ledger_opened_on), "opened", "", "", "", person.matter, "")
    )
    if person.ledger_closed_on is not None:
        entries.append(
            LedgerEntry(_day_start(person.ledger_closed_on), "closed", "", "", "", "", "")
        )
    entries.sort(key=lambda entry: entry.at)
    crisis = open_crisis_of(session, person.id)
    group_code = group.code if group else "general"
    log_access(session, actor, action, person.id, reason, basis)
    return PersonLedger(
        person_id=person.id,
        ledger_number=person.ledger_number,
        name=person.name,
        gender=person.gender,
        birth_year=person.birth_year,
        id_number=person.id_number,
        no_id_reason=person.no_id_reason,
        phone=person.phone,
        group=group_code,
        group_zh=group.name_zh if group else "",
        group_en=group.name_en if group else "",
        community=community.name if community else "",
        institution=institution.name if institution else "",
        worker=person.worker,
        matter=person.matter,
        opened_on=person.ledger_opened_on,
        closed_on=person.ledger_closed_on,
        next_follow_up_on=person.next_follow_up_on,
        cadence_days=follow_up_cadence(session).get(group_code, 30),
        crisis=crisis_clock(session, crisis) if crisis is not None else None,
        entries=tuple(entries),
        referrals=_referrals(session, person.id),
    )


def _referrals(session: Session, person_id: uuid.UUID) -> tuple[ReferralState, ...]:
    states = []
    for referral, target in session.execute(
        select(Referral, Institution.name)
        .join(Institution, Institution.id == Referral.to_institution_id)
        .where(Referral.person_id == person_id, Referral.deleted_at.is_(None))
        .order_by(Referral.referred_at)
    ):
        status = status_of(referral)
        states.append(ReferralState(referral.id, target, status, NEXT_STEPS.get(status, ())))
    return tuple(states)
