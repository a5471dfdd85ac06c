"""Conflicts to settle: a field two desks changed at once, both values side by side; a
supervisor keeps the centre's or takes this desk's, and the choice syncs like any change."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import DomainError
from app.services.sync.conflicts import ConflictRow, open_conflicts
from app.views.changes import Area, Changes
from app.views.error_text import error_text
from app.views.failures import report_failure
from app.views.pane import Pane
from app.views.pane_context import PaneContext
from app.views.sync import operations as ops
from app.views.sync.conflict_model import ConflictModel


class ConflictsTab(Pane):
    pane_key: ClassVar[str] = "sync_conflicts"
    areas: ClassVar[frozenset[Area]] = frozenset({Area.SYNC})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = ConflictModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("conflictTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel(self)
        self.empty.setObjectName("conflictsEmpty")
        self.keep_central = QPushButton(self)
        self.keep_central.setObjectName("keepCentral")
        self.take_desk = QPushButton(self)
        self.take_desk.setObjectName("takeDesk")
        self.message = QLabel(self)
        self.message.setObjectName("conflictsMessage")
        self.message.setWordWrap(True)
        self.keep_central.clicked.connect(lambda: self.settle("central"))
        self.take_desk.clicked.connect(lambda: self.settle("desk"))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_central)
        buttons.addWidget(self.take_desk)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.busy = False
        self._selection_changed()
        self.retranslate()

    def load(self, generation: int) -> None:
        actor = self.context.actor
        self.read(lambda session: open_conflicts(session, actor), self._show).run()

    def _show(self, rows: list[ConflictRow]) -> None:
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        self.table.resizeRowsToContents()
        self._selection_changed()
        self.loaded.emit()

    def selected(self) -> ConflictRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected() is not None and not self.busy
        self.keep_central.setEnabled(chosen)
        self.take_desk.setEnabled(chosen)

    def settle(self, choice: str) -> None:
        row = self.selected()
        if row is None or self.busy:
            return
        self.busy = True
        self._selection_changed()
        ops.resolve(self.context, row, choice, self).success(
            lambda _none: self._settled(choice)
        ).failure(self._refused).run()

    def _settled(self, choice: str) -> None:
        self.busy = False
        self.message.setText(
            self.tr("The centre's value is kept.")
            if choice == "central"
            else self.tr("This desk's value is taken; it goes to the centre at the next sync.")
        )
        self.reload()

    def _refused(self, exc: BaseException) -> None:
        self.busy = False
        if isinstance(exc, DomainError):
            self.message.setText(error_text(exc))
            self.reload()
        else:
            self._selection_changed()
            report_failure(exc, self, logged=True)

    def on_changes(self, changes: Changes) -> None:
        self.schedule_reload()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Two desks changed the same field before either had synced. The centre kept"
                " the first value it received; choose which value the record keeps."
            )
        )
        self.empty.setText(self.tr("No conflicts to settle."))
        self.keep_central.setText(self.tr("Keep the centre's value"))
        self.take_desk.setText(self.tr("Take this desk's value"))
        self.model.retranslate()
