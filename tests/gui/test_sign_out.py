"""Signing out and quitting: the audit row is written before the window goes, each
user's window keeps its own layout, and quitting lets running writes finish."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.models import AuditEntry
from app.services import audit
from app.services.settings import AppConfig
from app.views.application import DeskController
from app.views.operations import write_op
from app.views.pane import Pane
from app.views.shell.main_window import MainWindow
from app.views.shell.sign_in_dialog import PAGE_SIGN_IN
from app.views.tasks import write_lane
from tests.helpers.actors import actor_with_role


def _signed_in(qtbot: Any, qapp: Any, path: Path) -> DeskController:
    controller = DeskController(qapp, path, False, AppConfig())
    qtbot.addWidget(controller.dialog)
    controller.start()
    dialog = controller.dialog
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_SIGN_IN and not dialog.busy)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "correct horse")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None)
    return controller


def _sign_outs(database: Any) -> int:
    with database.session() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "sign_out")
            )
            or 0
        )


def test_sign_out_is_audited_before_the_window_closes_and_panes_keep_their_state(
    qtbot: Any, qapp: Any, admin_database: Any, monkeypatch: Any
) -> None:
    path = admin_database.path
    admin_database.dispose()
    controller = _signed_in(qtbot, qapp, path)
    window = controller.window
    assert window is not None
    window.show_pane(2)
    shown = window.panes["psych"]
    assert isinstance(shown, Pane)
    saved: list[str] = []
    monkeypatch.setattr(type(shown), "save_state", lambda pane: saved.append(pane.pane_key))
    closed_with: list[int] = []
    window.destroyed.connect(lambda *_: closed_with.append(_sign_outs(controller.database)))

    window.sign_out_requested.emit()
    qtbot.waitUntil(lambda: controller.window is None and controller.dialog.isVisible())
    qtbot.waitUntil(lambda: bool(closed_with))
    assert closed_with == [1]
    assert "psych" in saved
    assert controller.dialog.password.text() == ""
    controller.shut_down()


def test_the_next_user_does_not_land_on_the_previous_users_pane(
    make_window: Any, admin_database: Any
) -> None:
    window: MainWindow = make_window()
    window.nav.setCurrentRow(3)
    window.close()
    clerk: MainWindow = make_window(actor_with_role(admin_database, "clerk"))
    assert clerk.nav.currentRow() == 0
    clerk.close()
    again: MainWindow = make_window()
    assert again.nav.currentRow() == 3


def test_quitting_waits_for_a_running_write(
    qtbot: Any, qapp: Any, admin_database: Any, monkeypatch: Any
) -> None:
    controller = DeskController(qapp, admin_database.path, False, AppConfig())
    qtbot.addWidget(controller.dialog)
    controller.database = admin_database
    window = _window_context(admin_database)
    started, release = threading.Event(), threading.Event()

    def slow_write(session: Any) -> None:
        started.set()
        release.wait(5)
        audit.record(session, "admin", "export", detail="written at quit")

    writes_running_at_dispose: list[int] = []
    dispose = admin_database.dispose

    def disposing() -> None:
        writes_running_at_dispose.append(write_lane().activeThreadCount())
        dispose()

    monkeypatch.setattr(admin_database, "dispose", disposing)
    write_op(window, slow_write).run()
    assert started.wait(5)
    threading.Timer(0.3, release.set).start()
    controller.shut_down()
    assert writes_running_at_dispose == [0]
    assert controller.database is None
    from app.services.database import open_sqlite

    reopened = open_sqlite(admin_database.path)
    try:
        with reopened.session() as session:
            exports = select(func.count()).where(AuditEntry.action == "export")
            assert session.scalar(exports) == 1
    finally:
        reopened.dispose()


def _window_context(database: Any) -> Any:
    from app.services import auth
    from app.views.pane_context import PaneContext

    actor = auth.sign_in_recorded(database, "admin", "correct horse")
    return PaneContext(database, actor)
