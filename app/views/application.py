"""Start-up: the application object, font and language, then sign-in, then the main window.

The sign-in dialog shows first and at once; the database is opened (and the demo
database generated on first use) on a worker thread meanwhile. The main window and its
panes are imported only after sign-in.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from app.services.logs import open_log_file, setup_logging
from app.services.settings import APP_NAME, AppConfig, load_config, remember_language
from app.views.error_text import error_text
from app.views.failures import install_excepthook, log_failure
from app.views.fonts import register_cjk_font
from app.views.language import install_language
from app.views.shell.sign_in_dialog import SignInDialog
from app.views.tasks import run_task, wait_for_running

if TYPE_CHECKING:
    from app.services.database import Database
    from app.services.permissions import Actor
    from app.views.shell.main_window import MainWindow

EXIT_DATABASE_PROBLEM = 2
# how long quitting, signing out or a demo reset waits for running writes to finish
WRITES_WAIT_MS = 10_000

log = logging.getLogger(__name__)


def create_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(_version())
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    log.info("application %s %s", APP_NAME, app.applicationVersion())
    family = register_cjk_font(app)
    log.info("font %s registered", family)
    return app


def _version() -> str:
    from app import __version__

    return __version__


def open_or_generate(path: Path, demo: bool) -> Database:
    """Open the desk's database; for the demo, generate it first if it is not there yet
    (or anew, the old one set aside, when its key is gone: its data is synthetic)."""
    from app.services.database import open_sqlite

    if not demo:
        # the whole-file page check follows beside the sign-in (DeskController._opened)
        return open_sqlite(path, check_pages=False)
    from app.services.demo.generator import write_demo_database
    from app.services.encryption.problems import KeyMissing

    if not (path.exists() and path.stat().st_size > 0):
        write_demo_database(path)
    try:
        return open_sqlite(path, check_pages=False)
    except KeyMissing:
        from app.services.encryption.administration import set_aside

        set_aside(path)
        write_demo_database(path)
        return open_sqlite(path)


#: groups where earlier versions kept window layouts and filters for all users together
SHARED_UI_GROUPS = ("main_window", "rosters", "disputes")


def drop_shared_ui_state() -> None:
    """Forget what earlier versions kept for everyone at once: it cannot be told apart by
    user, and one user's filter must not greet the next (state lives under ``users/``)."""
    settings = QSettings()
    for group in SHARED_UI_GROUPS:
        settings.remove(group)


