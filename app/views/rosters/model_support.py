"""What the Rosters pane's models share: the colours of vacant and ended posts, and the
sort keys of names, other text and dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor

from app.services.pinyin_search import pinyin_sort_key, text_sort_key

VACANT_COLOUR = QColor("#c62828")
EXPIRED_COLOUR = QColor("#c25e00")


def name_key(name: str) -> str:
    return pinyin_sort_key(name)


def text_key(text: str) -> str:
    return text_sort_key(text)


def date_key(value: date | None) -> str:
    return value.isoformat() if value else ""
