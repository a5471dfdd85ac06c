"""Narrowing a list the way clerks type: 王芳, ``wangfang`` or ``wf``."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from app.services.pinyin_search import matches
from app.views.models.roles import KEYS_ROLE


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

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        source = self.sourceModel()
        keys = source.data(source.index(source_row, 0, source_parent), KEYS_ROLE) or ""
        return matches(self.needle, keys)
