"""Meetings, early-warning leads, psychological services and rosters of one month.

Psychological figures count persons and never name one; a cell of 1 to 4 persons is
printed as "<5" (``suppress_small``), and so is the next smallest cell of a breakdown
whose total is printed, so the hidden one cannot be worked out by subtraction.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models import (
    CrisisRecord,
    FollowUp,
    MeetingDemand,
    Post,
    PsychGroup,
    PsychPerson,
    Referral,
    ResidentMeeting,
    Secondment,
    Unit,
    UnitType,
    WarningLead,
)
from app.services.reports.periods import Month

SUPPRESSED = "<5"
SMALL_CELL = 5


def meeting_figures(session: Session, streets: Sequence[uuid.UUID], month: Month) -> dict[str, int]:
    in_month = (
        ResidentMeeting.street_id.in_(streets),
        ResidentMeeting.deleted_at.is_(None),
        ResidentMeeting.held_on >= month.first_day,
        ResidentMeeting.held_on <= month.last_day,
    )
    held, attendees = session.execute(
        select(func.count(), func.coalesce(func.sum(ResidentMeeting.attendees), 0)).where(*in_month)
    ).one()
    demands = session.execute(
        select(MeetingDemand.resolved_on_spot, func.count())
        .join(ResidentMeeting, ResidentMeeting.id == MeetingDemand.meeting_id)
        .where(*in_month, MeetingDemand.deleted_at.is_(None))
        .group_by(MeetingDemand.resolved_on_spot)
    ).all()
    counts = {bool(on_spot): n for on_spot, n in demands}
    return {
        "held": int(held),
        "attendees": int(attendees),
        "demands": sum(counts.values()),
        "demands_resolved_on_spot": counts.get(True, 0),
    }


def lead_figures(session: Session, streets: Sequence[uuid.UUID], month: Month) -> dict[str, Any]:
    live = (WarningLead.street_id.in_(streets), WarningLead.deleted_at.is_(None))
    captured = session.execute(
        select(WarningLead.level, WarningLead.is_gathering).where(
            *live, WarningLead.captured_at >= month.start, WarningLead.captured_at < month.end
        )
    ).all()
    handed = session.scalar(
        select(func.count()).where(
            *live,
            WarningLead.handed_to_police_at >= month.start,
            WarningLead.handed_to_police_at < month.end,
        )
    )
    return {
        "captured": len(captured),
        "handed_to_police": int(handed or 0),
        "gatherings": sum(1 for _level, gathering in captured if gathering),
        "by_level": dict(sorted(Counter(level for level, _g in captured).items())),
    }


def suppress_small(value: int) -> int | str:
    """A count of 1 to 4 persons as "<5"; 0 and 5 or more as they are."""
    return SUPPRESSED if 0 < value < SMALL_CELL else value


def suppress_breakdown(counts: dict[str, int]) -> dict[str, int | str]:
    """Each small cell as "<5"; when exactly one is hidden, the next smallest too."""
    shown: dict[str, int | str] = {key: suppress_small(n) for key, n in counts.items()}
    hidden = [key for key, value in shown.items() if value == SUPPRESSED]
    if len(hidden) == 1:
        others = sorted((n, key) for key, n in counts.items() if key not in hidden and n > 0)
        if others:
            shown[others[0][1]] = SUPPRESSED
    return shown


def psych_counts(session: Session, streets: Sequence[uuid.UUID], month: Month) -> dict[str, Any]:
    """The raw person counts (before suppression)."""
    live = (PsychPerson.street_id.in_(streets), PsychPerson.deleted_at.is_(None))
    in_care = (
        PsychPerson.ledger_opened_on <= month.last_day,
        or_(
            PsychPerson.ledger_closed_on.is_(None),
            PsychPerson.ledger_closed_on >= month.first_day,
        ),
    )
    by_group = dict(
        session.execute(
            select(PsychGroup.code, func.count(PsychPerson.id))
            .join(PsychGroup, PsychGroup.id == PsychPerson.group_id)
            .where(*live, *in_care)
            .group_by(PsychGroup.code)
        ).all()
    )
    new = session.scalar(
        select(func.count()).where(
            *live,
            PsychPerson.ledger_opened_on >= month.first_day,
            PsychPerson.ledger_opened_on <= month.last_day,
        )
    )

    def persons(model: Any, at: Any, *extra: Any) -> int:
        query = (
            select(func.count(func.distinct(model.person_id)))
            .join(PsychPerson, PsychPerson.id == model.person_id)
            .where(*live, model.deleted_at.is_(None), at >= month.start, at < month.end, *extra)
        )
        return int(session.scalar(query) or 0)

    crises_closed = session.scalar(
        select(func.count(func.distinct(PsychPerson.id)))
        .join(CrisisRecord, CrisisRecord.person_id == PsychPerson.id)
        .where(
            *live,
            CrisisRecord.deleted_at.is_(None),
            CrisisRecord.at < month.end,
            PsychPerson.ledger_closed_on >= month.first_day,
            PsychPerson.ledger_closed_on <= month.last_day,
        )
    )
    return {
        "persons_in_care": sum(by_group.values()),
        "new_in_month": int(new or 0),
        "by_group": dict(sorted(by_group.items())),
        "referred": persons(Referral, Referral.referred_at),
        "referred_emergency": persons(Referral, Referral.referred_at, Referral.is_emergency),
        "crises_opened": persons(CrisisRecord, CrisisRecord.at),
        "crises_closed": int(crises_closed or 0),
        "overdue_follow_ups": _overdue_follow_ups(session, streets, month),
    }


def _overdue_follow_ups(session: Session, streets: Sequence[uuid.UUID], month: Month) -> int:
    """Persons still in care at month end whose latest follow-up before the end was due
    again on the month's last day or earlier."""
    latest = (
        select(FollowUp.person_id, func.max(FollowUp.at).label("at"))
        .where(FollowUp.deleted_at.is_(None), FollowUp.at < month.end)
        .group_by(FollowUp.person_id)
        .subquery()
    )
    rows = session.execute(
        select(PsychPerson.id, FollowUp.next_due_on)
        .join(latest, latest.c.person_id == PsychPerson.id)
        .join(FollowUp, (FollowUp.person_id == latest.c.person_id) & (FollowUp.at == latest.c.at))
        .where(
            PsychPerson.street_id.in_(streets),
            PsychPerson.deleted_at.is_(None),
            PsychPerson.ledger_opened_on <= month.last_day,
            or_(
                PsychPerson.ledger_closed_on.is_(None),
                PsychPerson.ledger_closed_on > month.last_day,
            ),
        )
    ).all()
    due = {person: next_due for person, next_due in rows}
    return sum(
        1 for next_due in due.values() if next_due is not None and next_due <= month.last_day
    )


