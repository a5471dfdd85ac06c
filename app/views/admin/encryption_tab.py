"""Administration → Encryption: where the database key is kept, the recovery key shown
again, and the key changed. Both ask for the administrator's password again; the
services check the permission."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.views.encryption import operations
from app.views.encryption.recovery_key_dialog import RecoveryKeyDialog
from app.views.error_text import error_text
from app.views.pane import Pane
from app.views.pane_context import PaneContext
from app.views.widgets.ask_first import ask_first


class EncryptionTab(Pane):
    pane_key = "admin_encryption"

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.heading = QLabel(self)
        self.place = QLabel(self)
        self.place.setObjectName("keyPlace")
        self.place.setWordWrap(True)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("encryptionMessage")
        self.message.setWordWrap(True)
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("showRecoveryKey")
        self.show_button.clicked.connect(lambda: self._ask_password(self._reveal))
        self.rotate_button = QPushButton(self)
        self.rotate_button.setObjectName("rotateKey")
        self.rotate_button.clicked.connect(self._confirm_rotation)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.rotate_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.place, self.advice):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.password_prompt: QInputDialog | None = None
        self.shown_dialog: RecoveryKeyDialog | None = None
        self.retranslate()

    def load(self, generation: int) -> None:
        """Nothing to read: the open database knows where its key is."""

    def _place_text(self) -> str:
        kind, where = operations.key_place(self.context.database)
        if kind == "keyring":
            return self.tr(
                "The key is kept in this computer's keyring (on Windows, the Credential"
                " Manager of the signed-in user), entry {entry}."
            ).format(entry=where)
        if kind == "file":
            return self.tr("The key is read from the key file {path}.").format(path=where)
        return self.tr("This demo database keeps its key in a file beside it: {path}.").format(
            path=where
        )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("<b>The database on this desk is encrypted.</b>"))
        self.place.setText(self._place_text())
        self.advice.setText(
            self.tr(
                "When this desk is replaced, copy the database file to the new computer and"
                " type the recovery key at the first start there; the key is then kept in"
                " the new computer's keyring. Changing the key re-encrypts the file and gives"
                " a new recovery key: the old one stops working."
            )
        )
        self.show_button.setText(self.tr("&Show the recovery key…"))
        self.rotate_button.setText(self.tr("&Change the key…"))

    # flows -----------------------------------------------------------------------------
    def _ask_password(self, then: Callable[[str], None]) -> None:
        prompt = QInputDialog(self)
        prompt.setObjectName("encryptionPassword")
        prompt.setWindowTitle(self.tr("Confirm with your password"))
        prompt.setLabelText(self.tr("Your password:"))
        prompt.setTextEchoMode(QLineEdit.EchoMode.Password)
        prompt.textValueSelected.connect(then)
        self.password_prompt = prompt
        prompt.open()

    def _busy(self, busy: bool) -> None:
        self.show_button.setEnabled(not busy)
        self.rotate_button.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.message.setText(error_text(exc))

    def _show(self, recovery_key: str) -> None:
        self._busy(False)
        dialog = RecoveryKeyDialog(recovery_key, self)
        self.shown_dialog = dialog
        dialog.open()

    def _reveal(self, password: str) -> None:
        self._busy(True)
        self.message.clear()
        operations.reveal_recovery_key(
            self.context.database, self.context.actor, password, self._show, self._failed
        )

    def _confirm_rotation(self) -> None:
        question = (
            QMessageBox.Icon.Question,
            self.tr("Change the key"),
            self.tr(
                "The database is re-encrypted with a new key and a new recovery key is shown."
                " The old recovery key no longer opens it. Continue?"
            ),
        )
        self.confirm_box = ask_first(
            self, "confirmRotation", question, lambda: self._ask_password(self._rotate)
        )

    def _rotated(self, recovery_key: str) -> None:
        self.message.setText(self.tr("The key was changed. Write down the new recovery key."))
        self._show(recovery_key)

    def _rotate(self, password: str) -> None:
        self._busy(True)
        self.message.clear()
        operations.rotate_key(
            self.context.database, self.context.actor, password, self._rotated, self._failed
        )
