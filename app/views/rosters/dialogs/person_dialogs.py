"""Add or edit a staff member or a volunteer, and remove one (a tombstone).

``open_*`` runs the dialog and returns the person's id (or whether they were removed);
``build_*`` returns the dialog without running it, for the pane to show and for tests. A
write is an operation on the write lane that announces what it wrote on the change hub;
the caller refreshes nothing itself. When a service refuses, the field it names is marked
and everything typed is kept.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.rosters import (
    StaffForm,
    StaffRow,
    VolunteerForm,
    VolunteerRow,
    add_staff,
    add_volunteer,
    update_staff,
    update_volunteer,
)
from app.views.pane_context import PaneContext
from app.views.rosters.dialogs.delete_dialog import build_delete_dialog, confirm_delete_person
from app.views.rosters.dialogs.form_support import OptionalDate, date_edit
from app.views.rosters.dialogs.roster_choices import RosterChoices
from app.views.rosters.operations import form_choices
from app.views.widgets.empty_state import NoOrganisation
from app.views.widgets.form_marks import FORM_STYLE, FormMarks, from_qdate, ok_cancel
from app.views.widgets.pinyin_combo import PinyinCombo
from app.views.widgets.write_runner import WriteRunner

if TYPE_CHECKING:
    from app.services.unit_of_work import Session

__all__ = [
    "StaffDialog",
    "VolunteerDialog",
    "build_delete_dialog",
    "build_staff_dialog",
    "build_volunteer_dialog",
    "confirm_delete_person",
    "open_staff_dialog",
    "open_volunteer_dialog",
]


def _load_choices_later(
    dialog: StaffDialog | VolunteerDialog, context: PaneContext, street_id: uuid.UUID | None
) -> None:
    form_choices(context, street_id, dialog).success(
        lambda found: dialog.set_choices(RosterChoices.of(found))
    ).failure(dialog.show_refusal).run()


class StaffDialog(QDialog):
    """A staff member's details; a new one may be seconded into a vacant post at once."""

    def __init__(
        self,
        context: PaneContext,
        row: StaffRow | None,
        street_id: uuid.UUID | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staffDialog")
        self.setStyleSheet(FORM_STYLE)
        self.context = context
        self.row = row
        self.is_new = row is None or row.staff_id is None
        self.street_id = street_id or (row.street_id if row else None)
        self.saved_id: uuid.UUID | None = None

        self.name = QLineEdit(self)
        self.name.setObjectName("staffName")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("staffPhone")
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("staffTitle")
        self.department = PinyinCombo(self, min_chars=18)
        self.department.setObjectName("staffDepartment")
        self.name_label, self.phone_label, self.title_label, self.department_label = (
            QLabel(self) for _ in range(4)
        )
        form = QFormLayout()
        for label, field in (
            (self.name_label, self.name),
            (self.phone_label, self.phone),
            (self.title_label, self.title_edit),
            (self.department_label, self.department),
        ):
            label.setBuddy(field)
            form.addRow(label, field)

        self.post_box = QGroupBox(self)
        self.post = PinyinCombo(self.post_box, min_chars=18)
        self.post.setObjectName("staffPost")
        self.start = date_edit(self.post_box, "staffStart")
        self.end = OptionalDate(self.post_box, "staffEnd")
        self.post_label, self.start_label = QLabel(self.post_box), QLabel(self.post_box)
        self.post_label.setBuddy(self.post)
        self.start_label.setBuddy(self.start)
        post_form = QFormLayout(self.post_box)
        post_form.addRow(self.post_label, self.post)
        post_form.addRow(self.start_label, self.start)
        post_form.addRow(self.end.check, self.end.edit)
        self.post_box.setVisible(self.is_new)
        self.post.currentTextChanged.connect(self._post_typed)
        self._post_typed("")

        self.message = QLabel(self)
        self.errors = FormMarks(self.message)
        for field_name, widget in (
            ("name", self.name),
            ("phone", self.phone),
            ("title", self.title_edit),
            ("department_id", self.department),
            ("post_id", self.post),
            ("start_date", self.start),
            ("end_date", self.end.edit),
        ):
            self.errors.add(field_name, widget)
        self.buttons = ok_cancel(self)
        self.buttons.accepted.connect(self.submit)
        self.ok_button = self.buttons.button(self.buttons.StandardButton.Ok)
        self.ok_button.setEnabled(False)  # until the choices are in
        self.runner = WriteRunner(context, self.buttons)
        self.runner.done.connect(self._saved)
        self.runner.failed.connect(self.errors.show_error)

        self.no_organisation = NoOrganisation(context, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.no_organisation)
        layout.addLayout(form)
        layout.addWidget(self.post_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if row is not None and row.staff_id is not None:
            self.name.setText(row.name)
            self.phone.setText(row.phone)
            self.title_edit.setText(row.title)
        self.setMinimumWidth(440)
        self.retranslate()

    def _post_typed(self, text: str) -> None:
        """The dates belong to the post: they are asked for once one is named."""
        has_post = bool(text.strip())
        self.start.setEnabled(has_post)
        self.end.setEnabled(has_post)

    def set_choices(self, choices: RosterChoices) -> None:
        self.street_id = self.street_id or choices.street_id
        row = self.row
        editing = row if row is not None and not self.is_new else None
        self.department.set_choices(choices.departments, editing.department_id if editing else None)
        self.no_organisation.show_if(not choices.departments)
        self.post.set_choices(choices.vacant_posts, row.post_id if row and self.is_new else None)
        self.ok_button.setEnabled(True)

    def form(self) -> StaffForm | None:
        """What was typed, or None (with the field marked) when a choice names nothing."""
        self.errors.clear()
        if self.department.typed_something_else():
            self.errors.show_text(self.tr("Choose a department from the list."), "department_id")
            return None
        if self.is_new and self.post.typed_something_else():
            self.errors.show_text(
                self.tr("Choose a vacant post from the list, or leave it empty."), "post_id"
            )
            return None
        post_id = self.post.value() if self.is_new else None
        return StaffForm(
            name=self.name.text(),
            phone=self.phone.text(),
            department_id=self.department.value(),
            title=self.title_edit.text(),
            street_id=self.street_id,
            post_id=post_id,
            start_date=from_qdate(self.start.date()) if post_id else None,
            end_date=self.end.value() if post_id else None,
        )

    def submit(self) -> None:
        form = self.form()
        if form is None:
            return
        actor, row = self.context.actor, self.row
        if self.is_new:
            self.runner.run(lambda session: add_staff(session, actor, form))
            return
        assert row is not None and row.staff_id is not None
        staff_id, version = row.staff_id, row.staff_version

        def write(session: Session) -> uuid.UUID:
            update_staff(session, actor, staff_id, version, form)
            return staff_id

        self.runner.run(write)

    def _saved(self, staff_id: uuid.UUID) -> None:
        self.saved_id = staff_id
        self.accept()

    def show_refusal(self, exc: BaseException) -> None:
        """Why the lists could not be read, in the dialog."""
        self.errors.show_error(exc)

    def reject(self) -> None:
        if not self.runner.busy:  # a write in flight finishes before the dialog closes
            super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New staff member") if self.is_new else self.tr("Edit staff"))
        self.name_label.setText(self.tr("&Name:"))
        self.phone_label.setText(self.tr("&Mobile:"))
        self.title_label.setText(self.tr("&Title:"))
        self.department_label.setText(self.tr("&Department:"))
        self.phone.setPlaceholderText(self.tr("11 digits, e.g. 138 0013 8000"))
        self.department.editor().setPlaceholderText(self.tr("Type to search"))
        self.post_box.setTitle(self.tr("Second into a vacant post (optional)"))
        self.post_label.setText(self.tr("&Post:"))
        self.post.editor().setPlaceholderText(self.tr("None; type to search"))
        self.start_label.setText(self.tr("&From:"))
        self.end.check.setText(self.tr("&Until:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class VolunteerDialog(QDialog):
    """A volunteer of the mass prevention forces: team, grid, unit and skills."""

    def __init__(
        self,
        context: PaneContext,
        row: VolunteerRow | None,
        street_id: uuid.UUID | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("volunteerDialog")
        self.setStyleSheet(FORM_STYLE)
        self.context = context
        self.row = row
        self.street_id = street_id or (row.street_id if row else None)
        self.saved_id: uuid.UUID | None = None

        self.name = QLineEdit(self)
        self.name.setObjectName("volunteerName")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("volunteerPhone")
        self.team = PinyinCombo(self, min_chars=18)
        self.team.setObjectName("volunteerTeam")
        self.grid = PinyinCombo(self, min_chars=18)
        self.grid.setObjectName("volunteerGrid")
        self.unit = PinyinCombo(self, min_chars=18)
        self.unit.setObjectName("volunteerUnit")
        self.skills = QLineEdit(self)
        self.skills.setObjectName("volunteerSkills")
        self.labels = [QLabel(self) for _ in range(6)]
        fields: list[QWidget] = [
            self.name,
            self.phone,
            self.team,
            self.grid,
            self.unit,
            self.skills,
        ]
        form = QFormLayout()
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.message = QLabel(self)
        self.errors = FormMarks(self.message)
        for field_name, widget in zip(
            ("name", "phone", "team_id", "grid_id", "unit_id", "skills"), fields, strict=True
        ):
            self.errors.add(field_name, widget)
        self.buttons = ok_cancel(self)
        self.buttons.accepted.connect(self.submit)
        self.ok_button = self.buttons.button(self.buttons.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.runner = WriteRunner(context, self.buttons)
        self.runner.done.connect(self._saved)
        self.runner.failed.connect(self.errors.show_error)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if row is not None:
            self.name.setText(row.name)
            self.phone.setText(row.phone)
            self.skills.setText(row.skills)
        self.setMinimumWidth(440)
        self.retranslate()

    def set_choices(self, choices: RosterChoices) -> None:
        self.street_id = self.street_id or choices.street_id
        row = self.row
        self.team.set_choices(choices.teams, row.team_id if row else None)
        self.grid.set_choices(choices.grids, row.grid_id if row else None)
        self.unit.set_choices(choices.units, row.unit_id if row else None)
        self.ok_button.setEnabled(True)

    def form(self) -> VolunteerForm | None:
        self.errors.clear()
        for combo, field_name in (
            (self.team, "team_id"),
            (self.grid, "grid_id"),
            (self.unit, "unit_id"),
        ):
            if combo.typed_something_else():
                self.errors.show_text(
                    self.tr("Choose an entry from the list, or leave the field empty."),
                    field_name,
                )
                return None
        return VolunteerForm(
            name=self.name.text(),
            phone=self.phone.text(),
            team_id=self.team.value(),
            grid_id=self.grid.value(),
            unit_id=self.unit.value(),
            skills=self.skills.text(),
            street_id=self.street_id,
        )

    def submit(self) -> None:
        form = self.form()
        if form is None:
            return
        actor, row = self.context.actor, self.row
        if row is None:
            self.runner.run(lambda session: add_volunteer(session, actor, form))
            return
        volunteer_id, version = row.volunteer_id, row.version

        def write(session: Session) -> uuid.UUID:
            update_volunteer(session, actor, volunteer_id, version, form)
            return volunteer_id

        self.runner.run(write)

    def _saved(self, volunteer_id: uuid.UUID) -> None:
        self.saved_id = volunteer_id
        self.accept()

    def show_refusal(self, exc: BaseException) -> None:
        """Why the lists could not be read, in the dialog."""
        self.errors.show_error(exc)

    def reject(self) -> None:
        if not self.runner.busy:
            super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("New volunteer") if self.row is None else self.tr("Edit volunteer")
        )
        texts = (
            self.tr("&Name:"),
            self.tr("&Mobile:"),
            self.tr("&Team:"),
            self.tr("&Grid:"),
            self.tr("&Unit:"),
            self.tr("&Skills:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.phone.setPlaceholderText(self.tr("11 digits, e.g. 138 0013 8000"))
        for combo in (self.team, self.grid, self.unit):
            combo.editor().setPlaceholderText(self.tr("None; type to search"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def build_staff_dialog(
    parent: QWidget | None,
    context: PaneContext,
    row: StaffRow | None = None,
    *,
    street_id: uuid.UUID | None = None,
    choices: RosterChoices | None = None,
) -> StaffDialog:
    """The staff dialog, its choices given or loading on a worker thread."""
    dialog = StaffDialog(context, row, street_id, parent)
    if choices is not None:
        dialog.set_choices(choices)
    else:
        _load_choices_later(dialog, context, dialog.street_id)
    return dialog


def open_staff_dialog(
    parent: QWidget | None,
    context: PaneContext,
    row: StaffRow | None = None,
    *,
    street_id: uuid.UUID | None = None,
) -> uuid.UUID | None:
    """Add a staff member (``row`` None, or a vacant post's row to fill) or edit one;
    returns their id once saved, None when cancelled."""
    dialog = build_staff_dialog(parent, context, row, street_id=street_id)
    dialog.exec()
    dialog.deleteLater()
    return dialog.saved_id


def build_volunteer_dialog(
    parent: QWidget | None,
    context: PaneContext,
    row: VolunteerRow | None = None,
    *,
    street_id: uuid.UUID | None = None,
    choices: RosterChoices | None = None,
) -> VolunteerDialog:
    dialog = VolunteerDialog(context, row, street_id, parent)
    if choices is not None:
        dialog.set_choices(choices)
    else:
        _load_choices_later(dialog, context, dialog.street_id)
    return dialog


def open_volunteer_dialog(
    parent: QWidget | None,
    context: PaneContext,
    row: VolunteerRow | None = None,
    *,
    street_id: uuid.UUID | None = None,
) -> uuid.UUID | None:
    """Add a volunteer (``row`` None) or edit one; their id once saved, else None."""
    dialog = build_volunteer_dialog(parent, context, row, street_id=street_id)
    dialog.exec()
    dialog.deleteLater()
    return dialog.saved_id
