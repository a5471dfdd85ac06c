"""The 演示/DEMO banner every demo window carries, so nobody mistakes it for real data."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget


class DemoBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(
            "QLabel#demoBanner { background: #f9a825; color: #202020; font-weight: bold;"
            " padding: 4px; border-radius: 3px; }"
        )
        self.retranslate()

    def retranslate(self) -> None:
        # Both words always show: a trainer's audience may read either.
        self.setText("演示 DEMO — " + self.tr("synthetic data for training; it can be reset"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
