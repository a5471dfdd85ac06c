"""Start-up: the application object, font and language, then sign-in, then the main window.

The sign-in dialog shows first and at once; the database is opened (and the demo
database generated on first use) on a worker thread meanwhile. The main window and its
panes are imported only after sign-in.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.services.settings import APP_NAME, AppConfig, load_config, remember_language
from app.views.error_text import error_text
from app.views.fonts import register_cjk_font
from app.views.language import install_language
from app.views.shell.sign_in_dialog import SignInDialog
from app.views.tasks import run_task

if TYPE_CHECKING:
    from app.services.database import Database
    from app.services.permissions import Actor
    from app.views.shell.main_window import MainWindow

EXIT_DATABASE_PROBLEM = 2


def create_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(_version())
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    register_cjk_font(app)
    return app


def _version() -> str:
    from app import __version__

    return __version__


def open_or_generate(path: Path, demo: bool) -> Database:
    """Open the desk's database; for the demo, generate it first if it is not there yet."""
    from app.services.database import open_sqlite

    if demo and not (path.exists() and path.stat().st_size > 0):
        from app.services.demo.generator import write_demo_database

        write_demo_database(path)
    return open_sqlite(path)


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
        self.dialog = SignInDialog(demo, config.language)
        self.dialog.signed_in.connect(self._open_main_window)
        self.dialog.language_chosen.connect(self.set_language)
        self.dialog.rejected.connect(self._dialog_closed)

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
        path, demo = self.path, self.demo
        run_task(lambda _progress: open_or_generate(path, demo), self._opened, self._failed)

    def _opened(self, database: Any) -> None:
        self.database = database
        self.dialog.set_database(database)

    def _failed(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

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

    def _dialog_closed(self) -> None:
        if self.window is None:
            self.app.quit()

    def _open_main_window(self, actor: Actor) -> None:
        from app.services import auth
        from app.views.pane_context import PaneContext
        from app.views.shell.main_window import MainWindow

        assert self.database is not None
        with self.database.session() as session:
            role_labels = auth.role_labels(session)
        context = PaneContext(self.database, actor, self.config.language)
        window = MainWindow(context, self.demo, role_labels, self.config.idle_lock_minutes)
        window.sign_out_requested.connect(self._sign_out)
        window.language_requested.connect(self.set_language)
        window.reset_demo_requested.connect(self._reset_demo)
        window.settings_saved.connect(self._apply_settings)
        self.window = window
        self.dialog.hide()
        window.show()
        from app.services.collector import freeze_startup_heap

        QTimer.singleShot(0, freeze_startup_heap)

    def _close_main_window(self) -> None:
        if self.window is not None:
            self.window.save_state()
            self.window.idle.stop()
            self.window.hide()
            self.window.deleteLater()
            self.window = None

    def _sign_out(self) -> None:
        if self.database is not None and self.window is not None:
            from app.services import audit

            with self.database.session() as session:
                audit.record(session, self.window.context.actor.username, "sign_out")
        self._close_main_window()
        self.dialog.password.clear()
        self.dialog.show()

    def _reset_demo(self) -> None:
        """Throw the demo database away and generate a fresh one, then sign in again."""
        from app.services.demo.reset import reset_demo_database

        actor = self.window.context.actor if self.window is not None else None
        self._close_main_window()
        database, self.database = self.database, None
        if database is None or actor is None:
            return
        self.dialog.show_progress(
            QCoreApplication.translate("DeskController", "Generating the demo data…")
        )
        self.dialog.show()
        run_task(lambda _progress: reset_demo_database(database, actor), self._opened, self._failed)

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

    app = create_application()
    config = load_config()
    if args.lang:
        config.language = args.lang
    install_language(config.language)
    path = Path(args.db) if args.db else default_database_path(demo=args.demo)
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
    if controller.database is not None:
        controller.database.dispose()
    return code
