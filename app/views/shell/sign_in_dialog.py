"""The first window: sign in, or pick a demo role; a desk with no account yet asks for its
first-run guide instead (``first_run_needed``).

It shows at once, before the database is open: the database opens (and, for the demo,
is generated) on a worker thread while the dialog says so, so start-up never freezes.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import DomainError
from app.views.error_text import error_text
from app.views.shell.demo_banner import DemoBanner
from app.views.widgets.page_stack import PageStack

if TYPE_CHECKING:
    from app.services.database import Database
    from app.services.permissions import Actor
    from app.views.operations import DatabaseContext
    from app.views.shell.operations import DeskState

# Services that load the database layer are imported by the operations on the worker,
# after the dialog has painted: see the start-up benchmark.

PAGE_WAIT, PAGE_SIGN_IN = range(2)


def _shell_operations() -> ModuleType:
    """The sign-in's operations, loaded once the window is painted and the database open."""
    from app.views.shell import operations

    return operations


class SignInDialog(QDialog):
    """Emits ``signed_in(actor)`` and closes with Accepted once someone is signed in."""

    signed_in = Signal(object)
    language_chosen = Signal(str)
    #: The dialog has painted once: slow start-up work may begin without delaying it.
    first_painted = Signal()
    # The database's state is read and the page for it shown.
    ready = Signal()
    #: The desk has no account yet: the first-run guide creates the administrator.
    first_run_needed = Signal()

    def __init__(self, demo: bool, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.demo = demo
        self.language = language
        self.role_labels: dict[str, tuple[str, str]] = {}
        self._painted = False
        self.database: Database | None = None
        self.context: DatabaseContext | None = None
        self.busy = False
        self.actor: Actor | None = None
        self.setMinimumWidth(420)

        self.banner = DemoBanner(self)
        self.banner.setVisible(demo)
        self.heading = QLabel(self)
        self.heading.setObjectName("signInHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = PageStack(self)
        self.pages.addWidget(self._build_wait_page())
        self.pages.addWidget(self._build_sign_in_page())
        self.message = QLabel(self)
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        #: what the message says, asked again after a language switch
        self.message_text: Callable[[], str] | None = None
        self.language_box = QComboBox(self)
        self.language_box.addItem("中文", "zh_CN")
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(0 if language.startswith("zh") else 1)
        self.language_box.currentIndexChanged.connect(self._choose_language)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.language_box)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.heading)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addLayout(footer)
        self.pages.currentChanged.connect(self._fit_page)
        self.pages.setCurrentIndex(PAGE_WAIT)
        self._fit_page()
        self.retranslate()

    def _fit_page(self, *_args: object) -> None:
        self.pages.updateGeometry()
        self.adjustSize()

    def _choose_language(self, _index: int) -> None:
        self.language = str(self.language_box.currentData())
        self.language_chosen.emit(self.language)

    # pages -----------------------------------------------------------------------------
    def _build_wait_page(self) -> QWidget:
        page = QWidget(self)
        self.wait_label = QLabel(page)
        self.wait_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wait_bar = QProgressBar(page)
        self.wait_bar.setRange(0, 0)
        layout = QVBoxLayout(page)
        layout.addWidget(self.wait_label)
        layout.addWidget(self.wait_bar)
        return page

    def _build_sign_in_page(self) -> QWidget:
        page = QWidget(self)
        self.username = QLineEdit(page)
        self.username.setObjectName("username")
        self.password = QLineEdit(page)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sign_in_button = QPushButton(page)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self._sign_in)
        self.password.returnPressed.connect(self._sign_in)
        self.username_label = QLabel(page)
        self.username_label.setBuddy(self.username)
        self.password_label = QLabel(page)
        self.password_label.setBuddy(self.password)
        self.form = QFormLayout()
        self.form.addRow(self.username_label, self.username)
        self.form.addRow(self.password_label, self.password)
        self.demo_box = QWidget(page)
        self.demo_hint = QLabel(self.demo_box)
        self.demo_hint.setWordWrap(True)
        self.demo_grid = QGridLayout(self.demo_box)
        self.demo_grid.setContentsMargins(0, 8, 0, 0)
        self.demo_grid.addWidget(self.demo_hint, 0, 0, 1, 3)
        self.demo_buttons: dict[str, QPushButton] = {}
        self.demo_box.setVisible(self.demo)
        layout = QVBoxLayout(page)
        layout.addWidget(self.demo_box)
        layout.addLayout(self.form)
        layout.addWidget(self.sign_in_button)
        return page

    # state -----------------------------------------------------------------------------
    def show_progress(self, text: str) -> None:
        self.wait_label.setText(text)
        self.pages.setCurrentIndex(PAGE_WAIT)

    def set_database(self, database: Database) -> None:
        """The database is open: offer the right page for it once its state is read."""
        self.database = database
        # the operations load after the first paint, with the database
        from app.views.operations import DatabaseContext

        self.context = DatabaseContext(database)
        _shell_operations().desk_state(self.context, self).success(self._show_desk_state).run()

    def _show_desk_state(self, state: DeskState) -> None:
        self.demo = state.demo
        self.role_labels = state.role_labels
        self._build_demo_buttons()
        self.retranslate()
        self.banner.setVisible(self.demo)
        self.demo_box.setVisible(self.demo)
        self.pages.setCurrentIndex(PAGE_SIGN_IN)
        self.username.setFocus()
        self.ready.emit()
        if state.needs_first_admin and not self.demo:
            self.first_run_needed.emit()

    def ready_for_sign_in(self) -> bool:
        """The database's state is read and no sign-in is being written."""
        return (
            self.database is not None and self.pages.currentIndex() != PAGE_WAIT and not self.busy
        )

    def _build_demo_buttons(self) -> None:
        """One button per role of the role table, so a district's own roles show too."""
        if self.demo_buttons:
            return
        for index, code in enumerate(self.role_labels):
            button = QPushButton(self.demo_box)
            button.setObjectName(f"demoRole_{code}")
            button.clicked.connect(lambda _=False, role=code: self.sign_in_demo_role(role))
            self.demo_grid.addWidget(button, 1 + index // 3, index % 3)
            self.demo_buttons[code] = button

    def _set_busy(self, busy: bool) -> None:
        """While a sign-in is written, a second click must not start another."""
        self.busy = busy
        self.pages.setEnabled(not busy)

    def _fail(self, exc: BaseException, field: QLineEdit | None = None) -> None:
        self._set_busy(False)
        if not isinstance(exc, DomainError):
            from app.views.failures import report_failure

            report_failure(exc, self, logged=True)
            return
        self.say(lambda: error_text(exc))
        if field is not None:
            field.setFocus()
            field.selectAll()

    def _done(self, actor: Actor) -> None:
        self._set_busy(False)
        if actor.must_change_password:
            self._change_password_first(actor)
            return
        self.actor = actor
        self.say(None)
        self.signed_in.emit(actor)
        self.accept()

    def _sign_in(self) -> None:
        if self.context is None or self.busy:
            return

        def outcome(result: Actor | DomainError) -> None:
            if isinstance(result, DomainError):
                self._fail(result, self.password)
            else:
                self._done(result)

        self._set_busy(True)
        operation = _shell_operations().sign_in(
            self.context, self.username.text(), self.password.text(), self
        )
        operation.success(outcome).failure(self._fail).run()

    def sign_in_demo_role(self, role_code: str) -> None:
        if self.context is None or self.busy:
            return
        self._set_busy(True)
        _shell_operations().sign_in_demo(self.context, role_code, self).success(self._done).failure(
            self._fail
        ).run()

    def _change_password_first(self, actor: Actor) -> None:
        """An administrator reset this password: the user chooses their own before the
        desk opens (until then the account may do nothing else)."""
        from app.views.pane_context import PaneContext
        from app.views.shell.change_password_dialog import ChangePasswordDialog

        assert self.database is not None
        context = PaneContext(self.database, actor, self.language)
        dialog = ChangePasswordDialog(context, self.password.text(), self)
        self.password_dialog = dialog

        def closed(result: int) -> None:
            self.password.clear()
            if result == QDialog.DialogCode.Accepted and dialog.actor is not None:
                self._done(dialog.actor)
            else:
                self.say(lambda: self.tr("Choose a new password to sign in."))
                self.password.setFocus()

        dialog.finished.connect(closed)
        dialog.open()

    # text ------------------------------------------------------------------------------
    def say(self, text: Callable[[], str] | None) -> None:
        """Show a message, worded again in the new language after a switch."""
        self.message_text = text
        self.message.setText(text() if text is not None else "")

    def retranslate(self) -> None:
        if self.message_text is not None:
            self.message.setText(self.message_text())
        # a switch made in the main window shows here too
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(0 if self.language.startswith("zh") else 1)
        self.language_box.blockSignals(False)
        self.setWindowTitle(self.tr("StreetDesk — sign in"))
        self.heading.setText(self.tr("<h2>StreetDesk</h2>"))
        if not self.wait_label.text():
            self.wait_label.setText(self.tr("Opening the database…"))
        self.username_label.setText(self.tr("&User name:"))
        self.password_label.setText(self.tr("&Password:"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.demo_hint.setText(
            self.tr("Demo data: sign in with one click as any role to see what it sees.")
        )
        for code, button in self.demo_buttons.items():
            zh, en = self.role_labels.get(code, (code, code))
            button.setText(zh if self.language.startswith("zh") else en)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
