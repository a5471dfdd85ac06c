"""The organisation tree: name, code and kind of every entry, parents above children
(district → street → community → 幸福里 units and grids; departments and teams under
their street or the district), then each unit type with its post templates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from app.services.organisation import NodeKey, OrgKind, OrgNode, OrgTree
from app.views.models.roles import ROW_ROLE, SORT_ROLE
from app.views.translation_marks import QT_TRANSLATE_NOOP

AnyIndex = QModelIndex | QPersistentModelIndex
CONTEXT = "OrgTreeModel"
HEADERS = (
    QT_TRANSLATE_NOOP("OrgTreeModel", "Name"),
    QT_TRANSLATE_NOOP("OrgTreeModel", "Code"),
    QT_TRANSLATE_NOOP("OrgTreeModel", "Kind"),
)
KIND_NAMES = {
    OrgKind.DISTRICT: QT_TRANSLATE_NOOP("OrgTreeModel", "District"),
    OrgKind.STREET: QT_TRANSLATE_NOOP("OrgTreeModel", "Street"),
    OrgKind.COMMUNITY: QT_TRANSLATE_NOOP("OrgTreeModel", "Community"),
    OrgKind.GRID: QT_TRANSLATE_NOOP("OrgTreeModel", "Grid"),
    OrgKind.UNIT: QT_TRANSLATE_NOOP("OrgTreeModel", "幸福里 unit"),
    OrgKind.DEPARTMENT: QT_TRANSLATE_NOOP("OrgTreeModel", "Department"),
    OrgKind.TEAM: QT_TRANSLATE_NOOP("OrgTreeModel", "Volunteer team"),
    OrgKind.UNIT_TYPE: QT_TRANSLATE_NOOP("OrgTreeModel", "Unit type"),
    OrgKind.POST_TEMPLATE: QT_TRANSLATE_NOOP("OrgTreeModel", "Post template"),
}
NAME, CODE, KIND = range(3)


def kind_name(kind: OrgKind) -> str:
    return QCoreApplication.translate(CONTEXT, KIND_NAMES[kind])


def kind_text(node: OrgNode) -> str:
    if node.key.kind == OrgKind.POST_TEMPLATE:
        return QCoreApplication.translate("OrgTreeModel", "Post template · {count} posts").format(
            count=node.detail
        )
    name = kind_name(node.key.kind)
    return f"{name} · {node.detail}" if node.detail else name


class OrgTreeModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.nodes: list[OrgNode] = []
        self._parent_row: list[int] = []  # position of each node's parent, -1 at the top
        self._children: dict[int, list[int]] = {-1: []}
        self._position: dict[NodeKey, int] = {}

    def set_tree(self, tree: OrgTree) -> None:
        self.beginResetModel()
        self.nodes = list(tree.nodes)
        self._position = {node.key: i for i, node in enumerate(self.nodes)}
        self._children = {-1: []}
        self._parent_row = []
        for position, node in enumerate(self.nodes):
            parent = self._position.get(node.parent, -1) if node.parent else -1
            self._parent_row.append(parent)
            self._children.setdefault(parent, []).append(position)
            self._children.setdefault(position, [])
        self.endResetModel()

    # structure -----------------------------------------------------------------------------
    def _pos(self, index: AnyIndex) -> int:
        return int(index.internalId()) - 1 if index.isValid() else -1

    def index(
        self,
        row: int,
        column: int,
        parent: AnyIndex = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        if column < 0 or column >= len(HEADERS) or (parent.isValid() and parent.column() != 0):
            return QModelIndex()
        children = self._children.get(self._pos(parent), [])
        if row < 0 or row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row] + 1)

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        parent = self._parent_row[self._pos(child)]
        if parent < 0:
            return QModelIndex()
        grand = self._parent_row[parent]
        return self.createIndex(self._children[grand].index(parent), 0, parent + 1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self._pos(parent), []))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def index_of(self, key: NodeKey | None) -> QModelIndex:
        position = self._position.get(key) if key is not None else None
        if position is None:
            return QModelIndex()
        parent = self._parent_row[position]
        return self.createIndex(self._children[parent].index(position), 0, position + 1)

    def node_at(self, index: AnyIndex) -> OrgNode | None:
        return self.nodes[self._pos(index)] if index.isValid() else None

    # data ------------------------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node_at(index)
        if node is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            if column == NAME:
                return node.name
            if column == CODE:
                return node.code
            return kind_text(node)
        if role == ROW_ROLE:
            return node
        if role == Qt.ItemDataRole.FontRole and node.key.kind in (
            OrgKind.DISTRICT,
            OrgKind.STREET,
            OrgKind.UNIT_TYPE,
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate(CONTEXT, HEADERS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self.nodes:
            self.layoutChanged.emit()
