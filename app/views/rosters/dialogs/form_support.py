"""Dates in the roster forms: a date field with its calendar, and an optional one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QDateEdit, QWidget

from app.services.china_time import today_in_china
from app.views.widgets.form_marks import from_qdate, to_qdate

DATE_FORMAT = "yyyy-MM-dd"


def date_edit(parent: QWidget, object_name: str) -> QDateEdit:
    """A date field with the calendar popup, today by default."""
    edit = QDateEdit(to_qdate(today_in_china()), parent)
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
