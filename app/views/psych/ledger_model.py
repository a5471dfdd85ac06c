"""A person's ledger as a table: when, what, detail, by whom; oldest first."""

from __future__ import annotations

from typing import Any

from app.services.china_time import CHINA_TZ
from app.services.psych.ledger import LedgerEntry
from app.views.models.row_table_model import Column, RowTableModel
from app.views.psych.labels import (
    CHECKLIST,
    ENTRY_KINDS,
    METHODS,
    REFERRAL_STEPS,
    RISK_LEVELS,
    label,
)
from app.views.translation_marks import QT_TRANSLATE_NOOP


def entry_title(entry: LedgerEntry, chinese: bool = True) -> str:
    kind = label(ENTRY_KINDS, entry.kind)
    if entry.kind == "service":
        what = entry.label_zh if chinese else entry.label_en
    elif entry.kind == "referral":
        what = label(REFERRAL_STEPS, entry.what)
    elif entry.kind == "crisis":
        what = label(CHECKLIST, entry.what)
    elif entry.kind == "assessment":
        what = label(RISK_LEVELS, entry.what)
    elif entry.kind == "follow_up":
        what = label(METHODS, entry.what)
    else:
        what = entry.what
    return f"{kind} · {what}" if what else kind


COLUMNS: tuple[Column[LedgerEntry], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Psych", "When"),
        lambda e: e.at.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M"),
        sort=lambda e: e.at,
    ),
    Column(QT_TRANSLATE_NOOP("Psych", "What"), lambda e: e.kind),
    Column(QT_TRANSLATE_NOOP("Psych", "Detail"), lambda e: e.detail, tooltip=lambda e: e.detail),
    Column(QT_TRANSLATE_NOOP("Psych", "By"), lambda e: e.by),
)


class LedgerModel(RowTableModel[LedgerEntry]):
    context = "Psych"
    columns = COLUMNS

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        chinese = language.startswith("zh")
        what: Column[LedgerEntry] = Column(COLUMNS[1].header, lambda e: entry_title(e, chinese))
        self.columns = (COLUMNS[0], what, *COLUMNS[2:])
