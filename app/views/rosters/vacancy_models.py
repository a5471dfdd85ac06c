"""Vacancies at a glance: per 幸福里 unit and per unit type, for the units in view.

The pane passes the units of the chosen tree node; totals are summed here so the type
table and the header strip always agree with the unit table.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from app.services.pinyin_search import pinyin_sort_key
from app.services.rosters import UnitVacancies, VacancyCount
from app.views.rosters.people_models import ROW_ROLE, SORT_ROLE, VACANT_COLOUR, AnyIndex


@dataclass(frozen=True, slots=True)
class TypeVacancies:
    unit_type_id: uuid.UUID
    unit_type: str
    units: int
    count: VacancyCount


def by_unit_type(units: Iterable[UnitVacancies]) -> tuple[list[TypeVacancies], VacancyCount]:
    """Units, posts and vacancies per unit type (in the order types first appear), and
    the total."""
    types: dict[uuid.UUID, TypeVacancies] = {}
    total = VacancyCount()
    for unit in units:
        seen = types.get(unit.unit_type_id)
        if seen is None:
            types[unit.unit_type_id] = TypeVacancies(
                unit.unit_type_id, unit.unit_type, 1, unit.count
            )
        else:
            types[unit.unit_type_id] = TypeVacancies(
                unit.unit_type_id, unit.unit_type, seen.units + 1, seen.count + unit.count
            )
        total = total + unit.count
    return list(types.values()), total


def _right() -> int:
    return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class _CountsModel(QAbstractTableModel):
    COLUMN_COUNT = 0
    #: columns holding numbers: right-aligned, sorted as numbers
    NUMERIC: frozenset[int] = frozenset()
    VACANT_COLUMN = -1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, position: int) -> Any:
        return self._rows[position]

    def headers(self) -> list[str]:
        raise NotImplementedError

    def value(self, row: Any, column: int) -> str | int:
        raise NotImplementedError

    def vacant(self, row: Any) -> int:
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.value(row, column))
        if role == SORT_ROLE:
            value = self.value(row, column)
            return value if isinstance(value, int) else pinyin_sort_key(value)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return _right()
        if role == Qt.ItemDataRole.ForegroundRole and self.vacant(row):
            return VACANT_COLOUR if column == self.VACANT_COLUMN else None
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
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)


class UnitVacancyModel(_CountsModel):
    """One row per unit: posts, filled, vacant and which kinds of post are vacant."""

    UNIT, TYPE, POSTS, FILLED, VACANT, KINDS = range(6)
    COLUMN_COUNT = 6
    NUMERIC = frozenset({POSTS, FILLED, VACANT})
    VACANT_COLUMN = VACANT

    def headers(self) -> list[str]:
        return [
            self.tr("Unit"),
            self.tr("Type"),
            self.tr("Posts"),
            self.tr("Filled"),
            self.tr("Vacant"),
            self.tr("Vacant posts"),
        ]

    def value(self, row: UnitVacancies, column: int) -> str | int:
        if column == self.UNIT:
            return row.unit
        if column == self.TYPE:
            return row.unit_type
        if column == self.POSTS:
            return row.count.posts
        if column == self.FILLED:
            return row.count.filled
        if column == self.VACANT:
            return row.count.vacant
        separator = self.tr(", ", "between the kinds of vacant post")
        return separator.join(
            kind if number == 1 else f"{kind} ×{number}" for kind, number in row.vacant_by_kind
        )

    def vacant(self, row: UnitVacancies) -> int:
        return row.count.vacant


class TypeVacancyModel(_CountsModel):
    """One row per unit type: how many units, posts, filled and vacant."""

    TYPE, UNITS, POSTS, FILLED, VACANT = range(5)
    COLUMN_COUNT = 5
    NUMERIC = frozenset({UNITS, POSTS, FILLED, VACANT})
    VACANT_COLUMN = VACANT

    def headers(self) -> list[str]:
        return [
            self.tr("Unit type"),
            self.tr("Units"),
            self.tr("Posts"),
            self.tr("Filled"),
            self.tr("Vacant"),
        ]

    def value(self, row: TypeVacancies, column: int) -> str | int:
        if column == self.TYPE:
            return row.unit_type
        if column == self.UNITS:
            return row.units
        if column == self.POSTS:
            return row.count.posts
        if column == self.FILLED:
            return row.count.filled
        return row.count.vacant

    def vacant(self, row: TypeVacancies) -> int:
        return row.count.vacant
