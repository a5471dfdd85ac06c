"""At start-up, when this desk has no key for its database (a new Windows profile, a lost
keyring entry, a file from another desk): type the recovery key, or start afresh."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.views.encryption import operations
from app.views.error_text import error_text
from app.views.widgets.ask_first import ask_first

if TYPE_CHECKING:
    from app.services.database import Database


class KeyRecoveryDialog(QDialog):
    """Emits ``opened`` with the database once the recovery key opened it (its key is
    stored again) or a fresh database was made; rejected leaves everything untouched."""

    opened = Signal(object)

    def __init__(self, path: Path, problem: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyRecoveryDialog")
        self.path = path
        self.busy = False
        self.moved_to: Path | None = None
        self.problem = QLabel(error_text(problem), self)
        self.problem.setObjectName("keyProblem")
        self.problem.setWordWrap(True)
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.recovery_key = QLineEdit(self)
        self.recovery_key.setObjectName("recoveryKeyInput")
        self.recovery_key.setPlaceholderText("1234567-1234567-…")
        self.message = QLabel(self)
        self.message.setObjectName("recoveryMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.open_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("openWithRecoveryKey")
        self.open_button.setDefault(True)
        self.fresh_button: QPushButton = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.fresh_button.setObjectName("startFresh")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.open_button.clicked.connect(self._open)
        self.fresh_button.clicked.connect(self._confirm_fresh)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.problem, self.prompt, self.recovery_key, self.message, self.buttons):
            layout.addWidget(widget)
        self.retranslate()
        self.recovery_key.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The database key is missing"))
        self.prompt.setText(
            self.tr(
                "&Recovery key (13 groups of 7 digits, as written down when the first"
                " administrator was created):"
            )
        )
        self.prompt.setBuddy(self.recovery_key)
        self.open_button.setText(self.tr("&Open with the recovery key"))
        self.fresh_button.setText(self.tr("Start a &fresh database…"))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.recovery_key, self.open_button, self.fresh_button):
            widget.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        """The typed key stays, the group or the problem is named, the focus goes back."""
        self._set_busy(False)
        self.message.setText(error_text(exc))
        self.recovery_key.setFocus()

    def _opened(self, database: Database) -> None:
        self._set_busy(False)
        self.opened.emit(database)
        self.accept()

    def _open(self) -> None:
        if self.busy:
            return
        self._set_busy(True)
        self.message.setText(self.tr("Opening…"))
        operations.open_with_recovery_key(
            self.path, self.recovery_key.text(), self._opened, self._failed
        )

    def _confirm_fresh(self) -> None:
        question = (
            QMessageBox.Icon.Warning,
            self.tr("Start a fresh database"),
            self.tr(
                "The database without its key is moved aside, untouched, beside its place;"
                " a new, empty database is made. Once the recovery key is found, the old"
                " file can still be opened. Start a fresh database?"
            ),
        )
        self.confirm_box = ask_first(self, "confirmFresh", question, self._start_fresh)

    def _start_fresh(self) -> None:
        self._set_busy(True)

        def done(result: tuple[Database, Path]) -> None:
            database, self.moved_to = result
            self._opened(database)

        operations.start_fresh(self.path, done, self._failed)
