"""Start-up measurement for the benchmark: when ``STREETDESK_STARTUP_PROBE`` names a file,
the desk writes the wall-clock time of its first painted window (and the modules loaded
by then) into it, and quits.

``STREETDESK_STARTUP_PROBE_STAGE=main`` waits instead for the main window, signing in to
the demo database with one click as a clerk; ``data`` waits on for the first pane's rows
(its ``loaded`` signal) and reports when the window had painted too.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

PROBE_ENV = "STREETDESK_STARTUP_PROBE"
STAGE_ENV = "STREETDESK_STARTUP_PROBE_STAGE"


class _FirstPaint(QObject):
    def __init__(
        self, widget: QWidget, out: Path, stage: str, clicked_at: float | None = None
    ) -> None:
        super().__init__(widget)
        self.out = out
        self.stage = stage
        #: when the one-click sign-in was pressed (the main window's stage)
        self.clicked_at = clicked_at
        self.done = False
        widget.installEventFilter(self)

        #: the data stage: when the window first painted, reported with the rows
        self.painted_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            painted_at = time.time()
            if self.stage == "data":
                self.painted_at = painted_at
            else:
                QTimer.singleShot(0, lambda: self._report(painted_at))
        return False

    def rows_shown(self) -> None:
        self._report(time.time())

    def _report(self, at: float) -> None:
        data = self.stage == "data"
        self.out.write_text(
            json.dumps(
                {
                    "stage": self.stage,
                    "painted_at": self.painted_at if data else at,
                    "loaded_at": at if data else None,
                    "clicked_at": self.clicked_at,
                    # the benchmark says which of the heavy libraries were among them
                    "modules": sorted(sys.modules),
                    "module_count": len(sys.modules),
                }
            ),
            encoding="utf-8",
        )
        from PySide6.QtWidgets import QApplication

        QApplication.exit(0)


def attach_if_requested(controller: Any) -> None:
    target = os.environ.get(PROBE_ENV)
    if not target:
        return
    out = Path(target)
    stage = os.environ.get(STAGE_ENV, "dialog")
    if stage not in ("main", "data"):
        _FirstPaint(controller.dialog, out, "dialog")
        return

    original_opened = controller._opened
    original_open_window = controller._open_main_window

    clicked: list[float] = []

    def click() -> None:
        clicked.append(time.time())
        controller.dialog.sign_in_demo_role("clerk")

    def opened(database: Any) -> None:
        original_opened(database)
        controller.dialog.ready.connect(click, Qt.ConnectionType.SingleShotConnection)

    def open_window(actor: Any) -> None:
        original_open_window(actor)
        window = controller.window
        probe = _FirstPaint(window, out, stage, clicked[0] if clicked else None)
        if stage == "data":
            original_show_pane = window.show_pane

            def show_pane(row: int) -> None:
                first = not window.panes
                original_show_pane(row)
                pane = window.stack.widget(row)
                if first and hasattr(pane, "loaded"):
                    pane.loaded.connect(probe.rows_shown, Qt.ConnectionType.SingleShotConnection)

            window.show_pane = show_pane

    controller._opened = opened
    controller.dialog.signed_in.disconnect()
    controller.dialog.signed_in.connect(open_window)
