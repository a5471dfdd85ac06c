"""The base of the Rosters pane's people tables: a loaded ``PeopleTable`` and the list of
row indices to show, already filtered by the pane.

Changing that list is one reset, so 20,000 rows re-filter at once. Rows come in pinyin
order; a header click orders the shown indices by the column's sort value, computed once
per column and kept until the next load. Columns are ``Column`` specs (header, value,
sort value) as in every table of the application.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.services.rosters import PeopleTable, StaffRow, VolunteerRow
from app.views.models.roles import ROW_ROLE, SORT_ROLE
from app.views.models.row_table_model import Column

RowT = TypeVar("RowT", StaffRow, VolunteerRow)
AnyIndex = QModelIndex | QPersistentModelIndex


class PeopleTableModel(QAbstractTableModel, Generic[RowT]):
    """Shows ``rows[i]`` for each ``i`` in the visible index list."""

    context: ClassVar[str] = "PeopleTableModel"
    columns: ClassVar[Sequence[Column[Any]]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[RowT] = ()
        self._visible: list[int] = []
        self._sort_column = -1
        self._descending = False
        self._ranks: dict[int, list[int]] = {}

    # what subclasses say ---------------------------------------------------------------
    def identity(self, row: RowT) -> Hashable:
        raise NotImplementedError

    def foreground(self, row: RowT) -> QColor | None:
        return None

    # rows ------------------------------------------------------------------------------
    def set_table(self, table: PeopleTable[RowT] | None, visible: list[int]) -> None:
        """A freshly loaded table: every per-column order computed earlier is dropped."""
        self.beginResetModel()
        self._rows = table.rows if table is not None else ()
        self._ranks = {}
        self._visible = self._ordered(visible)
        self.endResetModel()

    def replace_rows(
        self, table: PeopleTable[RowT], changed: list[int], visible: list[int]
    ) -> bool:
        """A reload that kept every row in place (``changed``: the indices that differ,
        from ``changed_rows``): repaint only those. False, with nothing changed, when the
        shown rows would differ."""
        if len(table.rows) != len(self._rows):
            return False
        ranks = self._ranks
        self._ranks = {}
        new_rows, old_rows = table.rows, self._rows
        self._rows = new_rows
        if self._ordered(visible) != self._visible:
            self._rows, self._ranks = old_rows, ranks
            return False
        if changed:
            where = {i: position for position, i in enumerate(self._visible)}
            last = len(self.columns) - 1
            for i in changed:
                if i in where:
                    self.dataChanged.emit(self.index(where[i], 0), self.index(where[i], last))
        return True

    def set_visible(self, visible: list[int]) -> None:
        ordered = self._ordered(visible)
        if ordered == self._visible:
            return
        self.beginResetModel()
        self._visible = ordered
        self.endResetModel()

    def visible_indices(self) -> list[int]:
        return list(self._visible)

    def row_at(self, position: int) -> RowT:
        return self._rows[self._visible[position]]

    def total(self) -> int:
        return len(self._rows)

    def position_of(self, identity: Hashable) -> int:
        """Where the row with this identity shows, or -1."""
        rows = self._rows
        for position, i in enumerate(self._visible):
            if self.identity(rows[i]) == identity:
                return position
        return -1

    # sorting ---------------------------------------------------------------------------
    def sort_value(self, row: RowT, column: int) -> Any:
        spec = self.columns[column]
        return (spec.sort or spec.value)(row)

    def _rank(self, column: int) -> list[int]:
        ranks = self._ranks.get(column)
        if ranks is None:
            rows = self._rows
            spec = self.columns[column]
            key = spec.sort or spec.value
            keys = [key(row) for row in rows]
            order = sorted(range(len(rows)), key=keys.__getitem__)
            ranks = [0] * len(rows)
            for position, i in enumerate(order):
                ranks[i] = position
            self._ranks[column] = ranks
        return ranks

    def _ordered(self, visible: list[int]) -> list[int]:
        if self._sort_column < 0:
            # the load order is pinyin order by name
            out = sorted(visible)
        else:
            out = sorted(visible, key=self._rank(self._sort_column).__getitem__)
        if self._descending:
            out.reverse()
        return out

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            column = -1
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [self._visible[p.row()] if p.row() < len(self._visible) else -1 for p in persistent]
        # column 0 ascending is the load order: no key to compute
        self._sort_column = -1 if column == 0 else column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._visible = self._ordered(self._visible)
        where = {i: position for position, i in enumerate(self._visible)}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(where[i], p.column()) if i in where else QModelIndex()
                for p, i in zip(persistent, held, strict=True)
            ],
        )
        self.layoutChanged.emit()

    # Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        row = self._rows[self._visible[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[index.column()].value(row)
        if role == SORT_ROLE:
            return self.sort_value(row, index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return QCoreApplication.translate(self.context, self.columns[section].header)
        return None

    def retranslate(self) -> None:
        """Headers and status words in the language just installed."""
        last_column = len(self.columns) - 1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last_column)
        if self._visible:
            last = self.index(len(self._visible) - 1, last_column)
            self.dataChanged.emit(self.index(0, 0), last)
