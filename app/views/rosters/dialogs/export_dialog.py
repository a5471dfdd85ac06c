"""Exporting the roster to Excel (.xlsx) or CSV in the layout the importer reads back.

The export is a write operation (it records an audit row); the service puts the file in
place only when it is complete, and not at all after a cancel, so the chosen file is
never left half written. The dialog then says how many rows went out and offers to open
the folder.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.china_time import today_in_china
from app.services.roster_io import ExportResult, ExportSelection
from app.views.error_text import error_text
from app.views.pane import UserState
from app.views.pane_context import PaneContext
from app.views.rosters.operations import export_to_file
from app.views.tasks import Task

#: kept in the signed-in user's own settings (``users/<name>/rosters/``)
FOLDER_KEY = "exportFolder"


class Page(IntEnum):
    BUSY = 0
    REFUSED = 1
    DONE = 2


class ExportDialog(QDialog):
    def __init__(
        self,
        context: PaneContext,
        street_id: Any = None,
        parent: QWidget | None = None,
        selection: ExportSelection | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.context = context
        self.street_id = street_id
        #: what the list shows, or None for the whole roster
        self.selection = selection
        self.path: Path | None = None
        self.outcome: ExportResult | None = None
        self._refusal: BaseException | None = None
        self._task: Task | None = None
        self._token = object()
        #: how "open the folder" is done; a test replaces it
        self.open_url = QDesktopServices.openUrl

        self.pages = QStackedWidget(self)
        busy = QWidget(self)
        self.busy_label = QLabel(busy)
        self.busy_label.setWordWrap(True)
        self.progress = QProgressBar(busy)
        self.progress.setRange(0, 0)
        busy_layout = QVBoxLayout(busy)
        busy_layout.addStretch(1)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(self.progress)
        busy_layout.addStretch(1)
        self.refused_text = QLabel(self)
        self.refused_text.setObjectName("exportRefused")
        self.refused_text.setWordWrap(True)
        self.refused_text.setStyleSheet("color: #b03a2e;")
        self.done_text = QLabel(self)
        self.done_text.setObjectName("exportDone")
        self.done_text.setWordWrap(True)
        self.done_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (busy, self.refused_text, self.done_text):
            self.pages.addWidget(widget)

        self.buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("exportOpenFolder")
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("exportChooseFile")
        self.buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.open_button.clicked.connect(self.open_folder)
        self.choose_button.clicked.connect(self._choose_another)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self._close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.setMinimumSize(480, 200)
        self._show_page(Page.BUSY)
        self.retranslate()

    def _show_page(self, page: Page) -> None:
        self.pages.setCurrentIndex(page)
        self.open_button.setVisible(page == Page.DONE)
        self.choose_button.setVisible(page == Page.REFUSED)
        self.cancel_button.setVisible(page == Page.BUSY)
        self.close_button.setVisible(page != Page.BUSY)
        (self.open_button if page == Page.DONE else self.close_button).setFocus()

    def export(self, path: Path) -> None:
        """Write the roster to ``path`` off the GUI thread; a refusal is shown in the
        dialog, never raised past it."""
        self.path, self.outcome, self._refusal = Path(path), None, None
        token = self._token = object()
        self._show_page(Page.BUSY)
        self.retranslate()
        self._task = (
            export_to_file(self.context, self.path, self.street_id, self, self.selection)
            .success(lambda result: self._exported(token, result))
            .failure(lambda exc: self._exported(token, exc))
            .run()
        )

    def _exported(self, token: object, value: ExportResult | BaseException) -> None:
        if token is not self._token:
            return
        self._task = None
        if isinstance(value, ExportResult):
            self.outcome = value
            self._show_page(Page.DONE)
        else:
            self._refusal = value
            self._show_page(Page.REFUSED)
        self.retranslate()
        # as tall as what it says, not a large box around one line
        self.adjustSize()

    def open_folder(self) -> None:
        if self.outcome is not None:
            self.open_url(QUrl.fromLocalFile(str(self.outcome.path.parent)))

    def ask_for_file(self) -> Path | None:
        return choose_export_file(self, self.context)

    def _choose_another(self) -> None:
        path = self.ask_for_file()
        if path is not None:
            self.export(path)

    def reject(self) -> None:
        """Cancel: the export finishes its temporary file, which is then thrown away."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._token = object()
        super().reject()

    def _close(self) -> None:
        if self.outcome is not None:
            self.accept()
        else:
            self.reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export roster"))
        name = self.path.name if self.path else ""
        self.busy_label.setText(self.tr("Exporting the roster to {file}…").format(file=name))
        self.refused_text.setText(
            self.tr("Nothing was exported: {reason}").format(reason=error_text(self._refusal))
            if self._refusal
            else ""
        )
        if self.outcome is not None:
            result = self.outcome
            self.done_text.setText(
                self.tr(
                    "{total} rows exported: {staff} staff rows and {volunteers} volunteer"
                    " rows.\nSaved as {path}"
                ).format(
                    total=result.staff_rows + result.volunteer_rows,
                    staff=result.staff_rows,
                    volunteers=result.volunteer_rows,
                    path=str(result.path),
                )
                + self._gbk_warning(result)
            )
        self.open_button.setText(self.tr("&Open folder"))
        self.choose_button.setText(self.tr("Choose another &file…"))

    def _gbk_warning(self, result: ExportResult) -> str:
        names = result.names_outside_gbk
        if not names:
            return ""
        shown = "、".join(names[:5]) + ("…" if len(names) > 5 else "")
        return "\n\n" + self.tr(
            "Names with characters that GBK cannot hold: {names} ({count} in all). Excel or"
            " WPS saving this CSV file again turns those characters into “?”: keep the"
            " roster as .xlsx, or save it as CSV UTF-8."
        ).format(names=shown, count=len(names))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def choose_export_file(parent: QWidget | None, context: PaneContext) -> Path | None:
    """Ask where to save, suggesting 花名册_YYYYMMDD.xlsx in the folder used last time;
    the suffix follows the chosen file type when the name has none."""
    settings = UserState(context.actor.username, "rosters")
    folder = Path(str(settings.value(FOLDER_KEY, str(Path.home()))))
    base = QCoreApplication.translate("ExportDialog", "Roster")
    suggested = folder / f"{base}_{today_in_china():%Y%m%d}.xlsx"
    excel = QCoreApplication.translate("ExportDialog", "Excel workbook (*.xlsx)")
    csv = QCoreApplication.translate("ExportDialog", "CSV, UTF-8 (*.csv)")
    title = QCoreApplication.translate("ExportDialog", "Export roster")
    chosen, kind = QFileDialog.getSaveFileName(
        parent, title, str(suggested), f"{excel};;{csv}", excel
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.casefold() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + (".csv" if kind == csv else ".xlsx"))
    settings.set_value(FOLDER_KEY, str(path.parent))
    return path


def build_export_dialog(
    parent: QWidget | None,
    context: PaneContext,
    path: Path,
    *,
    street_id: Any = None,
    selection: ExportSelection | None = None,
) -> ExportDialog:
    """The dialog, already exporting to ``path``."""
    dialog = ExportDialog(context, street_id, parent, selection)
    dialog.export(path)
    return dialog


def open_export_dialog(
    parent: QWidget | None,
    context: PaneContext,
    path: Path | None = None,
    *,
    street_id: Any = None,
    selection: ExportSelection | None = None,
) -> Path | None:
    """Ask where to save (unless ``path`` is given) and export; the file, or None."""
    if path is None:
        path = choose_export_file(parent, context)
        if path is None:
            return None
    dialog = build_export_dialog(parent, context, path, street_id=street_id, selection=selection)
    dialog.exec()
    dialog.deleteLater()
    return dialog.outcome.path if dialog.outcome else None
