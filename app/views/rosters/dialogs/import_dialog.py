"""Importing a roster from Excel (.xlsx) or CSV: a dry run first, then, once confirmed,
all of it in one transaction or nothing.

The check (``operations.check_import``) is a read off the GUI thread and ends in a
summary: rows to add, to update, unchanged, duplicates and rows with errors, with a table
of every row that needs attention (row number, sheet, name, what is wrong). Nothing is
written until the clerk presses 导入全部, which stays off while there are error rows unless
跳过有错误的行 is ticked. The write (``operations.apply_import``) runs on the write lane and
announces what it wrote once; cancelling it rolls it back.
"""

from __future__ import annotations

from enum import IntEnum
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ConflictError
from app.services.roster_io import ImportPlan, ImportResult, RowAction
from app.views.error_text import error_text
from app.views.pane import UserState
from app.views.pane_context import PaneContext
from app.views.rosters.dialogs.import_problems_model import COL_PROBLEM, ImportProblemsModel
from app.views.rosters.operations import ImportCancelled, apply_import, check_import
from app.views.tasks import Task
from app.views.widgets.elided_tips import ElidedTips
from app.views.widgets.page_stack import PageStack

#: kept in the signed-in user's own settings (``users/<name>/rosters/``)
FOLDER_KEY = "importFolder"
RESIZE_PRECISION = 200
COUNTED = (
    RowAction.ADD,
    RowAction.UPDATE,
    RowAction.UNCHANGED,
    RowAction.DUPLICATE,
    RowAction.ERROR,
)


class Page(IntEnum):
    BUSY = 0
    REFUSED = 1
    SUMMARY = 2
    DONE = 3


