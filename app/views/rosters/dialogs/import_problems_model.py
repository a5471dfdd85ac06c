"""The rows of an import's dry run that need the clerk's attention: errors (refused, with
every reason) and duplicates (skipped), each with the row number the spreadsheet shows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.services.roster_io import PlanRow, RowAction, RowProblem
from app.views.error_text import translate_error

COL_ROW, COL_SHEET, COL_NAME, COL_PHONE, COL_OUTCOME, COL_PROBLEM = range(6)
SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
CONTEXT = "ImportProblemsModel"

AnyIndex = QModelIndex | QPersistentModelIndex


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text


_HEADERS = (
    QT_TRANSLATE_NOOP("ImportProblemsModel", "Row"),
    QT_TRANSLATE_NOOP("ImportProblemsModel", "Sheet"),
    QT_TRANSLATE_NOOP("ImportProblemsModel", "Name"),
    QT_TRANSLATE_NOOP("ImportProblemsModel", "Mobile"),
    QT_TRANSLATE_NOOP("ImportProblemsModel", "Outcome"),
    QT_TRANSLATE_NOOP("ImportProblemsModel", "What is wrong"),
)
#: the file column a problem is about, in the user's language (Chinese: the export headers)
_COLUMNS = {
    "kind": QT_TRANSLATE_NOOP("ImportProblemsModel", "Kind"),
    "name": QT_TRANSLATE_NOOP("ImportProblemsModel", "Name"),
    "phone": QT_TRANSLATE_NOOP("ImportProblemsModel", "Mobile"),
    "department": QT_TRANSLATE_NOOP("ImportProblemsModel", "Department"),
    "title": QT_TRANSLATE_NOOP("ImportProblemsModel", "Title"),
    "team": QT_TRANSLATE_NOOP("ImportProblemsModel", "Team"),
    "grid": QT_TRANSLATE_NOOP("ImportProblemsModel", "Grid"),
    "unit": QT_TRANSLATE_NOOP("ImportProblemsModel", "Unit"),
    "post": QT_TRANSLATE_NOOP("ImportProblemsModel", "Post"),
    "start_date": QT_TRANSLATE_NOOP("ImportProblemsModel", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("ImportProblemsModel", "End date"),
    "skills": QT_TRANSLATE_NOOP("ImportProblemsModel", "Skills"),
}
_ERROR_COLOUR = QColor("#b03a2e")
_DUPLICATE_COLOUR = QColor("#7a5b00")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def describe_problem(problem: RowProblem) -> str:
    """ "手机：138 is not a mobile number" — the column, then the reason."""
    text = translate_error(problem.message, dict(problem.params))
    column = _COLUMNS.get(problem.field.removesuffix("_id"))
    return f"{_t(column)}：{text}" if column else text


def describe_row(row: PlanRow) -> str:
    if row.action == RowAction.DUPLICATE:
        return QCoreApplication.translate(
            "ImportProblemsModel", "Same name and mobile as row {row}; skipped."
        ).format(row=row.duplicate_of)
    return "；".join(describe_problem(problem) for problem in row.problems)


class ImportProblemsModel(QAbstractTableModel):
    """Error and duplicate rows of a plan, in file order.

    The model sorts itself (``sort``) with Python's sort on ``SORT_ROLE`` values: a proxy
    would call ``data()`` some n·log n times, seconds for a file of 20,000 bad rows.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PlanRow] = []
        self._file_order: list[PlanRow] = []

    def set_rows(self, rows: Sequence[PlanRow]) -> None:
        self.beginResetModel()
        wanted = (RowAction.ERROR, RowAction.DUPLICATE)
        self._file_order = [r for r in rows if r.action in wanted]
        self.rows = list(self._file_order)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By a column's raw value; column -1 is the order of the file."""
        self.layoutAboutToBeChanged.emit()
        before = list(self.rows)
        if 0 <= column < len(_HEADERS):
            self.rows.sort(
                key=lambda row: self._sort_value(row, column),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
        else:
            self.rows = list(self._file_order)
        position = {id(row): index for index, row in enumerate(self.rows)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(position[id(before[i.row()])], i.column()) for i in old]
        )
        self.layoutChanged.emit()

    def _sort_value(self, row: PlanRow, column: int) -> Any:
        if column == COL_ROW:
            return (row.row_number, row.sheet)
        if column == COL_OUTCOME:
            return (0 if row.action == RowAction.ERROR else 1, row.row_number)
        return self._text(row, column)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_HEADERS)
        ):
            return _t(_HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and column != COL_PROBLEM:
                return None
            return self._text(row, column)
        if role == SORT_ROLE:
            value = self._sort_value(row, column)
            return value[0] if isinstance(value, tuple) else value
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_OUTCOME, COL_PROBLEM):
            return _ERROR_COLOUR if row.action == RowAction.ERROR else _DUPLICATE_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: PlanRow, column: int) -> str:
        if column == COL_ROW:
            return str(row.row_number)
        if column == COL_SHEET:
            return row.sheet
        if column == COL_NAME:
            return row.name
        if column == COL_PHONE:
            return row.phone
        if column == COL_OUTCOME:
            if row.action == RowAction.ERROR:
                return QCoreApplication.translate("ImportProblemsModel", "Error")
            return QCoreApplication.translate("ImportProblemsModel", "Duplicate")
        return describe_row(row)

    def retranslate(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, COL_PROBLEM))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_HEADERS) - 1)
