"""The line above the Rosters pane's tables that says which filters narrow them.

"已筛选：空缺岗位、派驻到期 （清除）" — filters may come from last time, so the pane says so,
with a link that clears them all.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class FilteredNotice(QWidget):
    """Hidden while nothing is filtered; ``clear_link`` is connected by the pane."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterFiltered")
        self.label = QLabel(self)
        self.label.setObjectName("rosterFilteredText")
        self.clear_link = QPushButton(self)
        self.clear_link.setObjectName("rosterClearFilters")
        self.clear_link.setFlat(True)
        self.clear_link.setStyleSheet("color: palette(link); text-decoration: underline;")
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.label)
        line.addWidget(self.clear_link)
        line.addStretch(1)
        self.hide()

    def show_applied(self, applied: Sequence[str]) -> None:
        """Say which filters apply (their names translated), or hide when none does."""
        self.setVisible(bool(applied))
        self.label.setText(
            self.tr("Filtered: {filters}").format(filters=self.tr(", ").join(applied))
        )

    def retranslate(self) -> None:
        self.clear_link.setText(self.tr("(clear)"))
