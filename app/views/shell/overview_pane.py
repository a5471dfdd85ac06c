"""Overview panes: what an area's full pane holds, and what this database has for it.

They show real counts from the database and a plain description; no sample rows.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from app.views.pane import Pane
from app.views.pane_context import PaneContext
from app.views.shell import operations as shell_ops
from app.views.shell.operations import CountQuery


class OverviewPane(Pane):
    """Title, description and the database's counts for one area; the counts are read
    on first show and again when a write touches the area."""

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.title = QLabel(self)
        self.title.setObjectName("paneTitle")
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.RichText)
        self.counts_heading = QLabel(self)
        self.counts_form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addSpacing(12)
        layout.addWidget(self.counts_heading)
        layout.addLayout(self.counts_form)
        layout.addStretch(1)
        self.counts: dict[str, int] | None = None
        self.retranslate()

    # what each area says ---------------------------------------------------------------
    def heading(self) -> str:
        raise NotImplementedError

    def text(self) -> str:
        raise NotImplementedError

    def count_labels(self) -> dict[str, str]:
        return {}

    def count_query(self) -> CountQuery | None:
        return None

    # -----------------------------------------------------------------------------------
    def load(self, generation: int) -> None:
        query = self.count_query()
        if query is None:
            self.loaded.emit()
            return
        shell_ops.counts(self.context, query, self.context.actor, self).success(
            lambda counts: self._show_counts(generation, counts)
        ).run()

    def _show_counts(self, generation: int, counts: dict[str, int] | None) -> None:
        if not self.is_current(generation):
            return
        self.counts = counts
        self.retranslate()
        self.loaded.emit()

    def retranslate(self) -> None:
        self.title.setText(f"<h2>{self.heading()}</h2>")
        self.description.setText(self.text())
        while self.counts_form.rowCount():
            self.counts_form.removeRow(0)
        labels = self.count_labels()
        self.counts_heading.setVisible(bool(labels) and self.counts is not None)
        heading = self.tr("In this database")
        self.counts_heading.setText(f"<b>{heading}</b>")
        if self.counts is None:
            return
        locale = QLocale()
        for key, label in labels.items():
            value = QLabel(locale.toString(self.counts.get(key, 0)), self)
            value.setObjectName(f"count_{key}")
            self.counts_form.addRow(label, value)


class ReportsOverview(OverviewPane):
    pane_key: ClassVar[str] = "reports"

    def heading(self) -> str:
        return self.tr("Reports")

    def text(self) -> str:
        return self.tr(
            "The monthly report per street or for the district, compared with the "
            "previous month and the same month last year, printed on A4 without personal "
            "names; confidential ledgers per person or per case."
        )
