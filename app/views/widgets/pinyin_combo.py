"""A combo box that finds an entry the way clerks type: 王芳, ``wangfang`` or ``wf``.

Typing narrows a popup list through the pinyin search keys of each choice; picking from
the popup (or typing a choice's full text) selects it. ``value()`` is None until the text
names a choice, so a half-typed name is never taken for someone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from app.services.pinyin_search import matches, search_keys

VALUE_ROLE = Qt.ItemDataRole.UserRole
KEYS_ROLE = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Choice:
    #: what the field shows once chosen, e.g. "王芳（综治办）"
    label: str
    value: Any
    #: pinyin search keys; built from ``label`` when empty
    keys: str = ""


class ChoiceListModel(QAbstractListModel):
    """The choices of one combo: label for display, value and search keys as roles."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices: list[Choice] = []

    def set_choices(self, choices: Sequence[Choice]) -> None:
        self.beginResetModel()
        self.choices = [
            choice if choice.keys else Choice(choice.label, choice.value, search_keys(choice.label))
            for choice in choices
        ]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.choices)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.choices):
            return None
        choice = self.choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return choice.label
        if role == VALUE_ROLE:
            return choice.value
        if role == KEYS_ROLE:
            return choice.keys
        return None


class PinyinFilter(QSortFilterProxyModel):
    """Keeps the rows whose ``KEYS_ROLE`` (characters, pinyin, initials) contains the
    typed text; any source model that offers that role can be filtered."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.needle = ""

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self.needle = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        source = self.sourceModel()
        keys = source.data(source.index(source_row, 0, source_parent), KEYS_ROLE) or ""
        return matches(self.needle, keys)


class PinyinCombo(QComboBox):
    """Editable combo with a pinyin-searchable popup; see the module docstring."""

    def __init__(self, parent: QWidget | None = None, min_chars: int = 0) -> None:
        super().__init__(parent)
        if min_chars:
            # wide enough for a typical label, however long the longest choice is
            policy = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            self.setSizeAdjustPolicy(policy)
            self.setMinimumContentsLength(min_chars)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.choice_model = ChoiceListModel(self)
        self.setModel(self.choice_model)
        self.filter = PinyinFilter(self)
        self.filter.setSourceModel(self.choice_model)
        self.finder = QCompleter(self.filter, self)
        self.finder.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.finder.setMaxVisibleItems(12)
        self.setCompleter(self.finder)
        self.editor().textEdited.connect(self._narrow)
        self.setMaxVisibleItems(15)

    def _narrow(self, text: str) -> None:
        self.filter.set_needle(text)
        if text and self.filter.rowCount() > 0:
            self.finder.complete()
        elif (popup := self.finder.popup()) is not None:
            popup.hide()

    def editor(self) -> QLineEdit:
        """The text field of this (always editable) combo."""
        line = self.lineEdit()
        assert line is not None
        return line

    def set_choices(self, choices: Sequence[Choice], value: Any = None) -> None:
        self.choice_model.set_choices(choices)
        self.set_value(value)

    def set_value(self, value: Any) -> None:
        """Select the choice with ``value``; None (or an unknown value) leaves it empty."""
        row = next(
            (i for i, choice in enumerate(self.choice_model.choices) if choice.value == value),
            -1,
        )
        self.setCurrentIndex(row if value is not None else -1)
        if row < 0:
            self.setEditText("")

    def value(self) -> Any:
        """The chosen value, or None while the text names no choice (a label typed in
        full counts when exactly one choice has it)."""
        row = self.currentIndex()
        text = self.currentText().strip()
        if row >= 0 and text == self.itemText(row):
            return self.itemData(row, VALUE_ROLE)
        exact = [c for c in self.choice_model.choices if c.label == text]
        return exact[0].value if len(exact) == 1 else None

    def typed_something_else(self) -> bool:
        """True when text was typed that names no choice (so "nobody" is not meant)."""
        return bool(self.currentText().strip()) and self.value() is None
