"""Board test data (one scale-1 demo database per test run, copied for each test), the
pane on it, and driving popup menus as they open."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from app.services.database import Database, open_sqlite
from app.services.permissions import Actor
from app.views.disputes.column_model import ColumnModel
from app.views.pane_context import PaneContext

if TYPE_CHECKING:
    from app.views.disputes.pane import DisputesPane

_template: Path | None = None


def demo_template() -> Path:
    """A scale-1 demo database written once per test run (about 3 s)."""
    global _template
    if _template is None:
        from app.services.demo.generator import write_demo_database

        folder = Path(tempfile.mkdtemp(prefix="board-demo-"))
        atexit.register(shutil.rmtree, folder, True)
        path = folder / "demo.sqlite"
        write_demo_database(path, scale=1, seed=1)
        _template = path
    return _template


def demo_copy(folder: Path) -> Database:
    """A fresh copy of the demo database in ``folder``, opened."""
    target = folder / "board-demo.sqlite"
    shutil.copyfile(demo_template(), target)
    return open_sqlite(target)


def open_pane(qtbot: Any, database: Database, language: str = "zh_CN") -> DisputesPane:
    """The dispute pane on ``database`` for a user who may do everything, shown."""
    from app.views.disputes.pane import DisputesPane

    pane = DisputesPane(PaneContext(database, Actor.system("board-clerk"), language))
    qtbot.addWidget(pane)
    pane.resize(1900, 900)
    pane.show()
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    # the first pages, then the counts, come from the pool once the board is on screen
    qtbot.waitUntil(lambda: pane.board.counts is not None)
    return pane


def settled(qtbot: Any, pane: DisputesPane) -> None:
    """Wait until every read the board asked for (a load, a refresh, a page) is in."""
    qtbot.waitUntil(lambda: not pane.board.busy())


def first_card_row(model: ColumnModel) -> int:
    return next(row for row in range(model.rowCount()) if model.card_at(row) is not None)


class PopupDriver:
    """Runs a handler on each popup menu as it opens (menus block in ``exec``)."""

    def __init__(self, *handlers: Callable[[QMenu], None]) -> None:
        self.handlers = list(handlers)
        self.seen: list[QWidget] = []
        self.errors: list[BaseException] = []
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        popup = QApplication.activePopupWidget()
        if not isinstance(popup, QMenu) or not self.handlers or popup in self.seen:
            return
        if not popup.isVisible():
            return
        self.seen.append(popup)
        handler = self.handlers.pop(0)
        try:
            handler(popup)
        except BaseException as exc:
            self.errors.append(exc)
            popup.close()
        if not self.handlers:
            self.timer.stop()

    def check(self) -> None:
        self.timer.stop()
        if self.errors:
            raise self.errors[0]
        assert not self.handlers, "a menu that was expected never opened"
