"""Create or edit an account, and give one a temporary password.

Each write runs on the write lane while the dialog waits; a refusal marks the field it
names and keeps everything typed. The first-run guide opens the same create dialog.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.accounts import AccountForm, AccountRow, ResetOutcome
from app.views.admin import account_operations as ops
from app.views.pane_context import PaneContext
from app.views.widgets.form_marks import FORM_STYLE, FormMarks, ok_cancel
from app.views.widgets.password_dialog import PasswordDialog, password_pair
from app.views.widgets.write_runner import WriteRunner

if TYPE_CHECKING:
    from app.views.admin.account_operations import AccountChoices

DEFAULT_ROLE = "clerk"


def _position(box: QComboBox, value: object) -> int:
    """The item holding ``value`` (ids are compared as Python objects), else the first."""
    for index in range(box.count()):
        if box.itemData(index) == value:
            return index
    return 0


class AccountDialog(QDialog):
    """A new account (with its first password), or an existing one's name, role and
    street. ``saved_id`` holds the account once written."""

    def __init__(
        self, context: PaneContext, row: AccountRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountDialog")
        self.setStyleSheet(FORM_STYLE)
        self.context = context
        self.row = row
        self.is_new = row is None
        self.saved_id: uuid.UUID | None = None

        self.username = QLineEdit(self)
        self.username.setObjectName("accountUsername")
        self.username.setReadOnly(not self.is_new)
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("accountDisplayName")
        self.role = QComboBox(self)
        self.role.setObjectName("accountRole")
        self.street = QComboBox(self)
        self.street.setObjectName("accountStreet")
        self.password, self.again = password_pair(self, "account")
        fields: list[QWidget] = [self.username, self.display_name, self.role, self.street]
        if self.is_new:
            fields += [self.password, self.again]
        else:
            self.password.hide()
            self.again.hide()
        self.labels = [QLabel(self) for _ in fields]
        form = QFormLayout()
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setVisible(self.is_new)

        self.message = QLabel(self)
        self.errors = FormMarks(self.message)
        for name, widget in (
            ("username", self.username),
            ("display_name", self.display_name),
            ("role", self.role),
            ("street", self.street),
            ("password", self.password),
        ):
            self.errors.add(name, widget)
        self.buttons = ok_cancel(self, self.submit)
        self.ok_button = self.buttons.button(self.buttons.StandardButton.Ok)
        self.ok_button.setEnabled(False)  # until the streets and roles are in
        self.runner = WriteRunner(context, self.buttons)
        self.runner.done.connect(self._saved)
        self.runner.failed.connect(self.errors.show_error)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if row is not None:
            self.username.setText(row.username)
            self.display_name.setText(row.display_name)
        self.setMinimumWidth(440)
        self.retranslate()
        ops.account_choices(context, context.actor, self).success(self.set_choices).failure(
            self._choices_failed
        ).run()

    def set_choices(self, choices: AccountChoices) -> None:
        chinese = self.context.is_chinese
        for code, (zh, en) in choices.roles.items():
            self.role.addItem(zh if chinese else en, code)
        wanted_role = self.row.role_code if self.row is not None else DEFAULT_ROLE
        self.role.setCurrentIndex(_position(self.role, wanted_role))
        if self.context.actor.street_id is None:
            self.street.addItem(self.tr("Whole district (no street)"), None)
        for street in choices.streets:
            self.street.addItem(f"{street.name}（{street.code}）", street.id)
        wanted_street = self.row.street_id if self.row is not None else None
        if wanted_street is None and choices.streets and len(choices.streets) == 1:
            wanted_street = choices.streets[0].id
        self.street.setCurrentIndex(_position(self.street, wanted_street))
        self.ok_button.setEnabled(True)

    def _choices_failed(self, exc: BaseException) -> None:
        self.errors.show_error(exc)

    def form(self) -> AccountForm | None:
        self.errors.clear()
        if self.is_new and self.password.text() != self.again.text():
            self.errors.show_text(self.tr("The two passwords differ."), "password")
            return None
        street = self.street.currentData()
        return AccountForm(
            username=self.username.text(),
            display_name=self.display_name.text(),
            role=str(self.role.currentData() or ""),
            street_id=street if isinstance(street, uuid.UUID) else None,
            password=self.password.text() if self.is_new else "",
        )

    def submit(self) -> None:
        form = self.form()
        if form is None:
            return
        actor = self.context.actor
        if self.row is None:
            self.runner.run(ops.create_account(actor, form))
        else:
            self.runner.run(ops.update_account(actor, self.row.id, form))

    def _saved(self, user_id: uuid.UUID) -> None:
        self.saved_id = user_id
        self.accept()

    def reject(self) -> None:
        if not self.runner.busy:
            super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New account") if self.is_new else self.tr("Edit account"))
        texts = (
            self.tr("&User name:"),
            self.tr("&Name shown:"),
            self.tr("&Role:"),
            self.tr("&Street:"),
            self.tr("&First password:"),
            self.tr("Password &again:"),
        )
        for label, text in zip(self.labels, texts, strict=False):
            label.setText(text)
        self.username.setPlaceholderText(self.tr("used to sign in, e.g. zhangsan"))
        self.hint.setText(
            self.tr(
                "Tell the colleague this first password in person; they choose their own"
                " at the first sign-in."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ResetPasswordDialog(PasswordDialog):
    """A temporary password for someone who forgot theirs; it also lifts a lock."""

    def __init__(self, context: PaneContext, row: AccountRow, parent: QWidget | None = None):
        super().__init__(context, "resetPasswordDialog", parent)
        self.row = row
        self.outcome: ResetOutcome | None = None
        self.password, self.again = password_pair(self, "reset")
        self.password_label, self.again_label = QLabel(self), QLabel(self)
        self.lay_out(
            [(self.password_label, self.password), (self.again_label, self.again)],
            {"password": self.password},
            self._saved,
        )

    def submit(self) -> None:
        if self.differ(self.tr("The two passwords differ.")):
            return
        self.runner.run(ops.reset_password(self.context.actor, self.row.id, self.password.text()))

    def _saved(self, outcome: ResetOutcome) -> None:
        self.outcome = outcome
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reset password"))
        text = self.tr(
            "Give {name} ({username}) a temporary password. They must choose their own"
            " at the next sign-in."
        ).format(name=self.row.display_name, username=self.row.username)
        if self.row.locked:
            text += " " + self.tr("The account is locked; the reset unlocks it too.")
        self.intro.setText(text)
        self.password_label.setText(self.tr("&Temporary password:"))
        self.again_label.setText(self.tr("Password &again:"))
