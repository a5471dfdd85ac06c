"""What the dispute forms add to the shared form widgets: error marks that name stages
and fields, and China-time moments for date-time editors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QAbstractItemView, QDateTimeEdit, QLabel, QWidget

from app.services.china_time import CHINA_TZ
from app.services.disputes import Labels
from app.views.disputes.dialogs.dispute_errors import dispute_error_text
from app.views.widgets.form_marks import FormMarks

CHINA_QT_ZONE = QTimeZone(b"Asia/Shanghai")


def dispute_marks(message: QLabel, labels: Labels | None, language: str) -> FormMarks:
    """Error marks whose messages name stages, fields and roles by their labels."""
    return FormMarks(message, lambda exc: dispute_error_text(exc, labels, language))


def show_failure(marks: FormMarks) -> Callable[[BaseException], None]:
    """An operation's failure handler that marks the form (the failure is logged)."""

    def shown(exc: BaseException) -> None:
        marks.show_error(exc)

    return shown


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
    editor.setDateTime(moment or qt_now_in_china())
    editor.setCalendarPopup(True)
    editor.setDisplayFormat("yyyy-MM-dd HH:mm")
    return editor


def qt_now_in_china() -> QDateTime:
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