def psych_figures(counts: dict[str, Any]) -> dict[str, Any]:
    """The printed psychological figures: every person count suppressed below five."""
    shown: dict[str, Any] = {
        key: suppress_small(value) for key, value in counts.items() if key != "by_group"
    }
    shown["by_group"] = suppress_breakdown(counts["by_group"])
    return shown


def roster_figures(session: Session, streets: Sequence[uuid.UUID], month: Month) -> dict[str, Any]:
    """Posts and vacancies on the month's last day; secondments that ended in the month."""
    day = month.last_day
    holding = (
        select(Secondment.post_id)
        .where(
            Secondment.deleted_at.is_(None),
            Secondment.start_date <= day,
            or_(Secondment.end_date.is_(None), Secondment.end_date >= day),
        )
        .scalar_subquery()
    )
    posts = session.execute(
        select(UnitType.code, Post.id.in_(holding))
        .join(Unit, Unit.id == Post.unit_id)
        .join(UnitType, UnitType.id == Unit.unit_type_id)
        .where(Unit.street_id.in_(streets), Unit.deleted_at.is_(None), Post.deleted_at.is_(None))
    ).all()
    vacant = Counter(code for code, filled in posts if not filled)
    expired = session.scalar(
        select(func.count())
        .select_from(Secondment)
        .join(Post, Post.id == Secondment.post_id)
        .join(Unit, Unit.id == Post.unit_id)
        .where(
            Unit.street_id.in_(streets),
            Secondment.deleted_at.is_(None),
            Secondment.end_date >= month.first_day,
            Secondment.end_date <= day,
        )
    )
    return {
        "posts": len(posts),
        "vacant": sum(vacant.values()),
        "vacant_by_unit_type": dict(sorted(vacant.items())),
        "secondments_expired": int(expired or 0),
    }
