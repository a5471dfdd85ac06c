"""Painting a card (and a swimlane header) in a column view: no widget per card.

A card: a stripe in its warning colour, the number and the deadline (a red "overdue"
mark once passed), the title, category and unit, severity, owner and age, and the team.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.services.disputes import BoardCard, Labels
from app.views.disputes.column_model import LANE_COUNT_ROLE, LANE_HEADER_ROLE, LANE_ROLE
from app.views.models.roles import ROW_ROLE

#: Warning colours as painted: clearly apart from each other, also on a projector.
WARNING_COLOURS = {
    "red": QColor("#d32f2f"),
    "orange": QColor("#f57c00"),
    "yellow": QColor("#f9c80e"),
    "blue": QColor("#1e6fd9"),
}
NO_WARNING = QColor("#b0b7c0")
#: A light wash of the warning colour over the card, so colours tell apart at a glance.
WARNING_TINTS = {
    "red": QColor("#fdecec"),
    "orange": QColor("#fff1e2"),
    "yellow": QColor("#fffbe0"),
    "blue": QColor("#eaf1fd"),
}
OVERDUE = QColor("#c62828")
SEVERITY_COLOURS = {"major": QColor("#b71c1c"), "general": QColor("#8d5a00")}
CARD_BACKGROUND = QColor("#ffffff")
CARD_BORDER = QColor("#d5d9de")
MUTED = QColor("#5f6670")
LANE_BACKGROUND = QColor("#e8ebef")

_PAD = 8
_STRIPE = 8
_GAP = 6
_LINES = 5


@dataclass
class CardLook:
    """What painting needs besides the card: labels, language, today and the texts."""

    labels: Labels | None = None
    language: str = "zh_CN"
    today: date | None = None
    #: lane rank → lane title
    lane_titles: dict[int, str] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)

    def retranslate(self) -> None:
        self.texts = {
            "overdue": QCoreApplication.translate("CardDelegate", "Overdue {days} d"),
            "left": QCoreApplication.translate("CardDelegate", "Workdays left: {days}"),
            "due_today": QCoreApplication.translate("CardDelegate", "Due today"),
            "age": QCoreApplication.translate("CardDelegate", "{days} d"),
            "no_owner": QCoreApplication.translate("CardDelegate", "No owner yet"),
            "no_team": QCoreApplication.translate("CardDelegate", "No team yet"),
            "no_unit": QCoreApplication.translate("CardDelegate", "No unit"),
            "removed": QCoreApplication.translate("CardDelegate", "(removed)"),
            "lane_count": QCoreApplication.translate("CardDelegate", "{lane} · {count}"),
            "unsent": QCoreApplication.translate("CardDelegate", "not sent"),
        }

    def name(self, kind: str, code: str) -> str:
        return self.labels.name(kind, code, self.language) if self.labels else code

    def role_badge(self, role: str) -> str:
        """A team role as a badge: the role's name without its explanation in brackets
        (情（属地街道） → 情, Street (qing) → Street)."""
        name = self.name("team_role", role)
        return name.split("（", 1)[0].split(" (", 1)[0].strip() or role


def deadline_text(card: BoardCard, look: CardLook) -> tuple[str, bool]:
    """The deadline mark and whether it is the overdue one."""
    if card.overdue and card.deadline is not None and look.today is not None:
        days = max((look.today - card.deadline).days, 1)
        return look.texts["overdue"].format(days=days), True
    if card.workdays_left is None:
        return "", False
    if card.workdays_left <= 0:
        return look.texts["due_today"], False
    return look.texts["left"].format(days=card.workdays_left), False


class CardDelegate(QStyledItemDelegate):
    def __init__(self, look: CardLook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.look = look

    # sizes --------------------------------------------------------------------------------
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        width = option.rect.width()
        if index.data(LANE_HEADER_ROLE):
            return QSize(width, metrics.height() + 12)
        return QSize(width, _LINES * (metrics.height() + 3) + 2 * _PAD + _GAP)

    # painting -----------------------------------------------------------------------------
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            if index.data(LANE_HEADER_ROLE):
                self._paint_lane(painter, option, index)
            else:
                card = index.data(ROW_ROLE)
                if isinstance(card, BoardCard):
                    self._paint_card(painter, option, card)
        finally:
            painter.restore()

    def _paint_lane(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect: QRect = option.rect.adjusted(0, 2, 0, -2)
        painter.fillRect(rect, LANE_BACKGROUND)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#2b3138"))
        lane = self.look.lane_titles.get(int(index.data(LANE_ROLE)), "—")
        count = index.data(LANE_COUNT_ROLE)
        text = (
            lane if count is None else self.look.texts["lane_count"].format(lane=lane, count=count)
        )
        metrics = QFontMetrics(font)
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 2 * _PAD)
        painter.drawText(
            rect.adjusted(_PAD, 0, -_PAD, 0),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            text,
        )

    def _paint_card(self, painter: QPainter, option: QStyleOptionViewItem, card: BoardCard) -> None:
        look = self.look
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        palette: QPalette = option.palette
        rect: QRect = option.rect.adjusted(2, _GAP // 2, -2, -_GAP // 2)

        background = WARNING_TINTS.get(card.colour, CARD_BACKGROUND)
        if selected:
            background = background.darker(106)
        border = palette.color(QPalette.ColorRole.Highlight) if selected else CARD_BORDER
        if card.overdue and not selected:
            border = OVERDUE
        painter.setPen(QPen(border, 2 if selected else 1.5 if card.overdue else 1))
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 5, 5)
        stripe = WARNING_COLOURS.get(card.colour, NO_WARNING)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(stripe)
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), _STRIPE, rect.height()), 3, 3)
        if focused and not selected:
            painter.setPen(
                QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 4, 4)

        base = QFont(option.font)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() - 1, 7))
        bold = QFont(base)
        bold.setBold(True)
        line = QFontMetrics(base).height() + 3
        left = rect.left() + _STRIPE + _PAD
        right = rect.right() - _PAD
        width = right - left
        top = rect.top() + _PAD

        def text_at(
            y: int, text: str, font: QFont, colour: QColor, align: Qt.AlignmentFlag, span: int
        ) -> int:
            """Draw elided text in [left, left + span] or right-aligned; returns its width."""
            metrics = QFontMetrics(font)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(span, 0))
            painter.setFont(font)
            painter.setPen(colour)
            box = QRect(left, y, width, line) if align & Qt.AlignmentFlag.AlignLeft else None
            if box is None:
                box = QRect(right - span, y, span, line)
            painter.drawText(box, int(align | Qt.AlignmentFlag.AlignVCenter), shown)
            return metrics.horizontalAdvance(shown)

        left_align = Qt.AlignmentFlag.AlignLeft
        right_align = Qt.AlignmentFlag.AlignRight
        # 1: number, and the deadline mark on the right
        mark, is_overdue = deadline_text(card, look)
        mark_width = 0
        if mark:
            mark_font = QFont(small)
            mark_font.setBold(is_overdue)
            mark_width = QFontMetrics(mark_font).horizontalAdvance(mark) + (10 if is_overdue else 4)
            if is_overdue:
                chip = QRect(right - mark_width, top + 1, mark_width, line - 2)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(OVERDUE)
                painter.drawRoundedRect(chip, 3, 3)
                painter.setFont(mark_font)
                painter.setPen(QColor("white"))
                painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), mark)
            else:
                text_at(top, mark, mark_font, MUTED, right_align, mark_width)
        number = f"{card.number} · {look.texts['unsent']}" if card.unsent else card.number
        text_at(top, number, small, MUTED, left_align, width - mark_width - 6)
        # 2: title
        top += line
        text_at(top, card.title, bold, QColor("#1d2125"), left_align, width)
        # 3: category · unit
        top += line
        unit = card.unit_name or look.texts["no_unit"]
        if card.unit_removed:
            unit = f"{unit} {look.texts['removed']}"
        text_at(
            top, f"{look.name('category', card.category)} · {unit}", base, MUTED, left_align, width
        )
        # 4: severity, owner; age on the right
        top += line
        age = look.texts["age"].format(days=card.age_days)
        age_width = QFontMetrics(small).horizontalAdvance(age) + 4
        text_at(top, age, small, MUTED, right_align, age_width)
        severity = look.name("severity", card.severity)
        severity_font = QFont(base)
        severity_font.setBold(card.severity == "major")
        used = text_at(
            top,
            severity,
            severity_font,
            SEVERITY_COLOURS.get(card.severity, MUTED),
            left_align,
            width - age_width - 6,
        )
        owner = card.owner_name or look.texts["no_owner"]
        if card.owner_removed:
            owner = f"{owner} {look.texts['removed']}"
        left += used + 8
        width -= used + 8
        text_at(top, owner, base, QColor("#1d2125"), left_align, width - age_width - 6)
        left = rect.left() + _STRIPE + _PAD
        width = right - left
        # 5: the team as role badges
        top += line
        self._paint_team(painter, card, small, left, top, right, line)

    def _paint_team(
        self,
        painter: QPainter,
        card: BoardCard,
        font: QFont,
        left: int,
        top: int,
        right: int,
        line: int,
    ) -> None:
        look = self.look
        metrics = QFontMetrics(font)
        painter.setFont(font)
        if not card.team:
            painter.setPen(MUTED)
            painter.drawText(
                QRect(left, top, right - left, line),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                look.texts["no_team"],
            )
            return
        x = left
        for badge in card.team:
            role = look.role_badge(badge.role)
            role_width = metrics.horizontalAdvance(role) + 6
            name = badge.name or "?"
            name_width = metrics.horizontalAdvance(name)
            if x + role_width + name_width > right:
                painter.setPen(MUTED)
                painter.drawText(
                    QRect(x, top, right - x, line),
                    int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                    "…",
                )
                return
            chip = QRect(x, top + 2, role_width, line - 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#dfe7f1"))
            painter.drawRoundedRect(chip, 3, 3)
            painter.setPen(QColor("#24446b"))
            painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), role)
            x += role_width + 3
            painter.setPen(QColor("#1d2125"))
            painter.drawText(
                QRect(x, top, name_width + 2, line),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                name,
            )
            x += name_width + 8