class ImportDialog(QDialog):
    """Check a file, show the dry run, write it when confirmed; see the module docstring."""

    def __init__(
        self, context: PaneContext, street_id: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.context = context
        self.street_id = street_id
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        self.outcome: ImportResult | None = None
        self.applying = False
        self._task: Task | None = None
        self._token = object()  # results of superseded or cancelled work are dropped
        self._refusal: BaseException | None = None
        #: why the summary is shown again after an import did not go through
        self._note: tuple[str, BaseException | None] | None = None

        self.pages = PageStack(self)
        self.pages.addWidget(self._busy_page())
        self.pages.addWidget(self._refused_page())
        self.pages.addWidget(self._summary_page())
        self.pages.addWidget(self._done_page())
        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importConfirm")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.again_button = QPushButton(self)
        self.again_button.setObjectName("importCheckAgain")
        self.buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("importChooseFile")
        self.buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.clicked.connect(self.start_import)
        self.again_button.clicked.connect(self._check_again)
        self.choose_button.clicked.connect(self._choose_another)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self._close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 520)
        self._show_page(Page.BUSY)
        self.retranslate()

    # -- pages -----------------------------------------------------------------------------

    def _busy_page(self) -> QWidget:
        page = QWidget(self)
        self.busy_label = QLabel(page)
        self.busy_label.setObjectName("importBusy")
        self.busy_label.setWordWrap(True)
        self.progress = QProgressBar(page)
        self.progress.setRange(0, 0)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        return page

    def _refused_page(self) -> QWidget:
        page = QWidget(self)
        self.refused_heading = QLabel(page)
        self.refused_text = QLabel(page)
        self.refused_text.setObjectName("importRefused")
        self.refused_text.setWordWrap(True)
        self.refused_text.setStyleSheet("color: #b03a2e;")
        self.refused_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refused_hint = QLabel(page)
        self.refused_hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.refused_heading)
        layout.addWidget(self.refused_text)
        layout.addWidget(self.refused_hint)
        layout.addStretch(1)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget(self)
        self.summary_heading = QLabel(page)
        self.summary_heading.setObjectName("importHeading")
        self.summary_heading.setWordWrap(True)
        self.count_labels = {action: QLabel(page) for action in COUNTED}
        self.count_values = {action: QLabel(page) for action in COUNTED}
        counts = QFormLayout()
        for action in COUNTED:
            self.count_values[action].setObjectName(f"importCount_{action.value}")
            counts.addRow(self.count_labels[action], self.count_values[action])
        self.ignored = QLabel(page)
        self.ignored.setWordWrap(True)
        self.problems_title = QLabel(page)
        self.problems = ImportProblemsModel(self)
        self.table = QTableView(page)
        self.table.setObjectName("importProblems")
        self.table.setModel(self.problems)
        # file order to start with; a click on a header sorts by that column
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table_tips = ElidedTips(self.table)
        header = self.table.horizontalHeader()
        # widths from the first rows, not from all of a 20,000-row file
        header.setResizeContentsPrecision(RESIZE_PRECISION)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PROBLEM, QHeaderView.ResizeMode.Stretch)
        self.problems_title.setBuddy(self.table)
        self.skip = QCheckBox(page)
        self.skip.setObjectName("importSkipErrors")
        self.skip.toggled.connect(self._update_import_button)
        self.note = QLabel(page)
        self.note.setObjectName("importNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_heading)
        layout.addLayout(counts)
        layout.addWidget(self.ignored)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.skip)
        layout.addWidget(self.note)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        self.done_text = QLabel(page)
        self.done_text.setObjectName("importDone")
        self.done_text.setWordWrap(True)
        self.done_labels = [QLabel(page) for _ in range(4)]
        self.done_values = [QLabel(page) for _ in range(4)]
        done_counts = QFormLayout()
        for label, value in zip(self.done_labels, self.done_values, strict=True):
            value.setObjectName("importDoneCount")
            done_counts.addRow(label, value)
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_text)
        layout.addLayout(done_counts)
        layout.addStretch(1)
        return page

    def _show_page(self, page: Page) -> None:
        self.pages.setCurrentIndex(page)
        busy = page == Page.BUSY
        self.import_button.setVisible(page == Page.SUMMARY)
        stale = self._note is not None and self._note[0] == _STALE
        self.again_button.setVisible(page == Page.SUMMARY and stale)
        self.choose_button.setVisible(page in (Page.REFUSED, Page.SUMMARY))
        self.cancel_button.setVisible(busy or page == Page.SUMMARY)
        self.cancel_button.setEnabled(True)
        self.close_button.setVisible(page in (Page.REFUSED, Page.DONE))
        (self.close_button if page in (Page.REFUSED, Page.DONE) else self.cancel_button).setFocus()
        self._update_import_button()

    # -- checking --------------------------------------------------------------------------

    def check(self, path: Path) -> None:
        """Read and check ``path`` off the GUI thread; the summary follows (a refusal is
        shown on its page, never raised past the dialog)."""
        self.path, self.plan, self._note = Path(path), None, None
        token = self._token = object()
        self._show_page(Page.BUSY)
        self.retranslate()
        self._task = (
            check_import(self.context, self.path, self.street_id, self)
            .success(lambda plan: self._checked(token, plan))
            .failure(lambda exc: self._checked(token, exc))
            .run()
        )

    def _checked(self, token: object, value: ImportPlan | BaseException) -> None:
        if token is not self._token:
            return
        self._task = None
        if isinstance(value, ImportPlan):
            self.plan = value
            self.problems.set_rows(value.rows)
            self.skip.setChecked(False)
            self.skip.setVisible(value.count(RowAction.ERROR) > 0)
            self._show_page(Page.SUMMARY)
        else:
            self._refusal = value
            self._show_page(Page.REFUSED)
        self.retranslate()

    def _check_again(self) -> None:
        if self.path is not None:
            self.check(self.path)

    def ask_for_file(self) -> Path | None:
        return choose_import_file(self, self.context)

    def _choose_another(self) -> None:
        path = self.ask_for_file()
        if path is not None:
            self.check(path)

    # -- writing ---------------------------------------------------------------------------

    def _update_import_button(self) -> None:
        plan = self.plan
        errors = plan.count(RowAction.ERROR) if plan else 0
        if plan is not None and errors and self.skip.isChecked():
            writes = plan.count(RowAction.ADD) + plan.count(RowAction.UPDATE)
            self.import_button.setText(
                self.tr("&Import {count} rows, skip {errors}").format(count=writes, errors=errors)
            )
        else:
            self.import_button.setText(self.tr("&Import all"))
        stale = self._note is not None and self._note[0] == _STALE  # check again first
        self.import_button.setEnabled(
            plan is not None
            and plan.has_writes
            and not self.applying
            and not stale
            and (errors == 0 or self.skip.isChecked())
        )

    def start_import(self) -> None:
        """Write the plan on the write lane; Cancel before it commits writes nothing."""
        plan = self.plan
        if plan is None or not self.import_button.isEnabled():
            return
        self.applying, self._note = True, None
        token = self._token = object()
        self._show_page(Page.BUSY)
        self.retranslate()
        self._task = (
            apply_import(self.context, plan, self.skip.isChecked(), self)
            .success(lambda result: self._applied(token, result))
            .failure(lambda exc: self._applied(token, exc))
            .run()
        )

    def _applied(self, token: object, value: ImportResult | BaseException) -> None:
        if token is not self._token:
            return
        self._task, self.applying = None, False
        if isinstance(value, ImportResult):
            self.outcome = value
            self._show_page(Page.DONE)
            self.retranslate()
            # as large as the result needs, not the summary's table-sized box
            self.pages.updateGeometry()
            self.resize(self.minimumSizeHint().expandedTo(QSize(420, 0)))
        else:
            if isinstance(value, ImportCancelled):
                self._note = (_CANCELLED, None)
            elif isinstance(value, ConflictError):
                self._note = (_STALE, value)
            else:
                self._note = (_REFUSED, value)
            self._show_page(Page.SUMMARY)
        self.retranslate()

    # -- closing ---------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel: a check is dropped at once; a write is asked to stop and the dialog
        stays until it has rolled back (or, too late to stop, committed)."""
        if self.applying:
            if self._task is not None:
                self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.busy_label.setText(self.tr("Cancelling; nothing will be written…"))
            return
        self._token = object()
        super().reject()

    def _close(self) -> None:
        if self.outcome is not None:
            self.accept()
        else:
            self.reject()

    # -- text ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import roster"))
        name = self.path.name if self.path else ""
        self.busy_label.setText(
            self.tr("Writing the changes from {file}…").format(file=name)
            if self.applying
            else self.tr("Checking {file}… Nothing is written yet.").format(file=name)
        )
        self._update_import_button()
        self.again_button.setText(self.tr("Check &again"))
        self.choose_button.setText(self.tr("Choose another &file…"))
        self.refused_heading.setText(self.tr("This file cannot be imported:"))
        self.refused_text.setText(error_text(self._refusal) if self._refusal else "")
        self.refused_hint.setText(
            self.tr("Nothing was written. Correct the file, or choose another one.")
        )
        self._retranslate_summary(name)
        if self.outcome is not None:
            result = self.outcome
            self.done_text.setText(
                "<b>{}</b>".format(self.tr("Imported from {file}.").format(file=escape(name)))
            )
            counts = (
                (self.tr("Rows added:"), result.added),
                (self.tr("Rows updated:"), result.updated),
                (self.tr("Rows unchanged:"), result.unchanged),
                (self.tr("Rows skipped:"), result.skipped),
            )
            for (text, count), label, value in zip(
                counts, self.done_labels, self.done_values, strict=True
            ):
                label.setText(text)
                value.setText(f"{count:,}")

    def _retranslate_summary(self, name: str) -> None:
        plan = self.plan
        rows = len(plan.rows) if plan else 0
        self.summary_heading.setText(
            self.tr("Checked {file}: {rows} rows. Nothing is written until you import.").format(
                file=name, rows=rows
            )
        )
        labels = {
            RowAction.ADD: self.tr("To add:"),
            RowAction.UPDATE: self.tr("To update:"),
            RowAction.UNCHANGED: self.tr("Unchanged:"),
            RowAction.DUPLICATE: self.tr("Duplicates (same name and mobile, skipped):"),
            RowAction.ERROR: self.tr("With errors:"),
        }
        for action in COUNTED:
            self.count_labels[action].setText(labels[action])
            count = plan.count(action) if plan else 0
            self.count_values[action].setText(str(count))
            alarm = action == RowAction.ERROR and count > 0
            self.count_values[action].setStyleSheet(
                "color: #b03a2e; font-weight: bold;" if alarm else ""
            )
        ignored = plan.ignored_headers if plan else ()
        self.ignored.setVisible(bool(ignored))
        self.ignored.setText(
            self.tr("Columns not understood (ignored): {columns}").format(
                columns="、".join(ignored)
            )
        )
        self.problems_title.setText(
            self.tr("&Rows that need attention ({count}):").format(count=self.problems.rowCount())
        )
        self.skip.setText(self.tr("&Skip rows with errors"))
        note = self._note_text()
        self.note.setText(note)
        self.note.setVisible(bool(note))
        warn = self._note is not None and self._note[0] != _CANCELLED
        self.note.setStyleSheet("color: #b03a2e;" if warn else "")

    def _note_text(self) -> str:
        if self._note is not None:
            source = self._note[0]
            if source == _STALE:
                return self.tr(
                    "The roster changed since this file was checked. Nothing was written;"
                    " check the file again."
                )
            if source == _CANCELLED:
                return self.tr("The import was cancelled. Nothing was written.")
            refusal = self._note[1]
            assert refusal is not None
            return self.tr("Nothing was written: {reason}").format(reason=error_text(refusal))
        plan = self.plan
        if plan is not None and not plan.has_writes:
            return self.tr("Nothing to change: the roster already holds every row of the file.")
        if plan is not None and plan.count(RowAction.ERROR):
            return self.tr(
                "Correct the rows with errors and check the file again, or tick"
                " “Skip rows with errors” to import the others."
            )
        return ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.problems.retranslate()
            self.retranslate()
        super().changeEvent(event)


_STALE, _CANCELLED, _REFUSED = "stale", "cancelled", "refused"


def choose_import_file(parent: QWidget | None, context: PaneContext) -> Path | None:
    """Ask for the file to import, starting in the folder used last time."""
    settings = UserState(context.actor.username, "rosters")
    folder = str(settings.value(FOLDER_KEY, str(Path.home())))
    title = QCoreApplication.translate("ImportDialog", "Import roster")
    filters = QCoreApplication.translate(
        "ImportDialog", "Roster files (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)"
    )
    chosen, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    if not chosen:
        return None
    path = Path(chosen)
    settings.set_value(FOLDER_KEY, str(path.parent))
    return path


def build_import_dialog(
    parent: QWidget | None, context: PaneContext, path: Path, *, street_id: Any = None
) -> ImportDialog:
    """The dialog, already checking ``path``."""
    dialog = ImportDialog(context, street_id, parent)
    dialog.check(path)
    return dialog


def open_import_dialog(
    parent: QWidget | None,
    context: PaneContext,
    path: Path | None = None,
    *,
    street_id: Any = None,
) -> ImportResult | None:
    """Choose a file (unless ``path`` is given), check it, and import it once confirmed;
    the result, or None when nothing was written."""
    if path is None:
        path = choose_import_file(parent, context)
        if path is None:
            return None
    dialog = build_import_dialog(parent, context, path, street_id=street_id)
    dialog.exec()
    dialog.deleteLater()
    return dialog.outcome
