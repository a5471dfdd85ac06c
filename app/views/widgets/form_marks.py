"""What every form shares: the refused field marked in red and focused with the reason
shown in the dialog (keeping what was typed), OK / Cancel buttons, and dates for Qt."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.services.errors import ValidationError
from app.views.error_text import error_text

ERROR_PROPERTY = "inError"
#: The refused field gets a red border; the message reads in the same red.
FORM_STYLE = """
*[inError="true"] { border: 2px solid #c0392b; border-radius: 3px; }
QLabel#formMessage { color: #b03a2e; }
"""


def set_marked(widget: QWidget, marked: bool) -> None:
    """Set the error property and re-polish so the style sheet picks it up."""
    widget.setProperty(ERROR_PROPERTY, marked)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


def is_marked(widget: QWidget) -> bool:
    return bool(widget.property(ERROR_PROPERTY))


class FormMarks:
    """Shows why a service refused the form in ``message``; marks and focuses the field it
    names (and every other field it lists as missing). ``describe`` turns an error into
    text (``error_text`` unless the area names its own codes)."""

    def __init__(
        self, message: QLabel, describe: Callable[[BaseException], str] = error_text
    ) -> None:
        self.message = message
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.describe = describe
        self.fields: dict[str, QWidget] = {}
        #: fields with a custom way to point at them (a table cell, say)
        self.locators: list[Callable[[str], QWidget | None]] = []
        self.marked: list[QWidget] = []

    def add(self, field: str, widget: QWidget) -> None:
        self.fields[field] = widget
        self._watch(widget)

    def _watch(self, widget: QWidget) -> None:
        """An edit of a marked field takes its mark away (and the message, once no field
        is marked): the red must not outlive the mistake."""
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda *_: self.corrected(widget))
            widget.editTextChanged.connect(lambda *_: self.corrected(widget))
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda *_: self.corrected(widget))
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda: self.corrected(widget))
        elif isinstance(widget, QDateTimeEdit):
            # a value changed, not a focus that left: tabbing past is no correction
            widget.dateTimeChanged.connect(lambda *_: self.corrected(widget))
        elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            widget.valueChanged.connect(lambda *_: self.corrected(widget))

    def corrected(self, widget: QWidget) -> None:
        if widget not in self.marked:
            return
        set_marked(widget, False)
        self.marked.remove(widget)
        if not self.marked:
            self.message.clear()
            self.message.hide()

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
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    def show_error(self, exc: BaseException) -> QWidget | None:
        field = exc.field if isinstance(exc, ValidationError) else None
        missing = exc.params.get("missing") if isinstance(exc, ValidationError) else None
        also = tuple(str(name) for name in missing) if isinstance(missing, (tuple, list)) else ()
        return self.show_text(self.describe(exc), field, also)


def ok_cancel(dialog: QDialog, on_ok: Callable[[], None] | None = None) -> QDialogButtonBox:
    """OK / Cancel (named by Qt's own translations); Cancel rejects, OK runs ``on_ok``
    (which accepts only once the write went through)."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.setObjectName("formButtons")
    if on_ok is not None:
        buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
