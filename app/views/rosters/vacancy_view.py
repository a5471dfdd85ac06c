"""The 空岗 tab: vacancies per unit type above, per 幸福里 unit below.

Double-clicking (or Enter on) a unit asks the pane to show that unit's vacant posts,
where filling one is a single action.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.rosters import UnitVacancies, VacancyCount, vacancies_by_unit_type
from app.views.models.roles import ROW_ROLE, SORT_ROLE
from app.views.rosters.type_vacancy_model import TypeVacancyModel
from app.views.rosters.unit_vacancy_model import UnitVacancyModel


def _table(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class VacancyView(QWidget):
    unit_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.type_model = TypeVacancyModel(self)
        self.unit_model = UnitVacancyModel(self)
        self.type_proxy = QSortFilterProxyModel(self)
        self.type_proxy.setSourceModel(self.type_model)
        self.type_proxy.setSortRole(SORT_ROLE)
        self.unit_proxy = QSortFilterProxyModel(self)
        self.unit_proxy.setSourceModel(self.unit_model)
        self.unit_proxy.setSortRole(SORT_ROLE)
        self.type_view = _table(self, "vacancyTypeTable")
        self.type_view.setModel(self.type_proxy)
        self.unit_view = _table(self, "vacancyUnitTable")
        self.unit_view.setModel(self.unit_proxy)
        self.unit_view.sortByColumn(UnitVacancyModel.VACANT, Qt.SortOrder.DescendingOrder)
        em = self.fontMetrics().horizontalAdvance("中")
        for view, widths in ((self.type_view, (8, 5, 5, 5, 5)), (self.unit_view, (12, 9, 4, 4, 4))):
            for column, width in enumerate(widths):
                view.horizontalHeader().resizeSection(column, width * em + 16)
        self.unit_view.activated.connect(self._activated)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("vacancySplitter")
        self.splitter.addWidget(self.type_view)
        self.splitter.addWidget(self.unit_view)
        self.splitter.setStretchFactor(1, 3)
        # the type table shows its five types whole; the units take the rest
        self.type_view.horizontalHeader().setStretchLastSection(False)
        rows = self.type_view.verticalHeader().defaultSectionSize() * 5
        self.splitter.setSizes(
            [rows + self.type_view.horizontalHeader().sizeHint().height() + 4, 600]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def show_units(self, units: Iterable[UnitVacancies]) -> VacancyCount:
        """Show these units and their type totals; returns the total."""
        units = list(units)
        types, total = vacancies_by_unit_type(units)
        self.type_model.set_rows(types)
        self.unit_model.set_rows(units)
        self.type_view.resizeColumnsToContents()
        return total

    def selected_unit(self) -> UnitVacancies | None:
        index = self.unit_view.currentIndex()
        if not index.isValid():
            return None
        row = index.data(ROW_ROLE)
        return row if isinstance(row, UnitVacancies) else None

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, UnitVacancies):
            unit_id: uuid.UUID = row.unit_id
            self.unit_activated.emit(unit_id)

    def retranslate(self) -> None:
        self.type_model.retranslate()
        self.unit_model.retranslate()
