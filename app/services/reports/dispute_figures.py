"""The dispute figures of one month, as defined in docs/reports.md.

Every count leaves tombstoned rows out. Times are compared with the month's window in
UTC ([00:00 on the 1st, China time; the same on the next month's 1st)).
"""

from __future__ import annotations

import statistics
import uuid
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from app.models import (
    Dispute,
    DisputeCategory,
    DisputeEvent,
    DisputeSource,
    DisputeStage,
    ResolutionMethod,
    Severity,
    Unit,
    UnitType,
)
from app.services.china_time import CHINA_TZ
from app.services.disputes.clocks import ClockRules
from app.services.disputes.warning_rules import WarningRuleSet
from app.services.reports.periods import Month

NO_UNIT = "none"
NO_COLOUR = "none"
ESCALATED = "escalated"
ACCEPTED = "accepted"
ON_SPOT = "on_spot"


def _china_day(moment: datetime) -> date:
    return moment.astimezone(CHINA_TZ).date()


def _moved_into(
    session: Session, streets: Sequence[uuid.UUID], month: Month, stages: Sequence[str]
) -> dict[str, int]:
    """Per stage, the cases (not tombstoned) with a move into it dated in the month.

    Only the month's events are read (through the index on their time) and their cases
    looked up by key; the street is checked here, so SQLite never walks every event of
    the district's cases.
    """
    target = aliased(DisputeStage)
    rows = session.execute(
        select(DisputeEvent.dispute_id, target.code, Dispute.street_id, Dispute.deleted_at)
        .join(target, target.id == DisputeEvent.to_stage_id)
        .join(Dispute, Dispute.id == DisputeEvent.dispute_id)
        .where(
            DisputeEvent.at >= month.start,
            DisputeEvent.at < month.end,
            DisputeEvent.kind == "moved",
            DisputeEvent.deleted_at.is_(None),
            target.code.in_(stages),
        )
    ).all()
    wanted = set(streets)
    cases: dict[str, set[uuid.UUID]] = {stage: set() for stage in stages}
    for dispute_id, code, street_id, deleted_at in rows:
        if street_id in wanted and deleted_at is None:
            cases[code].add(dispute_id)
    return {stage: len(ids) for stage, ids in cases.items()}


def _received_rows(session: Session, streets: Sequence[uuid.UUID], month: Month) -> list[Any]:
    return list(
        session.execute(
            select(
                Dispute.id,
                DisputeCategory.code,
                Severity.code,
                DisputeSource.code,
                UnitType.code,
                Unit.code,
                Dispute.people_involved,
                Dispute.amount_owed,
            )
            .join(DisputeCategory, DisputeCategory.id == Dispute.category_id)
            .join(Severity, Severity.id == Dispute.severity_id)
            .join(DisputeSource, DisputeSource.id == Dispute.source_id)
            .outerjoin(Unit, Unit.id == Dispute.unit_id)
            .outerjoin(UnitType, UnitType.id == Unit.unit_type_id)
            .where(
                Dispute.street_id.in_(streets),
                Dispute.deleted_at.is_(None),
                Dispute.received_at >= month.start,
                Dispute.received_at < month.end,
            )
        )
    )


def _resolved_rows(session: Session, streets: Sequence[uuid.UUID], month: Month) -> list[Any]:
    return list(
        session.execute(
            select(Dispute.id, Unit.code, ResolutionMethod.code, Dispute.received_at)
            .add_columns(Dispute.resolved_at)
            .outerjoin(Unit, Unit.id == Dispute.unit_id)
            .outerjoin(ResolutionMethod, ResolutionMethod.id == Dispute.resolution_method_id)
            .where(
                Dispute.street_id.in_(streets),
                Dispute.deleted_at.is_(None),
                Dispute.resolved_at >= month.start,
                Dispute.resolved_at < month.end,
            )
        )
    )


