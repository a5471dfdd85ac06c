"""Operations: the one way a view reads or writes data.

    read_op(context, lambda session: load_tree(session, actor)).success(show).run()
    write_op(context, lambda session: fill_post(session, actor, ...)).success(close).run()

An operation owns the unit of work (views never open sessions), the thread it runs on
(reads on the shared pool, writes on the one-thread write lane, so two writes never race
on SQLite), the error shown when it fails (the ``failure`` handler, or the default one
that logs and shows it), and, for writes, the one announcement on the change hub of what
the unit of work wrote. Callbacks run on the GUI thread.

The operations of one area (``app/views/<area>/operations.py``) name the use cases a pane
and its dialogs need, so widgets do not call services directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QThreadPool
from PySide6.QtWidgets import QWidget

from app.views.changes import ChangeHub, Changes
from app.views.failures import log_failure, report_failure
from app.views.tasks import ProgressFn, Task, run_task, write_lane

if TYPE_CHECKING:
    from app.services.database import Database
    from app.services.unit_of_work import Session

T = TypeVar("T")

UseCase = Callable[["Session"], T]
UseCaseWithProgress = Callable[["Session", ProgressFn], T]


class OperationContext(Protocol):
    """What an operation needs: the database, whom the audit names, the change hub.
    A ``PaneContext`` is one; before anyone signs in, a ``DatabaseContext`` is."""

    database: Database
    changes: ChangeHub

    @property
    def author(self) -> str: ...


@dataclass
class DatabaseContext:
    """The database alone, for the sign-in window (nobody signed in to name yet)."""

    database: Database
    author: str = ""
    changes: ChangeHub = field(default_factory=ChangeHub)


class Operation(Generic[T]):
    """One read or write, configured with ``success``/``failure``/``progress`` and started
    with ``run`` (or awaited modally with ``wait``)."""

    def __init__(
        self,
        context: OperationContext,
        use_case: UseCaseWithProgress[T],
        *,
        writes: bool,
        parent: QWidget | None = None,
        what: str = "",
    ) -> None:
        self.context = context
        self.use_case = use_case
        self.writes = writes
        self.parent = parent
        self.what = what or getattr(use_case, "__qualname__", "operation")
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._progress: Callable[[int, int], None] | None = None
        self._announce = True

    def owned_by(self, widget: QWidget) -> Operation[T]:
        """Tell nobody if ``widget`` is gone when the answer comes (a pane or dialog
        closed meanwhile); its failures are shown over it."""
        self.parent = widget
        return self

    def success(self, handler: Callable[[T], None]) -> Operation[T]:
        self._success = handler
        return self

    def failure(self, handler: Callable[[BaseException], None]) -> Operation[T]:
        """Replaces the default handler (log and show); the failure is logged either way."""
        self._failure = handler
        return self

    def progress(self, handler: Callable[[int, int], None]) -> Operation[T]:
        self._progress = handler
        return self

    def quietly(self) -> Operation[T]:
        """A write whose changes the caller shows itself (no hub announcement)."""
        self._announce = False
        return self

    # running ------------------------------------------------------------------------------
    def _work(self) -> Callable[[ProgressFn], Any]:
        from app.services import unit_of_work  # loaded on the worker, after sign-in

        database = self.context.database
        author = self.context.author
        use_case, writes = self.use_case, self.writes

        def work(progress: ProgressFn) -> Any:
            if writes:
                return unit_of_work.write(database, author, lambda s: use_case(s, progress))
            return unit_of_work.read(database, author, lambda s: use_case(s, progress)), None

        return work

    def _parent_gone(self) -> bool:
        """A read may come back after its pane or dialog was closed: then nobody is told."""
        return self.parent is not None and not shiboken6.isValid(self.parent)

    def _finished(self, result: tuple[T, Any]) -> None:
        value, change_set = result
        if self._success is not None and not self._parent_gone():
            self._success(value)
        if self.writes and self._announce and change_set is not None:
            self.context.changes.announce(Changes.from_change_set(change_set))

    def _failed(self, exc: BaseException) -> None:
        log_failure(self.what, exc)
        if self._parent_gone():
            return
        if self._failure is not None:
            self._failure(exc)
        else:
            report_failure(exc, self.parent, logged=True)

    def run(self) -> Task:
        pool: QThreadPool | None = write_lane() if self.writes else None
        return run_task(self._work(), self._finished, self._failed, self._progress, pool=pool)

    def wait(self) -> T:
        """Run it and wait, keeping the window painted, for a read short enough to await
        (a dialog's lists before it opens); returns the value or raises the failure."""
        outcome: dict[str, Any] = {}
        loop = QEventLoop()

        def done(result: tuple[T, Any]) -> None:
            outcome["value"] = result
            loop.quit()

        def failed(exc: BaseException) -> None:
            outcome["error"] = exc
            loop.quit()

        pool: QThreadPool | None = write_lane() if self.writes else None
        task = run_task(self._work(), done, failed, pool=pool)
        if "value" not in outcome and "error" not in outcome:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        del task
        if "error" in outcome:
            log_failure(self.what, outcome["error"])
            raise outcome["error"]
        value, change_set = outcome["value"]
        if self.writes and self._announce and change_set is not None:
            self.context.changes.announce(Changes.from_change_set(change_set))
        return value


def _name(use_case: Callable[..., Any]) -> str:
    """The use case's own name for the log, rather than the wrapper's."""
    return getattr(use_case, "__qualname__", "") or "operation"


def read_op(
    context: OperationContext, use_case: UseCase[T], parent: QWidget | None = None
) -> Operation[T]:
    return Operation(
        context, lambda s, _p: use_case(s), writes=False, parent=parent, what=_name(use_case)
    )


def write_op(
    context: OperationContext, use_case: UseCase[T], parent: QWidget | None = None
) -> Operation[T]:
    return Operation(
        context, lambda s, _p: use_case(s), writes=True, parent=parent, what=_name(use_case)
    )


def read_op_with_progress(
    context: OperationContext, use_case: UseCaseWithProgress[T], parent: QWidget | None = None
) -> Operation[T]:
    return Operation(context, use_case, writes=False, parent=parent)


def write_op_with_progress(
    context: OperationContext, use_case: UseCaseWithProgress[T], parent: QWidget | None = None
) -> Operation[T]:
    return Operation(context, use_case, writes=True, parent=parent)


def background(
    work: Callable[[ProgressFn], T],
    on_result: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    parent: QObject | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Work that needs no unit of work (parsing a file, writing a PDF from rows already
    read) off the GUI thread, with the same default failure handling."""

    def failed(exc: BaseException) -> None:
        log_failure("background work", exc)
        if on_error is not None:
            on_error(exc)
        else:
            report_failure(exc, parent if isinstance(parent, QWidget) else None, logged=True)

    return run_task(work, on_result, failed, on_progress)
