"""The roster tree's view: it keeps what was open and chosen when the tree reloads or is
narrowed to a unit type or to vacant posts."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtWidgets import QHeaderView, QTreeView, QWidget

from app.services.rosters import NodeKind, TreeNode
from app.views.models.roles import ROW_ROLE
from app.views.rosters.roster_tree_model import (
    ALL_STREETS_ID,
    NodeKey,
    RosterTreeModel,
    node_key,
    with_all_streets,
)


class RosterTreeView(QTreeView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterTree")
        self.nodes = RosterTreeModel(self)
        #: True while the view reselects a node itself; the pane then waits
        self.restoring = False
        self.setModel(self.nodes)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def selected_node(self) -> TreeNode | None:
        node = self.currentIndex().data(ROW_ROLE)
        return node if isinstance(node, TreeNode) else None

    def show_tree(
        self,
        roots: tuple[TreeNode, ...],
        expired: Mapping[uuid.UUID, date | None],
        unit_type_id: uuid.UUID | None,
        vacant_only: bool,
    ) -> None:
        first = not self.nodes.roots()
        current, expanded = self._state()
        self.nodes.set_tree(with_all_streets(roots), expired)
        self.nodes.set_narrowing(unit_type_id, vacant_only)
        self._restore(current, expanded, first)

    def narrow(self, unit_type_id: uuid.UUID | None, vacant_only: bool) -> None:
        current, expanded = self._state()
        self.nodes.set_narrowing(unit_type_id, vacant_only)
        self._restore(current, expanded, False)

    def select_unit(self, unit_id: object) -> bool:
        index = self.nodes.indexes_by_key().get((NodeKind.UNIT.value, unit_id))  # type: ignore[arg-type]
        if index is None:
            return False
        self.setCurrentIndex(index)
        return True

    def _state(self) -> tuple[NodeKey | None, set[NodeKey]]:
        node = self.selected_node()
        expanded = {
            key for key, index in self.nodes.indexes_by_key().items() if self.isExpanded(index)
        }
        return (node_key(node) if node is not None else None), expanded

    def _restore(self, current: NodeKey | None, expanded: set[Any], first: bool) -> None:
        """Reopen what was open and choose the same node (or the first)."""
        model = self.nodes
        indexes = model.indexes_by_key()
        if first and model.rowCount():
            # the top open; below one street, its communities (or types) open too
            root = model.index(0, 0)
            self.expand(root)
            if root.data(ROW_ROLE).id != ALL_STREETS_ID:
                for child in range(model.rowCount(root)):
                    self.expand(model.index(child, 0, root))
        for key in expanded:
            if key in indexes:
                self.expand(indexes[key])
        target = indexes.get(current) if current is not None else None
        if target is None or not target.isValid():
            target = model.index(0, 0)
        self.restoring = True
        try:
            self.setCurrentIndex(target)
        finally:
            self.restoring = False
