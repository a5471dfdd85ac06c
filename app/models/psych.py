"""Psychological-service registry: persons in care and their ledger (一人一事一台账).

These are the most sensitive records: services check the role before every read and
write an audit row for every view of an identifiable record.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import AppendOnly, Base, SyncMixin, UTCDateTime


class PsychPerson(SyncMixin, Base):
    """A resident in care, with the group they are in and the ledger's open/close dates."""

    __tablename__ = "psych_person"
    street_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("street.id"), index=True)
    community_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("community.id"))
    grid_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("grid.id"))
    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("psych_group.id"), index=True)
    responsible_institution_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("institution.id")
    )
    name: Mapped[str] = mapped_column(String(40))
    id_number: Mapped[str] = mapped_column(String(18), default="")
    gender: Mapped[str] = mapped_column(String(1), default="")
    birth_year: Mapped[int | None] = mapped_column(Integer)
    phone: Mapped[str] = mapped_column(String(20), default="")
    matter: Mapped[str] = mapped_column(Text, default="")
    ledger_opened_on: Mapped[date] = mapped_column(Date)
    ledger_closed_on: Mapped[date | None] = mapped_column(Date)
    #: the ledger's number as printed and typed (e.g. XL2026-00042)
    ledger_number: Mapped[str] = mapped_column(String(20), default="", index=True)
    #: why the person has no identity number (refused, not collected, none issued)
    no_id_reason: Mapped[str] = mapped_column(String(200), default="")
    #: the worker responsible for the follow-ups
    worker: Mapped[str] = mapped_column(String(80), default="")
    #: kept with each follow-up recorded, so the overdue list is one indexed read
    next_follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)


class PsychService(AppendOnly, SyncMixin, Base):
    """A service delivered to a person (visit, hotline, one-to-one, group session, ...)."""

    __tablename__ = "psych_service"
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("psych_person.id"), index=True)
    kind_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("psych_service_kind.id"))
    institution_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("institution.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    provider: Mapped[str] = mapped_column(String(80), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Referral(SyncMixin, Base):
    """A referral of a person between institutions; its progress is in ReferralStep."""

    __tablename__ = "referral"
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("psych_person.id"), index=True)
    from_institution_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("institution.id"))
    to_institution_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("institution.id"))
    referred_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    is_emergency: Mapped[bool] = mapped_column(default=False)
    #: sent | accepted | in_service | returned | closed | declined (older rows: open,
    #: completed)
    status: Mapped[str] = mapped_column(String(12), default="sent")
    #: the fields sent to the receiving side, comma-separated
    shared_fields: Mapped[str] = mapped_column(String(200), default="")


class ReferralStep(AppendOnly, SyncMixin, Base):
    __tablename__ = "referral_step"
    referral_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("referral.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(12))
    note: Mapped[str] = mapped_column(Text, default="")


class CrisisRecord(AppendOnly, SyncMixin, Base):
    """A crisis intervention (危机介入): assessment, risk level and the action taken."""

    __tablename__ = "crisis_record"
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("psych_person.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    #: low | medium | high | imminent
    risk_level: Mapped[str] = mapped_column(String(10))
    assessment: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(Text, default="")
    responder: Mapped[str] = mapped_column(String(80), default="")


class FollowUp(AppendOnly, SyncMixin, Base):
    """A follow-up (跟踪关爱) entry of the ledger."""

    __tablename__ = "follow_up"
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("psych_person.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    by: Mapped[str] = mapped_column(String(80))
    #: visit | phone | online | case_conference
    method: Mapped[str] = mapped_column(String(20))
    result: Mapped[str] = mapped_column(Text, default="")
    next_due_on: Mapped[date | None] = mapped_column(Date)


class Crisis(SyncMixin, Base):
    """An open crisis (危机介入) of a high-risk person: its clock and its checklist.

    The checklist steps are ``CrisisStep`` rows; the crisis is closed only once a
    crisis assessment is among them.
    """

    __tablename__ = "psych_crisis"
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("psych_person.id"), index=True)
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime())
    raised_by: Mapped[str] = mapped_column(String(80))
    reason: Mapped[str] = mapped_column(Text, default="")
    respond_by: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    closed_by: Mapped[str] = mapped_column(String(80), default="")


class CrisisStep(AppendOnly, SyncMixin, Base):
    """One checklist item done: hotline, rapid visit, assessment, emergency referral."""

    __tablename__ = "psych_crisis_step"
    crisis_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("psych_crisis.id"), index=True)
    #: hotline | visit | assessment | referral
    item: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(80))
    note: Mapped[str] = mapped_column(Text, default="")


class PsychCaseLink(SyncMixin, Base):
    """A dispute case that belongs to a person's ledger (referred from the dispute card)."""

    __tablename__ = "psych_case_link"
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("psych_person.id"), index=True)
    dispute_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dispute.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")


class PsychRule(SyncMixin, Base):
    """A registry setting an administrator sets: the crisis deadline and its clock."""

    __tablename__ = "psych_rule"
    code: Mapped[str] = mapped_column(String(40), unique=True)
    value: Mapped[str] = mapped_column(String(40))


class PsychAccess(AppendOnly, SyncMixin, Base):
    """One view, reveal, print or disclosure of identifiable registry data.

    Append-only: database triggers refuse updates and deletes, as for the audit trail.
    """

    __tablename__ = "psych_access"
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    username: Mapped[str] = mapped_column(String(80))
    role_code: Mapped[str] = mapped_column(String(40))
    #: view | reveal | print | export | disclose
    action: Mapped[str] = mapped_column(String(20), index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("psych_person.id"), index=True)
    record_count: Mapped[int] = mapped_column(Integer, default=1)
    purpose: Mapped[str] = mapped_column(Text)
    #: a code of ``LEGAL_BASES`` in app/services/psych/access.py
    legal_basis: Mapped[str] = mapped_column(String(30))
    #: the department or institution data went to (disclosures)
    recipient: Mapped[str] = mapped_column(String(120), default="")
    #: the fields disclosed, comma-separated
    fields: Mapped[str] = mapped_column(String(200), default="")
