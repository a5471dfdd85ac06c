"""Early-warning leads as a table: when, level, channel, summary, people, gathering,
linked cases and the police hand-over. Rows are ``LeadRow`` values from ``list_leads``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.services.disputes import Labels, LeadRow
from app.views.disputes.dialogs.form_support import show_moment
from app.views.disputes.dialogs.warning_text import COLOUR_HEX
from app.views.models.roles import ROW_ROLE, SORT_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex

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


class LeadsModel(QAbstractTableModel):
    def __init__(self, labels: Labels | None = None, language: str = "zh_CN") -> None:
        super().__init__()
        self.rows: list[LeadRow] = []
        self.labels = labels or Labels({})
        self.language = language

    def set_rows(self, rows: Sequence[LeadRow], labels: Labels) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.labels = labels
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def _raw(self, row: LeadRow, column: int) -> Any:
        lead = row.lead
        return (
            lead.captured_at.isoformat(),
            _LEVEL_RANK.get(lead.level, len(_LEVEL_RANK)),
            lead.channel,
            lead.summary,
            lead.people_estimate,
            lead.is_gathering,
            ",".join(row.case_numbers),
            lead.handed_to_police_at.isoformat() if lead.handed_to_police_at else "",
        )[column]

    def _text(self, row: LeadRow, column: int) -> str:
        lead = row.lead
        if column == COL_CAPTURED:
            return show_moment(lead.captured_at)
        if column == COL_LEVEL:
            return self.labels.name("colour", lead.level, self.language)
        if column == COL_CHANNEL:
            return channel_name(lead.channel)
        if column == COL_SUMMARY:
            return lead.summary
        if column == COL_PEOPLE:
            return str(lead.people_estimate)
        if column == COL_GATHERING:
            if lead.is_gathering:
                return QCoreApplication.translate("LeadsModel", "Gathering risk")
            return ""
        if column == COL_CASES:
            return (
                "、".join(row.case_numbers)
                if self.language.startswith("zh")
                else ", ".join(row.case_numbers)
            )
        if lead.handed_to_police_at is None:
            return QCoreApplication.translate("LeadsModel", "Not handed over")
        return QCoreApplication.translate("LeadsModel", "{when}, receipt {receipt}").format(
            when=show_moment(lead.handed_to_police_at), receipt=lead.police_receipt
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self._raw(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SUMMARY:
            return row.lead.summary
        if role == Qt.ItemDataRole.DecorationRole and column == COL_LEVEL:
            return QColor(COLOUR_HEX.get(row.lead.level, "#888888"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_PEOPLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            QCoreApplication.translate("LeadsModel", "Captured"),
            QCoreApplication.translate("LeadsModel", "Level"),
            QCoreApplication.translate("LeadsModel", "Channel"),
            QCoreApplication.translate("LeadsModel", "Summary"),
            QCoreApplication.translate("LeadsModel", "People"),
            QCoreApplication.translate("LeadsModel", "Gathering"),
            QCoreApplication.translate("LeadsModel", "Linked cases"),
            QCoreApplication.translate("LeadsModel", "Handed to the police"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def retranslate(self, language: str) -> None:
        self.language = language
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 7))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 7)
