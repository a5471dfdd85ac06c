"""The Rosters pane's actions: toolbar buttons, context menu and shortcuts.

Add, edit, fill a post, end a secondment, delete, import and export open the roster
dialogs (``app.views.rosters.dialogs``), imported when first used; an action whose
dialog is not there stays disabled. A dialog's write announces what it changed on the
change hub, and the pane reloads from there, never on the action's word. Printing a
unit's roster is a write operation (it records an audit row) and then offers to open
the PDF.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QMessageBox

from app.services.permissions import Permission
from app.services.printing.document import PrintedFile, printout_folder
from app.services.roster_io import ExportSelection
from app.services.rosters import PostStatus, StaffRow, VolunteerRow
from app.views.error_text import error_text
from app.views.printing.preview_dialog import PrintPreviewDialog
from app.views.rosters.operations import print_unit_roster
from app.views.tasks import Task
from app.views.widgets.pane_refresh import pane_refresh

if TYPE_CHECKING:
    from app.views.rosters.pane import RostersPane

DIALOGS = "app.views.rosters.dialogs"
PERSON, POST, IMPORT, EXPORT = "person_dialogs", "post_dialogs", "import_dialog", "export_dialog"


def dialog_available(module: str) -> bool:
    name = f"{DIALOGS}.{module}"
    if name in sys.modules:
        return True
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def dialog_function(module: str, function: str) -> Callable[..., Any] | None:
    try:
        loaded = importlib.import_module(f"{DIALOGS}.{module}")
    except ImportError:
        return None
    found = getattr(loaded, function, None)
    return found if callable(found) else None


class RosterActions(QObject):
    """Builds the actions and keeps them enabled only where they apply."""

    def __init__(self, pane: RostersPane) -> None:
        super().__init__(pane)
        self.pane = pane
        self.can_edit = pane.context.actor.can(Permission.ROSTER_EDIT)
        self.new = self._action("rosterNew", self.new_person, "Ctrl+N")
        self.edit = self._action("rosterEdit", self.edit_selected, "F2")
        self.fill = self._action("rosterFill", self.fill_post)
        self.end = self._action("rosterEnd", self.end_secondment)
        self.delete = self._action(
            "rosterDelete", self.delete_person, QKeySequence.StandardKey.Delete
        )
        self.print = self._action("rosterPrint", self.print_roster, QKeySequence.StandardKey.Print)
        self.import_ = self._action("rosterImport", self.import_roster)
        self.export = self._action("rosterExport", self.export_roster)
        self.refresh = self._action("rosterRefresh", pane.reload, QKeySequence.StandardKey.Refresh)
        pane_refresh(self.refresh)
        self.group = self._action("rosterGroupByType", pane.set_group_by_type)
        self.group.setCheckable(True)
        self._pdf_task: Task | None = None
        self.preview: PrintPreviewDialog | None = None

    def _action(
        self,
        name: str,
        slot: Callable[..., Any],
        shortcut: str | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(self.pane)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            # the pane's own keys: they must not fire while another pane is shown
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.pane.addAction(action)
        return action

    def retranslate(self) -> None:
        texts = {
            self.new: (self.tr("New"), self.tr("Add a staff member or a volunteer (Ctrl+N)")),
            self.edit: (self.tr("Edit"), self.tr("Edit the selected person (F2 or Enter)")),
            self.fill: (self.tr("Fill post"), self.tr("Second someone into the vacant post")),
            self.end: (self.tr("End secondment"), self.tr("End the selected secondment")),
            self.delete: (self.tr("Delete"), self.tr("Delete the selected person (Del)")),
            self.print: (self.tr("Print roster"), self.tr("The selected unit's roster as PDF")),
            self.import_: (self.tr("Import"), self.tr("Import a roster from Excel or CSV")),
            self.export: (self.tr("Export"), self.tr("Export the roster to Excel or CSV")),
            self.refresh: (self.tr("Refresh"), self.tr("Load the roster again (F5)")),
            self.group: (self.tr("Group by unit type"), self.tr("Group the units by type")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)

    # which actions apply ---------------------------------------------------------------
    def update(self) -> None:
        pane = self.pane
        row = pane.selected_person()
        staff = row if isinstance(row, StaffRow) else None
        person = row is not None and not (staff is not None and staff.staff_id is None)
        people_tab = pane.current_tab() in (pane.TAB_STAFF, pane.TAB_VOLUNTEERS)
        edit, person_dialogs = self.can_edit, dialog_available(PERSON)
        post_dialogs = dialog_available(POST)
        self.new.setEnabled(edit and person_dialogs and people_tab)
        # a post whose secondment ended may have been filled again since
        vacant_posts = pane.data.vacant_posts if pane.data is not None else frozenset()
        fillable = staff is not None and staff.is_vacant and staff.post_id in vacant_posts
        empty_post = fillable and not person
        self.edit.setEnabled(
            edit
            and people_tab
            and ((person and person_dialogs) or (empty_post and (post_dialogs or person_dialogs)))
        )
        self.fill.setEnabled(edit and post_dialogs and fillable)
        active = (
            staff is not None
            and staff.status == PostStatus.ACTIVE
            and staff.secondment_id is not None
        )
        self.end.setEnabled(edit and post_dialogs and active)
        self.delete.setEnabled(edit and person_dialogs and person)
        self.print.setEnabled(pane.selected_unit_id() is not None and self._pdf_task is None)
        self.import_.setEnabled(edit and dialog_available(IMPORT))
        self.export.setEnabled(dialog_available(EXPORT))

    def _call(self, module: str, function: str, *args: Any, **kwargs: Any) -> Any:
        found = dialog_function(module, function)
        if found is None:
            self.update()
            return None
        return found(self.pane, self.pane.context, *args, **kwargs)

    def _after_write(self, result: object, person_id: object = None) -> None:
        """The hub has the pane reload; the person saved is selected once it shows."""
        if result and isinstance(person_id, uuid.UUID):
            self.pane.select_person_after_reload(person_id)

    # handlers --------------------------------------------------------------------------
    def new_person(self) -> None:
        if not self.new.isEnabled():
            return
        street_id = self.pane.selected_scope().street_id
        volunteers = self.pane.current_tab() == self.pane.TAB_VOLUNTEERS
        function = "open_volunteer_dialog" if volunteers else "open_staff_dialog"
        new_id = self._call(PERSON, function, None, street_id=street_id)
        self._after_write(new_id, new_id)

    def edit_selected(self) -> None:
        """Edit the person; on a post nobody holds, fill it (with someone on the roster,
        or, without that dialog, with a new staff member)."""
        row = self.pane.selected_person()
        if row is None or not self.edit.isEnabled():
            return
        if isinstance(row, StaffRow) and row.staff_id is None:
            if self.fill.isEnabled():
                self.fill_post()
            else:
                saved = self._call(PERSON, "open_staff_dialog", row)
                self._after_write(saved, saved)
        elif isinstance(row, StaffRow):
            saved = self._call(PERSON, "open_staff_dialog", row)
            self._after_write(saved, saved)
        elif isinstance(row, VolunteerRow):
            saved = self._call(PERSON, "open_volunteer_dialog", row)
            self._after_write(saved, saved)

    def fill_post(self) -> None:
        row = self.pane.selected_person()
        if isinstance(row, StaffRow) and self.fill.isEnabled():
            saved = self._call(POST, "open_fill_post_dialog", row)
            self._after_write(saved)
            if saved:
                where = f"{row.unit} · {row.post}" if row.unit else row.post
                self.pane.say(self.tr("Post filled: {post}.").format(post=where))

    def end_secondment(self) -> None:
        row = self.pane.selected_person()
        if isinstance(row, StaffRow) and self.end.isEnabled():
            self._after_write(self._call(POST, "open_end_secondment_dialog", row))

    def delete_person(self) -> None:
        row = self.pane.selected_person()
        if row is not None and self.delete.isEnabled():
            self._after_write(self._call(PERSON, "confirm_delete_person", row))

    def import_roster(self) -> None:
        if self.import_.isEnabled():
            street_id = self.pane.selected_scope().street_id
            self._after_write(self._call(IMPORT, "open_import_dialog", street_id=street_id))

    def export_roster(self) -> None:
        if not self.export.isEnabled():
            return
        street_id = self.pane.selected_scope().street_id
        shown = self.pane.shown_people()
        selection = None
        if shown is not None and shown[2] < shown[3]:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Export roster"),
                self.tr("The list shows {shown} of {total} rows. What should be exported?").format(
                    shown=f"{shown[2]:,}", total=f"{shown[3]:,}"
                ),
                QMessageBox.StandardButton.Cancel,
                self.pane,
            )
            box.setObjectName("exportScopeBox")
            listed = box.addButton(
                self.tr("&What the list shows"), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(self.tr("&Everything"), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(listed)
            box.exec()
            clicked = box.clickedButton()
            if clicked is None or box.buttonRole(clicked) != QMessageBox.ButtonRole.AcceptRole:
                return
            if clicked is listed:
                selection = ExportSelection(volunteers=shown[0], people=shown[1])
        self._call(EXPORT, "open_export_dialog", street_id=street_id, selection=selection)

    def tree_menu(self, point: QPoint) -> None:
        """The roster tree's context menu, for the node under the pointer."""
        tree = self.pane.tree
        index = tree.indexAt(point)
        if index.isValid():
            tree.setCurrentIndex(index)
        self.update()
        menu = QMenu(self.pane)
        menu.setObjectName("rosterTreeMenu")
        for action in (self.new, self.print, None, self.import_, self.export, None, self.refresh):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(tree.viewport().mapToGlobal(point))

    def people_menu(self, view: QAbstractItemView, point: QPoint) -> None:
        """A people table's context menu, for the row under the pointer."""
        index = view.indexAt(point)
        if index.isValid():
            view.setCurrentIndex(index)
        self.update()
        menu = QMenu(self.pane)
        menu.setObjectName("rosterContextMenu")
        for action in (self.edit, self.fill, self.end, self.delete, None, self.new, self.print):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(view.viewport().mapToGlobal(point))

    # printing --------------------------------------------------------------------------
    def print_roster(self) -> None:
        """Write the unit's roster to a private scratch file and show it in the preview,
        from where it is printed or saved."""
        unit_id = self.pane.selected_unit_id()
        if unit_id is None or self._pdf_task is not None:
            return
        path = printout_folder() / f"roster-{unit_id}.pdf"
        self.pane.show_busy(self.tr("Writing the roster PDF…"))
        operation = print_unit_roster(self.pane.context, unit_id, path, self.pane)
        self._pdf_task = operation.success(self._pdf_written).failure(self._pdf_failed).run()
        self.update()

    def _pdf_written(self, printed: PrintedFile) -> None:
        self._pdf_task = None
        self.pane.show_busy("")
        self.update()
        preview = PrintPreviewDialog(printed, self.pane)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = preview
        preview.open()

    def _pdf_failed(self, exc: BaseException) -> None:
        self._pdf_task = None
        self.pane.show_busy("")
        self.update()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Roster not printed"),
            error_text(exc),
            QMessageBox.StandardButton.Close,
            self.pane,
        )
        box.setObjectName("rosterPdfFailed")
        box.finished.connect(box.deleteLater)
        box.open()
