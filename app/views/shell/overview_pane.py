"""Overview panes: what an area's full pane holds, and what this database has for it.

They show real counts from the database and a plain description; no sample rows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from app.services import overview
from app.services.errors import PermissionDenied
from app.services.permissions import Actor
from app.views.pane_context import PaneContext


class OverviewPane(QWidget):
    """Title, description and the database's counts for one area."""

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
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
        self.counts: dict[str, int] | None = self._load_counts()
        context.changes.changed.connect(self._on_changed)
        self.retranslate()

    # what each area says ---------------------------------------------------------------
    def heading(self) -> str:
        raise NotImplementedError

    def text(self) -> str:
        raise NotImplementedError

    def count_labels(self) -> dict[str, str]:
        return {}

    def count_query(self) -> Callable[[Session, Actor], dict[str, int]] | None:
        return None

    # -----------------------------------------------------------------------------------
    def _load_counts(self) -> dict[str, int] | None:
        query = self.count_query()
        if query is None:
            return None
        try:
            with self.context.database.session(self.context.actor.username) as session:
                return query(session, self.context.actor)
        except PermissionDenied:
            return None

    def _on_changed(self, _changes: object) -> None:
        self.counts = self._load_counts()
        self.retranslate()

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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PsychOverview(OverviewPane):
    def heading(self) -> str:
        return self.tr("Psychological registry")

    def text(self) -> str:
        return self.tr(
            "Persons in care by group, services delivered, referrals between "
            "institutions, crisis records and follow-ups: one person, one matter, one "
            "ledger. Identifiable records are shown only to psychological-service staff, "
            "and every view is logged."
        )

    def count_labels(self) -> dict[str, str]:
        return {
            "persons": self.tr("Persons in care"),
            "referrals": self.tr("Referrals"),
            "follow_ups": self.tr("Follow-ups"),
        }

    def count_query(self) -> Callable[[Session, Actor], dict[str, int]]:
        return overview.psych_counts


class ReportsOverview(OverviewPane):
    def heading(self) -> str:
        return self.tr("Reports")

    def text(self) -> str:
        return self.tr(
            "The monthly report per street or for the district, compared with the "
            "previous month and the same month last year, printed on A4 without personal "
            "names; confidential ledgers per person or per case."
        )
