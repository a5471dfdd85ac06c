"""The Sync pane (同步): the desk's standing with the district's central database, and,
for those who settle them, the conflicts two desks made."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.services.permissions import Permission
from app.services.sync.snapshots import Snapshot
from app.views.changes import Area, Changes
from app.views.pane import Pane
from app.views.pane_context import PaneContext
from app.views.sync.conflicts_tab import ConflictsTab
from app.views.sync.controller import SyncController
from app.views.sync.status_tab import StatusTab


class SyncPane(Pane):
    pane_key: ClassVar[str] = "sync"
    areas: ClassVar[frozenset[Area]] = frozenset({Area.SYNC})
    #: a confirmed restore of this snapshot's ``Path``: the main window closes the desk
    restore_requested = Signal(object)

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # a pane shown outside the main window (a test, say) gets a controller of its own
        self.controller = context.sync or SyncController(context, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("syncTabs")
        self.status_tab = StatusTab(context, self.controller, self)
        self.status_tab.on_restore = self._restore
        self.tabs.addTab(self.status_tab, "")
        self.conflicts_tab: ConflictsTab | None = None
        if context.actor.can(Permission.SYNC_RESOLVE):
            self.conflicts_tab = ConflictsTab(context, self)
            self.tabs.addTab(self.conflicts_tab, "")
            self.tabs.currentChanged.connect(self._tab_shown)
        self.controller.status_changed.connect(self._status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate()

    def load(self, generation: int) -> None:
        self.controller.refresh()

    def _status(self, _desk: object) -> None:
        self.retranslate()
        self.loaded.emit()

    def on_changes(self, changes: Changes) -> None:
        """The controller reads the counts again after writes; nothing to do here."""

    def show_conflicts(self) -> bool:
        if self.conflicts_tab is None:
            return False
        self.tabs.setCurrentWidget(self.conflicts_tab)
        return True

    def _tab_shown(self, index: int) -> None:
        if self.conflicts_tab is not None and self.tabs.widget(index) is self.conflicts_tab:
            self.conflicts_tab.start()

    def _restore(self, snapshot: Snapshot) -> None:
        self.restore_requested.emit(snapshot.path)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Status"))
        if self.conflicts_tab is not None:
            desk = self.controller.desk
            count = desk.status.open_conflicts if desk is not None else 0
            title = self.tr("Conflicts")
            self.tabs.setTabText(1, f"{title} ({count})" if count else title)
