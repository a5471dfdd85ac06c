"""The organisation a desk works in: district, streets, communities, grids, 幸福里 units,
departments, volunteer teams and the post templates of each unit type.

``load_tree`` reads it as the Organisation tab shows it; ``add_node``, ``rename_node``,
``move_node`` and ``retire_node`` change it (administrators only). The workbook
template, its import (a dry run, then all or nothing) and the export live in
``app.services.organisation.workbook``.
"""

from app.services.organisation.editing import (
    NodeForm,
    add_node,
    move_node,
    rename_node,
    retire_node,
)
from app.services.organisation.nodes import (
    PARENT_KINDS,
    Choice,
    NodeKey,
    OrgKind,
    OrgNode,
    OrgTree,
    load_tree,
)
from app.services.organisation.usage import InUse

__all__ = [
    "PARENT_KINDS",
    "Choice",
    "InUse",
    "NodeForm",
    "NodeKey",
    "OrgKind",
    "OrgNode",
    "OrgTree",
    "add_node",
    "load_tree",
    "move_node",
    "rename_node",
    "retire_node",
]