def overdue_at_month_end(
    session: Session, streets: Sequence[uuid.UUID], month: Month, rules: ClockRules
) -> dict[uuid.UUID, bool]:
    """Open cases at the month's end, each with whether its stage deadline had passed.

    A case is open at month end when it was received before the end and neither resolved
    nor closed before it. Its stage then is the last creation or move dated before the
    end; the deadline counts working days from that day (the case clock's rule), and the
    case is overdue when the deadline day is the month's last day or earlier.
    """
    open_cases = dict(
        session.execute(
            select(Dispute.id, Severity.code)
            .join(Severity, Severity.id == Dispute.severity_id)
            .where(
                Dispute.street_id.in_(streets),
                Dispute.deleted_at.is_(None),
                Dispute.received_at < month.end,
                or_(Dispute.resolved_at.is_(None), Dispute.resolved_at >= month.end),
                or_(Dispute.closed_at.is_(None), Dispute.closed_at >= month.end),
            )
        ).all()
    )
    if not open_cases:
        return {}
    stage = aliased(DisputeStage)
    events = session.execute(
        select(DisputeEvent.dispute_id, DisputeEvent.at, stage.code, Dispute.received_at)
        .join(Dispute, Dispute.id == DisputeEvent.dispute_id)
        .join(stage, stage.id == DisputeEvent.to_stage_id)
        .where(
            and_(
                Dispute.street_id.in_(streets),
                Dispute.deleted_at.is_(None),
                Dispute.received_at < month.end,
                or_(Dispute.resolved_at.is_(None), Dispute.resolved_at >= month.end),
                or_(Dispute.closed_at.is_(None), Dispute.closed_at >= month.end),
                DisputeEvent.deleted_at.is_(None),
                DisputeEvent.kind.in_(("created", "moved")),
                DisputeEvent.at < month.end,
            )
        )
        .order_by(DisputeEvent.dispute_id, DisputeEvent.at, DisputeEvent.id)
    )
    last: dict[uuid.UUID, tuple[datetime, str, datetime]] = {}
    for dispute_id, at, code, received in events:
        last[dispute_id] = (at, code, received)
    after_end = month.next.first_day
    result: dict[uuid.UUID, bool] = {}
    for dispute_id, severity in open_cases.items():
        found = last.get(dispute_id)
        if found is None:
            result[dispute_id] = False
            continue
        at, code, received = found
        clock = rules.clock(severity, code, _china_day(received), _china_day(at), after_end)
        result[dispute_id] = clock.overdue
    return result


def dispute_figures(
    session: Session,
    streets: Sequence[uuid.UUID],
    month: Month,
    rules: ClockRules,
    warnings: WarningRuleSet,
) -> dict[str, Any]:
    received = _received_rows(session, streets, month)
    resolved = _resolved_rows(session, streets, month)
    overdue = overdue_at_month_end(session, streets, month, rules)
    moved = _moved_into(session, streets, month, (ACCEPTED, ESCALATED))
    workdays = [
        rules.calendar.workdays_between(_china_day(row[3]), _china_day(row[4])) for row in resolved
    ]
    colours: Counter[str] = Counter()
    for row in received:
        colour, _rule = warnings.colour_of(
            row[2], int(row[6] or 0), Decimal(row[7] or 0), overdue.get(row[0], False)
        )
        colours[colour or NO_COLOUR] += 1
    units = session.scalars(
        select(Unit.code).where(Unit.street_id.in_(streets), Unit.deleted_at.is_(None))
    )
    by_unit: dict[str, dict[str, int]] = {code: {"received": 0, "resolved": 0} for code in units}
    for row in received:
        by_unit.setdefault(row[5] or NO_UNIT, {"received": 0, "resolved": 0})["received"] += 1
    for row in resolved:
        by_unit.setdefault(row[1] or NO_UNIT, {"received": 0, "resolved": 0})["resolved"] += 1
    return {
        "received": len(received),
        "accepted": moved[ACCEPTED],
        "resolved": len(resolved),
        "resolved_on_spot": sum(1 for row in resolved if row[2] == ON_SPOT),
        "escalated": moved[ESCALATED],
        "overdue_at_month_end": sum(1 for late in overdue.values() if late),
        "open_at_month_end": len(overdue),
        "median_workdays_to_resolve": statistics.median(workdays) if workdays else None,
        "by_category": dict(sorted(Counter(row[1] for row in received).items())),
        "by_severity": dict(sorted(Counter(row[2] for row in received).items())),
        "by_source": dict(sorted(Counter(row[3] for row in received).items())),
        "by_unit_type": dict(sorted(Counter(row[4] or NO_UNIT for row in received).items())),
        "by_warning_colour": dict(sorted(colours.items())),
        "by_unit": dict(sorted(by_unit.items())),
    }
