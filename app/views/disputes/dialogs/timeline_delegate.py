"""Paints a timeline entry as a small block: when and who in grey, the step in bold, then
what the step recorded, wrapped to the list's width (the detail panel is narrow)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from app.views.disputes.dialogs.timeline_model import DETAILS_ROLE, STEP_ROLE, WHEN_ROLE, WHO_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex
PAD = 6
_WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)


class TimelineDelegate(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def _width(self, option: QStyleOptionViewItem) -> int:
        width = option.rect.width() if option.rect.width() > 0 else 0
        return max(120, (width or self.view.viewport().width()) - 2 * PAD)

    @staticmethod
    def _fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return option.font, bold

    def _parts(self, index: AnyIndex) -> tuple[str, str, str]:
        head = f"{index.data(WHEN_ROLE) or ''} · {index.data(WHO_ROLE) or ''}"
        return head, index.data(STEP_ROLE) or "", index.data(DETAILS_ROLE) or ""

    def _heights(self, option: QStyleOptionViewItem, index: AnyIndex, width: int) -> list[int]:
        plain, bold = self._fonts(option)
        head, step, details = self._parts(index)
        metrics, bold_metrics = QFontMetrics(plain), QFontMetrics(bold)
        box = QRect(0, 0, width, 100000)
        return [
            metrics.boundingRect(box, _WRAP, head).height(),
            bold_metrics.boundingRect(box, _WRAP, step).height(),
            metrics.boundingRect(box, _WRAP, details).height() if details else 0,
        ]

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        width = self._width(option)
        return QSize(width + 2 * PAD, sum(self._heights(option, index, width)) + 2 * PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
        )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        plain, bold = self._fonts(option)
        width = option.rect.width() - 2 * PAD
        heights = self._heights(option, index, width)
        head, step, details = self._parts(index)
        painter.save()
        top = option.rect.top() + PAD
        left = option.rect.left() + PAD
        for text, font, height, dim in (
            (head, plain, heights[0], True),
            (step, bold, heights[1], False),
            (details, plain, heights[2], False),
        ):
            if not text:
                continue
            painter.setFont(font)
            colour = option.palette.color(text_role)
            if dim and not selected:
                colour = option.palette.color(QPalette.ColorRole.PlaceholderText)
            painter.setPen(colour)
            painter.drawText(QRect(left, top, width, height), _WRAP, text)
            top += height
        painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()
