"""Early-warning leads as a table: when, level, channel, summary, people, gathering,
linked cases and the police hand-over. Rows are ``LeadRow`` values from ``list_leads``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from app.services.disputes import Labels, LeadRow
from app.views.disputes.dialogs.form_support import show_moment
from app.views.disputes.dialogs.warning_text import COLOUR_HEX
from app.views.models.row_table_model import Column, RowTableModel, count_column
from app.views.translation_marks import QT_TRANSLATE_NOOP

(
    COL_CAPTURED,
    COL_LEVEL,
    COL_CHANNEL,
    COL_SUMMARY,
    COL_PEOPLE,
    COL_GATHERING,
    COL_CASES,
    COL_POLICE,
) = range(8)
_LEVEL_RANK = {"red": 0, "orange": 1, "yellow": 2, "blue": 3}


def channel_name(code: str) -> str:
    if code == "online":
        return QCoreApplication.translate("LeadsModel", "Online patrol")
    if code == "offline":
        return QCoreApplication.translate("LeadsModel", "Offline canvassing")
    return code


class LeadsModel(RowTableModel[LeadRow]):
    context = "LeadsModel"

    def __init__(self, labels: Labels | None = None, language: str = "zh_CN") -> None:
        super().__init__()
        self.labels = labels or Labels({})
        self.language = language
        # the texts depend on this model's labels and language, so the specs are its own
        self.columns = (
            Column(
                QT_TRANSLATE_NOOP("LeadsModel", "Captured"),
                lambda r: show_moment(r.lead.captured_at),
                sort=lambda r: r.lead.captured_at.isoformat(),
            ),
            Column(
                QT_TRANSLATE_NOOP("LeadsModel", "Level"),
                lambda r: self.labels.name("colour", r.lead.level, self.language),
                sort=lambda r: _LEVEL_RANK.get(r.lead.level, len(_LEVEL_RANK)),
            ),
            Column(
                QT_TRANSLATE_NOOP("LeadsModel", "Channel"),
                lambda r: channel_name(r.lead.channel),
                sort=lambda r: r.lead.channel,
            ),
            Column(
                QT_TRANSLATE_NOOP("LeadsModel", "Summary"),
                lambda r: r.lead.summary,
                tooltip=lambda r: r.lead.summary,
            ),
            count_column(
                QT_TRANSLATE_NOOP("LeadsModel", "People"), lambda r: r.lead.people_estimate
            ),
            Column(
                QT_TRANSLATE_NOOP("LeadsModel", "Gathering"),
                _gathering_text,
                sort=lambda r: r.lead.is_gathering,
            ),
            Column(
                QT_TRANSLATE_NOOP("LeadsModel", "Linked cases"),
                lambda r: ("、" if self.language.startswith("zh") else ", ").join(r.case_numbers),
                sort=lambda r: ",".join(r.case_numbers),
            ),
            Column(
                QT_TRANSLATE_NOOP("LeadsModel", "Handed to the police"),
                _police_text,
                sort=lambda r: (
                    r.lead.handed_to_police_at.isoformat() if r.lead.handed_to_police_at else ""
                ),
            ),
        )

    def set_rows(self, rows: Iterable[LeadRow], labels: Labels | None = None) -> None:
        if labels is not None:
            self.labels = labels
        super().set_rows(rows)

    def extra_data(self, row: LeadRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == COL_LEVEL:
            return QColor(COLOUR_HEX.get(row.lead.level, "#888888"))
        return None

    def retranslate(self, language: str | None = None) -> None:
        if language is not None:
            self.language = language
        if self.rows:
            last = len(self.columns) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, last))
        super().retranslate()


def _gathering_text(row: LeadRow) -> str:
    if row.lead.is_gathering:
        return QCoreApplication.translate("LeadsModel", "Gathering risk")
    return ""


def _police_text(row: LeadRow) -> str:
    lead = row.lead
    if lead.handed_to_police_at is None:
        return QCoreApplication.translate("LeadsModel", "Not handed over")
    return QCoreApplication.translate("LeadsModel", "{when}, receipt {receipt}").format(
        when=show_moment(lead.handed_to_police_at), receipt=lead.police_receipt
    )
