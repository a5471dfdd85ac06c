"""Failures are seen: every one is logged, a refusal is shown as a message, and anything
unexpected opens the crash dialog (what happened, where the log is, "copy details").

``install_excepthook`` routes exceptions raised in slots and callbacks, which Qt would
otherwise print and forget, to the same dialog.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QWidget,
)

from app.services.errors import DomainError
from app.views.error_text import database_busy, error_text

log = logging.getLogger(__name__)


def details_of(exc: BaseException) -> str:
    text = getattr(exc, "__traceback_text__", None)
    if isinstance(text, str) and text:
        return text
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def expected(exc: BaseException) -> bool:
    """A refusal the user can act on (bad input, no permission, a busy database)."""
    return isinstance(exc, DomainError) or database_busy(exc)


_open_dialogs: list[QDialog] = []


def show_crash_dialog(exc: BaseException, parent: QWidget | None = None) -> QDialog:
    from app.views.crash_dialog import CrashDialog  # built only when something went wrong

    dialog = CrashDialog(exc, parent or QApplication.activeWindow())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_dialogs.append(dialog)
    dialog.destroyed.connect(lambda *_: _open_dialogs.remove(dialog))
    dialog.open()
    return dialog


def log_failure(what: str, exc: BaseException) -> None:
    """A refusal in one line; anything unexpected with its traceback."""
    if expected(exc):
        log.info("%s refused: %s", what, exc)
    else:
        log.error("%s failed: %s\n%s", what, exc, details_of(exc))


def report_failure(exc: BaseException, parent: QWidget | None = None, logged: bool = False) -> None:
    """The default handler of a failed operation: log it, then show it."""
    if not logged:
        log_failure("operation", exc)
    if expected(exc):
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("DeskController", "StreetDesk"),
            error_text(exc),
            QMessageBox.StandardButton.Ok,
            parent or QApplication.activeWindow(),
        )
        box.setObjectName("failureBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return
    show_crash_dialog(exc, parent)


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    log.critical("uncaught exception", exc_info=(kind, exc, tb))
    if QApplication.instance() is None:
        sys.__excepthook__(kind, exc, tb)
        return
    exc.__traceback_text__ = "".join(traceback.format_exception(kind, exc, tb))  # type: ignore[attr-defined]
    # shown from the event loop: the hook may run inside a paint or a half-done slot
    QTimer.singleShot(0, lambda: show_crash_dialog(exc))


def install_excepthook() -> None:
    sys.excepthook = _excepthook
