"""The disclosure ledger a supervisor prints: who saw, revealed, printed or sent what.

It lists ledger numbers, never names: the supervisor reviewing it has no identity
access, and an aggregate output contains no names.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import PsychAccess, PsychPerson
from app.services.china_time import CHINA_TZ
from app.services.permissions import Actor, Permission, require

ACTIONS = ("view", "reveal", "print", "export", "disclose")


@dataclass(frozen=True)
class AccessRow:
    id: uuid.UUID
    at: datetime
    username: str
    role_code: str
    action: str
    ledger_number: str
    record_count: int
    purpose: str
    legal_basis: str
    recipient: str
    fields: str


def access_log(
    session: Session,
    actor: Actor,
    first: date,
    last: date,
    actions: tuple[str, ...] = ACTIONS,
) -> list[AccessRow]:
    """Accesses from ``first`` to ``last`` (China days), newest first."""
    require(actor, Permission.AUDIT_VIEW)
    start = datetime.combine(first, time(0, 0), CHINA_TZ)
    end = datetime.combine(last + timedelta(days=1), time(0, 0), CHINA_TZ)
    query = (
        select(PsychAccess, PsychPerson.ledger_number, PsychPerson.street_id)
        .outerjoin(PsychPerson, PsychPerson.id == PsychAccess.person_id)
        .where(PsychAccess.at >= start, PsychAccess.at < end, PsychAccess.action.in_(actions))
        .order_by(PsychAccess.at.desc())
    )
    rows = []
    for access, number, street_id in session.execute(query):
        if actor.street_id is not None and street_id not in (None, actor.street_id):
            continue
        rows.append(
            AccessRow(
                access.id,
                access.at,
                access.username,
                access.role_code,
                access.action,
                number or "",
                access.record_count,
                access.purpose,
                access.legal_basis,
                access.recipient,
                access.fields,
            )
        )
    return rows
