"""A combo box that finds an entry the way clerks type: 王芳, ``wangfang`` or ``wf``.

Typing narrows a popup list through the pinyin search keys of each choice; picking from
the popup (or typing a choice's full text) selects it. ``value()`` is None until the text
names a choice, so a half-typed name is never taken for someone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from app.views.models.roles import KEYS_ROLE, VALUE_ROLE
from app.views.widgets.choice_list_model import AnyIndex, Choice, ChoiceListModel
from app.views.widgets.pinyin_filter import PinyinFilter

# what the pickers built on the combo take from here
__all__ = ["KEYS_ROLE", "AnyIndex", "Choice", "ChoiceListModel", "PinyinCombo", "PinyinFilter"]


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
