"""The psychological-service registry pane (心理服务台账).

Persons in care by group with their unit, community, worker, next follow-up and open
crisis (open crises on top), masked; staff may reveal identities under a stated reason
and open a person's ledger. What a role may see is decided by the services: a role
with counts only gets the counts, and a masked list's search never matches a name.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.china_time import today_in_china
from app.services.permissions import Permission
from app.services.psych.ledger import PersonLedger
from app.services.psych.registry import PersonRow
from app.views.changes import Area
from app.views.pane import Pane
from app.views.pane_context import PaneContext
from app.views.psych import operations as psych_ops
from app.views.psych.care_dialogs import (
    ChecklistDialog,
    CloseLedgerDialog,
    FollowUpDialog,
    RaiseCrisisDialog,
    ReferDialog,
    ReferralStepDialog,
    ServiceDialog,
    run_dialog,
)
from app.views.psych.labels import GROUPS, label
from app.views.psych.ledger_panel import LedgerPanel
from app.views.psych.person_dialog import PersonDialog
from app.views.psych.printouts import show_printout
from app.views.psych.reason_dialog import ask_reason
from app.views.psych.registry_model import RegistryModel


class PsychPane(Pane):
    pane_key: ClassVar[str] = "psych"
    areas: ClassVar[frozenset[Area]] = frozenset({Area.PSYCH})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.view: psych_ops.RegistryView | None = None
        self.reveal: psych_ops.Reveal | None = None
        #: a person just taken into care, selected once the list shows them
        self.pending: uuid.UUID | None = None
        self.title = QLabel(self)
        self.title.setObjectName("paneTitle")
        self.counts = QLabel(self)
        self.counts.setObjectName("psychCounts")
        self.notice = QLabel(self)
        self.notice.setObjectName("psychNotice")
        self.notice.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("psychSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.group = QComboBox(self)
        self.group.setObjectName("psychGroup")
        self.group.currentIndexChanged.connect(self._group_changed)
        self.overdue = QCheckBox(self)
        self.overdue.setObjectName("psychOverdue")
        self.overdue.toggled.connect(lambda _on: self.reload())
        self.reveal_button = QToolButton(self)
        self.reveal_button.setObjectName("psychReveal")
        self.reveal_button.clicked.connect(self.toggle_reveal)
        self.model = RegistryModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("psychTable")
        self.table.setModel(self.model)
        # rows come in the services' order (open crises first) until a header is clicked
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.sized = False
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.activated.connect(lambda _index: self.open_selected())
        self.panel = LedgerPanel(context.language, self)
        self.panel.crisis_item.connect(self.crisis_item)
        self._build_actions()
        bar = QHBoxLayout()
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search)
        bar.addWidget(self.search_label)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.group)
        bar.addWidget(self.overdue)
        bar.addWidget(self.reveal_button)
        self.edit_buttons: list[QToolButton] = []
        for action in (
            self.new_action,
            self.follow_up_action,
            self.service_action,
            self.refer_action,
            self.step_action,
            self.crisis_action,
            self.close_action,
            self.print_action,
        ):
            button = QToolButton(self)
            button.setDefaultAction(action)
            bar.addWidget(button)
            self.edit_buttons.append(button)
        self.disclosures_button = QToolButton(self)
        self.disclosures_button.setDefaultAction(self.disclosures_action)
        bar.addWidget(self.disclosures_button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        layout.addWidget(self.notice)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.retranslate()

    def _build_actions(self) -> None:
        def action(name: str, keys: QKeySequence, slot: object) -> QAction:
            made = QAction(self)
            made.setObjectName(name)
            made.setShortcut(keys)
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.find_action = action(
            "psychFind", QKeySequence(QKeySequence.StandardKey.Find), self.search.setFocus
        )
        self.new_action = action(
            "psychNewPerson", QKeySequence(QKeySequence.StandardKey.New), self.new_person
        )
        self.follow_up_action = action(
            "psychFollowUp", QKeySequence("Ctrl+Shift+F"), self.record_follow_up
        )
        self.service_action = action(
            "psychService", QKeySequence("Ctrl+Shift+S"), self.record_service
        )
        self.refer_action = action("psychRefer", QKeySequence("Ctrl+Shift+T"), self.refer)
        self.step_action = action(
            "psychReferralStep", QKeySequence("Ctrl+Shift+E"), self.referral_step
        )
        self.crisis_action = action("psychCrisis", QKeySequence("Ctrl+Shift+C"), self.raise_crisis)
        self.close_action = action(
            "psychCloseLedger", QKeySequence("Ctrl+Shift+X"), self.close_ledger
        )
        self.print_action = action(
            "psychPrintLedger", QKeySequence(QKeySequence.StandardKey.Print), self.print_ledger
        )
        self.disclosures_action = action(
            "psychPrintDisclosures", QKeySequence("Ctrl+Shift+L"), self.print_disclosures
        )
        self.reveal_action = action(
            "psychRevealKey", QKeySequence("Ctrl+Shift+R"), self.toggle_reveal
        )

    # loading ----------------------------------------------------------------------------
    def load(self, generation: int) -> None:
        psych_ops.load_registry(self.context, self.overdue.isChecked(), self.reveal, self).success(
            lambda view: self._loaded(generation, view)
        ).failure(self._load_refused).run()

    def _load_refused(self, exc: BaseException) -> None:
        from app.views.failures import report_failure

        self.reveal = None
        report_failure(exc, self)
        self.retranslate()

    def _loaded(self, generation: int, view: psych_ops.RegistryView) -> None:
        if not self.is_current(generation):
            return
        self.view = view
        selected = self.selected_row()
        self.model.set_all(view.rows or ())
        self.apply_filter()
        if self.pending is not None:
            self.select(self.pending)
            self.pending = None
        elif selected is not None:
            self.select(selected.id)
        if not self.sized and self.model.rowCount():
            self.table.resizeColumnsToContents()
            self.sized = True
        self.retranslate()
        self.loaded.emit()

    def _group_changed(self) -> None:
        # the overdue list is a page of the most overdue: read that group's own page
        if self.overdue.isChecked():
            self.reload()
        else:
            self.apply_filter()

    def apply_filter(self) -> None:
        self.model.set_filter(self.search.text(), str(self.group.currentData() or ""))

    # selection and the ledger ---------------------------------------------------------
    def selected_row(self) -> PersonRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, person_id: uuid.UUID) -> None:
        for position, row in enumerate(self.model.rows):
            if row.id == person_id:
                self.table.selectRow(position)
                return

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is None or self.view is None or not self.view.rights.identified:
            return
        reason = None
        if self.view.rights.reason_always:
            reason = ask_reason(self, self.tr("Why do you open this ledger?"))
            if reason is None:
                return
        psych_ops.open_ledger(self.context, row.id, reason, self).success(self.show_ledger).run()

    def show_ledger(self, ledger: PersonLedger) -> None:
        self.panel.show_ledger(ledger)

    def _reopen(self) -> None:
        ledger = self.panel.ledger
        if ledger is not None and self.view is not None and not self.view.rights.reason_always:
            psych_ops.open_ledger(self.context, ledger.person_id, None, self).success(
                self.show_ledger
            ).run()

    # actions ------------------------------------------------------------------------------
    def toggle_reveal(self) -> None:
        if self.view is None or not self.view.rights.identified:
            return
        if self.reveal is not None:
            self.reveal = None
        else:
            self.reveal = ask_reason(self, self.tr("Show identities"))
            if self.reveal is None:
                return
        self.reload()

    def _person_for_edit(self) -> uuid.UUID | None:
        if self.view is None or not self.view.rights.edit:
            return None
        ledger = self.panel.ledger
        return ledger.person_id if ledger is not None else None

    def new_person(self) -> None:
        if self.view is None or not self.view.rights.edit:
            return
        streets, communities = psych_ops.intake_choices(self.context, self).wait()
        dialog = PersonDialog(self.context, streets, communities, self)
        if run_dialog(dialog) and dialog.person_id is not None:
            self.pending = dialog.person_id

    def record_follow_up(self) -> None:
        person = self._person_for_edit()
        if person is not None and run_dialog(FollowUpDialog(self.context, person, self)):
            self._reopen()

    def record_service(self) -> None:
        person = self._person_for_edit()
        if person is not None and run_dialog(ServiceDialog(self.context, person, self)):
            self._reopen()

    def refer(self) -> None:
        person = self._person_for_edit()
        if person is None:
            return
        targets = psych_ops.referral_targets(self.context, self).wait()
        if run_dialog(ReferDialog(self.context, person, targets, self)):
            self._reopen()

    def referral_step(self) -> None:
        ledger = self.panel.ledger
        if self._person_for_edit() is None or ledger is None:
            return
        if any(r.next_steps for r in ledger.referrals) and run_dialog(
            ReferralStepDialog(self.context, list(ledger.referrals), self)
        ):
            self._reopen()

    def raise_crisis(self) -> None:
        person = self._person_for_edit()
        if person is not None and run_dialog(RaiseCrisisDialog(self.context, person, self)):
            self._reopen()

    def close_ledger(self) -> None:
        ledger = self.panel.ledger
        if self._person_for_edit() is None or ledger is None or ledger.closed_on is not None:
            return
        who = f"{ledger.name}（{ledger.ledger_number}）"
        dialog = CloseLedgerDialog(self.context, ledger.person_id, who, self)
        if run_dialog(dialog):
            self._reopen()

    def crisis_item(self, item: str) -> None:
        ledger = self.panel.ledger
        if ledger is None or ledger.crisis is None or self._person_for_edit() is None:
            return
        crisis_id = ledger.crisis.crisis_id
        hospitals = psych_ops.hospitals(self.context, self).wait() if item == "referral" else []
        if run_dialog(ChecklistDialog(self.context, crisis_id, item, hospitals, self)):
            self._reopen()

    def print_ledger(self) -> None:
        ledger = self.panel.ledger
        if ledger is None or self.view is None or not self.view.rights.identified:
            return
        reason = None
        if self.view.rights.reason_always:
            reason = ask_reason(self, self.tr("Why do you print this ledger?"))
            if reason is None:
                return
        context, person = self.context, ledger.person_id
        show_printout(
            self,
            lambda path: psych_ops.print_ledger(context, person, reason, path, self),
            "ledger",
        )

    def print_disclosures(self) -> None:
        if not self.context.actor.can(Permission.AUDIT_VIEW):
            return
        last = today_in_china()
        first = last - timedelta(days=30)
        context = self.context
        show_printout(
            self,
            lambda path: psych_ops.print_disclosures(context, first, last, path, self),
            "disclosures",
        )

    # texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        title = self.tr("Psychological registry")
        self.title.setText(f"<h2>{title}</h2>")
        self.search_label.setText(self.tr("&Search:"))
        self.overdue.setText(self.tr("&Overdue follow-ups only"))
        self.new_action.setText(self.tr("New ledger…"))
        self.follow_up_action.setText(self.tr("Record follow-up"))
        self.service_action.setText(self.tr("Service"))
        self.refer_action.setText(self.tr("Refer…"))
        self.step_action.setText(self.tr("Referral step…"))
        self.crisis_action.setText(self.tr("Raise crisis"))
        self.close_action.setText(self.tr("Close ledger…"))
        self.close_action.setToolTip(
            self.tr("Close the open ledger (Ctrl+Shift+X); refused while a crisis is open")
        )
        self.print_action.setText(self.tr("Print ledger…"))
        self.disclosures_action.setText(self.tr("Print access log…"))
        self.disclosures_action.setToolTip(
            self.tr("Views, reveals, prints and disclosures of the last 30 days, without names")
        )
        current = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("All groups"), "")
        for code in ("high_risk", "special", "key", "general"):
            self.group.addItem(label(GROUPS, code), code)
        self.group.setCurrentIndex(max(self.group.findData(current or ""), 0))
        self.group.blockSignals(False)
        self.model.retranslate()
        self.panel.retranslate()
        self._retranslate_state()

    def _retranslate_state(self) -> None:
        view = self.view
        revealed = self.reveal is not None
        self.reveal_button.setText(
            self.tr("Hide identities") if revealed else self.tr("Show identities…")
        )
        self.search.setPlaceholderText(
            self.tr("Name, pinyin, phone, unit, group, ledger no. or worker")
            if revealed
            else self.tr("Unit, group, ledger no. or worker (identities are masked)")
        )
        if view is None:
            self.counts.setText("")
            self.notice.hide()
            return
        counts = view.counts
        parts = [
            f"{label(GROUPS, code)} {counts.by_group.get(code, 0)}"
            for code in ("high_risk", "special", "key", "general")
        ]
        self.counts.setText(
            self.tr(
                "Open ledgers {total}: {groups} · overdue {overdue} · open crises {crises}"
            ).format(
                total=counts.open_ledgers,
                groups="，".join(parts),
                overdue=counts.overdue,
                crises=counts.open_crises,
            )
        )
        rights = view.rights
        self.reveal_button.setVisible(rights.identified)
        self.follow_up_action.setEnabled(rights.edit)
        self.crisis_action.setEnabled(rights.edit)
        self.close_action.setEnabled(rights.edit)
        for button in self.edit_buttons:
            button.setVisible(rights.edit)
        self.edit_buttons[-1].setVisible(rights.identified)
        self.disclosures_button.setVisible(self.context.actor.can(Permission.AUDIT_VIEW))
        self.table.setVisible(view.rows is not None)
        self.panel.setVisible(rights.identified)
        if view.rows is None:
            self.notice.setText(
                self.tr("Your role sees the registry's counts only; records are not shown.")
            )
        elif not rights.identified:
            self.notice.setText(
                self.tr(
                    "Identities are masked for your role. Search by unit, group, ledger "
                    "number or worker."
                )
            )
        else:
            self.notice.setText("")
        if view.overdue_only and view.rows is not None and counts.overdue > len(view.rows):
            self.notice.setText(
                self.tr("Showing the {shown} most overdue of {total}.").format(
                    shown=len(view.rows), total=counts.overdue
                )
            )
        self.notice.setVisible(bool(self.notice.text()))

    # state --------------------------------------------------------------------------------
    def restore_state(self) -> None:
        splitter = self.state.value("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        self.state.set_value("splitter", self.splitter.saveState())
