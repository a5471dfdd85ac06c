"""The registry's rows: persons in care, open crises first, masked unless revealed.

Filtering happens here over the rows' own search keys (a list scan, not a proxy's
per-row calls), so a keystroke stays well under the time a clerk notices. A masked
row's keys hold no name or phone: typing a name finds nothing.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from app.services.disputes.working_calendar import CHINA_TZ
from app.services.pinyin_search import normalise_query
from app.services.psych.registry import PersonRow
from app.views.models.roles import KEYS_ROLE
from app.views.models.row_table_model import CENTRE, Column, RowTableModel
from app.views.psych.labels import GROUPS, label
from app.views.translation_marks import QT_TRANSLATE_NOOP

CRISIS_BACKGROUND = QColor("#fde2e1")
OVERDUE_TEXT = QColor("#b45309")


def _due(row: PersonRow) -> str:
    return row.next_follow_up_on.isoformat() if row.next_follow_up_on else ""


def _crisis(row: PersonRow) -> str:
    if row.crisis_respond_by is None:
        return ""
    local = row.crisis_respond_by.astimezone(CHINA_TZ)
    return local.strftime("%m-%d %H:%M")


COLUMNS: tuple[Column[PersonRow], ...] = (
    Column(QT_TRANSLATE_NOOP("Psych", "Ledger no."), lambda r: r.ledger_number),
    Column(QT_TRANSLATE_NOOP("Psych", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("Psych", "Phone"), lambda r: r.phone),
    Column(QT_TRANSLATE_NOOP("Psych", "ID number"), lambda r: r.id_number),
    Column(
        QT_TRANSLATE_NOOP("Psych", "Group"),
        lambda r: label(GROUPS, r.group),
        sort=lambda r: -r.group_rank,
        align=CENTRE,
    ),
    Column(QT_TRANSLATE_NOOP("Psych", "Community"), lambda r: r.community),
    Column(QT_TRANSLATE_NOOP("Psych", "Responsible unit"), lambda r: r.institution),
    Column(QT_TRANSLATE_NOOP("Psych", "Worker"), lambda r: r.worker),
    Column(
        QT_TRANSLATE_NOOP("Psych", "Next follow-up"),
        _due,
        sort=lambda r: r.next_follow_up_on or date.max,
        align=CENTRE,
    ),
    Column(
        QT_TRANSLATE_NOOP("Psych", "Crisis: respond by"),
        _crisis,
        sort=lambda r: r.crisis_respond_by or datetime.max.replace(tzinfo=UTC),
        align=CENTRE,
    ),
)


class RegistryModel(RowTableModel[PersonRow]):
    context = "Psych"
    columns = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.all_rows: list[PersonRow] = []
        self.starts: list[int] = []
        self.blob = ""
        #: the last search and the rows it found: typing on narrows those rows only
        self.narrowed: tuple[str, list[PersonRow]] = ("", [])
        self.needle = ""
        self.group = ""
        self.sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_all(self, rows: Iterable[PersonRow]) -> None:
        self.all_rows = list(rows)
        # every row's keys in one text, a line each: ``str.find`` (in C) jumps from one
        # matching row to the next, where a loop over every row in Python would not
        # keep up with typing on a large registry
        self.starts = []
        self.narrowed = ("", self.all_rows)
        offset = 0
        for row in self.all_rows:
            self.starts.append(offset)
            offset += len(row.keys) + 1
        self.blob = "\n".join(row.keys for row in self.all_rows)
        self._apply()

    def set_filter(self, needle: str, group: str = "") -> None:
        self.needle = normalise_query(needle)
        self.group = group
        self._apply()

    def _matching(self) -> list[PersonRow]:
        needle = self.needle
        if not needle:
            return self.all_rows
        before, rows = self.narrowed
        if before and before in needle:
            found = [row for row in rows if needle in row.keys]
        else:
            found = self._scan(needle)
        self.narrowed = (needle, found)
        return found

    def _scan(self, needle: str) -> list[PersonRow]:
        found: list[PersonRow] = []
        blob, starts, rows = self.blob, self.starts, self.all_rows
        count = len(rows)
        at = blob.find(needle)
        while at != -1:
            position = bisect_right(starts, at) - 1
            found.append(rows[position])
            # on to the next row: a row is listed once however often it matches
            at = blob.find(needle, starts[position + 1]) if position + 1 < count else -1
        return found

    def _apply(self) -> None:
        group = self.group
        rows = [row for row in self._matching() if not group or row.group == group]
        if self.sorted_by is not None:
            column, order = self.sorted_by
            rows.sort(key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self.set_rows(rows)

    def _sort_key(self, column: int) -> Any:
        return self.columns[column].sort or self.columns[column].value

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self._sort_key(column)
        self.sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def extra_data(self, row: PersonRow, column: int, role: int) -> Any:
        if role == KEYS_ROLE:
            return row.keys
        if role == Qt.ItemDataRole.BackgroundRole and row.open_crisis:
            return QBrush(CRISIS_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and column == 8:
            return QBrush(OVERDUE_TEXT)
        return None
