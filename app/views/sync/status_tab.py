"""The Sync pane's first tab: how the desk stands with the centre, the sync button with
its progress, the connection, and the copies taken before each sync."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.sync.snapshots import Snapshot
from app.views.models.roles import VALUE_ROLE
from app.views.pane_context import PaneContext
from app.views.sync import operations as ops
from app.views.sync.connection_box import WARNING_STYLE, ConnectionBox
from app.views.sync.controller import SyncController


class StatusTab(QScrollArea):
    def __init__(
        self, context: PaneContext, controller: SyncController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = controller
        self.desk: ops.DeskSync | None = None
        #: the pane hands a confirmed restore on to the main window
        self.on_restore: Callable[[Snapshot], None] | None = None
        self.setWidgetResizable(True)
        body = QWidget(self)
        self.setWidget(body)

        self.demo_notice = QLabel(body)
        self.demo_notice.setObjectName("syncDemoNotice")
        self.demo_notice.setWordWrap(True)
        self.demo_notice.setStyleSheet(WARNING_STYLE)
        self.demo_notice.setVisible(False)

        self.status_box = QGroupBox(body)
        self.values = {
            key: QLabel(body)
            for key in ("central", "joined", "pending", "conflicts", "last_synced", "last_error")
        }
        for key, label in self.values.items():
            label.setObjectName(f"sync_{key}")
            label.setWordWrap(True)
        self.labels = [QLabel(body) for _ in self.values]
        form = QFormLayout()
        for label, value in zip(self.labels, self.values.values(), strict=True):
            form.addRow(label, value)
        self.sync_button = QPushButton(body)
        self.sync_button.setObjectName("syncNow")
        self.sync_button.clicked.connect(lambda: controller.sync(manual=True))
        self.cancel_button = QPushButton(body)
        self.cancel_button.setObjectName("syncCancel")
        self.cancel_button.clicked.connect(controller.cancel)
        self.progress = QProgressBar(body)
        self.progress.setObjectName("syncProgress")
        self.stage = QLabel(body)
        self.stage.setObjectName("syncStage")
        self.outcome = QLabel(body)
        self.outcome.setObjectName("syncOutcome")
        self.outcome.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.sync_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.stage)
        box = QVBoxLayout(self.status_box)
        box.addLayout(form)
        box.addLayout(row)
        box.addWidget(self.outcome)

        self.connection = ConnectionBox(context, body)
        self.connection.changed.connect(controller.refresh)

        self.snapshot_box = QGroupBox(body)
        self.snapshot_intro = QLabel(body)
        self.snapshot_intro.setWordWrap(True)
        self.snapshots = QListWidget(body)
        self.snapshots.setObjectName("snapshotList")
        self.snapshots.setMaximumHeight(130)
        self.restore_button = QPushButton(body)
        self.restore_button.setObjectName("restoreSnapshot")
        self.restore_button.clicked.connect(self.ask_restore)
        self.snapshots.itemSelectionChanged.connect(self._enable)
        snap = QVBoxLayout(self.snapshot_box)
        snap.addWidget(self.snapshot_intro)
        snap.addWidget(self.snapshots)
        snap.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.demo_notice)
        layout.addWidget(self.status_box)
        layout.addWidget(self.connection)
        layout.addWidget(self.snapshot_box)
        layout.addStretch(1)

        controller.status_changed.connect(self.show_desk)
        controller.running_changed.connect(self._running)
        controller.stage_progress.connect(self._stage)
        controller.finished.connect(self._finished)
        self._running(controller.running)
        self.retranslate()
        if controller.desk is not None:
            self.show_desk(controller.desk)

    # showing ----------------------------------------------------------------------------
    def show_desk(self, desk: ops.DeskSync) -> None:
        self.desk = desk
        self.connection.show_desk(desk)
        self.snapshots.clear()
        for snapshot in desk.snapshots:
            item = QListWidgetItem(
                self.tr("{time} ({size} KB)").format(
                    time=ops.china_time(snapshot.taken_at, "%Y-%m-%d %H:%M:%S"),
                    size=max(1, snapshot.size // 1024),
                )
            )
            item.setData(VALUE_ROLE, snapshot)
            self.snapshots.addItem(item)
        self.show_values()
        self._enable()

    def show_values(self) -> None:
        desk = self.desk
        if desk is None:
            return
        status = desk.status
        self.demo_notice.setVisible(status.demo)
        never = self.tr("never")
        shown = {
            "central": status.central or self.tr("none yet"),
            "joined": self.tr("yes") if status.joined else self.tr("no"),
            "pending": str(status.pending),
            "conflicts": str(status.open_conflicts),
            "last_synced": ops.china_time(status.last_synced_at) or never,
            "last_error": ops.stored_error(status.last_error) if status.last_error else "—",
        }
        for key, text in shown.items():
            self.values[key].setText(text)

    def _enable(self) -> None:
        can = self.controller.can_sync and not self.controller.running
        self.sync_button.setEnabled(can)
        self.restore_button.setEnabled(
            bool(self.snapshots.selectedItems()) and not self.controller.running
        )

    def _running(self, running: bool) -> None:
        self.cancel_button.setVisible(running)
        self.progress.setVisible(running)
        self.stage.setVisible(running)
        if running:
            self.progress.setRange(0, 0)
            self.stage.setText(self.tr("Connecting…"))
            self.outcome.clear()
        self._enable()

    def _stage(self, stage: str, done: int, total: int) -> None:
        self.stage.setText(self.tr("Sending…") if stage == "push" else self.tr("Receiving…"))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _finished(self, outcome: object) -> None:
        if isinstance(outcome, BaseException):
            self.outcome.setText(self.controller.failure)
            return
        self.outcome.setText(
            self.tr("Synced: {pushed} sent, {pulled} received, {conflicts} conflicts.").format(
                pushed=getattr(outcome, "pushed", 0),
                pulled=getattr(outcome, "pulled", 0),
                conflicts=getattr(outcome, "conflicts", 0),
            )
        )

    # restoring --------------------------------------------------------------------------
    def selected_snapshot(self) -> Snapshot | None:
        items = self.snapshots.selectedItems()
        value = items[0].data(VALUE_ROLE) if items else None
        return value if isinstance(value, Snapshot) else None

    def ask_restore(self) -> None:
        snapshot = self.selected_snapshot()
        if snapshot is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a copy"),
            self.tr(
                "Put back the copy taken at {time}? Everything changed on this desk since"
                " then and not yet sent is lost. StreetDesk closes to do it; start it again"
                " afterwards, and the next sync brings what the centre has received since."
            ).format(time=ops.china_time(snapshot.taken_at, "%Y-%m-%d %H:%M:%S")),
        )
        if answer == QMessageBox.StandardButton.Yes and self.on_restore is not None:
            self.on_restore(snapshot)

    def retranslate(self) -> None:
        self.demo_notice.setText(
            self.tr("This is the demo database: it never syncs with a central database.")
        )
        self.status_box.setTitle(self.tr("Sync status"))
        texts = (
            self.tr("Central database:"),
            self.tr("Joined:"),
            self.tr("Changes waiting to be sent:"),
            self.tr("Conflicts to settle:"),
            self.tr("Last sync (China time):"),
            self.tr("Last error:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.sync_button.setText(self.tr("Sync now (F5)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.snapshot_box.setTitle(self.tr("Copies taken before each sync"))
        self.snapshot_intro.setText(
            self.tr(
                "Before each sync a copy of this desk's database is kept (the newest five)."
                " Putting one back closes StreetDesk."
            )
        )
        self.restore_button.setText(self.tr("Restore…"))
        self.connection.retranslate()
        self.show_values()
