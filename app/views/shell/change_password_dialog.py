"""Every user changes their own password here (Ctrl+Shift+P, or the Account menu).

Signing in with a password an administrator reset opens it too, as a step of the sign-in:
the account can do nothing else until a new password is chosen. ``actor`` then holds the
signed-in user with their role's permissions.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.services.errors import DomainError
from app.services.permissions import Actor
from app.views.admin import account_operations as ops
from app.views.pane_context import PaneContext
from app.views.widgets.password_dialog import PasswordDialog, password_pair


class ChangePasswordDialog(PasswordDialog):
    """``current``: the password just typed at sign-in (a forced change), not asked again."""

    def __init__(
        self, context: PaneContext, current: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, "changePasswordDialog", parent)
        self.forced = current is not None
        self.known_current = current or ""
        self.actor: Actor | None = None
        self.current = QLineEdit(self)
        self.current.setObjectName("currentPassword")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.password, self.again = password_pair(self, "new")
        self.labels = [QLabel(self) for _ in range(3)]
        fields = ([] if self.forced else [self.current]) + [self.password, self.again]
        self.current.setVisible(not self.forced)
        self.labels[0].setVisible(not self.forced)
        self.lay_out(
            list(zip(self.labels[3 - len(fields) :], fields, strict=True)),
            {"current_password": self.current, "password": self.password},
            self._saved,
        )
        (self.password if self.forced else self.current).setFocus()

    def submit(self) -> None:
        if self.differ(self.tr("The two passwords differ.")):
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
