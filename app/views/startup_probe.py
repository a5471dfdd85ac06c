"""Start-up measurement for the benchmark: when ``STREETDESK_STARTUP_PROBE`` names a file,
the desk writes the wall-clock time of its first painted window (and which modules were
loaded by then) into it, and quits.

``STREETDESK_STARTUP_PROBE_STAGE=main`` waits instead for the main window, signing in to
the demo database with one click as a clerk.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

PROBE_ENV = "STREETDESK_STARTUP_PROBE"
STAGE_ENV = "STREETDESK_STARTUP_PROBE_STAGE"
WATCHED_MODULES = (
    "sqlalchemy",
    "alembic",
    "matplotlib",
    "reportlab",
    "openpyxl",
    "pypinyin",
    "chinese_calendar",
    "psycopg",
    "keyring",
    "argon2",
    "app.services.demo",
    "app.views.shell.main_window",
)


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, out: Path, stage: str) -> None:
        super().__init__(widget)
        self.out = out
        self.stage = stage
        self.done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            painted_at = time.time()
            QTimer.singleShot(0, lambda: self._report(painted_at))
        return False

    def _report(self, painted_at: float) -> None:
        loaded = {
            name: any(m == name or m.startswith(name + ".") for m in sys.modules)
            for name in WATCHED_MODULES
        }
        self.out.write_text(
            json.dumps(
                {
                    "stage": self.stage,
                    "painted_at": painted_at,
                    "modules_loaded": loaded,
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
    if os.environ.get(STAGE_ENV, "dialog") != "main":
        _FirstPaint(controller.dialog, out, "dialog")
        return

    original_opened = controller._opened
    original_open_window = controller._open_main_window

    def opened(database: Any) -> None:
        original_opened(database)
        QTimer.singleShot(0, lambda: controller.dialog.sign_in_demo_role("clerk"))

    def open_window(actor: Any) -> None:
        original_open_window(actor)
        _FirstPaint(controller.window, out, "main")

    controller._opened = opened
    controller.dialog.signed_in.disconnect()
    controller.dialog.signed_in.connect(open_window)
