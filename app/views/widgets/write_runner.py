"""Running a dialog's write on the write lane while the dialog waits.

The dialog stays open with everything typed; it is disabled with a busy cursor until the
write is done (``done``) or refused (``failed``), so a database held by another program
never freezes the window and a refusal never loses the input.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from app.views.operations import UseCase, write_op
from app.views.pane_context import PaneContext


class WriteRunner(QObject):
    """Runs one write operation (its own unit of work on the write lane, announced once on
    the change hub); ``target`` (the dialog, or just its buttons) is disabled meanwhile
    and the dialog cannot be closed."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, context: PaneContext, target: QWidget) -> None:
        super().__init__(target)
        self.context = context
        self.target = target
        self.window = target.window()
        self.busy = False
        self.focused: QWidget | None = None
        self.window.installEventFilter(self)

    def run(self, write: UseCase[Any]) -> None:
        if self.busy:
            return
        self._set_busy(True)
        write_op(self.context, write, self.target).success(self._finished).failure(
            self._refused
        ).run()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        if busy:
            focused = QApplication.focusWidget()
            self.focused = (
                focused if focused is not None and self.window.isAncestorOf(focused) else None
            )
            self.window.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.window.unsetCursor()
        self.target.setEnabled(not busy)
        if not busy and self.focused is not None:
            # disabling took the focus away; give it back where the clerk left it
            self.focused.setFocus(Qt.FocusReason.OtherFocusReason)
            self.focused = None

    def _finished(self, value: object) -> None:
        self._set_busy(False)
        self.done.emit(value)

    def _refused(self, exc: object) -> None:
        # The refusal usually points at a field and focuses it; giving the focus back to
        # where the clerk left it first would open that field's popup (a search combo's)
        # and take the focus away again when it closes. So it is given back only when
        # the refusal named no field.
        left_at, self.focused = self.focused, None
        self._set_busy(False)
        before = self.window.focusWidget()
        self.failed.emit(exc)
        if left_at is not None and self.window.focusWidget() is before:
            left_at.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Closing mid-write would drop the answer; the write is short or refused soon.
        # (getattr: Qt may still call this while the Python side is being torn down.)
        if event.type() == QEvent.Type.Close and getattr(self, "busy", False):
            event.ignore()
            return True
        return super().eventFilter(watched, event)
