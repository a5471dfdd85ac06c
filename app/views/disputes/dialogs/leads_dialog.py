"""The early-warning leads window (non-modal): every lead of the street with its linked
cases and police hand-over, and the actions on the chosen lead. The list loads on a worker
thread and reloads when any lead or case changes."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.disputes import Labels, LeadRow
from app.services.permissions import Permission
from app.views.changes import Area, Changes
from app.views.disputes import operations
from app.views.disputes.dialogs.dispute_errors import dispute_error_text
from app.views.disputes.dialogs.lead_forms import (
    LinkLeadDialog,
    PoliceDialog,
    RaiseLeadDialog,
    case_choices,
)
from app.views.disputes.dialogs.leads_model import COL_SUMMARY, LeadsModel
from app.views.models.roles import ROW_ROLE, SORT_ROLE
from app.views.pane_context import PaneContext
from app.views.widgets.form_marks import FORM_STYLE, FormMarks

#: The filter's choices: every lead, those not yet handed over, those handed over.
_HANDED_FILTERS: tuple[bool | None, ...] = (None, False, True)


class LeadsDialog(QDialog):
    """Leads of the street; raise, link, open a case from, and hand over to the police."""

    #: emitted after each (re)load with the rows shown
    loaded = Signal(object)

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadsDialog")
        self.setModal(False)
        self.setStyleSheet(FORM_STYLE)
        self.context = context
        self.labels = Labels({})
        self._request = 0
        self.model = LeadsModel(language=context.language)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("leadsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SUMMARY, QHeaderView.ResizeMode.Stretch)
        self.filter_caption = QLabel(self)
        self.filter = QComboBox(self)
        self.filter.setObjectName("leadsFilter")
        self.filter_caption.setBuddy(self.filter)
        for _ in _HANDED_FILTERS:
            self.filter.addItem("")
        self.filter.currentIndexChanged.connect(self.reload)
        self.raise_button = QPushButton(self)
        self.raise_button.setObjectName("leadsRaise")
        self.link_button = QPushButton(self)
        self.link_button.setObjectName("leadsLink")
        self.case_button = QPushButton(self)
        self.case_button.setObjectName("leadsOpenCase")
        self.police_button = QPushButton(self)
        self.police_button.setObjectName("leadsPolice")
        self.close_button = QPushButton(self)
        self.raise_button.clicked.connect(self.raise_lead)
        self.link_button.clicked.connect(self.link_to_case)
        self.case_button.clicked.connect(self.open_case)
        self.police_button.clicked.connect(self.hand_to_police)
        self.close_button.clicked.connect(self.close)
        self.status = QLabel(self)
        # the labels arrive with the rows; messages name codes with the latest ones
        self.marks = FormMarks(
            self.status, lambda exc: dispute_error_text(exc, self.labels, context.language)
        )
        self.permission_note = QLabel(self)
        self.permission_note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.filter_caption)
        top.addWidget(self.filter)
        top.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.raise_button, self.link_button, self.case_button, self.police_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.permission_note)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        self.resize(1120, 600)
        self.table.selectionModel().selectionChanged.connect(self._set_enabled)
        context.changes.changed.connect(self._on_changed)
        self.retranslate()
        self._set_enabled()
        self.reload()

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        self._request += 1
        request = self._request
        context = self.context
        handed = _HANDED_FILTERS[max(0, self.filter.currentIndex())]

        def done(result: Any) -> None:
            if shiboken6.isValid(self) and request == self._request:
                self._show(*result)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self) and request == self._request:
                self.marks.show_text(dispute_error_text(exc, self.labels, context.language))

        operations.leads(context, handed, self).success(done).failure(failed).run()

    def _show(self, rows: tuple[LeadRow, ...], labels: Labels) -> None:
        chosen = self.current()
        self.labels = labels
        self.model.set_rows(rows, labels)
        if chosen is not None:
            for row in range(self.proxy.rowCount()):
                if self.proxy.index(row, 0).data(ROW_ROLE).lead.id == chosen.lead.id:
                    self.table.selectRow(row)
                    break
        self._set_enabled()
        self.loaded.emit(rows)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Area.LEADS, Area.DISPUTES):
            self.reload()

    def current(self) -> LeadRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].data(ROW_ROLE)
        return row if isinstance(row, LeadRow) else None

    def _set_enabled(self, *_: object) -> None:
        can_edit = self.context.actor.can(Permission.LEAD_EDIT)
        chosen = self.current()
        self.raise_button.setEnabled(can_edit)
        for button in (self.link_button, self.case_button):
            button.setEnabled(can_edit and chosen is not None)
        handed = chosen is not None and chosen.lead.handed_to_police_at is not None
        self.police_button.setEnabled(can_edit and chosen is not None and not handed)
        self.permission_note.setVisible(not can_edit)

    # -- text ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Early-warning leads"))
        self.filter_caption.setText(self.tr("&Show:"))
        texts = (self.tr("All leads"), self.tr("Not yet handed over"), self.tr("Handed over"))
        for index, text in enumerate(texts):
            self.filter.setItemText(index, text)
        self.raise_button.setText(self.tr("&Raise a lead…"))
        self.link_button.setText(self.tr("&Link to a case…"))
        self.case_button.setText(self.tr("&Open a case…"))
        self.police_button.setText(self.tr("Hand to the &police…"))
        self.close_button.setText(self.tr("Close"))
        self.police_button.setToolTip(self.tr("A lead is handed to the police once."))
        self.permission_note.setText(
            self.tr("Your role can read the leads; recording them needs the lead permission.")
        )
        self.model.retranslate(self.context.language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- actions ---------------------------------------------------------------------------

    def _chosen_or_say(self) -> LeadRow | None:
        chosen = self.current()
        if chosen is None:
            self.marks.show_text(self.tr("Choose a lead in the list first."))
        return chosen

    def build_raise_dialog(self) -> RaiseLeadDialog:
        units = operations.unit_list(self.context, self).wait()
        return RaiseLeadDialog(self.context, self.labels, units, self)

    def build_link_dialog(self, lead: LeadRow) -> LinkLeadDialog:
        return LinkLeadDialog(
            self.context, self.labels, lead, case_choices(self.context, self), self
        )

    def build_police_dialog(self, lead: LeadRow) -> PoliceDialog:
        return PoliceDialog(self.context, self.labels, lead, self)

    def _run(self, dialog: QDialog) -> bool:
        self.marks.clear()
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def raise_lead(self) -> None:
        self._run(self.build_raise_dialog())

    def link_to_case(self) -> None:
        chosen = self._chosen_or_say()
        if chosen is not None:
            self._run(self.build_link_dialog(chosen))

    def hand_to_police(self) -> None:
        chosen = self._chosen_or_say()
        if chosen is not None:
            self._run(self.build_police_dialog(chosen))

    def open_case(self) -> None:
        from app.views.disputes.dialogs.case_form import build_new_case_dialog

        chosen = self._chosen_or_say()
        if chosen is None:
            return
        dialog = build_new_case_dialog(self, self.context, "early_warning", lead=chosen.lead)
        # the write names the lead it linked; the hub tells this list and the board
        self._run(dialog)