class DeskController(QObject):
    """Owns the database, the sign-in dialog and the main window through one run."""

    def __init__(self, app: QApplication, path: Path, demo: bool, config: AppConfig) -> None:
        super().__init__(app)
        self.app = app
        self.path = path
        self.demo = demo
        self.config = config
        self.database: Database | None = None
        self.window: MainWindow | None = None
        self.signing_out = False
        drop_shared_ui_state()
        self.dialog = SignInDialog(demo, config.language)
        self.dialog.signed_in.connect(self._open_main_window)
        self.dialog.language_chosen.connect(self.set_language)
        self.dialog.rejected.connect(self._dialog_closed)
        self.dialog.first_run_needed.connect(self._first_run)
        self.guide: QDialog | None = None

    def start(self) -> None:
        if self.demo and not self.path.exists():
            self.dialog.show_progress(
                QCoreApplication.translate("DeskController", "Generating the demo data…")
            )
        self.dialog.first_painted.connect(
            self._open_database, Qt.ConnectionType.SingleShotConnection
        )
        self.dialog.show()

    def _open_database(self) -> None:
        open_log_file()
        path, demo = self.path, self.demo
        run_task(lambda _progress: open_or_generate(path, demo), self._opened, self._failed)

    def _opened(self, database: Any) -> None:
        log.info("database opened: %s", database.label)
        self.database = database
        self.dialog.set_database(database)
        if database.notices:
            self._show_notices(database.notices)
        self._check_pages(database)

    def _check_pages(self, database: Any) -> None:
        """Every page read and checked on the pool while the user signs in (the open
        itself checked the header, the key, the schema and the write lock). A damaged
        file then stops the desk as a damaged file found on opening does."""
        from app.services.database import check_pages

        def damaged(exc: BaseException) -> None:
            current = self.database
            if current is None or current is not database:
                return
            self.database = None
            if self.window is not None:
                self.window.hide()
            self.dialog.show()
            current.dispose()
            self._failed(exc)

        run_task(
            lambda _progress: check_pages(database),
            lambda _result: log.info("database pages checked: %s", database.label),
            damaged,
        )

    def _show_notices(self, notices: list[Any]) -> None:
        """What the user should know about the opening (the file was encrypted, a key
        file others can read), once the sign-in window shows."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("DeskController", "StreetDesk"),
            "\n\n".join(error_text(notice) for notice in notices),
            QMessageBox.StandardButton.Ok,
            self.dialog,
        )
        box.setObjectName("openingNotices")
        self.notices_box = box
        box.open()

    def _failed(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app.services.encryption.problems import KeyMissing

        log_failure("opening the database", exc)
        if isinstance(exc, KeyMissing):
            self._ask_recovery_key(exc)
            return

        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("DeskController", "StreetDesk cannot start"),
            error_text(exc),
            QMessageBox.StandardButton.Close,
            self.dialog,
        )
        box.setObjectName("startFailedBox")
        box.finished.connect(lambda _: self.app.exit(EXIT_DATABASE_PROBLEM))
        self.failure_box = box
        box.open()

    def _first_run(self) -> None:
        """A desk with no account: the first-run guide instead of the sign-in."""
        from app.views.first_run.guide import FirstRunGuide

        assert self.dialog.context is not None
        guide = FirstRunGuide(self.dialog.context, self.config.language)
        guide.finished_with.connect(self._open_main_window)
        guide.demo_requested.connect(self._open_demo_instead)
        guide.joined.connect(self._joined_central)
        guide.rejected.connect(self._dialog_closed)
        self.guide = guide
        self.dialog.hide()
        guide.show()

    def _joined_central(self) -> None:
        """The desk joined the district: the sign-in window reads the desk again and
        asks for an account the centre holds."""
        if self.guide is not None:
            self.guide.hide()
            self.guide.deleteLater()
            self.guide = None
        if self.database is not None:
            self.dialog.set_database(self.database)
        self.dialog.show()

    def _open_demo_instead(self) -> None:
        """ "Try the demo" in the guide: the demo database opens (generated on first use);
        the new desk's file keeps its administrator for the next start."""
        from app.services.settings import default_database_path

        database, self.database = self.database, None
        wait_for_running(WRITES_WAIT_MS)
        if database is not None:
            database.dispose()
        self.path, self.demo = default_database_path(demo=True), True
        # as with --demo: what is tried out in the demo stays out of the real desk's settings
        self.app.setApplicationName(f"{APP_NAME} Demo")
        self.dialog.demo = True
        self.dialog.show_progress(
            QCoreApplication.translate("DeskController", "Generating the demo data…")
        )
        self.dialog.show()
        path = self.path
        run_task(lambda _progress: open_or_generate(path, True), self._opened, self._failed)

    def _ask_recovery_key(self, problem: BaseException) -> None:
        """No key on this desk: the recovery key opens the file (and stores the key
        again), or a fresh database is made beside the untouched file; closing quits."""
        from app.views.encryption.key_recovery_dialog import KeyRecoveryDialog

        recovery = KeyRecoveryDialog(self.path, problem, self.dialog)
        recovery.opened.connect(self._opened)
        recovery.rejected.connect(lambda: self.app.exit(EXIT_DATABASE_PROBLEM))
        self.recovery_dialog = recovery
        recovery.open()

    def _dialog_closed(self) -> None:
        if self.window is None:
            self.app.quit()

    def _open_main_window(self, actor: Actor) -> None:
        from app.views.pane_context import PaneContext
        from app.views.shell.main_window import MainWindow

        assert self.database is not None
        log.info("signed in: %s (%s)", actor.username, actor.role_code)
        context = PaneContext(self.database, actor, self.config.language)
        # the role labels the sign-in window read through its operation
        window = MainWindow(
            context, self.demo, self.dialog.role_labels, self.config.idle_lock_minutes
        )
        window.sign_out_requested.connect(self._sign_out)
        window.language_requested.connect(self.set_language)
        window.reset_demo_requested.connect(self._reset_demo)
        window.settings_saved.connect(self._apply_settings)
        window.restore_requested.connect(self._restore_snapshot)
        self.window = window
        self.dialog.hide()
        if self.guide is not None:
            self.guide.hide()
            self.guide.deleteLater()
            self.guide = None
        window.show()
        log.info("main window shown")
        from app.services.collector import freeze_startup_heap

        QTimer.singleShot(0, freeze_startup_heap)

    def _close_main_window(self) -> None:
        if self.window is not None:
            self.window.save_state()
            self.window.idle.stop()
            self.window.sync.stop()
            self.window.hide()
            self.window.deleteLater()
            self.window = None

    def _sign_out(self) -> None:
        """The sign-out is audited first; the window closes once that write is done (or
        failed: signing out never waits on the audit log)."""
        window = self.window
        if window is None or self.signing_out:
            return
        from app.views.shell import operations as shell_ops

        self.signing_out = True
        window.setEnabled(False)
        shell_ops.sign_out(window.context, window).quietly().success(
            lambda _none: self._signed_out()
        ).failure(lambda _exc: self._signed_out()).run()

    def _signed_out(self) -> None:
        self.signing_out = False
        if self.window is not None:
            log.info("signed out: %s", self.window.context.actor.username)
        self._close_main_window()
        wait_for_running(WRITES_WAIT_MS)
        self.dialog.password.clear()
        self.dialog.show()

    def _reset_demo(self) -> None:
        """Throw the demo database away and generate a fresh one, then sign in again."""
        from app.services.demo.reset import reset_demo_database

        actor = self.window.context.actor if self.window is not None else None
        self._close_main_window()
        # the reset disposes the engine: the closed panes' writes finish first
        wait_for_running(WRITES_WAIT_MS)
        database, self.database = self.database, None
        if database is None or actor is None:
            return
        self.dialog.show_progress(
            QCoreApplication.translate("DeskController", "Generating the demo data…")
        )
        self.dialog.show()
        run_task(lambda _progress: reset_demo_database(database, actor), self._opened, self._failed)

    def _restore_snapshot(self, snapshot: Path) -> None:
        """Put a copy taken before a sync back: the database closes first, and the desk
        quits so that the next start opens the restored file afresh."""
        from PySide6.QtWidgets import QMessageBox

        from app.services.sync.snapshots import restore_snapshot

        database, path = self.database, self.path
        pragma = database.cipher.pragma() if database is not None and database.cipher else None
        self._close_main_window()
        wait_for_running(WRITES_WAIT_MS)
        self.database = None
        if database is not None:
            database.dispose()
        try:
            restore_snapshot(path, snapshot, pragma)
        except OSError as exc:
            log.exception("restoring %s failed", snapshot)
            text = QCoreApplication.translate(
                "DeskController", "The copy could not be put back: {reason}"
            ).format(reason=exc.strerror or str(exc))
        else:
            log.info("restored %s from %s", path, snapshot)
            text = QCoreApplication.translate(
                "DeskController",
                "The copy taken before the sync is back in place. Start StreetDesk again;"
                " the next sync brings what the centre has received since.",
            )
        QMessageBox.information(None, QCoreApplication.translate("DeskController", "Restore"), text)
        self.app.quit()

    def shut_down(self, wait_ms: int = WRITES_WAIT_MS) -> None:
        """After the event loop: running writes finish (bounded) before the engine goes."""
        if not wait_for_running(wait_ms):
            log.warning("quitting with work still running after %d ms", wait_ms)
        if self.database is not None:
            self.database.dispose()
            self.database = None

    def _apply_settings(self, config: AppConfig) -> None:
        language_changed = config.language != self.config.language
        self.config = config
        if self.window is not None:
            self.window.idle.set_minutes(config.idle_lock_minutes)
        if language_changed:
            self.set_language(config.language)

    def set_language(self, language: str) -> None:
        install_language(language)
        self.config.language = language
        self.dialog.language = language
        self.dialog.retranslate()
        if self.window is not None:
            self.window.set_language(language)
        with contextlib.suppress(OSError):  # the choice still holds for this run
            remember_language(language)


def run_gui(args: argparse.Namespace) -> int:
    from app.services.settings import default_database_path

    log_file = setup_logging(deferred=True)  # the file opens once the window is painted
    install_excepthook()
    log.info("starting; log file %s", log_file)
    app = create_application()
    config = load_config()
    if args.lang:
        config.language = args.lang
    install_language(config.language)
    log.info("language %s", config.language)
    path = Path(args.db) if args.db else default_database_path(demo=args.demo)
    from app.services.encryption.key_store import use_key_file

    use_key_file(getattr(args, "key_file", None))
    if args.demo:
        # Window layouts, filters and limits tried out in a class stay out of the real desk.
        app.setApplicationName(f"{APP_NAME} Demo")
    controller = DeskController(app, path, args.demo, config)
    from app.views.startup_probe import attach_if_requested

    attach_if_requested(controller)
    if getattr(args, "tour_panes", False):
        from app.views.pane_tour import PaneTour

        PaneTour(controller)
    controller.start()
    code = app.exec()
    controller.shut_down()
    log.info("quit (exit code %d)", code)
    return code
