"""The demands (诉求) raised at a resident meeting, as an editable table: text, category,
severity, people, "resolved on the spot" and how. Rows are plain values until the
meeting is recorded; category and severity are edited with a combo of reference labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.services.disputes import MAX_PEOPLE, DemandInput, Labels
from app.views.models.roles import SORT_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex

COL_TEXT, COL_CATEGORY, COL_SEVERITY, COL_PEOPLE, COL_ON_SPOT, COL_OUTCOME = range(6)
#: Service field names (``demands.N.<name>``) by column.
FIELD_COLUMNS = {"text": COL_TEXT, "title": COL_TEXT, "outcome": COL_OUTCOME}
_KINDS = {COL_CATEGORY: "category", COL_SEVERITY: "severity"}
_ERROR_BACKGROUND = QColor("#f6d5d1")


@dataclass
class DemandRow:
    text: str = ""
    category: str = "other"
    severity: str = "minor"
    people: int = 1
    on_spot: bool = False
    outcome: str = ""

    def as_input(self) -> DemandInput:
        return DemandInput(
            text=self.text,
            resolved_on_spot=self.on_spot,
            outcome=self.outcome if self.on_spot else "",
            category=self.category,
            severity=self.severity,
            people_involved=self.people,
            amount_owed=Decimal("0"),
        )


class DemandsModel(QAbstractTableModel):
    def __init__(self, labels: Labels, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.labels = labels
        self.language = language
        self.rows: list[DemandRow] = []
        #: (row, column) the service refused, shown on a red background
        self.error_cell: tuple[int, int] | None = None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_ON_SPOT:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        raw = (row.text, row.category, row.severity, row.people, row.on_spot, row.outcome)[column]
        if role == SORT_ROLE:
            return raw
        if role == Qt.ItemDataRole.EditRole:
            return None if column == COL_ON_SPOT else raw
        if role == Qt.ItemDataRole.DisplayRole:
            if column in _KINDS:
                return self.labels.name(_KINDS[column], str(raw), self.language)
            if column == COL_ON_SPOT:
                return None
            return str(raw) if column == COL_PEOPLE else raw
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_ON_SPOT:
            return Qt.CheckState.Checked if row.on_spot else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and self.error_cell == (index.row(), column):
            return _ERROR_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_OUTCOME and not row.on_spot:
            return QColor("#8a8a8a")
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_OUTCOME and not row.on_spot:
            return QCoreApplication.translate(
                "DemandsModel", "Tick “resolved on the spot” to record how it was resolved."
            )
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, column = self.rows[index.row()], index.column()
        if column == COL_ON_SPOT and role == Qt.ItemDataRole.CheckStateRole:
            row.on_spot = Qt.CheckState(value) == Qt.CheckState.Checked
            last = self.index(index.row(), COL_OUTCOME)
            self.dataChanged.emit(index, last)
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        if column == COL_TEXT:
            row.text = str(value)
        elif column == COL_CATEGORY:
            row.category = str(value)
        elif column == COL_SEVERITY:
            row.severity = str(value)
        elif column == COL_PEOPLE:
            try:
                row.people = max(1, min(MAX_PEOPLE, int(value)))
            except (TypeError, ValueError):
                return False
        elif column == COL_OUTCOME:
            row.outcome = str(value)
        else:
            return False
        if self.error_cell == (index.row(), column):
            self.error_cell = None
        self.dataChanged.emit(index, index)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        headers = (
            QCoreApplication.translate("DemandsModel", "Demand"),
            QCoreApplication.translate("DemandsModel", "Category"),
            QCoreApplication.translate("DemandsModel", "Severity"),
            QCoreApplication.translate("DemandsModel", "People"),
            QCoreApplication.translate("DemandsModel", "Resolved on the spot"),
            QCoreApplication.translate("DemandsModel", "How it was resolved"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def insertRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or not 0 <= row <= len(self.rows):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        for _ in range(count):
            self.rows.insert(row, DemandRow())
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self.rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self.rows[row : row + count]
        self.endRemoveRows()
        self.error_cell = None
        return True

    def mark(self, row: int, column: int) -> None:
        self.error_cell = (row, column)
        self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def inputs(self) -> tuple[DemandInput, ...]:
        return tuple(row.as_input() for row in self.rows)

    def retranslate(self, language: str) -> None:
        self.language = language
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 5))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)


class ReferenceDelegate(QStyledItemDelegate):
    """Edits a category or severity cell with a combo of its labels."""

    def __init__(self, labels: Labels, kind: str, language: str, parent: QObject | None = None):
        super().__init__(parent)
        self.labels = labels
        self.kind = kind
        self.language = language

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        box = QComboBox(parent)
        for item in self.labels.items(self.kind):
            box.addItem(item.label(self.language), item.code)
        return box

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
