"""A board column: its header (stage, count, WIP limit) over a list view of painted cards.

The view drags a card as ``CARD_MIME_TYPE`` data and takes drops of it; the move itself
is the board's business (``card_dropped``), so a refused move leaves every row in place.
The keyboard does what the mouse does: Ctrl+→ / Ctrl+← move the card to the next or
previous allowed stage, Enter opens it, ← / → go to the neighbouring column, the menu
key opens the card's menu.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QSizePolicy,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.services.disputes import BoardCard
from app.views.disputes.card_delegate import CardDelegate
from app.views.disputes.column_model import ColumnModel, read_payload
from app.views.models.roles import ROW_ROLE

#: How a column looks while a card is dragged: a drop here is allowed, or refused.
HINT_ALLOWED = "allowed"
HINT_FORBIDDEN = "forbidden"
_HINT_COLOURS = {HINT_ALLOWED: QColor("#2e7d32"), HINT_FORBIDDEN: QColor("#9e9e9e")}


class ColumnView(QListView):
    """The cards of one column, painted by the card delegate."""

    #: (payload dict with id, version, stage; target stage)
    card_dropped = Signal(object, str)
    #: (card, +1 for the next allowed stage, -1 for the previous)
    move_step = Signal(object, int)
    card_opened = Signal(object)
    #: (card, global position)
    menu_requested = Signal(object, QPoint)
    #: -1 / +1: focus the column on the left / right
    neighbour_requested = Signal(int)
    drag_started = Signal(object)
    drag_finished = Signal()

    def __init__(self, stage: str, delegate: CardDelegate, parent: QWidget | None = None):
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"boardColumn_{stage}")
        self.setItemDelegate(delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(0)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)
        self.drop_hint = ""
        self._hovered = False
        self.empty_text = ""

    # the card under the cursor / selected -------------------------------------------------
    def current_card(self) -> BoardCard | None:
        card = self.currentIndex().data(ROW_ROLE)
        return card if isinstance(card, BoardCard) else None

    def select_card(self, card_id: Any) -> bool:
        model = self.model()
        if not isinstance(model, ColumnModel):
            return False
        row = model.row_of(card_id)
        if row < 0:
            return False
        index = model.index(row)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    # dragging -----------------------------------------------------------------------------
    def startDrag(self, supported_actions: Qt.DropAction) -> None:
        """Drag the current card. Rows are never removed here: the card moves only once
        the move is stored, through the board's refresh."""
        index = self.currentIndex()
        card = index.data(ROW_ROLE)
        model = self.model()
        if not isinstance(card, BoardCard) or model is None:
            return
        drag = QDrag(self)
        drag.setMimeData(model.mimeData([index]))
        drag.setPixmap(self._card_pixmap(index))
        drag.setHotSpot(QPoint(20, 12))
        self.drag_started.emit(card)
        try:
            drag.exec(Qt.DropAction.MoveAction)
        finally:
            self.drag_finished.emit()

    def _card_pixmap(self, index: QModelIndex) -> QPixmap:
        rect = self.visualRect(index)
        size = rect.size() if rect.isValid() and not rect.isEmpty() else QSize(220, 100)
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = QRect(QPoint(0, 0), size)
        self.itemDelegate().paint(painter, option, index)
        painter.end()
        return pixmap

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if read_payload(event.mimeData()) is None:
            event.ignore()
            return
        self._hovered = True
        self.viewport().update()
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if read_payload(event.mimeData()) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._hovered = False
        self.viewport().update()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self._hovered = False
        self.viewport().update()
        payload = read_payload(event.mimeData())
        if payload is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        if payload["stage"] != self.stage:
            self.card_dropped.emit(payload, self.stage)

    def set_drop_hint(self, hint: str) -> None:
        self.drop_hint = hint
        self.viewport().update()

    # keyboard and menu --------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        card = self.current_card()
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        if ctrl and key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            if card is not None:
                self.move_step.emit(card, 1 if key == Qt.Key.Key_Right else -1)
            event.accept()
            return
        if not mods and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if card is not None:
                self.card_opened.emit(card)
            event.accept()
            return
        menu_key = key == Qt.Key.Key_Menu and not mods
        if menu_key or (key == Qt.Key.Key_F10 and mods == Qt.KeyboardModifier.ShiftModifier):
            if card is not None:
                rect = self.visualRect(self.currentIndex())
                self.menu_requested.emit(card, self.viewport().mapToGlobal(rect.center()))
            event.accept()
            return
        if not mods and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.neighbour_requested.emit(-1 if key == Qt.Key.Key_Left else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
            if index.isValid() and isinstance(index.data(ROW_ROLE), BoardCard):
                self.setCurrentIndex(index)
            else:
                return
            position = event.globalPos()
        else:
            position = self.viewport().mapToGlobal(self.visualRect(self.currentIndex()).center())
        card = self.current_card()
        if card is not None:
            self.menu_requested.emit(card, position)
        event.accept()

    def mouseDoubleClickEvent(self, event: Any) -> None:
        index = self.indexAt(event.position().toPoint())
        card = index.data(ROW_ROLE)
        if isinstance(card, BoardCard):
            self.card_opened.emit(card)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    # painting over the cards --------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        empty = model is None or model.rowCount() == 0
        if not empty and not self.drop_hint and not self._hovered:
            return
        painter = QPainter(self.viewport())
        rect = self.viewport().rect()
        if empty and self.empty_text:
            painter.setPen(QColor("#7a828c"))
            painter.drawText(
                rect.adjusted(8, 16, -8, 0),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                self.empty_text,
            )
        colour = _HINT_COLOURS.get(self.drop_hint)
        if colour is not None:
            fill = QColor(colour)
            fill.setAlpha(40 if self._hovered else 18)
            painter.fillRect(rect, fill)
            painter.setPen(QPen(colour, 3 if self._hovered else 2, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.end()


class ColumnFrame(QFrame):
    """The header over the view: stage name, count and, when set, the WIP limit."""

    header_menu_requested = Signal(str, QPoint)

    def __init__(self, view: ColumnView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.stage = view.stage
        self.setObjectName(f"boardColumnFrame_{view.stage}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(236)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.header = QLabel(self)
        self.header.setObjectName(f"boardColumnHeader_{view.stage}")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(
            lambda pos: self.header_menu_requested.emit(self.stage, self.header.mapToGlobal(pos))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(view, 1)
        self.over_limit = False

    def show_header(self, name: str, count_text: str, limit_text: str, over_limit: bool) -> None:
        colour = "#c62828" if over_limit else "#5f6670"
        limit = f" <span style='color:{colour}'>{limit_text}</span>" if limit_text else ""
        text = (
            f"<b style='font-size:11pt'>{name}</b>"
            f" <span style='color:#5f6670'>{count_text}</span>{limit}"
        )
        # a new style sheet restyles and repaints the whole column: only when it changes
        if text != self.header.text():
            self.header.setText(text)
        if over_limit != self.over_limit or not self.styleSheet():
            self.over_limit = over_limit
            border = "2px solid #c62828" if over_limit else "1px solid #d5d9de"
            self.setStyleSheet(
                f"QFrame#{self.objectName()} {{ background: #f3f5f7; border-radius: 6px;"
                f" border: {border}; }}"
            )
