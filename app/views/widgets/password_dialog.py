"""A password typed twice, and the dialog around it that the reset (an administrator's
temporary password) and the change of one's own password share.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.views.pane_context import PaneContext
from app.views.widgets.form_marks import FORM_STYLE, FormMarks, ok_cancel
from app.views.widgets.write_runner import WriteRunner


def password_pair(parent: QWidget, name: str) -> tuple[QLineEdit, QLineEdit]:
    """A new password and the same again, never shown."""
    first, again = QLineEdit(parent), QLineEdit(parent)
    first.setObjectName(f"{name}Password")
    again.setObjectName(f"{name}Again")
    for field in (first, again):
        field.setEchoMode(QLineEdit.EchoMode.Password)
    return first, again


class PasswordDialog(QDialog):
    """An intro over a form ending in a new password twice, the refusal message and
    OK / Cancel. ``submit`` starts the write on the write lane while the dialog waits; a
    refusal marks the field it names and keeps what was typed.

    A subclass makes its fields (in tab order, ``password`` and ``again`` among them)
    after this ``__init__``, then calls ``lay_out``; it gives ``submit`` and
    ``retranslate``.
    """

    password: QLineEdit
    again: QLineEdit

    def __init__(self, context: PaneContext, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(FORM_STYLE)
        self.context = context
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)

    def lay_out(
        self,
        rows: Sequence[tuple[QLabel, QWidget]],
        fields: Mapping[str, QWidget],
        saved: Callable[[Any], None],
    ) -> None:
        """The form of ``rows`` (each label the buddy of its field), then the message
        and the buttons; ``fields`` are those a refusal may name, ``saved`` gets what the
        write returned."""
        form = QFormLayout()
        for label, field in rows:
            label.setBuddy(field)
            form.addRow(label, field)
        self.message = QLabel(self)
        self.errors = FormMarks(self.message)
        for key, widget in fields.items():
            self.errors.add(key, widget)
        self.buttons = ok_cancel(self, self.submit)
        self.runner = WriteRunner(self.context, self.buttons)
        self.runner.done.connect(saved)
        self.runner.failed.connect(self.errors.show_error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate()

    def differ(self, text: str) -> bool:
        """Whether the password typed again differs; if so ``text`` says it at the first."""
        self.errors.clear()
        if self.password.text() == self.again.text():
            return False
        self.errors.show_text(text, "password")
        return True

    def submit(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if not self.runner.busy:
            super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
