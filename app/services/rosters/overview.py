"""What the Rosters pane opens on, and the rules it shows them by.

``load_roster_overview`` reads the tree, the vacancy summary and the staff rows in one
pass (``roster_snapshot``) with the filter choices, and derives from them where each unit
sits, which posts are vacant today and which were left vacant by a secondment that ended.
The pane takes it in two steps: ``load_roster_start`` reads every row and builds the staff
rows it paints first; ``finish_roster_overview`` then builds the rest from those rows.
``units_in_scope``, ``expired_vacancies`` and ``vacancies_by_unit_type`` answer the pane's
questions about a part of the tree without another read.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.services.china_time import today_in_china
from app.services.collector import collector_paused
from app.services.permissions import Actor, Permission
from app.services.pinyin_search import normalise_query, text_keys
from app.services.rosters.filter_choices import RosterFilterChoices, roster_filter_choices
from app.services.rosters.occupancy import TIER_ORDER
from app.services.rosters.people import PeopleTable
from app.services.rosters.roster_snapshot import RosterRead, finish_snapshot, read_roster
from app.services.rosters.rows import (
    NodeKind,
    PostStatus,
    Scope,
    StaffRow,
    TreeNode,
    UnitVacancies,
    VacancyCount,
    VacancySummary,
)
from app.services.street_scope import street_service

_SCOPE_FIELDS = ("street_id", "community_id", "unit_type_id", "unit_id")


@dataclass(frozen=True)
class RosterOverview:
    language: str
    group_by: NodeKind
    tree: tuple[TreeNode, ...]
    summary: VacancySummary
    staff: PeopleTable[StaffRow]
    choices: RosterFilterChoices
    #: unit id → where the unit sits (street, community, type), from the tree
    unit_scopes: Mapping[uuid.UUID, Scope]
    #: post id → end date of a secondment into it that has ended (the post may be
    #: filled again since)
    expired: Mapping[uuid.UUID, date | None]
    #: posts nobody holds today
    vacant_posts: frozenset[uuid.UUID]


@dataclass(frozen=True, slots=True)
class TypeVacancies:
    unit_type_id: uuid.UUID
    unit_type: str
    units: int
    count: VacancyCount


@dataclass(frozen=True)
class RosterStart:
    """The part of the overview the pane paints first (the staff rows and the filter
    choices), and what ``finish_roster_overview`` builds the rest from."""

    language: str
    group_by: NodeKind
    staff: PeopleTable[StaffRow]
    choices: RosterFilterChoices
    read: RosterRead


@street_service(Permission.ROSTER_VIEW)
def load_roster_start(
    session: Session,
    actor: Actor,
    *,
    street_id: uuid.UUID | None = None,
    group_by: NodeKind = NodeKind.COMMUNITY,
    language: str = "zh_CN",
    today: date | None = None,
) -> RosterStart:
    """Every row the pane shows but the volunteers, in one read (the collector paused:
    it would walk the tens of thousands of objects being built, for nothing)."""
    street_id = street_id if street_id is not None else actor.street_id
    with collector_paused():
        read = read_roster(session, street_id, today or today_in_china(), language)
        choices = roster_filter_choices(session, actor, street_id=street_id, language=language)
    return RosterStart(language, group_by, read.staff, choices, read)


def finish_roster_overview(start: RosterStart) -> RosterOverview:
    """The tree, the vacancy summary and what the pane asks of them, built from the rows
    ``load_roster_start`` read (no database: it may run after the staff rows are shown)."""
    with collector_paused():
        snapshot = finish_snapshot(start.read, start.group_by)
    unit_scopes = {
        node.id: node.scope
        for root in snapshot.tree
        for node in root.walk()
        if node.kind == NodeKind.UNIT
    }
    expired = {
        row.post_id: row.end_date
        for row in snapshot.staff.rows
        if row.status == PostStatus.EXPIRED and row.post_id is not None
    }
    vacant_posts = frozenset(
        row.post_id
        for row in snapshot.staff.rows
        if row.status == PostStatus.VACANT and row.post_id is not None
    )
    return RosterOverview(
        start.language,
        start.group_by,
        snapshot.tree,
        snapshot.summary,
        snapshot.staff,
        start.choices,
        unit_scopes,
        expired,
        vacant_posts,
    )


@street_service(Permission.ROSTER_VIEW)
def load_roster_overview(
    session: Session,
    actor: Actor,
    *,
    street_id: uuid.UUID | None = None,
    group_by: NodeKind = NodeKind.COMMUNITY,
    language: str = "zh_CN",
    today: date | None = None,
) -> RosterOverview:
    """Everything the pane shows but the volunteers: ``load_roster_start`` finished."""
    start = load_roster_start(
        session, actor, street_id=street_id, group_by=group_by, language=language, today=today
    )
    return finish_roster_overview(start)


def in_scope(unit_scope: Scope | None, scope: Scope) -> bool:
    """A unit is in a node's scope when every id the node sets matches (posts aside)."""
    if unit_scope is None:
        return False
    for name in _SCOPE_FIELDS:
        wanted = getattr(scope, name)
        if wanted is not None and getattr(unit_scope, name) != wanted:
            return False
    return True


def units_in_scope(
    overview: RosterOverview, scope: Scope, unit_type_id: uuid.UUID | None, query: str = ""
) -> list[UnitVacancies]:
    """The units of a tree node (of one unit type, if given) whose name or type matches
    ``query`` (characters, pinyin or initials)."""
    needle = normalise_query(query)
    return [
        unit
        for unit in overview.summary.units
        if (unit_type_id is None or unit.unit_type_id == unit_type_id)
        and in_scope(overview.unit_scopes.get(unit.unit_id), scope)
        and (not needle or needle in text_keys(unit.unit, unit.unit_type))
    ]


def expired_vacancies(
    roots: Sequence[TreeNode],
    expired: Mapping[uuid.UUID, object],
    unit_type_id: uuid.UUID | None,
) -> int:
    """Vacant posts below these nodes that were left by a secondment that ended."""
    return sum(
        1
        for root in roots
        for node in root.walk()
        if node.kind == NodeKind.POST
        and node.vacancies
        and node.id in expired
        and (unit_type_id is None or node.scope.unit_type_id == unit_type_id)
    )


def vacancies_by_unit_type(
    units: Iterable[UnitVacancies],
) -> tuple[list[TypeVacancies], VacancyCount]:
    """Units, posts and vacancies per unit type (in the order types first appear), and
    the total."""
    types: dict[uuid.UUID, TypeVacancies] = {}
    total = VacancyCount()
    for unit in units:
        seen = types.get(unit.unit_type_id)
        if seen is None:
            types[unit.unit_type_id] = TypeVacancies(
                unit.unit_type_id, unit.unit_type, 1, unit.count
            )
        else:
            types[unit.unit_type_id] = TypeVacancies(
                unit.unit_type_id, unit.unit_type, seen.units + 1, seen.count + unit.count
            )
        total = total + unit.count
    return list(types.values()), total


def tier_rank(tier: str) -> int:
    """Where a post's tier sorts: 格长, 副格长, basic posts, specialists, then the rest."""
    return TIER_ORDER.get(tier, 9)
