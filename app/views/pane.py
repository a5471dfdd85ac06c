"""The base every pane sits on: its lifecycle, in one place.

- **First show**: the saved state is restored, then ``reload`` runs; nothing is read
  before the pane is first shown (``start`` does the same for a pane built hidden).
- **Reload with a generation**: ``reload`` bumps the generation and calls ``load``; a
  result that arrives after a newer reload began is dropped (``read`` does the check).
  Reloads asked for in quick succession are merged (``schedule_reload``).
- **Changes**: the pane lists the ``areas`` it shows; a change touching one of them calls
  ``on_changes`` (by default a reload; panes that can, refresh only the rows named).
- **Language**: ``retranslate`` on a run-time switch, then ``language_changed`` once the
  context carries the new language (for what was loaded in the old one).
- **State per signed-in user**: ``state`` reads and writes QSettings under this user's
  own group; ``save_state`` runs when the pane is hidden and at sign-out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QEvent, QSettings, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from app.views.changes import Area, Changes
from app.views.operations import Operation, UseCase, read_op
from app.views.pane_context import PaneContext

T = TypeVar("T")


class UserState:
    """QSettings under ``users/<user>/<pane>/``: a clerk's filters never meet the
    supervisor's on a shared desk."""

    def __init__(self, username: str, pane_key: str) -> None:
        self.prefix = f"users/{username or '_'}/{pane_key}/"
        # the settings file as it is now: a pane saving as it is torn down writes where it
        # read from. Only the place is kept, never a QSettings object: one that outlives
        # the application crashes the process at exit.
        current = QSettings()
        self._where = (current.fileName(), current.format())
        self._batch: QSettings | None = None

    def _settings(self) -> QSettings:
        return self._batch or QSettings(*self._where)

    def value(self, name: str, default: Any = None) -> Any:
        return self._settings().value(self.prefix + name, default)

    def set_value(self, name: str, value: Any) -> None:
        self._settings().setValue(self.prefix + name, value)

    def remove(self, name: str) -> None:
        self._settings().remove(self.prefix + name)

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Values set meanwhile reach the settings file in one write, not one each (a
        pane saves a dozen at a time, each write rewriting the file)."""
        if self._batch is not None:
            yield
            return
        self._batch = QSettings(*self._where)
        try:
            yield
        finally:
            self._batch.sync()
            self._batch = None


class Pane(QWidget):
    """Subclasses set ``pane_key`` and ``areas`` and implement ``load``/``retranslate``."""

    pane_key: ClassVar[str] = "pane"
    #: the areas whose changes this pane shows
    areas: ClassVar[frozenset[Area]] = frozenset()
    #: a reload's data is shown (emitted by subclasses when their first rows are painted)
    loaded = Signal()

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.state = UserState(context.actor.username, self.pane_key)
        self.generation = 0
        self.started = False
        self._language = context.language
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        context.changes.changed.connect(self._hub_changed)

    # lifecycle ----------------------------------------------------------------------------
    def start(self) -> None:
        """Restore the saved state and load; runs once, on first show at the latest."""
        if self.started:
            return
        self.started = True
        self.restore_state()
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.started:
            self.start()

    def hideEvent(self, event: QHideEvent) -> None:
        if self.started:
            self.save_state()
        super().hideEvent(event)

    def reload(self) -> None:
        """Read everything this pane shows afresh."""
        self._reload_timer.stop()
        self.generation += 1
        self.load(self.generation)

    def schedule_reload(self) -> None:
        if self.started:
            self._reload_timer.start()

    def is_current(self, generation: int) -> bool:
        return generation == self.generation

    def read(self, use_case: UseCase[T], on_result: Callable[[T], None]) -> Operation[T]:
        """A read for this generation: its result is dropped if a newer reload began."""
        generation = self.generation

        def arrived(value: T) -> None:
            if self.is_current(generation):
                on_result(value)

        return read_op(self.context, use_case, self).success(arrived)

    # to implement ---------------------------------------------------------------------------
    def load(self, generation: int) -> None:
        """Start reading what the pane shows (off the GUI thread)."""

    def retranslate(self) -> None:
        """Set every text again in the current language."""

    def language_changed(self) -> None:
        """The context now carries the new language; reload what was named in the old."""

    def on_changes(self, changes: Changes) -> None:
        """A write touched one of ``areas``; the default reads everything again."""
        self.schedule_reload()

    def restore_state(self) -> None:
        """Put back this user's layout and filters (from ``self.state``)."""

    def save_state(self) -> None:
        """Keep this user's layout and filters (in ``self.state``)."""

    # plumbing -------------------------------------------------------------------------------
    def _hub_changed(self, changes: object) -> None:
        if self.started and isinstance(changes, Changes) and changes.touches(*self.areas):
            self.on_changes(changes)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # the main window sets the context's language around this event
            QTimer.singleShot(0, self, self._check_language)
        super().changeEvent(event)

    def _check_language(self) -> None:
        if self._language != self.context.language:
            self._language = self.context.language
            self.language_changed()
