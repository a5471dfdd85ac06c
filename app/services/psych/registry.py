"""The registry list: persons in care, masked unless identities are revealed with a reason.

A masked list carries search keys of its unit, group, ledger number and worker only:
searching it by name or pinyin would unmask it. A revealed list adds the name and
phone to the keys, and the reveal is logged once with the number of records shown.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from app.models import Community, Crisis, Institution, PsychGroup, PsychPerson
from app.services.china_time import today_in_china
from app.services.permissions import Actor, Permission, require
from app.services.pinyin_search import code_keys, person_keys, search_keys
from app.services.psych.access import (
    log_access,
    mask_id_number,
    mask_name,
    mask_phone,
    require_identified,
    require_rows,
)

#: the most rows one list holds; a street's registry is far smaller
ROW_LIMIT = 100_000


@dataclass(frozen=True)
class PersonRow:
    id: uuid.UUID
    ledger_number: str
    #: the name, phone and ID number as shown: masked unless ``revealed``
    name: str
    phone: str
    id_number: str
    revealed: bool
    group: str
    group_rank: int
    group_zh: str
    group_en: str
    community: str
    institution: str
    worker: str
    next_follow_up_on: date | None
    overdue: bool
    closed: bool
    crisis_respond_by: datetime | None
    #: what a search may match (see the module's note), in two parts: the keys of the
    #: group, unit and worker (one shared string for every row with the same ones) and
    #: the row's own (ledger number; name and phone when revealed)
    shared_keys: str
    own_keys: str

    @property
    def keys(self) -> str:
        return self.shared_keys + self.own_keys

    @property
    def open_crisis(self) -> bool:
        return self.crisis_respond_by is not None


@dataclass(frozen=True)
class RegistryCounts:
    """Aggregate figures: no names."""

    by_group: dict[str, int]
    open_ledgers: int
    overdue: int
    open_crises: int


def _base_query() -> Select[*tuple[Any, ...]]:
    open_crisis = (
        select(Crisis.person_id, func.min(Crisis.respond_by).label("respond_by"))
        .where(Crisis.closed_at.is_(None), Crisis.deleted_at.is_(None))
        .group_by(Crisis.person_id)
        .subquery()
    )
    return (
        select(
            PsychPerson.id,
            PsychPerson.ledger_number,
            PsychPerson.name,
            PsychPerson.phone,
            PsychPerson.id_number,
            PsychGroup.code,
            PsychGroup.rank,
            PsychGroup.name_zh,
            PsychGroup.name_en,
            Community.name,
            Institution.name,
            PsychPerson.worker,
            PsychPerson.next_follow_up_on,
            PsychPerson.ledger_closed_on,
            open_crisis.c.respond_by,
        )
        .join(PsychGroup, PsychGroup.id == PsychPerson.group_id)
        .outerjoin(Community, Community.id == PsychPerson.community_id)
        .outerjoin(Institution, Institution.id == PsychPerson.responsible_institution_id)
        .outerjoin(open_crisis, open_crisis.c.person_id == PsychPerson.id)
        .where(PsychPerson.deleted_at.is_(None))
    )


def _scoped(query: Select[*tuple[Any, ...]], actor: Actor) -> Select[*tuple[Any, ...]]:
    if actor.street_id is not None:
        query = query.where(PsychPerson.street_id == actor.street_id)
    return query


def _rows(
    session: Session, query: Select[*tuple[Any, ...]], revealed: bool, today: date
) -> list[PersonRow]:
    rows: list[PersonRow] = []
    unit_keys: dict[tuple[str, str, str], str] = {}
    worker_keys: dict[str, str] = {}
    shared_keys: dict[tuple[str, str], str] = {}
    for (
        person_id,
        ledger_number,
        name,
        phone,
        id_number,
        group,
        rank,
        group_zh,
        group_en,
        community,
        institution,
        worker,
        next_on,
        closed_on,
        respond_by,
    ) in session.execute(query):
        unit = (group_zh, community or "", institution or "")
        keys = unit_keys.get(unit)
        if keys is None:
            keys = unit_keys[unit] = search_keys(group_zh, group_en, *unit[1:])
        known = worker_keys.get(worker)
        if known is None:
            known = worker_keys[worker] = search_keys(worker)
        shared = shared_keys.get((keys, known))
        if shared is None:
            shared = shared_keys[keys, known] = keys + known
        own = code_keys(ledger_number)
        if revealed:
            own += person_keys(name, phone)
        rows.append(
            PersonRow(
                id=person_id,
                ledger_number=ledger_number,
                name=name if revealed else mask_name(name),
                phone=phone if revealed else mask_phone(phone),
                id_number=id_number if revealed else mask_id_number(id_number),
                revealed=revealed,
                group=group,
                group_rank=rank,
                group_zh=group_zh,
                group_en=group_en,
                community=community or "",
                institution=institution or "",
                worker=worker,
                next_follow_up_on=next_on,
                overdue=closed_on is None and next_on is not None and next_on < today,
                closed=closed_on is not None,
                crisis_respond_by=respond_by,
                shared_keys=shared,
                own_keys=own,
            )
        )
    return rows


def list_persons(
    session: Session,
    actor: Actor,
    *,
    include_closed: bool = False,
    purpose: str | None = None,
    legal_basis: str = "statutory_duty",
    today: date | None = None,
) -> list[PersonRow]:
    """Persons in care of the actor's street (all streets for the district).

    Masked; with a ``purpose`` the identities are revealed (refused without the right
    or the reason) and the reveal is logged.
    """
    require_rows(session, actor)
    revealed = purpose is not None
    reason = ""
    if revealed:
        reason, legal_basis = require_identified(session, actor, purpose, legal_basis)
    query = _scoped(_base_query(), actor)
    if not include_closed:
        query = query.where(PsychPerson.ledger_closed_on.is_(None))
    query = query.order_by(PsychGroup.rank.desc(), PsychPerson.ledger_number).limit(ROW_LIMIT)
    rows = _rows(session, query, revealed, today or today_in_china())
    if revealed:
        log_access(session, actor, "reveal", None, reason, legal_basis, count=len(rows))
    return sorted(rows, key=_crisis_first)


def _crisis_first(row: PersonRow) -> tuple[int, float]:
    if row.crisis_respond_by is None:
        return (1, 0.0)
    return (0, row.crisis_respond_by.timestamp())


def overdue_follow_ups(
    session: Session,
    actor: Actor,
    *,
    today: date | None = None,
    purpose: str | None = None,
    legal_basis: str = "statutory_duty",
    limit: int = ROW_LIMIT,
    group: str = "",
) -> list[PersonRow]:
    """Open ledgers whose next follow-up is past, most overdue first (the first
    ``limit``); masked unless revealed as in ``list_persons``."""
    require_rows(session, actor)
    revealed = purpose is not None
    reason = ""
    if revealed:
        reason, legal_basis = require_identified(session, actor, purpose, legal_basis)
    day = today or today_in_china()
    query = (
        _scoped(_base_query(), actor)
        .where(
            PsychPerson.ledger_closed_on.is_(None),
            PsychPerson.next_follow_up_on < day,
        )
        .order_by(PsychPerson.next_follow_up_on, PsychPerson.ledger_number)
        .limit(limit)
    )
    if group:
        query = query.where(PsychGroup.code == group)
    rows = _rows(session, query, revealed, day)
    if revealed:
        log_access(session, actor, "reveal", None, reason, legal_basis, count=len(rows))
    return rows


def registry_counts(session: Session, actor: Actor, today: date | None = None) -> RegistryCounts:
    """Counts only, for every role holding the aggregate permission; nothing is logged."""
    require(actor, Permission.PSYCH_VIEW_AGGREGATE)
    day = today or today_in_china()
    open_ledger = and_(PsychPerson.ledger_closed_on.is_(None), PsychPerson.deleted_at.is_(None))
    scope = [PsychPerson.street_id == actor.street_id] if actor.street_id else []
    by_group = dict(
        session.execute(
            select(PsychGroup.code, func.count(PsychPerson.id))
            .join(PsychPerson, PsychPerson.group_id == PsychGroup.id)
            .where(open_ledger, *scope)
            .group_by(PsychGroup.code)
        ).all()
    )
    overdue = session.scalar(
        select(func.count()).where(open_ledger, PsychPerson.next_follow_up_on < day, *scope)
    )
    crises = session.scalar(
        select(func.count(Crisis.id))
        .join(PsychPerson, PsychPerson.id == Crisis.person_id)
        .where(Crisis.closed_at.is_(None), *scope)
    )
    return RegistryCounts(
        by_group={code: int(n) for code, n in by_group.items()},
        open_ledgers=sum(by_group.values()),
        overdue=int(overdue or 0),
        open_crises=int(crises or 0),
    )
