"""The Reference-data tab: the lists on the left, the rows of the chosen one on the
right, and the edits an administrator may make (add, change, hide or show again, and
read a row's versions). Everyone else who sees the tab reads the lists only; the
services refuse their edits whatever the screen shows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.reference_admin import (
    KINDS,
    ReferenceList,
    ReferenceRow,
    RevisionView,
    RuleImpact,
    kind_spec,
)
from app.views.admin import reference_operations as operations
from app.views.admin.impact_dialog import ImpactDialog
from app.views.admin.reference_edit_dialog import ReferenceEditDialog
from app.views.admin.reference_history_dialog import ReferenceHistoryDialog
from app.views.admin.reference_rows_model import ReferenceRowsModel
from app.views.admin.reference_texts import kind_title
from app.views.changes import Area
from app.views.error_text import error_text
from app.views.models.roles import ROW_ROLE, SORT_ROLE
from app.views.pane import Pane
from app.views.pane_context import PaneContext


class ReferenceTab(Pane):
    pane_key = "admin_reference"
    areas = frozenset({Area.REFERENCE, Area.DISPUTE_RULES, Area.ORGANISATION, Area.ROSTERS})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.listed: ReferenceList | None = None
        self.dialog: QWidget | None = None
        self.kinds = QListWidget(self)
        self.kinds.setObjectName("kindList")
        for kind in KINDS:
            item = QListWidgetItem(kind_title(kind.key))
            item.setData(Qt.ItemDataRole.UserRole, kind.key)
            self.kinds.addItem(item)
        self.title = QLabel(self)
        self.title.setObjectName("kindTitle")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("tabMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b03a2e;")
        self.message.hide()
        self.show_hidden = QCheckBox(self)
        self.show_hidden.setObjectName("showHidden")
        self.model = ReferenceRowsModel(context.language, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("referenceTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # the list's own order (its order column, or its rules' priority) until a header
        # is clicked
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addButton")
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editButton")
        self.hide_button = QPushButton(self)
        self.hide_button.setObjectName("hideButton")
        self.history_button = QPushButton(self)
        self.history_button.setObjectName("historyButton")
        self._layout()
        self.add_button.clicked.connect(self.add_row)
        self.edit_button.clicked.connect(self.edit_row)
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.history_button.clicked.connect(self.show_history)
        self.table.doubleClicked.connect(lambda _index: self.edit_row())
        self.show_hidden.toggled.connect(lambda _on: self._show_rows())
        QShortcut(QKeySequence.StandardKey.New, self, self.add_row)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.edit_row)
        for key, slot in (
            (Qt.Key.Key_Return, self.edit_row),
            (Qt.Key.Key_Delete, self.toggle_hidden),
        ):
            shortcut = QShortcut(QKeySequence(key), self.table, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Ctrl+Y"), self, self.show_history)
        self.kinds.setCurrentRow(0)
        self.kinds.currentRowChanged.connect(lambda _row: self.schedule_reload())
        self.table.selectionModel().currentChanged.connect(self.selection_changed)
        self.retranslate()
        self._update_buttons()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.hide_button, self.history_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_hidden)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.hint)
        column.addWidget(self.message)
        column.addLayout(buttons)
        column.addWidget(self.table, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.kinds)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # reading ----------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        item = self.kinds.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else KINDS[0].key

    def load(self, generation: int) -> None:
        self.read(operations.reference_list(self.context, self.kind), self._arrived).run()

    def _arrived(self, listed: ReferenceList) -> None:
        self.listed = listed
        self._show_rows()
        self.retranslate()
        self.loaded.emit()

    def _show_rows(self) -> None:
        if self.listed is None:
            return
        keep = self.show_hidden.isChecked()
        selected = self.current_row()
        self.model.show_list(
            self.listed, [row for row in self.listed.rows if keep or not row.hidden]
        )
        self.title.setText(kind_title(self.listed.kind))
        position = next(
            (i for i, row in enumerate(self.model.rows) if selected and row.id == selected.id),
            0,
        )
        if self.model.rows:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(position, 0)).row())
        self._update_buttons()

    def current_row(self) -> ReferenceRow | None:
        index = self.table.currentIndex()
        return self.current_row_at(index.row()) if index.isValid() else None

    def current_row_at(self, position: int) -> ReferenceRow | None:
        """The row shown at ``position`` (in the table's sorted order)."""
        row = self.proxy.data(self.proxy.index(position, 0), ROW_ROLE)
        return row if isinstance(row, ReferenceRow) else None

    def _update_buttons(self) -> None:
        can_edit = self.listed is not None and self.listed.can_edit
        row = self.current_row()
        self.add_button.setEnabled(can_edit)
        self.edit_button.setEnabled(can_edit and row is not None)
        self.hide_button.setEnabled(can_edit and row is not None)
        self.history_button.setEnabled(row is not None)
        self.hide_button.setText(
            self.tr("Show again (Del)") if row is not None and row.hidden else self.tr("Hide (Del)")
        )

    # editing ----------------------------------------------------------------------------
    def add_row(self) -> None:
        self._open_editor(None)

    def edit_row(self) -> None:
        row = self.current_row()
        if row is not None:
            self._open_editor(row)

    def _open_editor(self, row: ReferenceRow | None) -> None:
        if self.listed is None or not self.listed.can_edit:
            return
        self.message.hide()
        dialog = ReferenceEditDialog(self.context, self.listed, row, self)
        self.dialog = dialog
        dialog.open()

    def toggle_hidden(self) -> None:
        row = self.current_row()
        if row is None or self.listed is None or not self.listed.can_edit:
            return
        self.message.hide()
        hidden = not row.hidden
        if kind_spec(row.kind).rule:
            # hiding a rule, or putting one back in force, recolours or re-dates cards too
            operations.impact(self.context, row.kind, row.id, None, self, hidden=hidden).success(
                lambda impact: self._confirm(row, hidden, impact)
            ).failure(self._refused).run()
            return
        self._set_hidden(row, hidden)

    def _confirm(self, row: ReferenceRow, hidden: bool, impact: RuleImpact) -> None:
        dialog = ImpactDialog(impact, self.context.language, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._set_hidden(row, hidden))
        dialog.open()

    def _set_hidden(self, row: ReferenceRow, hidden: bool) -> None:
        operations.set_hidden(self.context, row, hidden, parent=self).failure(self._refused).run()

    def _refused(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc))
        self.message.show()

    def show_history(self) -> None:
        row = self.current_row()
        if row is None or self.listed is None:
            return
        listed = self.listed

        def arrived(revisions: tuple[RevisionView, ...]) -> None:
            dialog = ReferenceHistoryDialog(
                row.kind, revisions, listed.choices, self.context.language, self
            )
            self.dialog = dialog
            dialog.open()

        operations.history(self.context, row.id, self).success(arrived).run()

    # language and state -------------------------------------------------------------------
    def retranslate(self) -> None:
        for index in range(self.kinds.count()):
            item = self.kinds.item(index)
            item.setText(kind_title(str(item.data(Qt.ItemDataRole.UserRole))))
        self.add_button.setText(self.tr("&Add…"))
        self.add_button.setToolTip(QKeySequence(QKeySequence.StandardKey.New).toString())
        self.edit_button.setText(self.tr("&Change… (F2)"))
        self.history_button.setText(self.tr("&Versions (Ctrl+Y)"))
        self.show_hidden.setText(self.tr("Show &hidden rows"))
        self.hint.setText(
            self.tr(
                "Each change is saved as a new version with its reason; the history keeps"
                " every earlier one. Rows are hidden, never deleted: cases that name them"
                " keep their label. A change to a deadline or warning rule shows, before it"
                " is saved, how many open cards it would affect."
            )
            if self.listed is None or self.listed.can_edit
            else self.tr(
                "Your role may read the reference lists; only an administrator changes them."
            )
        )
        self.model.retranslate()
        self._update_buttons()

    def language_changed(self) -> None:
        self.model.language = self.context.language
        self.reload()

    def save_state(self) -> None:
        self.state.set_value("kind", self.kind)

    def restore_state(self) -> None:
        kind = self.state.value("kind")
        for index in range(self.kinds.count()):
            if self.kinds.item(index).data(Qt.ItemDataRole.UserRole) == kind:
                self.kinds.setCurrentRow(index)

    def selection_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
