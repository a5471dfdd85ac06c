"""``streetdesk --demo --db FILE --tour-panes``: a smoke check of a built package.

It signs in to the demo database as the administrator, who sees every pane, opens each
pane in turn, checks that the bundled font is registered and that both translation
catalogues load (the Chinese one translating a known string), prints one line per check
and quits: 0 when everything was there, 1 when anything was missing. The packaging test
runs it on the PyInstaller bundle, where a pane module left out of the build, a missing
font or a missing catalogue would otherwise only show on a user's machine.
"""

from __future__ import annotations

import sys
import time
import traceback
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase

from app.resources import CJK_FONT_FAMILY, catalogue_path, cjk_font_path
from app.views.language import LANGUAGES
from app.views.shell.panes import PANES

TOUR_ROLE = "admin"
#: A string every build shows, with its Chinese translation known to the catalogue.
KNOWN_CONTEXT, KNOWN_SOURCE = "Panes", "Rosters"
POLL_MS = 50
#: Time each pane gets to load its first rows on the workers before the next one opens.
PANE_SETTLE_MS = 500
START_TIMEOUT_S = 180.0
POOL_WAIT_MS = 20_000


def say(line: str) -> None:
    if sys.stdout is not None:  # a windowed Windows build has no console
        print(line, flush=True)


class PaneTour(QObject):
    """Drives a ``DeskController`` through sign-in and every pane, then quits."""

    def __init__(self, controller: Any) -> None:
        super().__init__(controller)
        self.controller = controller
        self.failures: list[str] = []
        self.started = time.monotonic()
        self.signing_in = False
        self.row = 0
        self._previous_hook = sys.excepthook
        sys.excepthook = self._unhandled
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._wait_for_window)
        self.timer.start()

    def _unhandled(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        self.failures.append("".join(traceback.format_exception_only(kind, value)).strip())
        self._previous_hook(kind, value, tb)

    def _fail(self, what: str) -> None:
        self.failures.append(what)
        say(f"{what}: MISSING")

    # sign-in ---------------------------------------------------------------------------
    def _wait_for_window(self) -> None:
        controller = self.controller
        if controller.window is not None:
            self.timer.stop()
            self._check_resources()
            QTimer.singleShot(0, self._open_next_pane)
            return
        if time.monotonic() - self.started > START_TIMEOUT_S:
            self.timer.stop()
            self._fail("main window")
            self._finish()
            return
        if controller.dialog.ready_for_sign_in() and not self.signing_in:
            self.signing_in = True
            controller.dialog.sign_in_demo_role(TOUR_ROLE)

    # checks ----------------------------------------------------------------------------
    def _check_resources(self) -> None:
        if cjk_font_path().is_file() and CJK_FONT_FAMILY in QFontDatabase.families():
            say(f"font {CJK_FONT_FAMILY}: ok")
        else:
            self._fail(f"font {CJK_FONT_FAMILY}")
        for language in LANGUAGES:
            translator = QTranslator(self)
            if not translator.load(str(catalogue_path(language))):
                self._fail(f"catalogue {language}")
                continue
            if language == "zh_CN":
                text = translator.translate(KNOWN_CONTEXT, KNOWN_SOURCE)
                if not text or text == KNOWN_SOURCE:
                    self._fail(f"catalogue {language} translation of {KNOWN_SOURCE!r}")
                    continue
                say(f"catalogue {language}: ok ({KNOWN_SOURCE} = {text})")
            else:
                say(f"catalogue {language}: ok")
        window = self.controller.window
        shown = QCoreApplication.translate(KNOWN_CONTEXT, KNOWN_SOURCE)
        if window.context.language == "zh_CN" and shown == KNOWN_SOURCE:
            self._fail("installed Chinese catalogue")
        offered = {spec.key for spec in window.specs}
        for spec in PANES:
            if spec.key not in offered:
                self._fail(f"pane {spec.key} (not offered to {TOUR_ROLE})")

    def _open_next_pane(self) -> None:
        window = self.controller.window
        if window is None or self.row >= len(window.specs):
            self._finish()
            return
        try:
            window.show_pane(self.row)
        except Exception:
            traceback.print_exc()
        QTimer.singleShot(PANE_SETTLE_MS, self._check_pane)

    def _check_pane(self) -> None:
        window = self.controller.window
        spec = window.specs[self.row]
        widget = window.panes.get(spec.key)
        if widget is not None and window.stack.currentWidget() is widget:
            say(f"pane {spec.key}: ok ({type(widget).__name__})")
        else:
            self._fail(f"pane {spec.key}")
        self.row += 1
        self._open_next_pane()

    def _finish(self) -> None:
        QThreadPool.globalInstance().waitForDone(POOL_WAIT_MS)
        sys.excepthook = self._previous_hook
        if self.failures:
            say("tour failed: " + "; ".join(self.failures))
        else:
            say(f"tour: {self.row} panes, font and catalogues ok")
        QCoreApplication.exit(1 if self.failures else 0)
