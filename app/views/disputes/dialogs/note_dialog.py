"""Adding a note to a case's timeline. Notes are appended, so they never conflict."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.services.disputes import Labels, add_note
from app.services.errors import DomainError
from app.views.disputes.dialogs.form_support import FORM_STYLE, ErrorMarks, ok_cancel
from app.views.pane_context import PaneContext


class NoteDialog(QDialog):
    def __init__(
        self,
        context: PaneContext,
        case_id: uuid.UUID,
        number: str,
        labels: Labels | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setStyleSheet(FORM_STYLE)
        self.context = context
        self.case_id = case_id
        self.number = number
        self.caption = QLabel(self)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("note_text")
        self.text.setTabChangesFocus(True)
        self.caption.setBuddy(self.text)
        self.marks = ErrorMarks(QLabel(self), labels, context.language)
        self.marks.add("note", self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.text)
        layout.addWidget(self.marks.message)
        layout.addWidget(ok_cancel(self, self.submit))
        self.resize(460, 260)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a note to case {number}").format(number=self.number))
        self.caption.setText(self.tr("&Note:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def submit(self) -> None:
        context = self.context
        try:
            with context.database.session(context.actor.username) as session:
                add_note(session, context.actor, self.case_id, self.text.toPlainText())
        except DomainError as exc:
            self.marks.show_error(exc)
            return
        context.changes.changed.emit("disputes", [self.case_id])
        self.accept()


def open_note_dialog(
    parent: QWidget | None,
    context: PaneContext,
    case_id: uuid.UUID,
    number: str,
    labels: Labels | None = None,
) -> bool:
    """True when a note was added."""
    dialog = NoteDialog(context, case_id, number, labels, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
