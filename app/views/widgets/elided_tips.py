"""A tooltip with the whole text for a table cell too narrow to show it: the cell's own
tooltip when the model gives one, else its text, and only when the text is cut."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QToolTip


class ElidedTips(QObject):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def text_at(self, index: object) -> str:
        """What the tooltip says for ``index`` ("" when its text is shown whole)."""
        view = self.view
        if not view.model() or not index.isValid():  # type: ignore[attr-defined]
            return ""
        own = index.data(Qt.ItemDataRole.ToolTipRole)  # type: ignore[attr-defined]
        if own:
            return str(own)
        text = index.data(Qt.ItemDataRole.DisplayRole)  # type: ignore[attr-defined]
        if not text:
            return ""
        shown = view.visualRect(index).width()  # type: ignore[arg-type]
        needed = view.sizeHintForIndex(index).width()  # type: ignore[arg-type]
        return str(text) if needed > shown else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        text = self.text_at(self.view.indexAt(event.pos()))
        if text:
            QToolTip.showText(event.globalPos(), text, self.view.viewport())
        else:
            QToolTip.hideText()
        return True
