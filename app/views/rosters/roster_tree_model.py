"""The roster tree: street → community (or unit type) → 幸福里 unit → post, with vacancies.

``ROW_ROLE`` gives the ``TreeNode``. Column 0 names the node (a post also names who holds
it); column 1 counts vacant posts out of all posts below. A vacant post shows in red, one
whose secondment ended in orange. The tree can be narrowed to one unit type and to posts
still vacant; counts then cover what is shown.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.services.rosters import NO_COMMUNITY, NodeKind, Scope, TreeNode
from app.views.error_text import translate_error
from app.views.models.roles import ROW_ROLE, SORT_ROLE
from app.views.rosters.model_support import EXPIRED_COLOUR, VACANT_COLOUR

AnyIndex = QModelIndex | QPersistentModelIndex
NodeKey = tuple[str, uuid.UUID]


@dataclass(slots=True)
class _Item:
    node: TreeNode
    parent: int  # item id of the parent, 0 for a top-level node
    row: int
    children: list[int] = field(default_factory=list)
    posts: int = 0
    vacancies: int = 0


#: id of the node above the streets when a user sees several
ALL_STREETS_ID = uuid.UUID(int=0)


def node_key(node: TreeNode) -> NodeKey:
    return (node.kind.value, node.id)


def with_all_streets(roots: tuple[TreeNode, ...]) -> tuple[TreeNode, ...]:
    """Several streets hang under one node that stands for them all (an empty scope), so
    a district user opens on every row and can come back to them with one click."""
    if len(roots) < 2:
        return roots
    everything = TreeNode(
        kind=NodeKind.STREET,
        id=ALL_STREETS_ID,
        label="",
        scope=Scope(),
        posts=sum(r.posts for r in roots),
        vacancies=sum(r.vacancies for r in roots),
        children=roots,
    )
    return (everything,)


class RosterTreeModel(QAbstractItemModel):
    NAME, VACANT = range(2)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._roots: tuple[TreeNode, ...] = ()
        # item ids start at 1: internal id 0 is never handed out
        self._items: list[_Item | None] = [None]
        self._top: list[int] = []
        self._expired: dict[uuid.UUID, date | None] = {}
        self._unit_type_id: uuid.UUID | None = None
        self._vacant_only = False

    # content ---------------------------------------------------------------------------
    def set_tree(
        self,
        roots: tuple[TreeNode, ...],
        expired: Mapping[uuid.UUID, date | None] | None = None,
    ) -> None:
        """New nodes; ``expired`` maps a post whose secondment ended to its end date."""
        self._roots = roots
        self._expired = dict(expired or {})
        self._rebuild()

    def set_narrowing(self, unit_type_id: uuid.UUID | None, vacant_only: bool) -> None:
        if (unit_type_id, vacant_only) == (self._unit_type_id, self._vacant_only):
            return
        self._unit_type_id, self._vacant_only = unit_type_id, vacant_only
        self._rebuild()

    def _keeps(self, node: TreeNode) -> bool:
        if node.kind == NodeKind.POST:
            return not self._vacant_only or node.vacancies > 0
        if node.kind == NodeKind.UNIT and self._unit_type_id is not None:
            return node.scope.unit_type_id == self._unit_type_id
        return True

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._items = [None]
        self._top = [
            item_id
            for item_id in (self._add(root, 0, row) for row, root in enumerate(self._roots))
            if item_id
        ]
        for row, item_id in enumerate(self._top):
            self._item(item_id).row = row
        self.endResetModel()

    def _add(self, node: TreeNode, parent: int, row: int) -> int:
        """Add ``node`` and what it keeps below it; 0 when nothing of it is kept."""
        if not self._keeps(node):
            return 0
        items = self._items
        item = _Item(node, parent, row)
        items.append(item)
        item_id = len(items) - 1
        if node.kind == NodeKind.UNIT:
            # a unit's posts inline: thousands of them at district scale
            vacant_only = self._vacant_only
            for post in node.children:
                if vacant_only and not post.vacancies:
                    continue
                items.append(
                    _Item(post, item_id, len(item.children), [], post.posts, post.vacancies)
                )
                item.children.append(len(items) - 1)
                item.posts += post.posts
                item.vacancies += post.vacancies
        elif node.kind == NodeKind.POST:
            item.posts, item.vacancies = node.posts, node.vacancies
        else:
            for child in node.children:
                child_id = self._add(child, item_id, len(item.children))
                if child_id:
                    item.children.append(child_id)
                    kid = self._item(child_id)
                    item.posts += kid.posts
                    item.vacancies += kid.vacancies
        narrowed = self._vacant_only or self._unit_type_id is not None
        if narrowed and not item.children and node.kind not in (NodeKind.STREET, NodeKind.POST):
            items.pop()
            return 0
        return item_id

    def _item(self, item_id: int) -> _Item:
        item = self._items[item_id]
        assert item is not None
        return item

    def node(self, index: AnyIndex) -> TreeNode | None:
        if not index.isValid():
            return None
        return self._item(index.internalId()).node

    def index_of(self, key: NodeKey) -> QModelIndex:
        for item_id, item in enumerate(self._items):
            if item is not None and node_key(item.node) == key:
                return self.createIndex(item.row, 0, item_id)
        return QModelIndex()

    def indexes_by_key(self) -> dict[NodeKey, QModelIndex]:
        """Every node but the posts (which have nothing to expand), by key."""
        return {
            node_key(item.node): self.createIndex(item.row, 0, item_id)
            for item_id, item in enumerate(self._items)
            if item is not None and item.node.kind != NodeKind.POST
        }

    def label_of(self, node: TreeNode) -> str:
        """A node's name as the tree shows it (a post without who holds it)."""
        return node.label if node.kind == NodeKind.POST else self._name(node)

    def roots(self) -> tuple[TreeNode, ...]:
        return self._roots

    # Qt --------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        siblings = self._item(parent.internalId()).children if parent.isValid() else self._top
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent_id = self._item(index.internalId()).parent
        if not parent_id:
            return QModelIndex()
        return self.createIndex(self._item(parent_id).row, 0, parent_id)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._top)
        if parent.column() != 0:
            return 0
        return len(self._item(parent.internalId()).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._item(index.internalId())
        node = item.node
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._name(node) if column == self.NAME else self._count(item)
        if role == SORT_ROLE:
            return node.label if column == self.NAME else item.vacancies
        if role == ROW_ROLE:
            return node
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.FontRole and node.kind == NodeKind.STREET:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.VACANT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _name(self, node: TreeNode) -> str:
        if node.id == ALL_STREETS_ID:
            return self.tr("All streets")
        if node.kind != NodeKind.POST:
            return translate_error(node.label) if node.label == NO_COMMUNITY else node.label
        if node.vacancies:
            vacant = self.tr("vacant")
            return f"{node.label} — {vacant}"
        return f"{node.label} — {node.occupant}"

    def _count(self, item: _Item) -> str:
        if item.node.kind == NodeKind.POST:
            return ""
        return f"{item.vacancies} / {item.posts}"

    def _colour(self, item: _Item, column: int) -> QColor | None:
        node = item.node
        if node.kind == NodeKind.POST and node.vacancies:
            return EXPIRED_COLOUR if node.id in self._expired else VACANT_COLOUR
        if column == self.VACANT and item.vacancies:
            return VACANT_COLOUR
        return None

    def _tooltip(self, item: _Item) -> str:
        node = item.node
        if node.kind == NodeKind.POST and node.vacancies and node.id in self._expired:
            ended = self._expired[node.id]
            return self.tr("Vacant: the secondment ended on {date}").format(
                date=ended.isoformat() if ended else ""
            )
        if node.kind == NodeKind.POST:
            return self.tr("Vacant post") if node.vacancies else node.occupant
        return self.tr("{vacant} of {posts} posts vacant").format(
            vacant=item.vacancies, posts=item.posts
        )

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.NAME:
            return self.tr("Street, unit, post")
        if section == self.VACANT:
            return self.tr("Vacant / posts")
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        # the words "vacant" and the tooltips change, not the shape
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()
