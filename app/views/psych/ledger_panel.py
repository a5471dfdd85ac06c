"""One person's ledger beside the registry: who, the open crisis with its clock and
checklist, and the timeline. Shown only after the ledger was opened (and logged)."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Qt, Signal
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

from app.services.china_time import CHINA_TZ
from app.services.psych.crisis import CHECKLIST as CHECKLIST_ITEMS
from app.services.psych.ledger import PersonLedger
from app.views.psych.labels import CHECKLIST, GROUPS, label
from app.views.psych.ledger_model import LedgerModel


class LedgerPanel(QWidget):
    #: a checklist item (or "closed") the user asked to record for the open crisis
    crisis_item = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger: PersonLedger | None = None
        self.header = QLabel(self)
        self.header.setObjectName("ledgerHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.crisis = QLabel(self)
        self.crisis.setObjectName("crisisClock")
        self.crisis.setWordWrap(True)
        self.crisis_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        for item in (*CHECKLIST_ITEMS, "closed"):
            button = QPushButton(self)
            button.setObjectName(f"crisis_{item}")
            button.clicked.connect(lambda _=False, i=item: self.crisis_item.emit(i))
            buttons.addWidget(button)
            self.crisis_buttons[item] = button
        buttons.addStretch(1)
        self.model = LedgerModel(language, self)
        self.table = QTableView(self)
        self.table.setObjectName("ledgerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.crisis)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.show_ledger(None)

    def show_ledger(self, ledger: PersonLedger | None) -> None:
        self.ledger = ledger
        self.model.set_rows(ledger.entries if ledger else ())
        self.table.resizeColumnsToContents()
        self.retranslate()

    def retranslate(self) -> None:
        for item, button in self.crisis_buttons.items():
            button.setText(self.tr("Close crisis") if item == "closed" else label(CHECKLIST, item))
        self.model.retranslate()
        ledger = self.ledger
        if ledger is None:
            self.header.setText(
                self.tr("Select a person and press Enter to open the ledger (the view is logged).")
            )
            self.crisis.hide()
            for button in self.crisis_buttons.values():
                button.hide()
            return
        self.header.setText(self._header_text(ledger))
        clock = ledger.crisis
        self.crisis.setVisible(clock is not None)
        for item, button in self.crisis_buttons.items():
            button.setVisible(clock is not None and item not in (clock.done if clock else ()))
        if clock is not None:
            due = clock.respond_by.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M")
            text = self.tr("Open crisis: respond by {due}").format(due=due)
            if clock.due_off_hours:
                text += self.tr(" (outside office hours: on-call duty)")
            if clock.overdue(datetime.now(clock.respond_by.tzinfo)):
                text += self.tr(" — overdue")
            self.crisis.setText(f"<b style='color:#b91c1c'>{html.escape(text)}</b>")

    def _header_text(self, ledger: PersonLedger) -> str:
        number = ledger.id_number or self.tr("no number: {reason}").format(
            reason=ledger.no_id_reason
        )
        due = ledger.next_follow_up_on.isoformat() if ledger.next_follow_up_on else "—"
        lines = [
            f"<b>{html.escape(ledger.name)}</b>　{html.escape(ledger.ledger_number)}　"
            f"{html.escape(label(GROUPS, ledger.group))}",
            self.tr("Phone {phone} · ID {number}").format(
                phone=html.escape(ledger.phone or "—"), number=html.escape(number)
            ),
            self.tr("{community} · {unit} · worker {worker}").format(
                community=html.escape(ledger.community or "—"),
                unit=html.escape(ledger.institution or "—"),
                worker=html.escape(ledger.worker or "—"),
            ),
            self.tr("Matter: {matter}").format(matter=html.escape(ledger.matter)),
            self.tr("Next follow-up {due} (every {days} days for this group)").format(
                due=due, days=ledger.cadence_days
            ),
        ]
        return "<br>".join(lines)
