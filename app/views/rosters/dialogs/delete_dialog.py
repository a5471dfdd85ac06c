"""Removing a person from the roster: asked first, then a tombstone (the row stays in the
history and syncs as removed). A staff member's open secondments end today, so the posts
they hold become vacant; the question says which."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.services.rosters import PostStatus, StaffRow, VolunteerRow, delete_staff, delete_volunteer
from app.views.pane_context import PaneContext
from app.views.rosters.dialogs.roster_choices import StaffChoice
from app.views.rosters.operations import staff_choices
from app.views.widgets.form_marks import FORM_STYLE, FormMarks
from app.views.widgets.write_runner import WriteRunner

if TYPE_CHECKING:
    from app.services.unit_of_work import Session


class DeletePersonDialog(QDialog):
    def __init__(
        self, context: PaneContext, row: StaffRow | VolunteerRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deletePersonDialog")
        self.setStyleSheet(FORM_STYLE)
        self.context = context
        self.row = row
        self.removed = False
        self.is_staff = isinstance(row, StaffRow)
        self.posts = ""
        if isinstance(row, StaffRow) and row.status == PostStatus.ACTIVE:
            self.posts = f"{row.unit} · {row.post}"

        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.question = QLabel(self)
        self.question.setObjectName("deleteQuestion")
        self.question.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("deleteDetail")
        self.detail.setWordWrap(True)
        self.message = QLabel(self)
        self.errors = FormMarks(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("deleteConfirm")
        self.remove_button.setAutoDefault(False)
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setFocus()
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.runner = WriteRunner(context, self.buttons)
        self.runner.done.connect(self._removed)
        self.runner.failed.connect(self.errors.show_error)

        text = QVBoxLayout()
        text.addWidget(self.question)
        text.addWidget(self.detail)
        text.addWidget(self.message)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(500)
        self.retranslate()

    def set_staff_posts(self, staff: tuple[StaffChoice, ...]) -> None:
        """Every post the person holds today (the row shows only one of them)."""
        if not isinstance(self.row, StaffRow):
            return
        found = next((s for s in staff if s.staff_id == self.row.staff_id), None)
        if found is not None:
            self.posts = found.posts
            self.retranslate()

    def submit(self) -> None:
        actor, row = self.context.actor, self.row
        self.errors.clear()
        if isinstance(row, StaffRow):
            assert row.staff_id is not None
            staff_id, version = row.staff_id, row.staff_version

            def remove_staff(session: Session) -> uuid.UUID:
                delete_staff(session, actor, staff_id, version)
                return staff_id

            self.runner.run(remove_staff)
            return
        volunteer_id, version = row.volunteer_id, row.version

        def remove_volunteer(session: Session) -> uuid.UUID:
            delete_volunteer(session, actor, volunteer_id, version)
            return volunteer_id

        self.runner.run(remove_volunteer)

    def _removed(self, person_id: uuid.UUID) -> None:
        self.removed = True
        self.accept()

    def show_refusal(self, exc: BaseException) -> None:
        """Why the lists could not be read, in the dialog."""
        self.errors.show_error(exc)

    def reject(self) -> None:
        if not self.runner.busy:
            super().reject()

    def retranslate(self) -> None:
        row = self.row
        who = f"{row.name}（{row.phone}）" if row.phone else row.name
        if self.is_staff:
            self.setWindowTitle(self.tr("Remove staff member"))
            self.question.setText(self.tr("Remove {person} from the roster?").format(person=who))
            if self.posts:
                detail = self.tr(
                    "Their open secondments end today, and the posts they hold become"
                    " vacant: {posts}."
                ).format(posts=self.posts)
            else:
                detail = self.tr("They hold no post today; any later secondment is cancelled.")
        else:
            self.setWindowTitle(self.tr("Remove volunteer"))
            self.question.setText(self.tr("Remove {person} from the roster?").format(person=who))
            detail = self.tr("The volunteer no longer shows in the roster or its exports.")
        kept = self.tr("The record is kept in the history and syncs as removed.")
        self.detail.setText(f"{detail}\n{kept}")
        self.remove_button.setText(self.tr("&Remove"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def build_delete_dialog(
    parent: QWidget | None, context: PaneContext, row: StaffRow | VolunteerRow
) -> DeletePersonDialog:
    """The question, with a staff member's posts filled in from a worker thread (if they
    cannot be read, the dialog says why and still offers the removal)."""
    dialog = DeletePersonDialog(context, row, parent)
    if isinstance(row, StaffRow):
        operation = staff_choices(context, row.street_id, dialog)
        operation.success(dialog.set_staff_posts).failure(dialog.show_refusal).run()
    return dialog


def confirm_delete_person(
    parent: QWidget | None, context: PaneContext, row: StaffRow | VolunteerRow
) -> bool:
    """Ask, then remove the person with the version the row was loaded at; True if done."""
    dialog = build_delete_dialog(parent, context, row)
    dialog.exec()
    dialog.deleteLater()
    return dialog.removed
