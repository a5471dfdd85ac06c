""" "Print ledger" on the case detail: the case's confidential ledger, made off the GUI
thread and shown in the print preview."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from app.services.printing.document import PrintedFile, printout_folder
from app.views.pane_context import PaneContext
from app.views.printing.preview_dialog import PrintPreviewDialog
from app.views.reports.operations import print_case_ledger
from app.views.tasks import Task


class ShowsCase(Protocol):
    context: PaneContext

    @property
    def case_id(self) -> object: ...


class LedgerButton(QPushButton):
    def __init__(self, panel: ShowsCase, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("detailLedger")
        self.panel = panel
        self.task: Task | None = None
        self.preview: PrintPreviewDialog | None = None
        self.clicked.connect(self.print_ledger)
        self.retranslate()

    def print_ledger(self) -> None:
        import uuid

        case_id = self.panel.case_id
        if not isinstance(case_id, uuid.UUID) or self.task is not None:
            return
        path = printout_folder() / f"ledger-{case_id}.pdf"
        self.setEnabled(False)
        operation = print_case_ledger(self.panel.context, case_id, path, self)
        self.task = operation.success(self.show_preview).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        from app.views.failures import report_failure

        self.task = None
        self.setEnabled(True)
        report_failure(exc, self, logged=True)

    def show_preview(self, printed: PrintedFile) -> None:
        self.task = None
        self.setEnabled(True)
        preview = PrintPreviewDialog(printed, self.window())
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = preview
        preview.open()

    def retranslate(self) -> None:
        self.setText(self.tr("Print &ledger…"))
        self.setToolTip(self.tr("The case's confidential ledger, previewed before printing"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
