"""Set up or update the organisation from a workbook, in three steps: choose the file,
read the dry run (what will be added, changed, or is wrong, row by row), confirm; then
the result. The file is parsed off the GUI thread and planned on the pool; nothing is
written before the confirmation, and then all or nothing.

The Organisation tab and the first-run guide open it as ``OrgImportDialog(context,
parent)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.organisation.workbook.layout import SHEETS
from app.services.roster_io.plan_rows import RowAction
from app.views.admin import org_operations as ops
from app.views.admin.org_plan_model import OrgPlanModel
from app.views.error_text import error_text
from app.views.models.roles import SORT_ROLE
from app.views.operations import background, read_op
from app.views.pane_context import PaneContext
from app.views.widgets.write_runner import WriteRunner

if TYPE_CHECKING:
    from app.services.organisation.workbook import OrgImportResult, OrgPlan, Workbook

STEP_FILE, STEP_PLAN, STEP_DONE = range(3)
ERROR_STYLE = "color: #b03a2e;"
RESIZE_ROWS = 200
RESULT_COLUMN = 4


class OrgImportDialog(QDialog):
    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orgImportDialog")
        self.context = context
        self.workbook: Workbook | None = None
        self.plan: OrgPlan | None = None
        self.written: OrgImportResult | None = None
        self.busy = False

        # step 1: the file
        self.file_page = QWidget(self)
        self.file_intro = QLabel(self.file_page)
        self.file_intro.setWordWrap(True)
        self.path = QLineEdit(self.file_page)
        self.path.setObjectName("orgImportPath")
        self.path.textChanged.connect(lambda _t: self._update_buttons())
        self.path_label = QLabel(self.file_page)
        self.path_label.setBuddy(self.path)
        self.browse = QPushButton(self.file_page)
        self.browse.setObjectName("orgImportBrowse")
        self.browse.clicked.connect(self.choose_file)
        self.template = QPushButton(self.file_page)
        self.template.setObjectName("orgImportTemplate")
        self.template.clicked.connect(self.save_template)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_label)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        file_layout = QVBoxLayout(self.file_page)
        file_layout.addWidget(self.file_intro)
        file_layout.addLayout(path_row)
        file_layout.addWidget(self.template, 0, Qt.AlignmentFlag.AlignLeft)
        file_layout.addStretch(1)

        # step 2: the dry run
        self.plan_page = QWidget(self)
        self.summary = QLabel(self.plan_page)
        self.summary.setObjectName("orgImportSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.model = OrgPlanModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self.plan_page)
        self.table.setObjectName("orgImportTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # errors first, then changes: sorted as the rows arrive, once
        self.table.sortByColumn(RESULT_COLUMN, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        # sized once per dry run from its first rows: a district's workbook has thousands
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(RESIZE_ROWS)
        header.setStretchLastSection(True)
        plan_layout = QVBoxLayout(self.plan_page)
        plan_layout.addWidget(self.summary)
        plan_layout.addWidget(self.table, 1)

        # step 3: the result
        self.done_page = QWidget(self)
        self.outcome = QLabel(self.done_page)
        self.outcome.setObjectName("orgImportOutcome")
        self.outcome.setWordWrap(True)
        done_layout = QVBoxLayout(self.done_page)
        done_layout.addWidget(self.outcome)
        done_layout.addStretch(1)

        self.pages = QStackedWidget(self)
        for page in (self.file_page, self.plan_page, self.done_page):
            self.pages.addWidget(page)
        self.step = QLabel(self)
        self.step.setObjectName("orgImportStep")
        self.message = QLabel(self)
        self.message.setObjectName("orgImportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.back = QPushButton(self)
        self.back.setObjectName("orgImportBack")
        self.back.clicked.connect(self.go_back)
        self.next = QPushButton(self)
        self.next.setObjectName("orgImportNext")
        self.next.setDefault(True)
        self.next.clicked.connect(self.go_next)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("orgImportClose")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back, self.next, self.close_button):
            buttons.addWidget(button)
        self.runner = WriteRunner(context, self.next)
        self.runner.done.connect(self._written)
        self.runner.failed.connect(self._failed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(900, 560)
        self.retranslate()
        self.show_step(STEP_FILE)

    # steps ---------------------------------------------------------------------------------
    def show_step(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        self.retranslate()
        self._update_buttons()
        if step == STEP_FILE:
            self.path.setFocus()
        elif step == STEP_PLAN:
            self.table.setFocus()

    def _update_buttons(self) -> None:
        step = self.pages.currentIndex()
        self.back.setVisible(step == STEP_PLAN)
        self.next.setVisible(step != STEP_DONE)
        plan = self.plan
        if step == STEP_FILE:
            self.next.setEnabled(not self.busy and bool(self.path.text().strip()))
        elif step == STEP_PLAN:
            can_write = plan is not None and not plan.errors and plan.has_writes
            self.next.setEnabled(not self.busy and can_write)
        self.back.setEnabled(not self.busy)
        self.browse.setEnabled(not self.busy)

    def go_next(self) -> None:
        if self.pages.currentIndex() == STEP_FILE:
            self.check_file()
        elif self.pages.currentIndex() == STEP_PLAN:
            self.confirm()

    def go_back(self) -> None:
        if not self.busy:
            self.message.clear()
            self.show_step(STEP_FILE)

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the organisation workbook"),
            str(Path.home()),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if chosen:
            self.path.setText(chosen)

    def save_template(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save an empty template"),
            str(Path.home() / "组织架构模板.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if chosen:
            read_op(self.context, ops.write_template(Path(chosen)), self).success(
                lambda path: self._note(self.tr("Template written to {path}.").format(path=path))
            ).failure(self._failed).run()

    # the dry run ---------------------------------------------------------------------------
    def check_file(self) -> None:
        """Parse off the GUI thread, then plan against the database on the pool."""
        path = Path(self.path.text().strip())
        self._set_busy(True)
        self._note(self.tr("Reading {file}…").format(file=path.name))
        self.parse_task = background(
            lambda _progress: ops.read_workbook(path), self._parsed, self._failed, self
        )

    def _parsed(self, workbook: Workbook) -> None:
        self.workbook = workbook
        read_op(self.context, ops.plan_import(self.context.actor, workbook), self).success(
            self._planned
        ).failure(self._failed).run()

    def _planned(self, plan: OrgPlan) -> None:
        self._set_busy(False)
        self.plan = plan
        self.model.set_rows(plan.rows)
        self.table.resizeColumnsToContents()
        self.summary.setText(self._summary(plan))
        self.message.setStyleSheet(ERROR_STYLE if plan.errors else "")
        if plan.errors:
            self.message.setText(
                self.tr(
                    "{count} rows have errors (listed first). Nothing will be written:"
                    " correct the file, then check it again."
                ).format(count=len(plan.errors))
            )
        elif not plan.has_writes:
            self.message.setText(self.tr("The desk already holds all of this; nothing to change."))
        else:
            self.message.setText(self.tr("Nothing is written until you press Import."))
        self.show_step(STEP_PLAN)

    def _summary(self, plan: OrgPlan) -> str:
        header = "".join(
            f"<th align='right'>&nbsp;{text}&nbsp;</th>"
            for text in (
                self.tr("to add"),
                self.tr("to change"),
                self.tr("unchanged"),
                self.tr("errors"),
            )
        )
        lines = []
        for sheet in SHEETS:
            counts = [
                plan.count(action, sheet.key)
                for action in (
                    RowAction.ADD,
                    RowAction.UPDATE,
                    RowAction.UNCHANGED,
                    RowAction.ERROR,
                )
            ]
            if any(counts):
                cells = "".join(f"<td align='right'>{n}</td>" for n in counts)
                lines.append(f"<tr><td>{sheet.title}</td>{cells}</tr>")
        title = self.tr("Dry run of {file}").format(file=plan.file_name)
        rows = "".join(lines)
        return f"<b>{title}</b><table cellspacing='4'><tr><th></th>{header}</tr>{rows}</table>"

    # writing -------------------------------------------------------------------------------
    def confirm(self) -> None:
        if self.workbook is None or self.plan is None or self.plan.errors:
            return
        self._note(self.tr("Writing…"))
        self.runner.run(ops.apply_import(self.context.actor, self.workbook, self.plan))

    def _written(self, result: OrgImportResult) -> None:
        self.written = result
        self.message.clear()
        self.outcome.setText(
            self.tr(
                "Done. {added} entries added and {updated} changed; {posts} posts were"
                " created from the post templates. The roster import can now name these"
                " units, grids, departments and teams."
            ).format(added=result.added, updated=result.updated, posts=result.posts)
        )
        self.show_step(STEP_DONE)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(exc))

    def _note(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def reject(self) -> None:
        if not self.busy and not self.runner.busy:
            super().reject()

    # language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import the organisation"))
        step = self.pages.currentIndex()
        self.step.setText(
            (
                self.tr("Step 1 of 3: choose the workbook"),
                self.tr("Step 2 of 3: check what the import will do"),
                self.tr("Step 3 of 3: done"),
            )[max(step, 0)]
        )
        self.file_intro.setText(
            self.tr(
                "Choose a workbook filled in from the organisation template (streets,"
                " communities, grids, 幸福里 units, departments, volunteer teams), or the"
                " organisation export of another desk. Entries are matched by their code:"
                " importing an edited workbook again updates them, never duplicates."
            )
        )
        self.path_label.setText(self.tr("&File:"))
        self.path.setPlaceholderText(self.tr("path of an .xlsx workbook"))
        self.browse.setText(self.tr("&Browse…"))
        self.template.setText(self.tr("Save an empty &template…"))
        self.back.setText(self.tr("&Back"))
        self.next.setText(self.tr("&Import") if step == STEP_PLAN else self.tr("&Check the file"))
        self.close_button.setText(self.tr("Close") if step == STEP_DONE else self.tr("Cancel"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
