"""Adding a note to a case's timeline. Notes are appended, so they never conflict."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.services.disputes import Labels, add_note
from app.views.disputes.dialogs.form_support import dispute_marks
from app.views.pane_context import PaneContext
from app.views.widgets.form_marks import FORM_STYLE, ok_cancel
from app.views.widgets.write_runner import WriteRunner


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
        self.marks = dispute_marks(QLabel(self), labels, context.language)
        self.marks.add("note", self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.text)
        layout.addWidget(self.marks.message)
        layout.addWidget(ok_cancel(self, self.submit))
        self.runner = WriteRunner(context, self)
        self.runner.done.connect(self._saved)
        self.runner.failed.connect(self.marks.show_error)
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
        actor, case_id, text = self.context.actor, self.case_id, self.text.toPlainText()
        self.runner.run(lambda session: add_note(session, actor, case_id, text))

    def _saved(self, _result: object) -> None:
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
