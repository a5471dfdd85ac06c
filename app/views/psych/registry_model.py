"""The registry's rows: persons in care, open crises first, masked unless revealed.

Filtering happens here over the rows' own search keys (a list scan, not a proxy's
per-row calls), so a keystroke stays well under the time a clerk notices: the keys of
group, unit and worker, which rows share, are tested once per distinct text, and typing
on narrows the rows the last search found. A masked row's keys hold no name or phone:
typing a name finds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from app.services.china_time import CHINA_TZ
from app.services.pinyin_search import normalise_query
from app.services.psych.registry import PersonRow
from app.views.models.roles import KEYS_ROLE
from app.views.models.row_table_model import CENTRE, AnyIndex, Column, RowTableModel
from app.views.psych.labels import GROUPS, label
from app.views.translation_marks import QT_TRANSLATE_NOOP

CRISIS_BRUSH = QBrush(QColor("#fde2e1"))
OVERDUE_BRUSH = QBrush(QColor("#b45309"))
DISPLAY = Qt.ItemDataRole.DisplayRole.value
BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
# roles every painted cell is asked for that this model leaves to the view's defaults
UNUSED_ROLES = frozenset(
    role.value
    for role in (
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.DecorationRole,
    )
)
# the next follow-up, coloured when overdue
DUE_COLUMN = 8


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
        #: the distinct keys of group, unit and worker: a few thousand at most, however
        #: many rows share them
        self.shared: frozenset[str] = frozenset()
        #: the last search and the rows it found: typing on narrows those rows only
        self.narrowed: tuple[str, list[PersonRow]] = ("", [])
        self.needle = ""
        self.group = ""
        self.sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_all(self, rows: Iterable[PersonRow]) -> None:
        self.all_rows = list(rows)
        self.shared = frozenset(row.shared_keys for row in self.all_rows)
        self.narrowed = ("", self.all_rows)
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
        if not before or before not in needle:
            rows = self.all_rows
        # the shared keys are tested once each, not once per row; a row's own keys are
        # short, so the test per row stays cheap on a large registry
        hits = frozenset(keys for keys in self.shared if needle in keys)
        if hits:
            found = [row for row in rows if row.shared_keys in hits or needle in row.own_keys]
        else:
            found = [row for row in rows if needle in row.own_keys]
        self.narrowed = (needle, found)
        return found

    def _apply(self) -> None:
        group = self.group
        rows = self._matching()
        if group:
            rows = [row for row in rows if row.group == group]
        if self.sorted_by is not None:
            rows = list(rows)
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

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        # the roles a view asks for every painted cell are answered first and directly:
        # a keystroke repaints the whole visible table
        position = index.row()
        rows = self.rows
        if not 0 <= position < len(rows) or not index.isValid():
            return None
        if role == DISPLAY:
            value = self.columns[index.column()].value(rows[position])
            return "" if value is None else value
        if role == BACKGROUND:
            return CRISIS_BRUSH if rows[position].crisis_respond_by is not None else None
        if role == FOREGROUND:
            row = rows[position]
            return OVERDUE_BRUSH if row.overdue and index.column() == DUE_COLUMN else None
        if role in UNUSED_ROLES:
            return None
        if role == ALIGNMENT:
            return self.columns[index.column()].align
        return super().data(index, role)

    def extra_data(self, row: PersonRow, column: int, role: int) -> Any:
        if role == KEYS_ROLE:
            return row.keys
        return None
