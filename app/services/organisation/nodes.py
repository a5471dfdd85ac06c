"""The organisation as a tree of nodes: district, streets, their communities, grids and
幸福里 units, departments and volunteer teams, and the post templates of each unit type.

A node is named by its kind and id. Which kind may sit under which is declared once here
(``PARENT_KINDS``), for adding, moving and the tree the Organisation tab shows.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Community,
    Department,
    DepartmentKind,
    District,
    Grid,
    PostKind,
    PostTemplate,
    Street,
    Unit,
    UnitType,
    VolunteerTeam,
)
from app.services.permissions import Actor, Permission, require
from app.services.pinyin_search import pinyin_sort_key


class OrgKind(StrEnum):
    DISTRICT = "district"
    STREET = "street"
    COMMUNITY = "community"
    GRID = "grid"
    UNIT = "unit"
    DEPARTMENT = "department"
    TEAM = "team"
    UNIT_TYPE = "unit_type"
    POST_TEMPLATE = "post_template"


#: The kinds a node of each kind may be added under or moved to.
PARENT_KINDS: dict[OrgKind, tuple[OrgKind, ...]] = {
    OrgKind.DISTRICT: (),
    OrgKind.STREET: (OrgKind.DISTRICT,),
    OrgKind.COMMUNITY: (OrgKind.STREET,),
    OrgKind.GRID: (OrgKind.COMMUNITY,),
    OrgKind.UNIT: (OrgKind.COMMUNITY,),
    OrgKind.DEPARTMENT: (OrgKind.STREET, OrgKind.DISTRICT),
    OrgKind.TEAM: (OrgKind.STREET, OrgKind.DISTRICT),
    OrgKind.UNIT_TYPE: (),
    OrgKind.POST_TEMPLATE: (OrgKind.UNIT_TYPE,),
}

#: Kinds that carry a code (what a re-import matches by).
CODED_KINDS = frozenset(
    {OrgKind.DISTRICT, OrgKind.STREET, OrgKind.COMMUNITY, OrgKind.GRID, OrgKind.UNIT}
)
#: Kinds the tab may rename, move and retire (unit types are reference data).
EDITABLE_KINDS = frozenset(PARENT_KINDS) - {OrgKind.UNIT_TYPE}

MODELS: dict[OrgKind, type] = {
    OrgKind.DISTRICT: District,
    OrgKind.STREET: Street,
    OrgKind.COMMUNITY: Community,
    OrgKind.GRID: Grid,
    OrgKind.UNIT: Unit,
    OrgKind.DEPARTMENT: Department,
    OrgKind.TEAM: VolunteerTeam,
    OrgKind.UNIT_TYPE: UnitType,
    OrgKind.POST_TEMPLATE: PostTemplate,
}


@dataclass(frozen=True)
class NodeKey:
    kind: OrgKind
    id: uuid.UUID


@dataclass(frozen=True)
class OrgNode:
    """One row of the tree; ``detail`` is the unit type, department kind, post kind and
    count, or the team's psychological mark, as shown beside the name."""

    key: NodeKey
    parent: NodeKey | None
    name: str
    code: str
    detail: str
    version: int
    #: the street the node belongs to (None: district-wide)
    street_id: uuid.UUID | None


@dataclass(frozen=True)
class Choice:
    id: uuid.UUID
    code: str
    label: str


@dataclass(frozen=True)
class OrgTree:
    """Nodes in display order (parents before children) and the lists forms choose from."""

    nodes: tuple[OrgNode, ...]
    unit_types: tuple[Choice, ...]
    department_kinds: tuple[Choice, ...]
    post_kinds: tuple[Choice, ...]
    can_edit: bool

    def children(self, parent: NodeKey | None) -> list[OrgNode]:
        return [node for node in self.nodes if node.parent == parent]


def _choices(session: Session, model: Any, language: str) -> tuple[Choice, ...]:
    rows = session.scalars(
        select(model).where(model.deleted_at.is_(None)).order_by(model.sort_order, model.code)
    )
    return tuple(Choice(row.id, row.code, row.label(language)) for row in rows)


