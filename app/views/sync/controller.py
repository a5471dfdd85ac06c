"""When the desk syncs, off the GUI thread: at start, every ten minutes, on demand (F5),
and, while the centre cannot be reached, as soon as a cheap probe finds it again.

One controller per main window. It keeps the last ``DeskSync`` read (refreshed after each
sync and after each write announced on the change hub) for the status bar and the Sync
pane, which listen to ``status_changed``, ``running_changed`` and ``stage_progress``.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from app.services.sync.engine import SyncCancelled, SyncReport
from app.services.sync.run import central_reachable, run_sync
from app.views.changes import Area, Changes
from app.views.failures import log_failure, report_failure
from app.views.operations import background
from app.views.pane_context import PaneContext
from app.views.sync.operations import DeskSync, desk_sync, offline_error, sync_error_text
from app.views.tasks import Task, run_task, write_lane

SYNC_EVERY_MS = 10 * 60 * 1000
PROBE_EVERY_MS = 60 * 1000
#: writes come in bursts; the counts are read once the burst is over
REFRESH_AFTER_MS = 300


class SyncController(QObject):
    #: a fresh ``DeskSync``
    status_changed = Signal(object)
    running_changed = Signal(bool)
    #: stage ('push' or 'pull'), done, total
    stage_progress = Signal(str, int, int)
    #: the outcome of a sync: a ``SyncReport`` or the exception it failed with
    finished = Signal(object)

    def __init__(self, context: PaneContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.desk: DeskSync | None = None
        self.running = False
        #: the last sync failed for want of the network: the probe is on
        self.offline = False
        #: the last sync's failure in words ('' when it worked)
        self.failure = ""
        self.probing = False
        self.stopped = False
        self._cancel: threading.Event | None = None
        self._task: Task | None = None
        self._sync_when_read = False
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(SYNC_EVERY_MS)
        self.sync_timer.timeout.connect(lambda: self.sync(manual=False))
        self.probe_timer = QTimer(self)
        self.probe_timer.setInterval(PROBE_EVERY_MS)
        self.probe_timer.timeout.connect(self.probe)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_AFTER_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        context.changes.changed.connect(self._changed)

    # state ------------------------------------------------------------------------------
    @property
    def can_sync(self) -> bool:
        desk = self.desk
        return desk is not None and desk.status.joined and not desk.status.demo

    def start(self) -> None:
        """Read the state and sync once if this desk has joined a centre."""
        self._sync_when_read = True
        self.sync_timer.start()
        self.refresh()

    def stop(self) -> None:
        self.stopped = True
        for timer in (self.sync_timer, self.probe_timer, self.refresh_timer):
            timer.stop()
        self.cancel()

    def refresh(self) -> None:
        if self.stopped:
            return
        desk_sync(self.context).success(self._read).failure(self._not_read).run()

    def _gone(self) -> bool:
        """A read or a sync may end after the window (and this controller) closed."""
        return not shiboken6.isValid(self)

    def _read(self, desk: DeskSync) -> None:
        if self._gone():
            return
        self.desk = desk
        self.status_changed.emit(desk)
        if self._sync_when_read:
            self._sync_when_read = False
            if self.can_sync:
                self.sync(manual=False)

    def _not_read(self, exc: BaseException) -> None:
        self._sync_when_read = False

    def _changed(self, changes: object) -> None:
        if not self.stopped and isinstance(changes, Changes):
            self.refresh_timer.start()

    # syncing ----------------------------------------------------------------------------
    def sync(self, manual: bool = True) -> bool:
        """Start a sync unless one runs or this desk cannot sync; True if started."""
        if self.running or self.stopped or not self.can_sync:
            return False
        self.running = True
        self.failure = ""
        cancel = threading.Event()
        self._cancel = cancel
        database = self.context.database

        def work(_progress: Any) -> SyncReport:
            return run_sync(database, progress=self._progress, cancelled=cancel.is_set)

        self.running_changed.emit(True)
        # the sync writes the desk's database: it takes the write lane like any write
        self._task = run_task(
            work,
            self._synced,
            lambda exc: self._not_synced(exc, manual),
            pool=write_lane(),
        )
        return True

    def _progress(self, stage: str, done: int, total: int) -> None:
        """On the worker: handed to the GUI thread by the signal."""
        with contextlib.suppress(RuntimeError):
            self.stage_progress.emit(stage, done, total)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _ended(self) -> None:
        self.running = False
        self._cancel = None
        self._task = None
        self.running_changed.emit(False)

    def _synced(self, report: SyncReport) -> None:
        if self._gone():
            return
        self._ended()
        self.offline = False
        self.probe_timer.stop()
        self.finished.emit(report)
        if report.pulled or report.merged or report.conflicts:
            # what came down may touch any pane: each reads its rows again
            self.context.changes.announce(Changes(dict.fromkeys(Area)))
        self.refresh()

    def _not_synced(self, exc: BaseException, manual: bool) -> None:
        if self._gone():
            log_failure("sync", exc)
            return
        self._ended()
        if not isinstance(exc, SyncCancelled):
            log_failure("sync", exc)
        self.failure = sync_error_text(exc)
        self.offline = offline_error(exc)
        if self.offline and not self.stopped:
            self.probe_timer.start()
        self.finished.emit(exc)
        if manual and not self._expected(exc):
            report_failure(exc, None, logged=True)
        self.refresh()

    @staticmethod
    def _expected(exc: BaseException) -> bool:
        from app.services.errors import DomainError
        from app.services.sync.transport import CentralRefused, TransportError

        return isinstance(exc, SyncCancelled | CentralRefused | TransportError | DomainError)

    # coming back ------------------------------------------------------------------------
    def probe(self) -> None:
        """While offline: a TCP knock at the centre off the GUI thread; a sync if it answers."""
        desk = self.desk
        if self.probing or self.running or not self.offline or desk is None:
            return
        profile = desk.profile
        if profile is None:
            return
        self.probing = True
        background(
            lambda _progress: central_reachable(profile),
            self._probed,
            lambda _exc: self._probed(False),
            self,
        )

    def _probed(self, reachable: bool) -> None:
        if self._gone():
            return
        self.probing = False
        if reachable and self.offline:
            self.sync(manual=False)
