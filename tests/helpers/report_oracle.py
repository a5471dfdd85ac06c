"""The monthly report's figures counted again, the plain way: every row loaded, filtered
and counted in Python from the definitions in docs/reports.md, with none of the report
service's queries. Tests compare the service with this."""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    CrisisRecord,
    DeadlineRule,
    Dispute,
    DisputeCategory,
    DisputeEvent,
    DisputeSource,
    DisputeStage,
    FollowUp,
    MeetingDemand,
    Post,
    PsychGroup,
    PsychPerson,
    Referral,
    ResidentMeeting,
    ResolutionMethod,
    Secondment,
    Severity,
    Unit,
    UnitType,
    WarningLead,
)
from app.services.disputes.working_calendar import WorkingCalendar

CHINA = timedelta(hours=8)


def china_month(moment: datetime | None) -> str | None:
    return None if moment is None else (moment.astimezone(UTC) + CHINA).strftime("%Y-%m")


def china_day(moment: datetime) -> date:
    return (moment.astimezone(UTC) + CHINA).date()


def _all(session: Session, model: Any) -> list[Any]:
    return [row for row in session.scalars(select(model)) if row.deleted_at is None]


def _codes(session: Session, model: Any) -> dict[Any, str]:
    return {row.id: row.code for row in session.scalars(select(model))}


def _suppress(value: int) -> int | str:
    return "<5" if 0 < value < 5 else value


