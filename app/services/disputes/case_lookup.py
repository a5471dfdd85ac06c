"""Cases to link something to, found by number or title: the open ones and those closed
lately, newest first. A plain SELECT of a few columns, without the board's clocks and
colours, so a link dialog opens at once on a street with thousands of cases."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.models import Dispute, utcnow
from app.services.disputes.stage_rules import load_stage_graph
from app.services.permissions import Actor, Permission, require

CLOSED_WITHIN_DAYS = 30


@dataclass(frozen=True, slots=True)
class CaseToLink:
    id: uuid.UUID
    version: int
    number: str
    title: str


def cases_to_link(
    session: Session,
    actor: Actor,
    *,
    limit: int = 2000,
    now: datetime | None = None,
) -> list[CaseToLink]:
    """Open cases and those closed in the last 30 days on the actor's street, newest
    received first (at most ``limit``)."""
    require(actor, Permission.DISPUTE_VIEW)
    cutoff = (now or utcnow()) - timedelta(days=CLOSED_WITHIN_DAYS)
    open_ids = [stage.id for stage in load_stage_graph(session).open_stages]
    query = (
        select(Dispute.id, Dispute.version, Dispute.number, Dispute.title)
        .where(
            Dispute.deleted_at.is_(None),
            or_(
                Dispute.stage_id.in_(open_ids),
                and_(Dispute.closed_at.is_not(None), Dispute.closed_at >= cutoff),
            ),
        )
        .order_by(Dispute.received_at.desc(), Dispute.number.desc())
        .limit(limit)
    )
    if actor.street_id is not None:
        query = query.where(Dispute.street_id == actor.street_id)
    return [CaseToLink(*row) for row in session.execute(query)]
