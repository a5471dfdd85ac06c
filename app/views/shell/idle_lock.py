"""The idle lock: after a set time without keyboard or mouse use, the desk hides its data
and asks for the signed-in user's password (one click on the demo database)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import DomainError
from app.services.settings import clamp_idle_minutes
from app.views.error_text import error_text
from app.views.failures import report_failure
from app.views.pane_context import PaneContext
from app.views.shell import operations as shell_ops

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits ``idle`` once no input reached the application for ``minutes``."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(clamp_idle_minutes(minutes) * 60_000)
        self.timer.start()

    def set_interval_ms(self, milliseconds: int) -> None:
        self.timer.setInterval(milliseconds)
        self.timer.start()

    def pause(self) -> None:
        self.timer.stop()

    def resume(self) -> None:
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockDialog(QDialog):
    """Accepted when the same user proves who they are; ``sign_out_requested`` otherwise."""

    sign_out_requested = Signal()

    def __init__(
        self,
        context: PaneContext,
        demo: bool,
        parent: QWidget | None = None,
        *,
        manual: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.context = context
        self.actor = context.actor
        self.demo = demo
        #: locked by the user (Ctrl+L) rather than after a time without use
        self.manual = manual
        #: the last refusal, kept to be said again in another language
        self.refusal: DomainError | None = None
        self.info = QLabel(self)
        self.info.setObjectName("lockInfo")
        self.info.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setVisible(not demo)
        self.password.returnPressed.connect(self._unlock)
        self.message = QLabel(self)
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.sign_out_button = QPushButton(self)
        self.sign_out_button.clicked.connect(self._sign_out)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.password)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        # wide enough for a sentence per line; the dialog grows with a wrapped message
        self.info.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 28)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.retranslate()

    def _unlock(self) -> None:
        """The same user's password, checked as a sign-in: failures are counted and five
        lock the account; an account disabled meanwhile cannot unlock."""
        if self.demo:
            self.accept()
            return
        if not self.unlock_button.isEnabled():
            return
        self.unlock_button.setEnabled(False)
        shell_ops.unlock(self.context, self.actor, self.password.text(), self).success(
            self._checked
        ).failure(self._failed).run()

    def _checked(self, outcome: object) -> None:
        self.unlock_button.setEnabled(True)
        if isinstance(outcome, DomainError):
            self.refusal = outcome
            self.message.setText(error_text(outcome))
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        report_failure(exc, self, logged=True)

    def _sign_out(self) -> None:
        self.sign_out_requested.emit()
        self.done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        """Escape and the window's close button must not unlock: only the buttons decide."""

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("StreetDesk is locked"))
        if self.manual:
            reason = self.tr("The desk is locked.")
        else:
            reason = self.tr("The desk locked itself after a time without use.")
        if self.demo:
            self.info.setText(reason)
        else:
            ask = self.tr("{name}, enter your password to go on.")
            space = "" if reason.endswith("。") else " "
            self.info.setText(reason + space + ask.format(name=self.actor.display_name))
        if self.refusal is not None:
            self.message.setText(error_text(self.refusal))
        self.password.setPlaceholderText(self.tr("Password"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.sign_out_button.setText(self.tr("Sign out"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