def expected_figures(session: Session, month: str, street_ids: set[Any]) -> dict[str, Any]:
    year, number = (int(part) for part in month.split("-"))
    first = date(year, number, 1)
    last = (date(year + number // 12, number % 12 + 1, 1)) - timedelta(days=1)
    stages = _codes(session, DisputeStage)
    disputes = [d for d in _all(session, Dispute) if d.street_id in street_ids]
    by_id = {d.id: d for d in disputes}
    received = [d for d in disputes if china_month(d.received_at) == month]
    resolved = [d for d in disputes if china_month(d.resolved_at) == month]
    methods = _codes(session, ResolutionMethod)
    events = [e for e in _all(session, DisputeEvent) if e.dispute_id in by_id]

    def moved_into(stage: str) -> int:
        return len(
            {
                e.dispute_id
                for e in events
                if e.kind == "moved"
                and stages.get(e.to_stage_id) == stage
                and china_month(e.at) == month
            }
        )

    categories = _codes(session, DisputeCategory)
    units = {u.id: u for u in session.scalars(select(Unit))}
    unit_types = _codes(session, UnitType)
    calendar = WorkingCalendar.covering(first - timedelta(days=400), last)
    workdays = [
        calendar.workdays_between(china_day(d.received_at), china_day(d.resolved_at))
        for d in resolved
    ]
    end_day = last + timedelta(days=1)

    def open_at_end(d: Dispute) -> bool:
        ended = [
            t for t in (d.resolved_at, d.closed_at) if t is not None and china_day(t) < end_day
        ]
        return china_day(d.received_at) < end_day and not ended

    rules = {
        (_codes(session, Severity)[r.severity_id], stages[r.stage_id]): r.working_days
        for r in _all(session, DeadlineRule)
    }
    overdue = 0
    for d in disputes:
        if not open_at_end(d):
            continue
        steps = sorted(
            (e for e in events if e.dispute_id == d.id and e.kind in ("created", "moved")),
            key=lambda e: (e.at, e.id),
        )
        steps = [e for e in steps if china_day(e.at) < end_day]
        if not steps:
            continue
        days = rules.get((_codes(session, Severity)[d.severity_id], stages[steps[-1].to_stage_id]))
        if days is not None and calendar.add_workdays(china_day(steps[-1].at), days) <= last:
            overdue += 1
    disputes_figures = {
        "overdue_at_month_end": overdue,
        "received": len(received),
        "accepted": moved_into("accepted"),
        "resolved": len(resolved),
        "resolved_on_spot": sum(
            1 for d in resolved if methods.get(d.resolution_method_id) == "on_spot"
        ),
        "escalated": moved_into("escalated"),
        "open_at_month_end": sum(1 for d in disputes if open_at_end(d)),
        "median_workdays_to_resolve": statistics.median(workdays) if workdays else None,
        "by_category": dict(Counter(categories[d.category_id] for d in received)),
        "by_severity": dict(Counter(_codes(session, Severity)[d.severity_id] for d in received)),
        "by_source": dict(Counter(_codes(session, DisputeSource)[d.source_id] for d in received)),
        "by_unit_type": dict(
            Counter(
                unit_types[units[d.unit_id].unit_type_id] if d.unit_id else "none" for d in received
            )
        ),
    }
    meetings = [
        m
        for m in _all(session, ResidentMeeting)
        if m.street_id in street_ids and first <= m.held_on <= last
    ]
    meeting_ids = {m.id for m in meetings}
    demands = [d for d in _all(session, MeetingDemand) if d.meeting_id in meeting_ids]
    leads = [w for w in _all(session, WarningLead) if w.street_id in street_ids]
    persons = [p for p in _all(session, PsychPerson) if p.street_id in street_ids]
    person_ids = {p.id for p in persons}
    in_care = [
        p
        for p in persons
        if p.ledger_opened_on <= last
        and (p.ledger_closed_on is None or p.ledger_closed_on >= first)
    ]
    groups = _codes(session, PsychGroup)
    referrals = [
        r
        for r in _all(session, Referral)
        if r.person_id in person_ids and china_month(r.referred_at) == month
    ]
    crises = [c for c in _all(session, CrisisRecord) if c.person_id in person_ids]
    follow_ups: dict[Any, FollowUp] = {}
    for f in sorted(_all(session, FollowUp), key=lambda f: f.at):
        if f.person_id in person_ids and china_day(f.at) <= last:
            follow_ups[f.person_id] = f
    still_in_care = [
        p
        for p in persons
        if p.ledger_opened_on <= last and (p.ledger_closed_on is None or p.ledger_closed_on > last)
    ]
    crisis_persons = {c.person_id for c in crises if china_day(c.at) <= last}
    psych = {
        "persons_in_care": _suppress(len(in_care)),
        "new_in_month": _suppress(sum(1 for p in persons if first <= p.ledger_opened_on <= last)),
        "referred": _suppress(len({r.person_id for r in referrals})),
        "referred_emergency": _suppress(len({r.person_id for r in referrals if r.is_emergency})),
        "crises_opened": _suppress(
            len({c.person_id for c in crises if china_month(c.at) == month})
        ),
        "crises_closed": _suppress(
            sum(
                1
                for p in persons
                if p.id in crisis_persons
                and p.ledger_closed_on is not None
                and first <= p.ledger_closed_on <= last
            )
        ),
        "overdue_follow_ups": _suppress(
            sum(
                1
                for p in still_in_care
                if p.id in follow_ups
                and follow_ups[p.id].next_due_on is not None
                and follow_ups[p.id].next_due_on <= last
            )
        ),
        "raw_by_group": dict(Counter(groups[p.group_id] for p in in_care)),
    }
    scoped_units = {
        u.id for u in units.values() if u.street_id in street_ids and u.deleted_at is None
    }
    posts = [p for p in _all(session, Post) if p.unit_id in scoped_units]
    post_ids = {p.id for p in posts}
    secondments = [s for s in _all(session, Secondment) if s.post_id in post_ids]
    held = {
        s.post_id
        for s in secondments
        if s.start_date <= last and (s.end_date is None or s.end_date >= last)
    }
    vacant = [p for p in posts if p.id not in held]
    return {
        "disputes": disputes_figures,
        "meetings": {
            "held": len(meetings),
            "attendees": sum(m.attendees for m in meetings),
            "demands": len(demands),
            "demands_resolved_on_spot": sum(1 for d in demands if d.resolved_on_spot),
        },
        "leads": {
            "captured": sum(1 for w in leads if china_month(w.captured_at) == month),
            "handed_to_police": sum(
                1 for w in leads if china_month(w.handed_to_police_at) == month
            ),
        },
        "psych": psych,
        "rosters": {
            "posts": len(posts),
            "vacant": len(vacant),
            "vacant_by_unit_type": dict(
                Counter(unit_types[units[p.unit_id].unit_type_id] for p in vacant)
            ),
            "secondments_expired": sum(
                1 for s in secondments if s.end_date is not None and first <= s.end_date <= last
            ),
        },
    }
