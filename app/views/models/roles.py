"""Item data roles shared by every model, so a view or proxy never guesses which
``UserRole + n`` a model chose."""

from __future__ import annotations

from PySide6.QtCore import Qt

#: the raw value a column sorts by (numbers, ISO dates, pinyin keys)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: the row object itself (a frozen service row)
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
#: the id or code a choice stands for
VALUE_ROLE = Qt.ItemDataRole.UserRole + 3
#: pinyin search keys of a row's text
KEYS_ROLE = Qt.ItemDataRole.UserRole + 4
#: first free role for a model's own extras (``EXTRA_ROLE + n``)
EXTRA_ROLE = Qt.ItemDataRole.UserRole + 16
