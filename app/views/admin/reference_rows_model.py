"""The rows of one reference list: a column per field, then whether the row is hidden,
its version and who changed it last. The columns follow the list shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from app.services.china_time import CHINA_TZ
from app.services.reference_admin import Choice, ReferenceList, ReferenceRow, kind_spec
from app.services.reference_admin.kinds import WHOLE, FieldSpec
from app.views.admin.reference_texts import FIELD_LABELS, value_text
from app.views.models.row_table_model import RIGHT, Column, RowTableModel
from app.views.translation_marks import QT_TRANSLATE_NOOP

HIDDEN_COLOUR = QColor("#8a8a8a")


class ReferenceRowsModel(RowTableModel[ReferenceRow]):
    context = "ReferenceFields"

    def __init__(self, language: str = "zh_CN", parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self.kind = ""
        self.choices: dict[str, tuple[Choice, ...]] = {}

    def show_list(self, listed: ReferenceList, rows: list[ReferenceRow]) -> None:
        """Show ``rows`` of ``listed`` (the shown subset: hidden rows may be left out)."""
        self.beginResetModel()
        self.kind = listed.kind
        self.choices = listed.choices
        self.columns = [self._column(spec) for spec in kind_spec(listed.kind).fields] + [
            Column(
                QT_TRANSLATE_NOOP("ReferenceFields", "Shown"),
                lambda row: "" if not row.hidden else self._hidden_text(),
            ),
            Column(
                QT_TRANSLATE_NOOP("ReferenceFields", "Version"),
                lambda row: str(row.version),
                sort=lambda row: row.version,
                align=RIGHT,
            ),
            Column(QT_TRANSLATE_NOOP("ReferenceFields", "Changed by"), lambda row: row.updated_by),
            Column(
                QT_TRANSLATE_NOOP("ReferenceFields", "Changed"),
                lambda row: row.updated_at.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M"),
                sort=lambda row: row.updated_at,
            ),
        ]
        self.rows = rows
        self.endResetModel()

    def _hidden_text(self) -> str:
        return QCoreApplication.translate("ReferenceFields", "hidden")

    def _column(self, spec: FieldSpec) -> Column[ReferenceRow]:
        def shown(row: ReferenceRow) -> str:
            return value_text(spec, row.values.get(spec.name), self.choices, self.language)

        if spec.type == WHOLE:
            return Column(
                FIELD_LABELS.get(spec.name, spec.name),
                shown,
                sort=lambda row: row.values.get(spec.name) or 0,
                align=RIGHT,
            )
        return Column(FIELD_LABELS.get(spec.name, spec.name), shown)

    def extra_data(self, row: ReferenceRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.hidden:
            return HIDDEN_COLOUR
        return None
