"""The rows of an import's dry run that need the clerk's attention: errors (refused, with
every reason) and duplicates (skipped), each with the row number the spreadsheet shows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from app.services.roster_io import PlanRow, RowAction, RowProblem
from app.views.error_text import translate_error
from app.views.models.row_table_model import Column, RowTableModel, count_column
from app.views.translation_marks import QT_TRANSLATE_NOOP

COL_ROW, COL_SHEET, COL_NAME, COL_PHONE, COL_OUTCOME, COL_PROBLEM = range(6)
CONTEXT = "ImportProblemsModel"

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
    # one sentence per problem, joined without a stray "。；"
    parts = [describe_problem(problem).rstrip("。.") for problem in row.problems]
    if not parts:
        return ""
    end = "。" if any("\u4e00" <= ch <= "\u9fff" for ch in parts[-1]) else "."
    return "；".join(parts) + end


def outcome_text(row: PlanRow) -> str:
    if row.action == RowAction.ERROR:
        return QCoreApplication.translate("ImportProblemsModel", "Error")
    return QCoreApplication.translate("ImportProblemsModel", "Duplicate")


COLUMNS: tuple[Column[PlanRow], ...] = (
    count_column(QT_TRANSLATE_NOOP("ImportProblemsModel", "Row"), lambda r: r.row_number),
    Column(QT_TRANSLATE_NOOP("ImportProblemsModel", "Sheet"), lambda r: r.sheet),
    Column(QT_TRANSLATE_NOOP("ImportProblemsModel", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("ImportProblemsModel", "Mobile"), lambda r: r.phone),
    Column(
        QT_TRANSLATE_NOOP("ImportProblemsModel", "Outcome"),
        outcome_text,
        sort=lambda r: 0 if r.action == RowAction.ERROR else 1,
    ),
    Column(
        QT_TRANSLATE_NOOP("ImportProblemsModel", "What is wrong"),
        describe_row,
        tooltip=describe_row,
    ),
)
#: what a header click orders by: ties in file order
_ORDER: dict[int, Callable[[PlanRow], Any]] = {
    COL_ROW: lambda r: (r.row_number, r.sheet),
    COL_OUTCOME: lambda r: (0 if r.action == RowAction.ERROR else 1, r.row_number),
}


class ImportProblemsModel(RowTableModel[PlanRow]):
    """Error and duplicate rows of a plan, in file order.

    The model sorts itself (``sort``) with Python's sort on the columns' sort values: a
    proxy would call ``data()`` some n·log n times, seconds for a file of 20,000 bad rows.
    """

    context = CONTEXT
    columns = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._file_order: list[PlanRow] = []

    def set_rows(self, rows: Sequence[PlanRow]) -> None:  # type: ignore[override]
        wanted = (RowAction.ERROR, RowAction.DUPLICATE)
        self._file_order = [r for r in rows if r.action in wanted]
        super().set_rows(self._file_order)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By a column's raw value; column -1 is the order of the file."""
        self.layoutAboutToBeChanged.emit()
        before = list(self.rows)
        if 0 <= column < len(self.columns):
            spec = self.columns[column]
            key = _ORDER.get(column, spec.sort or spec.value)
            self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        else:
            self.rows = list(self._file_order)
        position = {id(row): index for index, row in enumerate(self.rows)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(position[id(before[i.row()])], i.column()) for i in old]
        )
        self.layoutChanged.emit()

    def extra_data(self, row: PlanRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_OUTCOME, COL_PROBLEM):
            return _ERROR_COLOUR if row.action == RowAction.ERROR else _DUPLICATE_COLOUR
        return None

    def retranslate(self) -> None:
        super().retranslate()
        if self.rows:  # outcomes and problems are words
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, COL_PROBLEM))
