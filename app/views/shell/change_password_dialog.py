"""Every user changes their own password here (Ctrl+Shift+P, or the Account menu).

Signing in with a password an administrator reset opens it too, as a step of the sign-in:
the account can do nothing else until a new password is chosen. ``actor`` then holds the
signed-in user with their role's permissions.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.services.errors import DomainError
from app.services.permissions import Actor
from app.views.admin import account_operations as ops
from app.views.admin.account_dialogs import password_pair
from app.views.pane_context import PaneContext
from app.views.widgets.form_marks import FORM_STYLE, FormMarks, ok_cancel
from app.views.widgets.write_runner import WriteRunner


class ChangePasswordDialog(QDialog):
    """``current``: the password just typed at sign-in (a forced change), not asked again."""

    def __init__(
        self, context: PaneContext, current: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setStyleSheet(FORM_STYLE)
        self.context = context
        self.forced = current is not None
        self.known_current = current or ""
        self.actor: Actor | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.current = QLineEdit(self)
        self.current.setObjectName("currentPassword")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.password, self.again = password_pair(self, "new")
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        fields = ([] if self.forced else [self.current]) + [self.password, self.again]
        for label, field in zip(self.labels[3 - len(fields) :], fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.current.setVisible(not self.forced)
        self.labels[0].setVisible(not self.forced)
        self.message = QLabel(self)
        self.errors = FormMarks(self.message)
        self.errors.add("current_password", self.current)
        self.errors.add("password", self.password)
        self.buttons = ok_cancel(self, self.submit)
        self.runner = WriteRunner(context, self.buttons)
        self.runner.done.connect(self._saved)
        self.runner.failed.connect(self.errors.show_error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate()
        (self.password if self.forced else self.current).setFocus()

    def submit(self) -> None:
        self.errors.clear()
        if self.password.text() != self.again.text():
            self.errors.show_text(self.tr("The two passwords differ."), "password")
            return
        current = self.known_current if self.forced else self.current.text()
        self.runner.run(ops.change_own_password(self.context.actor, current, self.password.text()))

    def _saved(self, outcome: Actor | DomainError) -> None:
        if isinstance(outcome, DomainError):
            self.errors.show_error(outcome)
            self.current.selectAll()
            return
        self.actor = outcome
        self.accept()

    def reject(self) -> None:
        if not self.runner.busy:
            super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change my password"))
        if self.forced:
            intro = self.tr(
                "An administrator has set a temporary password for {name}. Choose your own"
                " password now to continue."
            )
        else:
            intro = self.tr("{name}, choose a new password of at least 8 characters.")
        self.intro.setText(intro.format(name=self.context.actor.display_name))
        for label, text in zip(
            self.labels,
            (self.tr("&Current password:"), self.tr("&New password:"), self.tr("Password &again:")),
            strict=True,
        ):
            label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
