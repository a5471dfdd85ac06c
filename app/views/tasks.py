"""Running work off the GUI thread and handing back a value or an error on it.

``run_task(fn, on_result, on_error)`` runs ``fn(progress)`` on a pool thread; ``progress``
is a callable ``(done, total) -> bool`` whose False return asks the work to stop (cancel).
Writes go through the one-thread ``write_lane`` so two writes never race on SQLite. A task
given no ``on_error`` still has its failure logged and shown (``failures.report_failure``).
Views use ``app.views.operations`` rather than calling this directly.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.services.collector import collector_paused

ProgressFn = Callable[[int, int], bool]


class _Signals(QObject):
    result = Signal(object)
    error = Signal(object)
    progress = Signal(int, int)


class Task(QRunnable):
    def __init__(self, fn: Callable[[ProgressFn], Any]) -> None:
        super().__init__()
        self.fn: Callable[[ProgressFn], Any] | None = fn
        self.spent: Callable[[ProgressFn], Any] | None = None
        self.signals = _Signals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> bool:
        try:
            self.signals.progress.emit(done, total)
        except RuntimeError:
            return False
        return not self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        # What fn captured (dialogs, panes) must be let go on the GUI thread, never here:
        # a Qt object freed on a pool thread crashes the GUI thread that owns it. So fn is
        # kept until ``release`` runs on the GUI thread, and the collector, which frees
        # whatever it finds on the thread that happens to run it, is paused meanwhile.
        fn, self.fn = self.fn, None
        self.spent = fn
        try:
            with collector_paused():
                value = fn(self._progress) if fn is not None else None
        except BaseException as exc:  # handed to the GUI thread, never swallowed
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            del fn
            self._emit(self.signals.error, exc)
        else:
            del fn
            self._emit(self.signals.result, value)

    def release(self) -> None:
        """On the GUI thread, once the answer is in: what the work captured goes now."""
        self.spent = None

    def _emit(self, signal: Any, value: object) -> None:
        # RuntimeError: the application quit while this ran; nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


_write_lane: QThreadPool | None = None
_running: set[Task] = set()


def write_lane() -> QThreadPool:
    global _write_lane
    if _write_lane is None:
        _write_lane = QThreadPool()
        _write_lane.setMaxThreadCount(1)
    return _write_lane


def run_task(
    fn: Callable[[ProgressFn], Any],
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    task = Task(fn)
    _running.add(task)

    connections: list[tuple[Any, Callable[..., None]]] = []

    def finished(_: object) -> None:
        # The connections hold the callers' closures (and through them whole panes):
        # a cycle through Qt that Python's collector cannot see, so cut it here.
        _running.discard(task)
        task.release()
        for signal, slot in connections:
            # A slot of a widget already deleted was disconnected by Qt itself.
            with contextlib.suppress(RuntimeError, SystemError, TypeError):
                signal.disconnect(slot)
        connections.clear()

    for signal, slot in (
        (task.signals.result, on_result),
        (task.signals.error, on_error or _report),
        (task.signals.progress, on_progress),
        (task.signals.result, finished),
        (task.signals.error, finished),
    ):
        if slot is not None:
            signal.connect(slot)
            connections.append((signal, slot))
    (pool or QThreadPool.globalInstance()).start(task)
    return task


def _report(exc: BaseException) -> None:
    from app.views.failures import report_failure

    report_failure(exc)


def wait_for_running(timeout_ms: int = 10_000) -> bool:
    """At quit: let running writes finish (bounded), then the reads; True if all ended."""
    writes_done = write_lane().waitForDone(timeout_ms)
    reads_done = QThreadPool.globalInstance().waitForDone(max(timeout_ms // 5, 500))
    return writes_done and reads_done
