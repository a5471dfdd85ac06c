"""Vacancies per unit type: how many units, posts, filled and vacant."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.services.rosters import TypeVacancies
from app.views.models.row_table_model import Column, RowTableModel, count_column
from app.views.rosters.model_support import VACANT_COLOUR, text_key
from app.views.translation_marks import QT_TRANSLATE_NOOP

COLUMNS: tuple[Column[TypeVacancies], ...] = (
    Column(
        QT_TRANSLATE_NOOP("TypeVacancyModel", "Unit type"),
        lambda r: r.unit_type,
        sort=lambda r: text_key(r.unit_type),
    ),
    count_column(QT_TRANSLATE_NOOP("TypeVacancyModel", "Units"), lambda r: r.units),
    count_column(QT_TRANSLATE_NOOP("TypeVacancyModel", "Posts"), lambda r: r.count.posts),
    count_column(QT_TRANSLATE_NOOP("TypeVacancyModel", "Filled"), lambda r: r.count.filled),
    count_column(QT_TRANSLATE_NOOP("TypeVacancyModel", "Vacant"), lambda r: r.count.vacant),
)


class TypeVacancyModel(RowTableModel[TypeVacancies]):
    TYPE, UNITS, POSTS, FILLED, VACANT = range(5)
    context = "TypeVacancyModel"
    columns = COLUMNS

    def identity(self, row: TypeVacancies) -> Any:
        return row.unit_type_id

    def extra_data(self, row: TypeVacancies, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.VACANT and row.count.vacant:
            return VACANT_COLOUR
        return None
