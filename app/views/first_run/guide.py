"""The first run of a desk with no account: a short guide in three steps.

1. Create the administrator (signed in at once); ``after_administrator_created`` is the
   one place where what follows the administrator's creation goes (the recovery key of
   an encrypted database, say) before step 2 is shown.
2. Choose how to begin: from a template file (the organisation import wizard) or the demo
   (``demo_requested``: the desk opens the demo database instead; this file keeps its
   administrator).
3. Add the first colleagues with the Accounts tab's own dialog, or skip.

``finished_with(actor)`` then hands the signed-in administrator to the main window.
Closing the guide after step 1 does the same; before it, nothing was written.

The other way in, offered at step 1: join the district's central database (the join
page); ``joined`` then asks for a sign-in with one of the centre's accounts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.services.errors import DomainError, ValidationError
from app.views.error_text import error_text
from app.views.first_run.join_page import JoinPage
from app.views.first_run.pages import AdministratorPage, ColleaguesPage, StartChoicePage
from app.views.pane_context import PaneContext

if TYPE_CHECKING:
    from app.services.permissions import Actor
    from app.views.operations import DatabaseContext

STEP_ADMIN, STEP_START, STEP_COLLEAGUES, STEP_JOIN = range(4)


class FirstRunGuide(QDialog):
    finished_with = Signal(object)
    demo_requested = Signal()
    #: the desk joined the centre: sign in with a central account
    joined = Signal()

    def __init__(
        self, context: DatabaseContext, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunGuide")
        self.database_context = context
        self.language = language
        self.actor: Actor | None = None
        self.context: PaneContext | None = None
        self.busy = False
        self.admin_page = AdministratorPage(self)
        self.start_page = StartChoicePage(self)
        self.colleagues_page = ColleaguesPage(self)
        self.join_page = JoinPage(self)
        self.join_page.database = context.database
        self.pages = QStackedWidget(self)
        for page in (self.admin_page, self.start_page, self.colleagues_page, self.join_page):
            self.pages.addWidget(page)
        self.message = QLabel(self)
        self.message.setObjectName("guideMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        self.setMinimumSize(560, 420)

        self.admin_page.create_button.clicked.connect(self._create_admin)
        self.admin_page.join_button.clicked.connect(lambda: self.show_step(STEP_JOIN))
        self.join_page.back.connect(lambda: self.show_step(STEP_ADMIN))
        self.join_page.joined.connect(self._joined)
        self.start_page.template_button.clicked.connect(self.open_template_import)
        self.start_page.demo_button.clicked.connect(self._try_demo)
        self.start_page.skip_button.clicked.connect(lambda: self.show_step(STEP_COLLEAGUES))
        self.colleagues_page.add_button.clicked.connect(self.add_colleague)
        self.colleagues_page.finish_button.clicked.connect(self.finish)
        self.retranslate()
        self.show_step(STEP_ADMIN)

    # steps -----------------------------------------------------------------------------
    def show_step(self, step: int) -> None:
        self.message.clear()
        self.pages.setCurrentIndex(step)
        focus = {
            STEP_ADMIN: self.admin_page.username,
            STEP_START: self.start_page.template_button,
            STEP_COLLEAGUES: self.colleagues_page.add_button,
            STEP_JOIN: self.join_page.choose_button,
        }[step]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def step(self) -> int:
        return self.pages.currentIndex()

    def _create_admin(self) -> None:
        if self.busy or self.actor is not None:
            return
        page = self.admin_page
        if page.password.text() != page.again.text():
            self.message.setText(self.tr("The two passwords differ."))
            page.again.setFocus()
            page.again.selectAll()
            return
        from app.views.shell import operations as shell_ops

        self._set_busy(True)
        shell_ops.create_first_admin(
            self.database_context,
            page.username.text(),
            page.display_name.text(),
            page.password.text(),
            self,
        ).success(self._admin_created).failure(self._admin_refused).run()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.pages.setEnabled(not busy)

    def _admin_refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, DomainError):
            from app.views.failures import report_failure

            report_failure(exc, self, logged=True)
            return
        self.message.setText(error_text(exc))
        page = self.admin_page
        fields = {
            "username": page.username,
            "display_name": page.display_name,
            "password": page.password,
        }
        field = fields.get(exc.field) if isinstance(exc, ValidationError) else None
        if field is not None:
            field.setFocus()
            field.selectAll()

    def _admin_created(self, actor: Actor) -> None:
        self._set_busy(False)
        self.actor = actor
        self.context = PaneContext(self.database_context.database, actor, self.language)
        self.admin_page.password.clear()
        self.admin_page.again.clear()
        self.after_administrator_created()

    def after_administrator_created(self) -> None:
        """The administrator exists and is signed in: anything to show them about the new
        desk goes here: the encrypted database's recovery key, shown once; then step 2."""
        from app.views.encryption.recovery_key_dialog import show_recovery_key

        assert self.actor is not None
        show_recovery_key(
            self,
            self.database_context.database,
            self.actor,
            None,
            lambda: self.show_step(STEP_START),
        )

    def open_template_import(self) -> None:
        """The organisation import wizard; step 3 follows whatever it did."""
        if self.context is None:
            return
        from app.views.admin.org_import_dialog import OrgImportDialog

        self.import_dialog: QDialog = OrgImportDialog(self.context, self)
        self.import_dialog.finished.connect(lambda _result: self.show_step(STEP_COLLEAGUES))
        self.import_dialog.open()

    def _joined(self) -> None:
        self.joined.emit()
        self.accept()

    def _try_demo(self) -> None:
        self.demo_requested.emit()
        self.hide()

    def add_colleague(self) -> None:
        if self.context is None:
            return
        from app.views.admin.account_dialogs import AccountDialog

        self.colleague_dialog = AccountDialog(self.context, None, self)
        self.colleague_dialog.accepted.connect(self._colleague_added)
        self.colleague_dialog.open()

    def _colleague_added(self) -> None:
        dialog = self.colleague_dialog
        self.colleagues_page.added.addItem(
            f"{dialog.display_name.text().strip()}（{dialog.username.text().strip()}）"
            f"　{dialog.role.currentText()}"
        )
        self.colleagues_page.add_button.setFocus()

    def finish(self) -> None:
        if self.actor is None:
            return
        self.finished_with.emit(self.actor)
        self.accept()

    def reject(self) -> None:
        """Closing before the administrator exists quits; after it, opens the desk."""
        if self.busy or self.join_page.busy:
            return
        if self.actor is not None:
            self.finish()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy or self.join_page.busy:
            event.ignore()
            return
        super().closeEvent(event)

    # text ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("StreetDesk — first start"))
        for page in (self.admin_page, self.start_page, self.colleagues_page, self.join_page):
            page.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
