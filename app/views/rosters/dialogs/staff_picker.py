"""Choosing a staff member by typing as clerks do: 张, ``zhang``, ``zs`` or part of the
mobile number narrows the list; Up / Down move through it without leaving the field."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QVBoxLayout, QWidget

from app.views.models.roles import VALUE_ROLE
from app.views.rosters.dialogs.roster_choices import StaffChoice
from app.views.rosters.dialogs.staff_choice_model import StaffChoiceModel
from app.views.widgets.pinyin_combo import PinyinFilter


class StaffPicker(QWidget):
    """A search field over a list of staff; ``value()`` is the chosen staff member."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("staffSearch")
        self.search.setClearButtonEnabled(True)
        self.model = StaffChoiceModel(self)
        self.filter = PinyinFilter(self)
        self.filter.setSourceModel(self.model)
        self.list = QListView(self)
        self.list.setObjectName("staffList")
        self.list.setModel(self.filter)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight(180)
        self.search.textChanged.connect(self._narrow)
        self.search.installEventFilter(self)
        self.setFocusProxy(self.search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)

    def set_staff(self, staff: Sequence[StaffChoice], chosen: uuid.UUID | None = None) -> None:
        self.model.set_staff(staff)
        self._narrow(self.search.text())
        if chosen is not None:
            self.choose(chosen)

    def choose(self, staff_id: uuid.UUID) -> None:
        for row in range(self.filter.rowCount()):
            index = self.filter.index(row, 0)
            if index.data(VALUE_ROLE) == staff_id:
                self._select(index)
                return

    def value(self) -> uuid.UUID | None:
        index = self.list.currentIndex()
        if not index.isValid() or not self.list.selectionModel().isSelected(index):
            return None
        value: uuid.UUID = index.data(VALUE_ROLE)
        return value

    def _select(self, index: QModelIndex) -> None:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.list.selectionModel().setCurrentIndex(index, flags)
        self.list.scrollTo(index)

    def _narrow(self, text: str) -> None:
        chosen = self.value()
        self.filter.set_needle(text)
        if chosen is not None:
            self.choose(chosen)
        if self.value() is None and self.filter.rowCount() > 0:
            self._select(self.filter.index(0, 0))
        elif self.filter.rowCount() == 0:
            self.list.clearSelection()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up, Down, Page Up and Page Down in the search field move through the list."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            steps = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 10,
                Qt.Key.Key_PageUp: -10,
            }
            step = steps.get(Qt.Key(event.key()))
            if step is not None and self.filter.rowCount():
                current = self.list.currentIndex().row() if self.value() else -1
                row = max(0, min(self.filter.rowCount() - 1, current + step))
                self._select(self.filter.index(row, 0))
                return True
        return super().eventFilter(watched, event)
