"""A table of people (staff or volunteers) that keeps its place across reloads.

The view owns its model and the filtering of the loaded table. After a reload it keeps
the selected row (by identity) and the scroll position, or selects a person just added.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.services.rosters import PeopleFilter, PeopleTable
from app.views.rosters.people_filtering import PeopleFiltering
from app.views.rosters.people_table_model import PeopleTableModel
from app.views.widgets.elided_tips import ElidedTips


class PeopleView(QTableView):
    def __init__(
        self,
        name: str,
        model: PeopleTableModel[Any],
        widths: tuple[int, ...],
        parent: QWidget | None = None,
    ) -> None:
        """``widths``: each column's starting width in Chinese characters."""
        super().__init__(parent)
        self.setObjectName(name)
        self.people = model
        self.filtering: PeopleFiltering[Any] | None = None
        self.pending_person: uuid.UUID | None = None
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        em = self.fontMetrics().horizontalAdvance("中")
        for column, width in enumerate(widths):
            header.resizeSection(column, width * em + 16)
        self.setSortingEnabled(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tips = ElidedTips(self)

    @property
    def loaded(self) -> bool:
        return self.filtering is not None

    def show_table(
        self, table: PeopleTable[Any], flt: PeopleFilter, changed: list[int] | None = None
    ) -> None:
        """A freshly loaded table, filtered; the selection and scroll position kept.

        ``changed``: when the reload kept every row in place, the indices that differ;
        only those are repainted.
        """
        self.filtering = PeopleFiltering(table)
        visible = self.filtering.select(flt)
        model = self.people
        if (
            changed is not None
            and self.pending_person is None
            and model.replace_rows(table, changed, visible)
        ):
            return
        current = self.currentIndex()
        identity = model.identity(model.row_at(current.row())) if current.isValid() else None
        scroll = self.verticalScrollBar().value()
        model.set_table(table, visible)
        position = model.position_of(identity) if identity is not None else -1
        self.verticalScrollBar().setValue(scroll)
        if self.pending_person is not None:
            found = self._position_of_person(self.pending_person)
            if found >= 0:
                position, self.pending_person = found, None
                self.scrollTo(model.index(found, 0))
        if position >= 0:
            self.setCurrentIndex(model.index(position, 0))

    def refilter(self, flt: PeopleFilter) -> None:
        if self.filtering is not None:
            self.people.set_visible(self.filtering.select(flt))

    def _position_of_person(self, person_id: uuid.UUID) -> int:
        model = self.people
        for position in range(model.rowCount()):
            row = model.row_at(position)
            if person_id in (getattr(row, "staff_id", None), getattr(row, "volunteer_id", None)):
                return position
        return -1

    def selected_row(self) -> Any:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return self.people.row_at(index.row())
