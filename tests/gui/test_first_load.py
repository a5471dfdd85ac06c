"""After a one-click sign-in the main window paints before any data is read: the database
was opened (key read, quick check run) on a worker before the click, and the first pane
reads its rows on a worker while it says it is loading."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from app.services import database as database_module
from app.services.demo.generator import write_demo_database
from app.services.settings import AppConfig
from app.views.application import DeskController
from app.views.rosters import operations as roster_operations
from app.views.shell.main_window import MainWindow
from app.views.shell.sign_in_dialog import PAGE_SIGN_IN

WAIT_MS = 60_000


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("first-load") / "demo.sqlite"
    write_demo_database(path, scale=1, seed=1)
    return path


class WindowPaints(QObject):
    """Remembers, for each paint of a main window, whether the roster rows were there."""

    def __init__(self) -> None:
        super().__init__()
        self.rows_at_paint: list[int] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, MainWindow):
            pane = watched.pane("rosters")
            self.rows_at_paint.append(pane.staff_model.rowCount() if pane is not None else 0)
        return False


def test_the_window_paints_and_says_loading_before_the_first_rows_arrive(
    qtbot: Any, qapp: QApplication, tmp_path: Path, demo_file: Path, monkeypatch: Any
) -> None:
    gui_thread = threading.get_ident()
    opening_threads: dict[str, list[int]] = {"unlock": [], "quick_check": []}

    def spied(name: str, real: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            opening_threads[name].append(threading.get_ident())
            return real(*args, **kwargs)

        return call

    monkeypatch.setattr(database_module, "unlock", spied("unlock", database_module.unlock))
    monkeypatch.setattr(
        database_module,
        "_check_sqlite_file",
        spied("quick_check", database_module._check_sqlite_file),
    )
    reading, release = threading.Event(), threading.Event()
    real_start = roster_operations.load_roster_start

    def held_start(*args: Any, **kwargs: Any) -> Any:
        reading.set()
        release.wait(WAIT_MS / 1000)
        return real_start(*args, **kwargs)

    monkeypatch.setattr(roster_operations, "load_roster_start", held_start)

    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    controller = DeskController(qapp, path, True, AppConfig())
    qtbot.addWidget(controller.dialog)
    paints = WindowPaints()
    qapp.installEventFilter(paints)
    try:
        controller.start()
        qtbot.waitUntil(
            lambda: (
                controller.dialog.pages.currentIndex() == PAGE_SIGN_IN
                and bool(controller.dialog.demo_buttons)
            ),
            timeout=WAIT_MS,
        )
        # the key was read and the file checked before the click, on the opening worker
        assert len(opening_threads["unlock"]) == len(opening_threads["quick_check"]) == 1
        assert gui_thread not in opening_threads["unlock"] + opening_threads["quick_check"]

        qtbot.mouseClick(controller.dialog.demo_buttons["clerk"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(paints.rows_at_paint), timeout=WAIT_MS)
        window = controller.window
        assert window is not None and window.isVisible()
        assert paints.rows_at_paint[0] == 0
        # the first pane is built after that paint and reads on a worker, saying so
        qtbot.waitUntil(lambda: window.pane("rosters") is not None, timeout=WAIT_MS)
        pane = window.pane("rosters")
        assert reading.wait(WAIT_MS / 1000)
        qtbot.waitUntil(pane.busy_label.isVisible)
        assert pane.busy_label.text() == "正在加载名册…"
        assert pane.staff_model.rowCount() == 0
        assert window.stack.currentWidget() is pane

        release.set()
        qtbot.waitUntil(lambda: pane.staff_model.rowCount() > 0, timeout=WAIT_MS)
        assert not pane.busy_label.isVisible()
        # signing in opened nothing again
        assert len(opening_threads["quick_check"]) == 1
    finally:
        release.set()
        qapp.removeEventFilter(paints)
        controller._close_main_window()
        if controller.database is not None:
            controller.database.dispose()
