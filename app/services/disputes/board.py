"""The kanban board query: a handful of set-based SELECTs, clocks and colours in Python.

One query reads every matching card as a plain row (case, unit and owner joined), one
reads their team members; reference lists, rules and the calendar are a few tiny
queries. Deadlines use the indexed working calendar (O(1) per card) and colours are
memoised per distinct set of facts, so 10,000 open cards stay well inside the budget.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, String, and_, or_, select, type_coerce
from sqlalchemy.orm import Session

from app.models import (
    Dispute,
    DisputeTeamMember,
    Severity,
    Staff,
    Unit,
)
from app.services.china_time import local_date
from app.services.disputes.board_types import (
    BoardCard,
    BoardFilters,
    TeamBadge,
)
from app.services.disputes.clocks import ClockRules, load_clock_rules
from app.services.disputes.reference_data import ReferenceData, load_reference_data
from app.services.disputes.stage_rules import StageGraph, load_stage_graph
from app.services.disputes.warning_rules import WarningRuleSet, load_warning_rules
from app.services.permissions import Actor
from app.services.sync import state

_T = TypeVar("_T")


def _raw(column: Any) -> Any:
    """The column as the driver returns it: SQLAlchemy's per-value conversion (a UUID
    object per id, a parsed datetime per timestamp) is most of the cost of 10,000 rows,
    so ids and times are converted here only where a card needs them."""
    return type_coerce(column, String)


def _uuid(raw: Any, cache: dict[Any, uuid.UUID]) -> uuid.UUID | None:
    """A stored id as a UUID (SQLite keeps 32 hex digits; PostgreSQL returns UUIDs)."""
    if raw is None or isinstance(raw, uuid.UUID):
        return raw
    found = cache.get(raw)
    if found is None:
        found = cache[raw] = uuid.UUID(raw)
    return found


def _utc(raw: Any) -> datetime:
    """A stored timestamp as an aware UTC datetime (SQLite keeps ISO text in UTC)."""
    if isinstance(raw, datetime):
        return raw if raw.tzinfo else raw.replace(tzinfo=UTC)
    return datetime.fromisoformat(raw + "+00:00")


def _by_raw(items: dict[uuid.UUID, _T]) -> dict[Any, _T]:
    """``items`` keyed by an id as either backend returns it: a UUID, or 32 hex digits."""
    keyed: dict[Any, _T] = {}
    for key, value in items.items():
        keyed[key] = value
        keyed[key.hex] = value
    return keyed


_CARD_COLUMNS = (
    _raw(Dispute.id),
    Dispute.version,
    Dispute.number,
    Dispute.title,
    _raw(Dispute.stage_id),
    _raw(Dispute.category_id),
    _raw(Dispute.severity_id),
    _raw(Dispute.source_id),
    _raw(Dispute.unit_id),
    Unit.name,
    _raw(Unit.unit_type_id),
    Unit.deleted_at.is_not(None),
    _raw(Dispute.owner_staff_id),
    Staff.name,
    Staff.deleted_at.is_not(None),
    Dispute.people_involved,
    Dispute.amount_owed,
    _raw(Dispute.received_at),
    _raw(Dispute.stage_entered_at),
    _raw(Dispute.lead_id),
    Dispute.dirty,
)


@dataclass
class CardContext:
    """Everything turning rows into cards needs, loaded once per board."""

    graph: StageGraph
    reference: ReferenceData
    rules: WarningRuleSet
    clocks: ClockRules
    severity_rank: dict[uuid.UUID, int]
    today: date
    #: the desk syncs with a centre: its unsent cases are marked (on a desk on its own,
    #: every case is "unsent", and saying so says nothing)
    joined: bool = False


def load_card_context(session: Session, now: datetime) -> CardContext:
    today = local_date(now)
    return CardContext(
        graph=load_stage_graph(session),
        reference=load_reference_data(session),
        rules=load_warning_rules(session),
        clocks=load_clock_rules(session, today - timedelta(days=366), today),
        severity_rank=dict(session.execute(select(Severity.id, Severity.rank)).all()),
        today=today,
        joined=state.get(session.connection(), state.PROFILE_KEY) is not None,
    )


def card_select(*conditions: ColumnElement[bool]) -> Select[*tuple[Any, ...]]:
    """The card rows: the case with its unit and owner in one SELECT. Reference ids are
    turned into codes from the small lists already loaded, not by joins."""
    return (
        select(*_CARD_COLUMNS)
        .outerjoin(Unit, Unit.id == Dispute.unit_id)
        .outerjoin(Staff, Staff.id == Dispute.owner_staff_id)
        .where(Dispute.deleted_at.is_(None), *conditions)
    )


def team_badges(session: Session, *conditions: ColumnElement[bool]) -> dict[Any, list[TeamBadge]]:
    """Live team members of the cases the conditions select, by the case's stored id."""
    connection = session.connection()
    rows = connection.execute(
        select(
            _raw(DisputeTeamMember.dispute_id),
            DisputeTeamMember.role,
            _raw(DisputeTeamMember.staff_id),
        )
        .join(Dispute, Dispute.id == DisputeTeamMember.dispute_id)
        .outerjoin(Unit, Unit.id == Dispute.unit_id)
        .where(DisputeTeamMember.deleted_at.is_(None), Dispute.deleted_at.is_(None), *conditions)
    ).all()
    staff_ids: dict[Any, uuid.UUID] = {}
    for _case, _role, raw_staff in rows:
        if raw_staff not in staff_ids:
            is_uuid = isinstance(raw_staff, uuid.UUID)
            staff_ids[raw_staff] = raw_staff if is_uuid else uuid.UUID(raw_staff)
    names = dict(
        connection.execute(
            select(Staff.id, Staff.name).where(Staff.id.in_(list(set(staff_ids.values()))))
        ).all()
    )
    # The same few hundred people sit on thousands of teams: one badge each, shared.
    badges: dict[tuple[str, Any], TeamBadge] = {}
    teams: dict[Any, list[TeamBadge]] = defaultdict(list)
    for case_id, role, raw_staff in rows:
        badge = badges.get((role, raw_staff))
        if badge is None:
            staff_id = staff_ids[raw_staff]
            badge = badges[(role, raw_staff)] = TeamBadge(role, staff_id, names.get(staff_id, ""))
        teams[case_id].append(badge)
    return teams


