"""The status bar's word on sync: offline, syncing, the last sync, what waits; a click
opens the Sync pane."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from app.views.sync.controller import SyncController
from app.views.sync.operations import china_time


class SyncStatusLabel(QLabel):
    clicked = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusSync")
        self.controller = controller
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        controller.status_changed.connect(self.show_state)
        controller.running_changed.connect(self.show_state)
        self.show_state()

    def show_state(self, *_args: object) -> None:
        parts, tips = self.describe()
        self.setText(" · ".join(parts))
        tips.append(self.tr("Click to open the Sync pane."))
        self.setToolTip("\n".join(tips))

    def describe(self) -> tuple[list[str], list[str]]:
        controller = self.controller
        desk = controller.desk
        if desk is None:
            return [self.tr("Sync: …")], []
        status = desk.status
        if status.demo:
            return [self.tr("Demo database: never syncs")], []
        if not status.joined:
            return [self.tr("Sync: no central database joined")], []
        parts: list[str] = []
        tips = [self.tr("Central database: {name}").format(name=status.central)]
        if controller.running:
            parts.append(self.tr("Syncing…"))
        elif controller.offline:
            parts.append(self.tr("Offline"))
        if status.last_synced_at is not None and not controller.running:
            parts.append(
                self.tr("Last sync {time}").format(time=china_time(status.last_synced_at, "%H:%M"))
            )
            tips.append(self.tr("Last sync: {time}").format(time=china_time(status.last_synced_at)))
        elif status.last_synced_at is None and not controller.running:
            parts.append(self.tr("Never synced"))
        if status.pending:
            parts.append(self.tr("{count} to send").format(count=status.pending))
        if status.open_conflicts:
            parts.append(self.tr("{count} conflicts").format(count=status.open_conflicts))
        if controller.failure:
            tips.append(controller.failure)
        return parts, tips

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_state()
        super().changeEvent(event)
