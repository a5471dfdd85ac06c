"""The Organisation tab: the district's streets, communities, grids, 幸福里 units,
departments, volunteer teams and the post templates of each unit type, as a tree.

An administrator adds (Insert), renames (F2), moves (Ctrl+M) and retires (Delete) from
the toolbar, the context menu or the keyboard, and imports or exports the organisation
as a workbook (Ctrl+I, Ctrl+E). A supervisor reads it; the services refuse any change
whatever the tab shows. A refusal (retiring what is still used) is shown under the tree.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeView,
    QWidget,
)

from app.services.organisation import PARENT_KINDS, NodeKey, OrgKind, OrgNode, OrgTree
from app.services.organisation.nodes import EDITABLE_KINDS
from app.views.admin import org_operations as ops
from app.views.admin.org_dialogs import OrgMoveDialog, OrgNodeDialog
from app.views.admin.org_tree_model import OrgTreeModel, kind_name
from app.views.admin.tab_parts import (
    lay_out_tab,
    message_label,
    name_action,
    show_message,
    tab_action,
    tab_toolbar,
)
from app.views.changes import Area
from app.views.error_text import error_text
from app.views.operations import read_op, write_op
from app.views.pane import Pane
from app.views.pane_context import PaneContext
from app.views.widgets.ask_first import ask_first
from app.views.widgets.pane_refresh import pane_refresh

#: what may be added under a node of each kind (None: at the top)
ADDABLE: dict[OrgKind | None, tuple[OrgKind, ...]] = {
    None: (OrgKind.DISTRICT,),
    **{
        parent: tuple(kind for kind, parents in PARENT_KINDS.items() if parent in parents)
        for parent in OrgKind
    },
}


class OrganisationTab(Pane):
    pane_key = "admin_organisation"
    areas = frozenset({Area.ORGANISATION, Area.ROSTERS})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("organisationTab")
        self.tree: OrgTree | None = None
        #: the entry to select once the tree is read again (one just added or moved)
        self.wanted: NodeKey | None = None
        self.dialog: QWidget | None = None
        self.model = OrgTreeModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("organisationTree")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setStretchLastSection(True)

        self.toolbar = tab_toolbar(self, "organisationToolbar")
        self.add_action = tab_action(self, "orgAdd", "Insert", self.add_here)
        self.rename_action = tab_action(self, "orgRename", "F2", self.rename_selected)
        self.move_action = tab_action(self, "orgMove", "Ctrl+M", self.move_selected)
        self.retire_action = tab_action(self, "orgRetire", "Delete", self.retire_selected)
        self.import_action = tab_action(self, "orgImport", "Ctrl+I", self.open_import)
        self.export_action = tab_action(self, "orgExport", "Ctrl+E", self.export_workbook)
        self.template_action = tab_action(self, "orgTemplate", "Ctrl+T", self.save_template)
        self.refresh_action = tab_action(self, "orgRefresh", "F5", self.reload)
        pane_refresh(self.refresh_action)
        for action in self.edit_actions():
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (self.import_action, self.export_action, self.template_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.refresh_action)

        self.empty = QWidget(self)
        self.empty.setObjectName("organisationEmpty")
        self.empty_text = QLabel(self.empty)
        self.empty_text.setWordWrap(True)
        self.empty_import = QPushButton(self.empty)
        self.empty_import.setObjectName("organisationEmptyImport")
        self.empty_import.clicked.connect(self.open_import)
        self.empty_add = QPushButton(self.empty)
        self.empty_add.setObjectName("organisationEmptyAdd")
        self.empty_add.clicked.connect(lambda: self.add_kind(OrgKind.DISTRICT, None))
        empty_row = QHBoxLayout(self.empty)
        empty_row.addWidget(self.empty_text, 1)
        empty_row.addWidget(self.empty_import)
        empty_row.addWidget(self.empty_add)
        self.empty.setVisible(False)

        self.message = message_label(self, "organisationMessage")
        lay_out_tab(self, (self.toolbar, self.empty), self.view, self.message)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.retranslate()
        self._update_actions()

    def edit_actions(self) -> tuple[QAction, ...]:
        return (self.add_action, self.rename_action, self.move_action, self.retire_action)

    # loading -----------------------------------------------------------------------------
    def load(self, generation: int) -> None:
        self.read(ops.load_tree(self.context.actor, self.context.language), self.show_tree).run()

    def show_tree(self, tree: OrgTree, keep: NodeKey | None = None) -> None:
        current = self.selected()
        chosen = keep or self.wanted or (current.key if current is not None else None)
        self.wanted = None
        self.tree = tree
        self.model.set_tree(tree)
        self.view.expandToDepth(1)
        index = self.model.index_of(chosen)
        if not index.isValid() and self.model.rowCount() > 0:
            index = self.model.index(0, 0)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        has_organisation = any(node.key.kind == OrgKind.DISTRICT for node in tree.nodes)
        self.empty.setVisible(not has_organisation)
        self._update_actions()
        self.loaded.emit()

    def selected(self) -> OrgNode | None:
        return self.model.node_at(self.view.currentIndex().siblingAtColumn(0))

    def _update_actions(self) -> None:
        can_edit = self.tree is not None and self.tree.can_edit
        node = self.selected()
        editable = can_edit and node is not None and node.key.kind in EDITABLE_KINDS
        self.add_action.setEnabled(can_edit and bool(self._addable(node)))
        for action in (self.rename_action, self.move_action, self.retire_action):
            action.setEnabled(editable)
        self.import_action.setEnabled(can_edit)
        self.empty_import.setVisible(can_edit)
        self.empty_add.setVisible(can_edit)
        for action in (*self.edit_actions(), self.import_action):
            action.setVisible(can_edit or self.tree is None)

    def _addable(self, node: OrgNode | None) -> tuple[OrgKind, ...]:
        return ADDABLE[node.key.kind if node is not None else None]

    # editing -------------------------------------------------------------------------------
    def add_here(self) -> None:
        node = self.selected()
        kinds = self._addable(node)
        if len(kinds) == 1:
            self.add_kind(kinds[0], node)
            return
        if kinds:
            menu = self._add_menu(node, self)
            rect = self.view.visualRect(self.view.currentIndex())
            menu.popup(self.view.viewport().mapToGlobal(rect.bottomLeft()))
            self.add_menu = menu

    def _add_menu(self, node: OrgNode | None, parent: QWidget) -> QMenu:
        menu = QMenu(self.tr("&Add"), parent)
        menu.setObjectName("orgAddMenu")
        for kind in self._addable(node):
            action = menu.addAction(self.tr("New {kind}…").format(kind=kind_name(kind)))
            action.setData(kind.value)
            action.triggered.connect(lambda _=False, k=kind, n=node: self.add_kind(k, n))
        return menu

    def add_kind(self, kind: OrgKind, parent_node: OrgNode | None) -> None:
        if self.tree is None:
            return
        dialog = OrgNodeDialog(self.context, self.tree, kind, parent_node, None, self)
        dialog.accepted.connect(lambda: self._written(dialog.saved))
        self._open(dialog)

    def rename_selected(self) -> None:
        node = self.selected()
        if node is None or self.tree is None or node.key.kind not in EDITABLE_KINDS:
            return
        dialog = OrgNodeDialog(self.context, self.tree, node.key.kind, None, node, self)
        dialog.accepted.connect(lambda: self._written(dialog.saved))
        self._open(dialog)

    def move_selected(self) -> None:
        node = self.selected()
        if node is None or self.tree is None or node.key.kind not in EDITABLE_KINDS:
            return
        dialog = OrgMoveDialog(self.context, self.tree, node, self)
        dialog.accepted.connect(lambda: self._written(dialog.moved))
        self._open(dialog)

    def retire_selected(self) -> None:
        node = self.selected()
        if node is None or not self.retire_action.isEnabled():
            return
        question = (
            QMessageBox.Icon.Question,
            self.tr("Retire"),
            self.tr(
                "Retire {kind} {name}? It disappears from lists and choices; its history is"
                " kept. Anything still using it is named and nothing is changed."
            ).format(kind=kind_name(node.key.kind), name=node.name),
        )

        def retire() -> None:
            self.message.clear()
            use_case = ops.retire_node(self.context.actor, node.key, node.version)
            write_op(self.context, use_case, self).success(
                lambda _none: self._retired(node)
            ).failure(self.show_refusal).run()

        self.confirm_box = ask_first(
            self, "retireBox", question, retire, QMessageBox.StandardButton.Cancel
        )

    def _retired(self, node: OrgNode) -> None:
        show_message(self.message, self.tr("{name} was retired.").format(name=node.name))

    def show_refusal(self, exc: BaseException) -> None:
        show_message(self.message, error_text(exc), error=True)

    def _written(self, key: NodeKey | None) -> None:
        """The change hub reloads the tree; the entry written is selected in it."""
        self.message.clear()
        self.wanted = key
        self.schedule_reload()

    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def _context_menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if index.isValid():
            self.view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.setObjectName("orgContextMenu")
        node = self.selected() if index.isValid() else None
        if self.tree is not None and self.tree.can_edit:
            for kind in self._addable(node):
                action = menu.addAction(self.tr("New {kind}…").format(kind=kind_name(kind)))
                action.triggered.connect(lambda _=False, k=kind, n=node: self.add_kind(k, n))
            menu.addSeparator()
            for action in (self.rename_action, self.move_action, self.retire_action):
                menu.addAction(action)
            menu.addSeparator()
        menu.addAction(self.import_action)
        menu.addAction(self.export_action)
        self.context_menu = menu
        menu.popup(self.view.viewport().mapToGlobal(point))

    # workbooks -----------------------------------------------------------------------------
    def open_import(self) -> None:
        from app.views.admin.org_import_dialog import OrgImportDialog

        dialog = OrgImportDialog(self.context, self)
        self._open(dialog)

    def export_workbook(self) -> None:
        path = self._save_path(self.tr("Export the organisation"), "组织架构.xlsx")
        if path is not None:
            export = ops.export_organisation(self.context.actor, path)
            read_op(self.context, export, self).success(self._saved_file).failure(
                self.show_refusal
            ).run()

    def save_template(self) -> None:
        path = self._save_path(self.tr("Save an empty template"), "组织架构模板.xlsx")
        if path is not None:
            read_op(self.context, ops.write_template(path), self).success(self._saved_file).failure(
                self.show_refusal
            ).run()

    def _save_path(self, title: str, name: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / name), self.tr("Excel workbook (*.xlsx)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.casefold() == ".xlsx" else path.with_suffix(".xlsx")

    def _saved_file(self, path: Path) -> None:
        show_message(self.message, self.tr("Written to {path}.").format(path=path))

    # language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            self.add_action: self.tr("&Add…"),
            self.rename_action: self.tr("&Rename…"),
            self.move_action: self.tr("&Move…"),
            self.retire_action: self.tr("Re&tire"),
            self.import_action: self.tr("&Import from workbook…"),
            self.export_action: self.tr("&Export to workbook…"),
            self.template_action: self.tr("Empty &template…"),
            self.refresh_action: self.tr("Refresh"),
        }
        for action, text in texts.items():
            name_action(action, text)
        self.empty_text.setText(
            self.tr(
                "There is no organisation yet. Import it from a filled-in template"
                " (Ctrl+I), or add the district and build it here (Insert)."
            )
        )
        self.empty_import.setText(self.tr("&Import from template…"))
        self.empty_add.setText(self.tr("Add the &district…"))
        self.model.retranslate()

    def language_changed(self) -> None:
        self.reload()
