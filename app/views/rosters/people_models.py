"""Table models of the Rosters pane's people: staff in posts (and vacant posts), volunteers.

A model holds the loaded ``PeopleTable`` and the list of row indices to show, already
filtered by the pane; changing that list is one reset, so 20,000 rows re-filter at once.
Rows come in pinyin order; a header click orders the shown indices by the column's
``SORT_ROLE`` value, computed once per column and kept until the next load.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from datetime import date
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.services.pinyin_search import pinyin_sort_key
from app.services.rosters import PeopleTable, PostStatus, StaffRow, VolunteerRow
from app.services.rosters.occupancy import TIER_ORDER
from app.views.rosters.people_filtering import staff_identity, volunteer_identity

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

VACANT_COLOUR = QColor("#c62828")
EXPIRED_COLOUR = QColor("#c25e00")

RowT = TypeVar("RowT", StaffRow, VolunteerRow)
AnyIndex = QModelIndex | QPersistentModelIndex


def text_key(text: str) -> str:
    return pinyin_sort_key(text)


def date_key(value: date | None) -> str:
    return value.isoformat() if value else ""


class PeopleTableModel(QAbstractTableModel, Generic[RowT]):
    """Shows ``rows[i]`` for each ``i`` in the visible index list."""

    COLUMN_COUNT: ClassVar[int] = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[RowT] = ()
        self._visible: list[int] = []
        self._sort_column = -1
        self._descending = False
        self._ranks: dict[int, list[int]] = {}

    # what subclasses say ---------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, row: RowT, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: RowT, column: int) -> str:
        raise NotImplementedError

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
            last = self.COLUMN_COUNT - 1
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
    def _rank(self, column: int) -> list[int]:
        ranks = self._ranks.get(column)
        if ranks is None:
            rows = self._rows
            keys = [self.sort_value(rows[i], column) for i in range(len(rows))]
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
        if not 0 <= column < self.COLUMN_COUNT:
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
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        row = self._rows[self._visible[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SORT_ROLE:
            return self.sort_value(row, column)
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
            and 0 <= section < self.COLUMN_COUNT
        ):
            return self.headers()[section]
        return None

    def retranslate(self) -> None:
        """Headers and status words in the language just installed."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._visible:
            last = self.index(len(self._visible) - 1, self.COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)


class StaffTableModel(PeopleTableModel[StaffRow]):
    """Staff rows: a person in a post, a person without one, or a post nobody fills."""

    NAME, PHONE, DEPARTMENT, POST, UNIT, START, END, STATUS = range(8)
    COLUMN_COUNT = 8

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Mobile"),
            self.tr("Home department"),
            self.tr("Post"),
            self.tr("Unit"),
            self.tr("Seconded from"),
            self.tr("Seconded until"),
            self.tr("Status"),
        ]

    def status_text(self, status: PostStatus) -> str:
        return {
            PostStatus.ACTIVE: self.tr("In post"),
            PostStatus.EXPIRED: self.tr("Secondment ended"),
            PostStatus.UNASSIGNED: self.tr("No post"),
            PostStatus.VACANT: self.tr("Vacant"),
        }[status]

    def display(self, row: StaffRow, column: int) -> str:
        if column == self.NAME:
            return row.name if row.staff_id is not None else self.tr("(vacant post)")
        if column == self.STATUS:
            return self.status_text(row.status)
        return _STAFF_TEXT[column](row)

    def sort_value(self, row: StaffRow, column: int) -> str:
        if column == self.POST:
            return f"{TIER_ORDER.get(row.tier, 9)}{text_key(row.post)}"
        if column in (self.START, self.END):
            return date_key(row.start_date if column == self.START else row.end_date)
        if column == self.STATUS:
            return row.status.value
        if column == self.PHONE:
            return row.phone
        return text_key(self.display(row, column))

    def identity(self, row: StaffRow) -> Hashable:
        return staff_identity(row)

    def foreground(self, row: StaffRow) -> QColor | None:
        if row.status == PostStatus.VACANT:
            return VACANT_COLOUR
        if row.status == PostStatus.EXPIRED:
            return EXPIRED_COLOUR
        return None


_STAFF_TEXT: dict[int, Callable[[StaffRow], str]] = {
    StaffTableModel.PHONE: lambda r: r.phone,
    StaffTableModel.DEPARTMENT: lambda r: r.department,
    StaffTableModel.POST: lambda r: r.post,
    StaffTableModel.UNIT: lambda r: r.unit,
    StaffTableModel.START: lambda r: date_key(r.start_date),
    StaffTableModel.END: lambda r: date_key(r.end_date),
}


class VolunteerTableModel(PeopleTableModel[VolunteerRow]):
    """Volunteers of the mass prevention forces (群防群治力量)."""

    NAME, PHONE, TEAM, GRID, UNIT, SKILLS = range(6)
    COLUMN_COUNT = 6

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Mobile"),
            self.tr("Team"),
            self.tr("Grid"),
            self.tr("Unit"),
            self.tr("Skills"),
        ]

    def display(self, row: VolunteerRow, column: int) -> str:
        return _VOLUNTEER_TEXT[column](row)

    def sort_value(self, row: VolunteerRow, column: int) -> str:
        if column == self.PHONE:
            return row.phone
        return text_key(self.display(row, column))

    def identity(self, row: VolunteerRow) -> Hashable:
        return volunteer_identity(row)


_VOLUNTEER_TEXT: dict[int, Callable[[VolunteerRow], str]] = {
    VolunteerTableModel.NAME: lambda r: r.name,
    VolunteerTableModel.PHONE: lambda r: r.phone,
    VolunteerTableModel.TEAM: lambda r: r.team,
    VolunteerTableModel.GRID: lambda r: r.grid,
    VolunteerTableModel.UNIT: lambda r: r.unit,
    VolunteerTableModel.SKILLS: lambda r: r.skills,
}
