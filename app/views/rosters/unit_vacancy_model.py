"""Vacancies per 幸福里 unit: posts, filled, vacant and which kinds of post are vacant."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from app.services.rosters import UnitVacancies
from app.views.models.row_table_model import Column, RowTableModel, count_column
from app.views.rosters.model_support import VACANT_COLOUR, text_key
from app.views.translation_marks import QT_TRANSLATE_NOOP


def vacant_kinds(row: UnitVacancies) -> str:
    separator = QCoreApplication.translate(
        "UnitVacancyModel", ", ", "between the kinds of vacant post"
    )
    return separator.join(
        kind if number == 1 else f"{kind} ×{number}" for kind, number in row.vacant_by_kind
    )


COLUMNS: tuple[Column[UnitVacancies], ...] = (
    Column(
        QT_TRANSLATE_NOOP("UnitVacancyModel", "Unit"),
        lambda r: r.unit,
        sort=lambda r: text_key(r.unit),
    ),
    Column(
        QT_TRANSLATE_NOOP("UnitVacancyModel", "Type"),
        lambda r: r.unit_type,
        sort=lambda r: text_key(r.unit_type),
    ),
    count_column(QT_TRANSLATE_NOOP("UnitVacancyModel", "Posts"), lambda r: r.count.posts),
    count_column(QT_TRANSLATE_NOOP("UnitVacancyModel", "Filled"), lambda r: r.count.filled),
    count_column(QT_TRANSLATE_NOOP("UnitVacancyModel", "Vacant"), lambda r: r.count.vacant),
    Column(
        QT_TRANSLATE_NOOP("UnitVacancyModel", "Vacant posts"),
        vacant_kinds,
        sort=lambda r: text_key(vacant_kinds(r)),
    ),
)


class UnitVacancyModel(RowTableModel[UnitVacancies]):
    UNIT, TYPE, POSTS, FILLED, VACANT, KINDS = range(6)
    context = "UnitVacancyModel"
    columns = COLUMNS

    def identity(self, row: UnitVacancies) -> Any:
        return row.unit_id

    def extra_data(self, row: UnitVacancies, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.VACANT and row.count.vacant:
            return VACANT_COLOUR
        return None

    def retranslate(self) -> None:
        super().retranslate()
        if self.rows:  # the separator between kinds of post is translated
            last = self.index(len(self.rows) - 1, self.KINDS)
            self.dataChanged.emit(self.index(0, self.KINDS), last)
