"""The Reports pane: choose a report, its month and scope, make it in the background
(with progress and cancel), then preview, print or save it; beside it, the month's key
charts, redrawn when the data they count changes."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.printing.document import PrintedFile, printout_folder
from app.services.reports.choices import Dashboard, ReportChoices
from app.services.reports.monthly_pdf import ReportCancelled
from app.services.reports.periods import Month
from app.views.changes import Area
from app.views.error_text import error_text
from app.views.pane import Pane
from app.views.pane_context import PaneContext
from app.views.printing.preview_dialog import PrintPreviewDialog
from app.views.reports import operations as ops
from app.views.reports.dashboard import DashboardView
from app.views.tasks import Task

MONTHLY, ROSTERS = "monthly", "rosters"


class ReportsPane(Pane):
    pane_key = "reports"
    areas = frozenset({Area.DISPUTES, Area.LEADS, Area.PSYCH, Area.ROSTERS, Area.ORGANISATION})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("reportsPane")
        self.choices: ReportChoices | None = None
        self.task: Task | None = None
        self.printed: PrintedFile | None = None
        self.preview: PrintPreviewDialog | None = None

        self.title = QLabel(self)
        self.title.setObjectName("reportsTitle")
        self.kind = QComboBox(self)
        self.kind.setObjectName("reportsKind")
        self.month = QComboBox(self)
        self.month.setObjectName("reportsMonth")
        self.scope = QComboBox(self)
        self.scope.setObjectName("reportsScope")
        self.generate = QPushButton(self)
        self.generate.setObjectName("reportsGenerate")
        self.generate.setDefault(True)
        self.cancel = QPushButton(self)
        self.cancel.setObjectName("reportsCancel")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("reportsProgress")
        self.progress.setTextVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("reportsStatus")
        self.status.setWordWrap(True)
        self.preview_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("reportsSave")
        self.dashboard = DashboardView(self)

        self.form = QFormLayout()
        self.kind_label, self.month_label, self.scope_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        self.form.addRow(self.kind_label, self.kind)
        self.form.addRow(self.month_label, self.month)
        self.form.addRow(self.scope_label, self.scope)
        for label, field in (
            (self.kind_label, self.kind),
            (self.month_label, self.month),
            (self.scope_label, self.scope),
        ):
            label.setBuddy(field)
        run_row = QHBoxLayout()
        run_row.addWidget(self.generate)
        run_row.addWidget(self.cancel)
        after_row = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_button):
            after_row.addWidget(button)
        side = QVBoxLayout()
        side.addWidget(self.title)
        side.addLayout(self.form)
        side.addLayout(run_row)
        side.addWidget(self.progress)
        side.addWidget(self.status)
        side.addLayout(after_row)
        side.addStretch(1)
        side_widget = QWidget(self)
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(380)
        layout = QHBoxLayout(self)
        layout.addWidget(side_widget)
        layout.addWidget(self.dashboard, 1)

        self.generate.clicked.connect(self.make_report)
        self.cancel.clicked.connect(self.cancel_report)
        self.preview_button.clicked.connect(self.open_preview)
        self.print_button.clicked.connect(lambda: self.open_preview(then="print"))
        self.save_button.clicked.connect(self.save_as)
        self.month.currentIndexChanged.connect(lambda _i: self.schedule_dashboard())
        self.scope.currentIndexChanged.connect(lambda _i: self.schedule_dashboard())
        self.kind.currentIndexChanged.connect(lambda _i: self._update())
        QShortcut(QKeySequence("Ctrl+G"), self, self.make_report)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel_report)
        self.retranslate()
        self._update()

    # loading ------------------------------------------------------------------------------
    def load(self, generation: int) -> None:
        self.read(ops.choices_use_case(self.context.actor), self.show_choices).run()

    def show_choices(self, choices: ReportChoices) -> None:
        self.choices = choices
        keep_month, keep_scope = self.month.currentData(), self.scope.currentData()
        for combo in (self.month, self.scope):
            combo.blockSignals(True)
            combo.clear()
        for month in choices.months:
            self.month.addItem(self._month_text(month), month)
        if choices.district:
            self.scope.addItem(self.tr("Whole district"), None)
        for street_id, name in choices.streets:
            self.scope.addItem(name, street_id)
        for combo, kept in ((self.month, keep_month), (self.scope, keep_scope)):
            index = combo.findData(kept)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self._update()
        self.load_dashboard()

    def _month_text(self, month: Month) -> str:
        return self.tr("{year}-{month:02d}").format(year=month.year, month=month.month)

    def selected_month(self) -> Month | None:
        value = self.month.currentData()
        return value if isinstance(value, Month) else None

    def selected_street(self) -> tuple[uuid.UUID | None, str | None]:
        street_id = self.scope.currentData()
        if isinstance(street_id, uuid.UUID):
            return street_id, self.scope.currentText()
        return None, None

    def schedule_dashboard(self) -> None:
        if self.started and self.choices is not None:
            self.load_dashboard()

    def load_dashboard(self) -> None:
        month = self.selected_month()
        if month is None:
            return
        self.dashboard.set_placeholder(self.tr("Counting the month…"))
        _street_id, street = self.selected_street()
        generation = self.generation
        operation = ops.load_dashboard(self.context, month, street, self)

        def arrived(data: Dashboard) -> None:
            if self.is_current(generation):
                self.dashboard.show_dashboard(data, self.chart_words(data))
                self.loaded.emit()

        operation.success(arrived).run()

    def chart_words(self, data: Dashboard) -> dict[str, str]:
        disputes = data.figures["disputes"]
        return {
            "this_month": self.tr("This month"),
            "previous": self.tr("Previous month"),
            "last_year": self.tr("Same month last year"),
            "received": self.tr("Received"),
            "resolved": self.tr("Resolved"),
            "chart_compare": self.tr("Disputes received and resolved"),
            "chart_category": self.tr("Received by category"),
            "chart_source": self.tr("Received by source"),
            "by_colour": self.tr("Received by warning colour"),
            "headline": self.tr(
                "{month}: {received} received, {resolved} resolved, {escalated} escalated, "
                "{overdue} overdue at month end"
            ).format(
                month=data.figures["month"],
                received=disputes["received"],
                resolved=disputes["resolved"],
                escalated=disputes["escalated"],
                overdue=disputes["overdue_at_month_end"],
            ),
        }

    # making a report ----------------------------------------------------------------------
    def make_report(self) -> None:
        month = self.selected_month()
        if self.task is not None or month is None or not self.generate.isEnabled():
            return
        street_id, street = self.selected_street()
        folder = printout_folder()
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Making the report…"))
        operation: Any
        if self.kind.currentData() == ROSTERS:
            path = folder / f"rosters-{street_id or 'district'}.pdf"
            operation = ops.make_roster_book(self.context, street_id, path, self)
            operation.success(self.report_made)
        else:
            path = folder / f"monthly-{month}-{street_id or 'district'}.pdf"
            operation = ops.make_monthly_report(self.context, month, street, path, self)
            operation.success(lambda report: self.report_made(report.printed))
        operation.failure(self.report_failed).progress(self.report_progress)
        self.task = operation.run()
        self._update()

    def report_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def cancel_report(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def report_made(self, printed: PrintedFile) -> None:
        self.task = None
        self.printed = printed
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(self.tr("Ready: {title}").format(title=printed.title))
        self._update()
        self.open_preview()

    def report_failed(self, exc: BaseException) -> None:
        self.task = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(exc, ReportCancelled):
            self.status.setText(self.tr("Cancelled; nothing was written."))
        else:
            self.status.setText(error_text(exc))
        self._update()

    # after ----------------------------------------------------------------------------------
    def open_preview(self, then: str = "") -> None:
        if self.printed is None:
            return
        preview = PrintPreviewDialog(self.printed, self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = preview
        preview.open()
        if then == "print":
            preview.print_document()

    def save_as(self) -> None:
        if self.printed is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"{self.printed.title}.pdf")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as PDF"), suggested, self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, path: Path) -> bool:
        path = path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
        try:
            shutil.copyfile(self.printed.path if self.printed else "", path)
        except OSError as exc:
            self.status.setText(
                self.tr("{file} cannot be written ({reason}).").format(
                    file=path.name, reason=exc.strerror or str(exc)
                )
            )
            return False
        self.status.setText(self.tr("Saved as {path}").format(path=path))
        return True

    def _update(self) -> None:
        busy = self.task is not None
        can_print = self.choices is not None and self.choices.can_print
        self.generate.setEnabled(not busy and can_print and self.selected_month() is not None)
        self.cancel.setEnabled(busy)
        self.month.setEnabled(not busy and self.kind.currentData() == MONTHLY)
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(self.printed is not None and not busy)
        if self.choices is not None and not can_print:
            self.status.setText(self.tr("Your role may see the figures but not print reports."))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reports"))
        self.kind_label.setText(self.tr("&Report"))
        self.month_label.setText(self.tr("&Month"))
        self.scope_label.setText(self.tr("&Scope"))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("Monthly report"), MONTHLY)
        self.kind.addItem(self.tr("Unit rosters"), ROSTERS)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.kind.blockSignals(False)
        self.generate.setText(self.tr("&Generate"))
        self.generate.setToolTip(self.tr("Make the report in the background (Ctrl+G)"))
        self.cancel.setText(self.tr("Cancel"))
        self.preview_button.setText(self.tr("Pre&view"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("Save &as…"))
        if self.choices is not None and self.scope.count() and self.choices.district:
            self.scope.setItemText(0, self.tr("Whole district"))

    def language_changed(self) -> None:
        self.reload()