def load_tree(session: Session, actor: Actor, language: str = "zh_CN") -> OrgTree:
    """The live organisation the actor may see: everything, or their own street's."""
    require(actor, Permission.ROSTER_VIEW)
    own = actor.street_id
    unit_types = _choices(session, UnitType, language)
    dept_kinds = _choices(session, DepartmentKind, language)
    post_kinds = _choices(session, PostKind, language)
    type_names = {c.id: c.label for c in unit_types}
    kind_names = {c.id: c.label for c in dept_kinds}
    post_names = {c.id: c.label for c in post_kinds}
    nodes: list[OrgNode] = []

    def live(model: Any) -> list[Any]:
        return list(session.scalars(select(model).where(model.deleted_at.is_(None))))

    streets = [s for s in live(Street) if own is None or s.id == own]
    street_ids = {s.id for s in streets}
    district_ids = {s.district_id for s in streets}
    for district in sorted(live(District), key=lambda d: d.code):
        if own is None or district.id in district_ids:
            key = NodeKey(OrgKind.DISTRICT, district.id)
            nodes.append(
                OrgNode(key, None, district.name, district.code, "", district.version, None)
            )
    communities = sorted(
        (c for c in live(Community) if c.street_id in street_ids), key=lambda c: c.code
    )
    community_street = {c.id: c.street_id for c in communities}
    for street in sorted(streets, key=lambda s: s.code):
        parent = NodeKey(OrgKind.DISTRICT, street.district_id)
        nodes.append(
            OrgNode(
                NodeKey(OrgKind.STREET, street.id),
                parent,
                street.name,
                street.code,
                "",
                street.version,
                street.id,
            )
        )
    for community in communities:
        nodes.append(
            OrgNode(
                NodeKey(OrgKind.COMMUNITY, community.id),
                NodeKey(OrgKind.STREET, community.street_id),
                community.name,
                community.code,
                "",
                community.version,
                community.street_id,
            )
        )
    units = sorted((u for u in live(Unit) if u.street_id in street_ids), key=lambda u: u.code)
    for unit in units:
        parent = (
            NodeKey(OrgKind.COMMUNITY, unit.community_id)
            if unit.community_id in community_street
            else NodeKey(OrgKind.STREET, unit.street_id)
        )
        nodes.append(
            OrgNode(
                NodeKey(OrgKind.UNIT, unit.id),
                parent,
                unit.name,
                unit.code,
                type_names.get(unit.unit_type_id, ""),
                unit.version,
                unit.street_id,
            )
        )
    for grid in sorted(live(Grid), key=lambda g: g.code):
        if grid.community_id in community_street:
            nodes.append(
                OrgNode(
                    NodeKey(OrgKind.GRID, grid.id),
                    NodeKey(OrgKind.COMMUNITY, grid.community_id),
                    grid.name,
                    grid.code,
                    "",
                    grid.version,
                    community_street[grid.community_id],
                )
            )
    for kind, model in ((OrgKind.DEPARTMENT, Department), (OrgKind.TEAM, VolunteerTeam)):
        for row in sorted(live(model), key=lambda r: pinyin_sort_key(r.name)):
            if row.street_id is not None and row.street_id not in street_ids:
                continue
            if row.street_id is None:
                if not nodes or nodes[0].key.kind != OrgKind.DISTRICT:
                    continue
                parent = nodes[0].key
            else:
                parent = NodeKey(OrgKind.STREET, row.street_id)
            detail = kind_names.get(row.kind_id, "") if kind == OrgKind.DEPARTMENT else ""
            nodes.append(
                OrgNode(
                    NodeKey(kind, row.id), parent, row.name, "", detail, row.version, row.street_id
                )
            )
    for unit_type in unit_types:
        nodes.append(
            OrgNode(
                NodeKey(OrgKind.UNIT_TYPE, unit_type.id),
                None,
                unit_type.label,
                unit_type.code,
                "",
                0,
                None,
            )
        )
    for template in live(PostTemplate):
        nodes.append(
            OrgNode(
                NodeKey(OrgKind.POST_TEMPLATE, template.id),
                NodeKey(OrgKind.UNIT_TYPE, template.unit_type_id),
                post_names.get(template.post_kind_id, ""),
                "",
                str(template.count),
                template.version,
                None,
            )
        )
    return OrgTree(
        tuple(_display_order(nodes)),
        unit_types,
        dept_kinds,
        post_kinds,
        actor.can(Permission.SETTINGS_EDIT),
    )


def _display_order(nodes: list[OrgNode]) -> list[OrgNode]:
    """Parents before children, siblings in the order given."""
    by_parent: dict[NodeKey | None, list[OrgNode]] = {}
    for node in nodes:
        by_parent.setdefault(node.parent, []).append(node)
    known = {node.key for node in nodes}
    ordered: list[OrgNode] = []

    def walk(parent: NodeKey | None) -> None:
        for child in by_parent.get(parent, []):
            ordered.append(child)
            walk(child.key)

    walk(None)
    # nodes whose parent is out of sight (another street's district) hang at the top
    for parent, children in by_parent.items():
        if parent is not None and parent not in known:
            for child in children:
                ordered.append(
                    OrgNode(
                        child.key,
                        None,
                        child.name,
                        child.code,
                        child.detail,
                        child.version,
                        child.street_id,
                    )
                )
                walk(child.key)
    return ordered
