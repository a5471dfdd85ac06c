"""What the roster forms share: the refused field marked in red and focused with the
reason shown in the dialog, OK / Cancel buttons, optional dates, and writes run on the
write lane while the dialog waits (and keeps everything typed if the write is refused)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QWidget,
)
from sqlalchemy.orm import Session

from app.services.errors import ValidationError
from app.views.error_text import error_text
from app.views.pane_context import PaneContext
from app.views.tasks import run_task, write_lane

ERROR_PROPERTY = "inError"
#: The refused field gets a red border; the message reads in the same red.
FORM_STYLE = """
*[inError="true"] { border: 2px solid #c0392b; border-radius: 3px; }
QLabel#formMessage { color: #b03a2e; }
"""
DATE_FORMAT = "yyyy-MM-dd"


def set_marked(widget: QWidget, marked: bool) -> None:
    """Set the error property and re-polish so the style sheet picks it up."""
    widget.setProperty(ERROR_PROPERTY, marked)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


def is_marked(widget: QWidget) -> bool:
    return bool(widget.property(ERROR_PROPERTY))


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(parent: QWidget, object_name: str) -> QDateEdit:
    """A date field with the calendar popup, today by default."""
    edit = QDateEdit(QDate.currentDate(), parent)
    edit.setObjectName(object_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


class OptionalDate(QObject):
    """A check box that switches a date field on: unticked means "no date"."""

    def __init__(self, parent: QWidget, object_name: str) -> None:
        super().__init__(parent)
        self.check = QCheckBox(parent)
        self.check.setObjectName(f"{object_name}Set")
        self.edit = date_edit(parent, object_name)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(to_qdate(day))

    def setEnabled(self, enabled: bool) -> None:
        self.check.setEnabled(enabled)
        self.edit.setEnabled(enabled and self.check.isChecked())


class FieldErrors:
    """Shows why a service refused the form; marks and focuses the field it names."""

    def __init__(self, message: QLabel) -> None:
        self.message = message
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.fields: dict[str, QWidget] = {}
        self.marked: list[QWidget] = []

    def add(self, field: str, widget: QWidget) -> None:
        self.fields[field] = widget

    def clear(self) -> None:
        for widget in self.marked:
            set_marked(widget, False)
        self.marked.clear()
        self.message.clear()
        self.message.hide()

    def show_text(self, text: str, field: str | None = None) -> QWidget | None:
        self.clear()
        self.message.setText(text)
        self.message.show()
        widget = self.fields.get(field) if field else None
        if widget is not None:
            set_marked(widget, True)
            self.marked.append(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    def show_error(self, exc: BaseException) -> QWidget | None:
        field = exc.field if isinstance(exc, ValidationError) else None
        return self.show_text(error_text(exc), field)


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK / Cancel, named by Qt's own translations; Cancel rejects."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.setObjectName("formButtons")
    buttons.rejected.connect(dialog.reject)
    return buttons


class WriteRunner(QObject):
    """Runs one write in its own unit of work on the write lane; the dialog stays open,
    its buttons off, until the write is done (``done``) or refused (``failed``)."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, context: PaneContext, buttons: QDialogButtonBox) -> None:
        super().__init__(buttons)
        self.context = context
        self.buttons = buttons
        self.busy = False

    def run(self, write: Callable[[Session], Any]) -> None:
        if self.busy:
            return
        self.busy = True
        self.buttons.setEnabled(False)
        database, author = self.context.database, self.context.actor.username

        def work(_progress: Callable[[int, int], bool]) -> Any:
            with database.session(author) as session:
                return write(session)

        run_task(work, self._finished, self._refused, pool=write_lane())

    def _finished(self, value: object) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.done.emit(value)

    def _refused(self, exc: object) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.failed.emit(exc)
