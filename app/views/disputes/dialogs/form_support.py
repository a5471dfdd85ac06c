"""What every dispute form shares: the field in error marked and focused with the message
shown in the dialog, OK/Cancel buttons, and China-time moments for date-time editors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QWidget,
)

from app.services.disputes import Labels
from app.services.disputes.working_calendar import CHINA_TZ
from app.services.errors import ValidationError
from app.views.disputes.dialogs.dispute_errors import dispute_error_text

ERROR_PROPERTY = "inError"
#: The field in error gets a red border; the message label reads in the same red.
FORM_STYLE = """
*[inError="true"] { border: 2px solid #c0392b; border-radius: 3px; }
QLabel#formMessage { color: #b03a2e; }
"""
CHINA_QT_ZONE = QTimeZone(b"Asia/Shanghai")


def set_marked(widget: QWidget, marked: bool) -> None:
    """Set the error property and re-polish so the style sheet picks it up."""
    widget.setProperty(ERROR_PROPERTY, marked)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


class ErrorMarks:
    """Marks the field a service refused, focuses it and shows why, keeping the input."""

    def __init__(self, message: QLabel, labels: Labels | None, language: str) -> None:
        self.message = message
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.labels = labels
        self.language = language
        self.fields: dict[str, QWidget] = {}
        #: fields with a custom way to point at them (a table cell, say)
        self.locators: list[Callable[[str], QWidget | None]] = []
        self.marked: list[QWidget] = []

    def add(self, field: str, widget: QWidget) -> None:
        self.fields[field] = widget

    def widget_for(self, field: str) -> QWidget | None:
        if field in self.fields:
            return self.fields[field]
        for locate in self.locators:
            found = locate(field)
            if found is not None:
                return found
        return None

    def clear(self) -> None:
        for widget in self.marked:
            set_marked(widget, False)
        self.marked.clear()
        self.message.clear()
        self.message.hide()

    def show_text(
        self, text: str, field: str | None = None, also: tuple[str, ...] = ()
    ) -> QWidget | None:
        """Show ``text``; mark ``field`` (focused) and any ``also`` fields."""
        self.clear()
        self.message.setText(text)
        self.message.show()
        for other in also:
            extra = self.widget_for(other)
            if extra is not None:
                set_marked(extra, True)
                self.marked.append(extra)
        widget = self.widget_for(field) if field else None
        if widget is not None:
            set_marked(widget, True)
            self.marked.append(widget)
            widget.setFocus()
        return widget

    def show_error(self, exc: BaseException) -> QWidget | None:
        """The service's refusal in the dialog; the field it names marked and focused (and
        every other field a move found missing, marked)."""
        field = exc.field if isinstance(exc, ValidationError) else None
        missing = exc.params.get("missing") if isinstance(exc, ValidationError) else None
        also = tuple(str(name) for name in missing) if isinstance(missing, (tuple, list)) else ()
        text = dispute_error_text(exc, self.labels, self.language)
        return self.show_text(text, field, also)


def ok_cancel(dialog: QDialog, on_ok: Callable[[], None]) -> QDialogButtonBox:
    """OK / Cancel (named by Qt's own translations); OK runs ``on_ok``, which accepts only
    when the write went through."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


def to_qdatetime(moment: datetime) -> QDateTime:
    local = moment.astimezone(CHINA_TZ)
    return QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
        CHINA_QT_ZONE,
    )


def from_qdatetime(value: QDateTime) -> datetime:
    """The editor's moment as an aware China-time datetime (seconds dropped)."""
    value = value.toTimeZone(CHINA_QT_ZONE)
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=CHINA_TZ)


def china_time_edit(parent: QWidget, name: str, moment: QDateTime | None = None) -> QDateTimeEdit:
    """A date-time editor that shows and returns China time whatever the desk's zone."""
    editor = QDateTimeEdit(parent)
    editor.setObjectName(name)
    editor.setTimeZone(CHINA_QT_ZONE)
    editor.setDateTime(moment or now_in_china())
    editor.setCalendarPopup(True)
    editor.setDisplayFormat("yyyy-MM-dd HH:mm")
    return editor


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def now_in_china() -> QDateTime:
    return QDateTime.currentDateTime().toTimeZone(CHINA_QT_ZONE)


def show_moment(moment: datetime | None) -> str:
    """A moment at China time, to the minute ("2026-03-04 10:00")."""
    return moment.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M") if moment else ""


def show_amount(amount: Decimal) -> str:
    return f"{amount:,.2f}"


def select_cell(view: QAbstractItemView, row: int, column: int) -> QWidget:
    """Select and start editing one cell, returning the view to mark."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.scrollTo(index)
    return view
