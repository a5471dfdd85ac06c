"""Second a staff member into a vacant post, and end a secondment.

``open_fill_post_dialog`` returns the new secondment's id; ``open_end_secondment_dialog``
whether the secondment was ended. A write is an operation on the write lane that
announces what it wrote on the change hub. A refusal (one holder per post
per day, one 格长 per unit, dates in order) is shown in the dialog, input kept.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.rosters import PostStatus, StaffRow, end_secondment, fill_post
from app.views.pane_context import PaneContext
from app.views.rosters.dialogs.form_support import OptionalDate, date_edit
from app.views.rosters.dialogs.roster_choices import StaffChoice
from app.views.rosters.dialogs.staff_picker import StaffPicker
from app.views.rosters.operations import staff_choices
from app.views.widgets.form_marks import FORM_STYLE, FormMarks, from_qdate, ok_cancel
from app.views.widgets.write_runner import WriteRunner

if TYPE_CHECKING:
    from app.services.unit_of_work import Session


def _place(row: StaffRow) -> str:
    return f"{row.unit} · {row.post}" if row.unit else row.post


class FillPostDialog(QDialog):
    """Who fills the post, from when, and (optionally) until when."""

    def __init__(self, context: PaneContext, row: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fillPostDialog")
        self.setStyleSheet(FORM_STYLE)
        self.context = context
        self.row = row
        self.saved_id: uuid.UUID | None = None
        self.staff_id: uuid.UUID | None = None

        self.heading = QLabel(self)
        self.heading.setObjectName("fillPostHeading")
        self.heading.setWordWrap(True)
        self.picker = StaffPicker(self)
        self.start = date_edit(self, "fillStart")
        self.end = OptionalDate(self, "fillEnd")
        self.staff_label, self.start_label = QLabel(self), QLabel(self)
        self.staff_label.setBuddy(self.picker.search)
        self.start_label.setBuddy(self.start)
        form = QFormLayout()
        form.addRow(self.staff_label, self.picker)
        form.addRow(self.start_label, self.start)
        form.addRow(self.end.check, self.end.edit)
        self.message = QLabel(self)
        self.errors = FormMarks(self.message)
        self.errors.add("staff_id", self.picker.search)
        self.errors.add("start_date", self.start)
        self.errors.add("end_date", self.end.edit)
        self.buttons = ok_cancel(self)
        self.buttons.accepted.connect(self.submit)
        self.ok_button = self.buttons.button(self.buttons.StandardButton.Ok)
        self.ok_button.setEnabled(False)  # until the staff list is in
        self.runner = WriteRunner(context, self.buttons)
        self.runner.done.connect(self._saved)
        self.runner.failed.connect(self.errors.show_error)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def set_staff(self, staff: tuple[StaffChoice, ...]) -> None:
        """The street's staff; a lapsed holder (an EXPIRED row) is chosen to start with."""
        lapsed = self.row.staff_id if self.row.status == PostStatus.EXPIRED else None
        self.picker.set_staff(staff, lapsed)
        self.ok_button.setEnabled(True)

    def submit(self) -> None:
        self.errors.clear()
        staff_id = self.picker.value()
        if staff_id is None:
            self.errors.show_text(self.tr("Choose a staff member from the list."), "staff_id")
            return
        post_id = self.row.post_id
        assert post_id is not None
        actor = self.context.actor
        start, end = from_qdate(self.start.date()), self.end.value()
        self.staff_id = staff_id
        self.runner.run(lambda session: fill_post(session, actor, post_id, staff_id, start, end))

    def _saved(self, secondment_id: uuid.UUID) -> None:
        self.saved_id = secondment_id
        self.accept()

    def show_refusal(self, exc: BaseException) -> None:
        """Why the lists could not be read, in the dialog."""
        self.errors.show_error(exc)

    def reject(self) -> None:
        if not self.runner.busy:
            super().reject()

    def retranslate(self) -> None:
        row = self.row
        self.setWindowTitle(self.tr("Fill a post"))
        heading = self.tr("Post: {post}").format(post=_place(row))
        if row.status == PostStatus.EXPIRED and row.end_date is not None:
            heading += "\n" + self.tr("Last held by {name} until {end}.").format(
                name=row.name, end=row.end_date.isoformat()
            )
        self.heading.setText(heading)
        self.staff_label.setText(self.tr("&Staff member:"))
        self.picker.search.setPlaceholderText(
            self.tr("Type a name, its pinyin or initials, or a mobile number")
        )
        self.start_label.setText(self.tr("&From:"))
        self.end.check.setText(self.tr("&Until:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class EndSecondmentDialog(QDialog):
    """The last day of a secondment and why; the post is vacant from the next day."""

    def __init__(self, context: PaneContext, row: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("endSecondmentDialog")
        self.setStyleSheet(FORM_STYLE)
        self.context = context
        self.row = row
        self.ended = False

        self.heading = QLabel(self)
        self.heading.setObjectName("endHeading")
        self.heading.setWordWrap(True)
        self.end = date_edit(self, "endDate")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("endReason")
        self.end_label, self.reason_label = QLabel(self), QLabel(self)
        self.end_label.setBuddy(self.end)
        self.reason_label.setBuddy(self.reason)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.end_label, self.end)
        form.addRow("", self.hint)
        form.addRow(self.reason_label, self.reason)
        self.message = QLabel(self)
        self.errors = FormMarks(self.message)
        self.errors.add("end_date", self.end)
        self.errors.add("end_reason", self.reason)
        self.buttons = ok_cancel(self)
        self.buttons.accepted.connect(self.submit)
        self.runner = WriteRunner(context, self.buttons)
        self.runner.done.connect(self._ended)
        self.runner.failed.connect(self.errors.show_error)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate()

    def submit(self) -> None:
        self.errors.clear()
        row, actor = self.row, self.context.actor
        assert row.secondment_id is not None
        secondment_id, version = row.secondment_id, row.secondment_version
        end, reason = from_qdate(self.end.date()), self.reason.text()

        def write(session: Session) -> None:
            end_secondment(
                session, actor, secondment_id, end, loaded_version=version, reason=reason
            )

        self.runner.run(write)

    def _ended(self, _value: object) -> None:
        self.ended = True
        self.accept()

    def reject(self) -> None:
        if not self.runner.busy:
            super().reject()

    def retranslate(self) -> None:
        row = self.row
        self.setWindowTitle(self.tr("End a secondment"))
        heading = self.tr("{name} in {post}, since {start}.").format(
            name=row.name,
            post=_place(row),
            start=row.start_date.isoformat() if row.start_date else "",
        )
        self.heading.setText(heading)
        self.end_label.setText(self.tr("&Last day:"))
        self.hint.setText(self.tr("The post is vacant from the next day."))
        self.reason_label.setText(self.tr("&Reason:"))
        self.reason.setPlaceholderText(self.tr("e.g. rotation ended, recalled to the department"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def build_fill_post_dialog(
    parent: QWidget | None,
    context: PaneContext,
    row: StaffRow,
    *,
    staff: tuple[StaffChoice, ...] | None = None,
) -> FillPostDialog:
    """The dialog for a VACANT or EXPIRED post row; the staff list given or loading."""
    dialog = FillPostDialog(context, row, parent)
    if staff is not None:
        dialog.set_staff(staff)
        return dialog
    operation = staff_choices(context, row.street_id, dialog)
    operation.success(dialog.set_staff).failure(dialog.show_refusal).run()
    return dialog


def open_fill_post_dialog(
    parent: QWidget | None, context: PaneContext, row: StaffRow
) -> uuid.UUID | None:
    """Second someone into the row's post; the new secondment's id, or None."""
    dialog = build_fill_post_dialog(parent, context, row)
    dialog.exec()
    dialog.deleteLater()
    return dialog.saved_id


def build_end_secondment_dialog(
    parent: QWidget | None, context: PaneContext, row: StaffRow
) -> EndSecondmentDialog:
    return EndSecondmentDialog(context, row, parent)


def open_end_secondment_dialog(parent: QWidget | None, context: PaneContext, row: StaffRow) -> bool:
    """End the row's secondment (with the version it was loaded at); True once ended."""
    dialog = build_end_secondment_dialog(parent, context, row)
    dialog.exec()
    dialog.deleteLater()
    return dialog.ended
