"""The Audit tab: who did what, when, at which desk, to which record; newest first,
filtered, read a page at a time on the pool however long the log is, and exported for
a period in the background. A supervisor bound to a street sees (and exports) the
entries of that street's accounts: the service decides, not this tab."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.audit_export import AuditExportResult
from app.services.audit_view import AuditChoices, AuditCursor, AuditFilters, AuditPage
from app.services.china_time import today_in_china
from app.views.admin import audit_operations as operations
from app.views.admin.audit_log_model import AuditLogModel, action_label
from app.views.changes import Area, Changes
from app.views.error_text import error_text
from app.views.pane import Pane
from app.views.pane_context import PaneContext
from app.views.widgets.form_marks import from_qdate, to_qdate

FOLDER_KEY = "audit/export_folder"
#: A filter typed or chosen is applied once the user pauses this long.
SETTLE_MS = 250


class AuditTab(Pane):
    pane_key = "admin_audit"
    areas = frozenset({Area.AUDIT})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.choices: AuditChoices | None = None
        self.who = self._combo("filterWho")
        self.action = self._combo("filterAction")
        self.entity = self._combo("filterArea")
        self.desk = self._combo("filterDesk")
        self.record = QLineEdit(self)
        self.record.setObjectName("filterRecord")
        self.record.setClearButtonEnabled(True)
        self.period = QCheckBox(self)
        self.period.setObjectName("filterPeriod")
        today = today_in_china()
        self.start_day = self._date("filterFrom", today - timedelta(days=30))
        self.end_day = self._date("filterTo", today)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportButton")
        self.status = QLabel(self)
        self.status.setObjectName("auditStatus")
        self.export_note = QLabel(self)
        self.export_note.setObjectName("exportNote")
        self.export_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = AuditLogModel(self)
        self.model.request = self._fetch
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 90, 90, 130, 80, 110)):
            self.table.setColumnWidth(column, width)
        self.labels: dict[str, QLabel] = {}
        self._layout()
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.reload)
        for combo in (self.who, self.action, self.entity, self.desk):
            combo.currentIndexChanged.connect(lambda _i: self.settle.start())
        self.record.textChanged.connect(lambda _t: self.settle.start())
        self.period.toggled.connect(self._period_toggled)
        self.start_day.dateChanged.connect(lambda _d: self.settle.start())
        self.end_day.dateChanged.connect(lambda _d: self.settle.start())
        self.export_button.clicked.connect(self.export)
        QShortcut(QKeySequence("Ctrl+E"), self, self.export)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_filters)
        self._period_toggled(False)
        self.retranslate()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setMinimumContentsLength(10)
        combo.addItem("", "")
        return combo

    def _date(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(to_qdate(day), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _layout(self) -> None:
        grid = QGridLayout()
        fields = (
            ("who", self.who),
            ("action", self.action),
            ("entity", self.entity),
            ("desk", self.desk),
            ("record", self.record),
        )
        for column, (key, widget) in enumerate(fields):
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[key] = label
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.period, 0, 5)
        period = QWidget(self)
        row = QGridLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start_day, 0, 0)
        row.addWidget(self.end_day, 0, 1)
        grid.addWidget(period, 1, 5)
        grid.addWidget(self.export_button, 1, 6)
        grid.setColumnStretch(4, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.export_note)
        layout.addLayout(footer)

    # reading ----------------------------------------------------------------------------
    def filters(self) -> AuditFilters:
        period = self.period.isChecked()
        return AuditFilters(
            username=str(self.who.currentData() or ""),
            action=str(self.action.currentData() or ""),
            entity=str(self.entity.currentData() or ""),
            desk_id=str(self.desk.currentData() or ""),
            record=self.record.text().strip(),
            start=from_qdate(self.start_day.date()) if period else None,
            end=from_qdate(self.end_day.date()) if period else None,
        )

    def load(self, generation: int) -> None:
        self.settle.stop()
        self.model.fetching = True  # no page of the old filters is asked for meanwhile
        self.status.setText(self.tr("Reading the audit log…"))
        self.read(operations.page_use_case(self.context, self.filters(), None), self._first).run()
        if self.choices is None:
            operations.choices(self.context, self).success(self._fill_choices).run()

    def _first(self, page: AuditPage) -> None:
        self.model.start(page)
        self._show_status()
        self.loaded.emit()

    def _fetch(self, after: AuditCursor) -> None:
        generation = self.generation

        def arrived(page: AuditPage) -> None:
            if self.is_current(generation):
                self.model.append_page(page)
                self._show_status()

        operations.page(self.context, self.filters(), after, self).success(arrived).run()

    def _show_status(self) -> None:
        count = len(self.model.rows)
        if count == 0:
            self.status.setText(self.tr("No entry matches these filters."))
        elif self.model.next is not None:
            self.status.setText(
                self.tr("The newest {count} entries are shown; scroll down for older ones.").format(
                    count=count
                )
            )
        else:
            self.status.setText(self.tr("{count} entries.").format(count=count))

    def _fill_choices(self, choices: AuditChoices) -> None:
        self.choices = choices
        for combo, values, label in (
            (self.who, choices.usernames, str),
            (self.action, choices.actions, action_label),
            (self.entity, choices.entities, str),
            (self.desk, choices.desks, lambda desk: desk[:8]),
        ):
            combo.blockSignals(True)
            for value in values:
                combo.addItem(label(value), value)
            combo.blockSignals(False)

    def on_changes(self, changes: Changes) -> None:
        # New entries arrive at the top; read the first page again only while the user
        # is looking at it, so a scrolled-back reader is not thrown to the top.
        if self.table.verticalScrollBar().value() == 0:
            self.schedule_reload()

    def _period_toggled(self, on: bool) -> None:
        self.start_day.setEnabled(on)
        self.end_day.setEnabled(on)
        if self.started:
            self.settle.start()

    def _focus_filters(self) -> None:
        self.record.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # export -----------------------------------------------------------------------------
    def export(self) -> None:
        start = from_qdate(self.start_day.date())
        end = from_qdate(self.end_day.date())
        settings = QSettings()
        folder = Path(str(settings.value(FOLDER_KEY, str(Path.home()))))
        base = self.tr("Audit log")
        suggested = folder / f"{base}_{start:%Y%m%d}-{end:%Y%m%d}.xlsx"
        excel = self.tr("Excel workbook (*.xlsx)")
        csv = self.tr("CSV, UTF-8 (*.csv)")
        chosen, kind = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), str(suggested), f"{excel};;{csv}", excel
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.casefold() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if kind == csv else ".xlsx"))
        settings.setValue(FOLDER_KEY, str(path.parent))
        self.export_to(path, start, end)

    def export_to(self, path: Path, start: date, end: date) -> None:
        """Write the period's entries to ``path`` in the background."""
        self.export_button.setEnabled(False)
        self.export_note.setText(self.tr("Exporting the audit log…"))
        operations.export(self.context, path, start, end, self).success(self._exported).failure(
            self._export_failed
        ).run()

    def _exported(self, result: AuditExportResult) -> None:
        self.export_button.setEnabled(True)
        self.export_note.setText(
            self.tr("{rows} entries written to {file}.").format(
                rows=result.rows, file=str(result.path)
            )
        )

    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.export_note.setText(error_text(exc))

    # language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            "who": self.tr("&Who"),
            "action": self.tr("&Action"),
            "entity": self.tr("What (a&rea)"),
            "desk": self.tr("De&sk"),
            "record": self.tr("Re&cord id"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.who.setItemText(0, self.tr("everyone"))
        self.action.setItemText(0, self.tr("any action"))
        self.entity.setItemText(0, self.tr("anything"))
        self.desk.setItemText(0, self.tr("every desk"))
        self.record.setPlaceholderText(self.tr("paste a record's id"))
        self.period.setText(self.tr("&Period (Beijing time)"))
        self.export_button.setText(self.tr("&Export period… (Ctrl+E)"))
        self.model.retranslate()

    def language_changed(self) -> None:
        self.reload()
