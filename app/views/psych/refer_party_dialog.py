"""Referring a dispute party who shows signs of distress into the registry.

It carries only the minimum (name, phone, the signs seen) and tells the clerk the new
ledger's number; nothing of the registry is shown back.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.views.pane_context import PaneContext
from app.views.psych import operations as psych_ops
from app.views.widgets.form_marks import FORM_STYLE, FormMarks, ok_cancel
from app.views.widgets.write_runner import WriteRunner


class ReferPartyDialog(QDialog):
    def __init__(
        self, context: PaneContext, dispute_id: uuid.UUID, number: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referPartyDialog")
        self.setStyleSheet(FORM_STYLE)
        self.setWindowTitle(
            self.tr("Refer a party of case {number} to psychological care").format(number=number)
        )
        self.context, self.dispute_id = context, dispute_id
        self.ledger_number = ""
        self.done_message = ""
        note = QLabel(
            self.tr(
                "Only the name, a phone number and what you saw are sent. The "
                "psychological-service staff take it from there."
            ),
            self,
        )
        note.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("phone")
        self.signs = QPlainTextEdit(self)
        self.signs.setObjectName("signs")
        self.signs.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Phone (optional):"), self.phone)
        form.addRow(self.tr("&Signs of distress:"), self.signs)
        self.marks = FormMarks(QLabel(self))
        for field, widget in (("name", self.name), ("phone", self.phone), ("signs", self.signs)):
            self.marks.add(field, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.marks.message)
        layout.addWidget(ok_cancel(self, self.submit))
        self.runner = WriteRunner(context, self)
        self.runner.done.connect(self._referred)
        self.runner.failed.connect(self.marks.show_error)
        self.resize(480, 300)

    def submit(self) -> None:
        self.runner.run(
            psych_ops.refer_dispute_party(
                self.context,
                self.dispute_id,
                self.name.text(),
                self.phone.text(),
                self.signs.toPlainText(),
            )
        )

    def _referred(self, number: object) -> None:
        self.ledger_number = str(number)
        self.done_message = self.tr("Referred. Registry ledger number: {number}").format(
            number=self.ledger_number
        )
        self.accept()


def open_refer_party_dialog(
    parent: QWidget | None, context: PaneContext, dispute_id: uuid.UUID, number: str
) -> str:
    """The new ledger's number, or an empty text when cancelled."""
    dialog = ReferPartyDialog(context, dispute_id, number, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return ""
        QMessageBox.information(parent, dialog.windowTitle(), dialog.done_message)
        return dialog.ledger_number
    finally:
        dialog.deleteLater()
