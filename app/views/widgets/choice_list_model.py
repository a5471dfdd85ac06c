"""The choices of a pinyin combo: a label to show, the value it stands for and the
pinyin keys it is found by."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.services.pinyin_search import search_keys
from app.views.models.roles import KEYS_ROLE, VALUE_ROLE

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