def card_rows(session: Session, *conditions: ColumnElement[bool]) -> Sequence[Any]:
    # Core execution: the rows are plain tuples, no ORM entity machinery per row.
    session.flush()
    return session.connection().execute(card_select(*conditions)).all()


def build_cards(
    rows: Iterable[Sequence[Any]], teams: dict[Any, list[TeamBadge]], ctx: CardContext
) -> list[BoardCard]:
    stage_of = _by_raw({stage.id: stage for stage in ctx.graph.stages})
    codes = {
        kind: _by_raw({key: item.code for key, item in items.items()})
        for kind, items in ctx.reference.by_id.items()
    }
    categories, severities, sources = codes["category"], codes["severity"], codes["source"]
    unit_types = codes["unit_type"]
    ranks = _by_raw(ctx.severity_rank)
    clock_of = ctx.clocks.clock
    colour_of = ctx.rules.colour_of
    today = ctx.today
    joined = ctx.joined
    ids: dict[Any, uuid.UUID] = {}
    cards = []
    for (
        raw_id,
        version,
        number,
        title,
        stage_id,
        category_id,
        severity_id,
        source_id,
        unit_id,
        unit_name,
        unit_type_id,
        unit_removed,
        owner_id,
        owner_name,
        owner_removed,
        people,
        amount,
        raw_received,
        raw_entered,
        lead_id,
        dirty,
    ) in rows:
        stage = stage_of.get(stage_id)
        if stage is None:
            continue
        severity = severities.get(severity_id, "")
        received_at = _utc(raw_received)
        entered_at = _utc(raw_entered)
        clock = clock_of(
            severity, stage.code, local_date(received_at), local_date(entered_at), today
        )
        colour, rule = ("", "")
        if not stage.is_terminal:
            found_colour, found_rule = colour_of(severity, people, amount, clock.overdue)
            colour, rule = found_colour or "", found_rule or ""
        # Positional, in BoardCard's field order: keywords cost a third more per card.
        cards.append(
            BoardCard(
                uuid.UUID(raw_id) if isinstance(raw_id, str) else raw_id,
                version,
                number,
                title,
                stage.code,
                categories.get(category_id, ""),
                severity,
                ranks.get(severity_id, 0),
                sources.get(source_id, ""),
                _uuid(unit_id, ids),
                unit_name or "",
                unit_types.get(unit_type_id, ""),
                bool(unit_removed),
                _uuid(owner_id, ids),
                owner_name or "",
                bool(owner_removed),
                tuple(teams.get(raw_id, ())),
                people,
                amount,
                received_at,
                entered_at,
                clock.age_days,
                clock.age_workdays,
                clock.deadline,
                clock.workdays_left,
                clock.overdue,
                colour,
                rule,
                _uuid(lead_id, ids),
                joined and bool(dirty),
            )
        )
    return cards


def sql_filters(
    actor: Actor, filters: BoardFilters, ctx: CardContext, now: datetime
) -> list[ColumnElement[bool]]:
    open_ids = [stage.id for stage in ctx.graph.open_stages]
    cutoff = now - timedelta(days=max(filters.closed_within_days, 0))
    conditions: list[ColumnElement[bool]] = [
        or_(
            Dispute.stage_id.in_(open_ids),
            and_(Dispute.closed_at.is_not(None), Dispute.closed_at >= cutoff),
        )
    ]
    if actor.street_id is not None:
        conditions.append(Dispute.street_id == actor.street_id)
    if filters.unit_ids:
        conditions.append(Dispute.unit_id.in_(list(filters.unit_ids)))
    if filters.owner_staff_ids:
        conditions.append(Dispute.owner_staff_id.in_(list(filters.owner_staff_ids)))
    by_code = ctx.reference.by_id
    for kind, codes, column in (
        ("unit_type", filters.unit_types, Unit.unit_type_id),
        ("category", filters.categories, Dispute.category_id),
        ("severity", filters.severities, Dispute.severity_id),
        ("source", filters.sources, Dispute.source_id),
    ):
        if codes:
            ids = [item.id for item in by_code[kind].values() if item.code in codes]
            conditions.append(column.in_(ids))
    return conditions
