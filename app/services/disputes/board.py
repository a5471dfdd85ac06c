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
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import Session

from app.models import Dispute, DisputeTeamMember, Severity, Staff, Unit, utcnow
from app.services.disputes.board_types import (
    COLOUR_RANK,
    Board,
    BoardCard,
    BoardColumn,
    BoardFilters,
    TeamBadge,
)
from app.services.disputes.clocks import ClockRules, load_clock_rules
from app.services.disputes.reference_data import ReferenceData, load_reference_data
from app.services.disputes.stage_rules import StageGraph, load_stage_graph
from app.services.disputes.warning_rules import WarningRuleSet, load_warning_rules
from app.services.disputes.working_calendar import local_date
from app.services.permissions import Actor, Permission, require
from app.services.pinyin_search import matches, search_keys

_CARD_COLUMNS = (
    Dispute.id,
    Dispute.version,
    Dispute.number,
    Dispute.title,
    Dispute.stage_id,
    Dispute.category_id,
    Dispute.severity_id,
    Dispute.source_id,
    Dispute.unit_id,
    Unit.name,
    Unit.unit_type_id,
    Unit.deleted_at,
    Dispute.owner_staff_id,
    Staff.name,
    Staff.deleted_at,
    Dispute.people_involved,
    Dispute.amount_owed,
    Dispute.received_at,
    Dispute.stage_entered_at,
    Dispute.lead_id,
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


def load_card_context(session: Session, now: datetime) -> CardContext:
    today = local_date(now)
    ranks = dict(session.execute(select(Severity.id, Severity.rank)).all())
    return CardContext(
        graph=load_stage_graph(session),
        reference=load_reference_data(session),
        rules=load_warning_rules(session),
        clocks=load_clock_rules(session, today - timedelta(days=366), today),
        severity_rank=ranks,
        today=today,
    )


def card_select(*conditions: ColumnElement[bool]) -> Select[*tuple[Any, ...]]:
    """The card rows: case, unit and owner in one SELECT."""
    return (
        select(*_CARD_COLUMNS)
        .outerjoin(Unit, Unit.id == Dispute.unit_id)
        .outerjoin(Staff, Staff.id == Dispute.owner_staff_id)
        .where(Dispute.deleted_at.is_(None), *conditions)
    )


def team_badges(
    session: Session, *conditions: ColumnElement[bool]
) -> dict[uuid.UUID, list[TeamBadge]]:
    """Live team members of the cases the conditions select, by case."""
    member_staff = Staff.__table__.alias("member_staff")
    rows = session.execute(
        select(
            DisputeTeamMember.dispute_id,
            DisputeTeamMember.role,
            DisputeTeamMember.staff_id,
            member_staff.c.name,
        )
        .join(member_staff, member_staff.c.id == DisputeTeamMember.staff_id)
        .join(Dispute, Dispute.id == DisputeTeamMember.dispute_id)
        .outerjoin(Unit, Unit.id == Dispute.unit_id)
        .where(DisputeTeamMember.deleted_at.is_(None), Dispute.deleted_at.is_(None), *conditions)
    )
    teams: dict[uuid.UUID, list[TeamBadge]] = defaultdict(list)
    for dispute_id, role, staff_id, name in rows:
        teams[dispute_id].append(TeamBadge(role, staff_id, name))
    return teams


def build_cards(
    rows: Iterable[Sequence[Any]], teams: dict[uuid.UUID, list[TeamBadge]], ctx: CardContext
) -> list[BoardCard]:
    stage_of = {stage.id: stage for stage in ctx.graph.stages}
    code_of = {
        kind: {i: item.code for i, item in items.items()}
        for kind, items in ctx.reference.by_id.items()
    }
    categories, severities = code_of["category"], code_of["severity"]
    sources, unit_types = code_of["source"], code_of["unit_type"]
    clock_of = ctx.clocks.clock
    colour_of = ctx.rules.colour_of
    today = ctx.today
    cards = []
    for (
        case_id,
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
        unit_deleted,
        owner_id,
        owner_name,
        owner_deleted,
        people,
        amount,
        received_at,
        entered_at,
        lead_id,
    ) in rows:
        stage = stage_of.get(stage_id)
        if stage is None:
            continue
        severity = severities.get(severity_id, "")
        received = local_date(received_at)
        clock = clock_of(severity, stage.code, received, local_date(entered_at), today)
        colour, rule = ("", "")
        if not stage.is_terminal:
            found_colour, found_rule = colour_of(severity, people, amount, clock.overdue)
            colour, rule = found_colour or "", found_rule or ""
        cards.append(
            BoardCard(
                id=case_id,
                version=version,
                number=number,
                title=title,
                stage=stage.code,
                category=categories.get(category_id, ""),
                severity=severity,
                severity_rank=ctx.severity_rank.get(severity_id, 0),
                source=sources.get(source_id, ""),
                unit_id=unit_id,
                unit_name=unit_name or "",
                unit_type=unit_types.get(unit_type_id, "") if unit_type_id else "",
                unit_removed=unit_deleted is not None,
                owner_staff_id=owner_id,
                owner_name=owner_name or "",
                owner_removed=owner_deleted is not None,
                team=tuple(teams.get(case_id, ())),
                people_involved=people,
                amount_owed=amount,
                received_at=received_at,
                stage_entered_at=entered_at,
                age_days=clock.age_days,
                age_workdays=clock.age_workdays,
                deadline=clock.deadline,
                workdays_left=clock.workdays_left,
                overdue=clock.overdue,
                colour=colour,
                colour_rule=rule,
                lead_id=lead_id,
            )
        )
    return cards


def _sql_filters(
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


def _keep(card: BoardCard, filters: BoardFilters) -> bool:
    if filters.colours and card.colour not in filters.colours:
        return False
    if filters.overdue is not None and card.overdue != filters.overdue:
        return False
    return not filters.text or matches(filters.text, search_keys(card.number, card.title))


def _sort_key(card: BoardCard) -> tuple[int, bool, date, datetime]:
    return (
        COLOUR_RANK.get(card.colour, len(COLOUR_RANK)),
        not card.overdue,
        card.deadline or date.max,
        card.received_at,
    )


def load_board(
    session: Session,
    actor: Actor,
    filters: BoardFilters | None = None,
    *,
    now: datetime | None = None,
) -> Board:
    """Every matching card, by stage column, most urgent first, with clocks and colours."""
    require(actor, Permission.DISPUTE_VIEW)
    filters = filters or BoardFilters()
    now = now or utcnow()
    ctx = load_card_context(session, now)
    conditions = _sql_filters(actor, filters, ctx, now)
    rows = session.execute(card_select(*conditions))
    teams = team_badges(session, *conditions)
    cards = [card for card in build_cards(rows, teams, ctx) if _keep(card, filters)]
    by_stage: dict[str, list[BoardCard]] = defaultdict(list)
    for card in cards:
        by_stage[card.stage].append(card)
    columns = []
    for stage in ctx.graph.stages:
        column_cards = by_stage.get(stage.code, [])
        column_cards.sort(key=_sort_key)
        columns.append(
            BoardColumn(
                stage=stage.code,
                name_zh=stage.name_zh,
                name_en=stage.name_en,
                is_terminal=stage.is_terminal,
                cards=tuple(column_cards),
                moves_to=tuple(move.to_stage for move in ctx.graph.moves_from(stage.code)),
            )
        )
    colour_counts = dict.fromkeys(COLOUR_RANK, 0)
    for card in cards:
        if card.colour:
            colour_counts[card.colour] = colour_counts.get(card.colour, 0) + 1
    return Board(
        columns=tuple(columns),
        filters=filters,
        as_of=now,
        today=ctx.today,
        labels=ctx.reference.labels(ctx.graph.stage_items()),
        calendar_fallback_years=tuple(sorted(ctx.clocks.used_fallback_years)),
        colour_counts=colour_counts,
        overdue_count=sum(card.overdue for card in cards),
    )
