"""Asking why identities are to be seen: a reason in words and its legal basis.

The reason is checked here with the service's own rule before the dialog closes, so a
refusal keeps what was typed; the service checks it again when it logs the access.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import DomainError
from app.services.psych.access import stated_purpose
from app.views.psych.labels import LEGAL_BASES, label
from app.views.psych.operations import Reveal
from app.views.widgets.form_marks import FORM_STYLE, FormMarks, ok_cancel


class ReasonDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("psychReasonDialog")
        self.setStyleSheet(FORM_STYLE)
        self.setWindowTitle(title)
        self.result_value: Reveal | None = None
        self.note = QLabel(
            self.tr(
                "Identities of persons in care are health data. The reason, the legal "
                "basis, your name and the time are written to the access log."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("purpose")
        self.basis = QComboBox(self)
        self.basis.setObjectName("legal_basis")
        for code in LEGAL_BASES:
            self.basis.addItem(label(LEGAL_BASES, code), code)
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Legal basis:"), self.basis)
        self.marks = FormMarks(QLabel(self))
        self.marks.add("purpose", self.reason)
        self.marks.add("legal_basis", self.basis)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.marks.message)
        layout.addWidget(ok_cancel(self, self.submit))
        self.resize(480, 200)

    def submit(self) -> None:
        try:
            purpose, basis = stated_purpose(self.reason.text(), self.basis.currentData())
        except DomainError as exc:
            self.marks.show_error(exc)
            return
        self.result_value = Reveal(purpose, basis)
        self.accept()


def ask_reason(parent: QWidget | None, title: str) -> Reveal | None:
    dialog = ReasonDialog(title, parent)
    try:
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
