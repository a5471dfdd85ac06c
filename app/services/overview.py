"""What the database holds for each area, counted for the overview panes."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Base,
    Dispute,
    DisputeStage,
    FollowUp,
    MeetingDemand,
    PsychPerson,
    Referral,
    ResidentMeeting,
    WarningLead,
)
from app.services.permissions import Actor, Permission, require


def _count(session: Session, model: type[Base], *conditions: object) -> int:
    query = select(func.count()).select_from(model)
    deleted_at = getattr(model, "deleted_at", None)
    if deleted_at is not None:
        query = query.where(deleted_at.is_(None))
    for condition in conditions:
        query = query.where(condition)  # type: ignore[arg-type]
    return int(session.scalar(query) or 0)


def dispute_counts(session: Session, actor: Actor) -> dict[str, int]:
    require(actor, Permission.DISPUTE_VIEW)
    open_stage_ids = select(DisputeStage.id).where(DisputeStage.is_terminal.is_(False))
    return {
        "disputes": _count(session, Dispute),
        "open": _count(session, Dispute, Dispute.stage_id.in_(open_stage_ids)),
        "meetings": _count(session, ResidentMeeting),
        "demands": _count(session, MeetingDemand),
        "leads": _count(session, WarningLead),
    }


def psych_counts(session: Session, actor: Actor) -> dict[str, int]:
    """Aggregate counts only: no name or record is read, so no view is audited."""
    require(actor, Permission.PSYCH_VIEW_AGGREGATE)
    return {
        "persons": _count(session, PsychPerson),
        "referrals": _count(session, Referral),
        "follow_ups": _count(session, FollowUp),
    }
