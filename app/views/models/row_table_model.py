"""A table over a list of plain rows, described column by column.

    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("Leads", "Captured"), lambda r: show(r.at), sort=lambda r: r.at),
        Column(QT_TRANSLATE_NOOP("Leads", "People"), lambda r: r.people, align=RIGHT),
    )
    class LeadsModel(RowTableModel[LeadRow]):
        context = "Leads"
        columns = COLUMNS

Headers are English source text translated in the model's ``context`` when shown, so a
run-time language switch needs only ``retranslate``. ``SORT_ROLE`` gives each column's raw
sort value and ``ROW_ROLE`` the row itself.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.views.models.roles import ROW_ROLE, SORT_ROLE

RowT = TypeVar("RowT")
AnyIndex = QModelIndex | QPersistentModelIndex

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column(Generic[RowT]):
    #: English source text, translated in the model's context when shown
    header: str
    value: Callable[[RowT], Any]
    #: the raw value to sort by; the shown value when not given
    sort: Callable[[RowT], Any] | None = None
    align: Qt.AlignmentFlag = LEFT
    #: a tooltip for the cell (e.g. the whole of a shortened text)
    tooltip: Callable[[RowT], str | None] | None = None


def count_column(header: str, count: Callable[[RowT], int]) -> Column[RowT]:
    """A right-aligned whole number that sorts as a number."""
    return Column(header, lambda row: str(count(row)), sort=count, align=RIGHT)


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    context: ClassVar[str] = "RowTableModel"
    #: a subclass declares them, or builds its own in __init__ when texts depend on it
    columns: Sequence[Column[Any]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[RowT] = []

    # rows -------------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[RowT]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, position: int) -> RowT:
        return self.rows[position]

    def identity(self, row: RowT) -> Hashable:
        """What makes two rows the same record (for ``update_rows``)."""
        return getattr(row, "id", id(row))

    def update_rows(self, fresh: Iterable[RowT], gone: Iterable[Hashable] = ()) -> None:
        """Rows re-read after a write: those shown are replaced in place (``dataChanged``),
        new ones appended (inserted), and those in ``gone`` removed."""
        where = {self.identity(row): i for i, row in enumerate(self.rows)}
        last = max(len(self.columns) - 1, 0)
        appended: list[RowT] = []
        for row in fresh:
            position = where.get(self.identity(row))
            if position is None:
                appended.append(row)
                continue
            self.rows[position] = row
            self.dataChanged.emit(self.index(position, 0), self.index(position, last))
        if appended:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(appended) - 1)
            self.rows.extend(appended)
            self.endInsertRows()
        for key in gone:
            positions = [i for i, row in enumerate(self.rows) if self.identity(row) == key]
            for position in reversed(positions):
                self.beginRemoveRows(QModelIndex(), position, position)
                del self.rows[position]
                self.endRemoveRows()

    def retranslate(self) -> None:
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    # Qt ---------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, self.columns[section].header)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        column = self.columns[index.column()]
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return "" if value is None else value
        if role == SORT_ROLE:
            return (column.sort or column.value)(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: RowT, column: int, role: int) -> Any:
        """Roles a subclass adds (colours, fonts, decorations)."""
        return None
