"""The roster tree (street → community or unit type → 幸福里 unit → post) and vacancy counts."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Street
from app.services.china_time import today_in_china
from app.services.errors import N_
from app.services.permissions import Actor, Permission
from app.services.rosters.occupancy import (
    PostInfo,
    UnitInfo,
    load_communities,
    load_posts,
    load_units,
)
from app.services.rosters.rows import (
    NodeKind,
    Scope,
    TreeNode,
    UnitVacancies,
    VacancyCount,
    VacancySummary,
)
from app.services.street_scope import street_service

#: Label of the node gathering units that belong to no community.
NO_COMMUNITY = N_("(no community)")


def _scope_street(actor: Actor, street_id: uuid.UUID | None) -> uuid.UUID | None:
    return street_id if street_id is not None else actor.street_id


def _post_node(post: PostInfo) -> TreeNode:
    unit = post.unit
    return TreeNode(
        kind=NodeKind.POST,
        id=post.id,
        label=post.label,
        scope=Scope(unit.street_id, unit.community_id, unit.unit_type_id, unit.id, post.id),
        posts=1,
        vacancies=int(post.is_vacant),
        unit_type_code=unit.unit_type_code,
        tier=post.tier,
        occupant="、".join(o.staff_name for o in post.occupants),
    )


def _unit_node(unit: UnitInfo, posts: list[PostInfo]) -> TreeNode:
    children = tuple(_post_node(post) for post in posts)
    return TreeNode(
        kind=NodeKind.UNIT,
        id=unit.id,
        label=unit.name,
        scope=Scope(unit.street_id, unit.community_id, unit.unit_type_id, unit.id),
        posts=len(children),
        vacancies=sum(child.vacancies for child in children),
        children=children,
        unit_type_code=unit.unit_type_code,
    )


def _group(
    kind: NodeKind, node_id: uuid.UUID, label: str, scope: Scope, children: list[TreeNode]
) -> TreeNode:
    return TreeNode(
        kind=kind,
        id=node_id,
        label=label,
        scope=scope,
        posts=sum(c.posts for c in children),
        vacancies=sum(c.vacancies for c in children),
        children=tuple(children),
    )


#: (id, street id, name) of the communities and (id, name) of the streets in scope
Places = tuple[list[tuple[uuid.UUID, uuid.UUID, str]], list[tuple[uuid.UUID, str]]]


def read_places(session: Session, street_id: uuid.UUID | None) -> Places:
    """The communities and streets the tree hangs units under, in code order."""
    query = select(Street.id, Street.name).where(Street.deleted_at.is_(None))
    if street_id is not None:
        query = query.where(Street.id == street_id)
    streets = [(sid, name) for sid, name in session.execute(query.order_by(Street.code))]
    return load_communities(session, street_id), streets


def build_tree(
    session: Session,
    street_id: uuid.UUID | None,
    group_by: NodeKind,
    units: dict[uuid.UUID, UnitInfo],
    posts_by_unit: dict[uuid.UUID, list[PostInfo]],
) -> tuple[TreeNode, ...]:
    """The street nodes over units and posts already loaded (see ``load_tree``)."""
    return assemble_tree(group_by, units, posts_by_unit, read_places(session, street_id))


def assemble_tree(
    group_by: NodeKind,
    units: dict[uuid.UUID, UnitInfo],
    posts_by_unit: dict[uuid.UUID, list[PostInfo]],
    places: Places,
) -> tuple[TreeNode, ...]:
    """The street nodes over units, posts and places already read (no database)."""
    unit_nodes: dict[uuid.UUID, list[tuple[UnitInfo, TreeNode]]] = defaultdict(list)
    for unit in units.values():
        unit_nodes[unit.street_id].append((unit, _unit_node(unit, posts_by_unit[unit.id])))
    communities, street_rows = places

    streets = []
    for sid, street_name in street_rows:
        members = unit_nodes.get(sid, [])
        groups: list[TreeNode] = []
        if group_by == NodeKind.UNIT_TYPE:
            by_type: dict[uuid.UUID, list[tuple[UnitInfo, TreeNode]]] = defaultdict(list)
            for unit, node in members:
                by_type[unit.unit_type_id].append((unit, node))
            for type_id, items in sorted(
                by_type.items(), key=lambda kv: kv[1][0][0].unit_type_order
            ):
                first = items[0][0]
                groups.append(
                    _group(
                        NodeKind.UNIT_TYPE,
                        type_id,
                        first.unit_type,
                        Scope(street_id=sid, unit_type_id=type_id),
                        [node for _, node in items],
                    )
                )
        else:
            for cid, c_street, name in communities:
                if c_street != sid:
                    continue
                children = [node for unit, node in members if unit.community_id == cid]
                groups.append(
                    _group(
                        NodeKind.COMMUNITY,
                        cid,
                        name,
                        Scope(street_id=sid, community_id=cid),
                        children,
                    )
                )
            known = {cid for cid, c_street, _ in communities if c_street == sid}
            loose = [node for unit, node in members if unit.community_id not in known]
            if loose:
                groups.append(
                    _group(NodeKind.COMMUNITY, sid, NO_COMMUNITY, Scope(street_id=sid), loose)
                )
        streets.append(_group(NodeKind.STREET, sid, street_name, Scope(street_id=sid), groups))
    return tuple(streets)


def _units_and_posts(
    session: Session, street_id: uuid.UUID | None, today: date, language: str
) -> tuple[dict[uuid.UUID, UnitInfo], dict[uuid.UUID, list[PostInfo]]]:
    units = load_units(session, street_id, language)
    posts_by_unit: dict[uuid.UUID, list[PostInfo]] = defaultdict(list)
    for post in load_posts(session, street_id, today, language, units):
        posts_by_unit[post.unit.id].append(post)
    return units, posts_by_unit


@street_service(Permission.ROSTER_VIEW)
def load_tree(
    session: Session,
    actor: Actor,
    *,
    street_id: uuid.UUID | None = None,
    group_by: NodeKind = NodeKind.COMMUNITY,
    today: date | None = None,
    language: str = "zh_CN",
) -> tuple[TreeNode, ...]:
    """One node per street in scope; below it communities (or the five unit types).

    Units outside any community hang under a "(no community)" node whose label is the
    untranslated source string ``NO_COMMUNITY`` for the view to translate.
    """
    street_id = _scope_street(actor, street_id)
    today = today or today_in_china()
    units, posts_by_unit = _units_and_posts(session, street_id, today, language)
    return build_tree(session, street_id, group_by, units, posts_by_unit)


@street_service(Permission.ROSTER_VIEW)
def vacancy_summary(
    session: Session,
    actor: Actor,
    *,
    street_id: uuid.UUID | None = None,
    today: date | None = None,
    language: str = "zh_CN",
) -> VacancySummary:
    """Posts and vacancies per unit, per unit type and in total (no personal names)."""
    street_id = _scope_street(actor, street_id)
    today = today or today_in_china()
    units, posts_by_unit = _units_and_posts(session, street_id, today, language)
    return summarise_vacancies(units, posts_by_unit)


def summarise_vacancies(
    units: dict[uuid.UUID, UnitInfo], posts_by_unit: dict[uuid.UUID, list[PostInfo]]
) -> VacancySummary:
    """Posts and vacancies per unit, per unit type and in total, over loaded posts."""
    per_unit: list[UnitVacancies] = []
    by_type: dict[str, VacancyCount] = {}
    total = VacancyCount()
    for unit in units.values():
        posts = posts_by_unit[unit.id]
        count = VacancyCount(len(posts), sum(1 for p in posts if not p.is_vacant))
        vacant_kinds: dict[str, int] = {}
        for post in posts:
            if post.is_vacant:
                vacant_kinds[post.kind] = vacant_kinds.get(post.kind, 0) + 1
        per_unit.append(
            UnitVacancies(
                unit.id,
                unit.name,
                unit.unit_type_id,
                unit.unit_type,
                count,
                tuple(vacant_kinds.items()),
            )
        )
        by_type[unit.unit_type] = by_type.get(unit.unit_type, VacancyCount()) + count
        total = total + count
    return VacancySummary(tuple(per_unit), tuple(by_type.items()), total)
