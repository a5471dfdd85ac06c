"""The dry run of an organisation import, row by row: sheet, row, code, name, what
happens to it, and the columns that change or the reasons it is refused."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.organisation.workbook import OrgPlanRow
from app.services.organisation.workbook.plan import PLANNING_ORDER
from app.services.roster_io.plan_rows import RowAction
from app.views.error_text import translate_error
from app.views.models.row_table_model import Column, RowTableModel
from app.views.translation_marks import QT_TRANSLATE_NOOP

CONTEXT = "OrgPlanModel"
ACTION_NAMES = {
    RowAction.ADD: QT_TRANSLATE_NOOP("OrgPlanModel", "add"),
    RowAction.UPDATE: QT_TRANSLATE_NOOP("OrgPlanModel", "change"),
    RowAction.UNCHANGED: QT_TRANSLATE_NOOP("OrgPlanModel", "unchanged"),
    RowAction.ERROR: QT_TRANSLATE_NOOP("OrgPlanModel", "error"),
}
SHEET_ORDER = {key: position for position, key in enumerate(PLANNING_ORDER)}
#: errors first, then what changes, then the rest
ACTION_ORDER = {RowAction.ERROR: 0, RowAction.UPDATE: 1, RowAction.ADD: 2, RowAction.UNCHANGED: 3}


def action_text(action: RowAction) -> str:
    return QCoreApplication.translate(CONTEXT, ACTION_NAMES.get(action, action.value))


def detail_text(row: OrgPlanRow) -> str:
    if row.action == RowAction.ERROR:
        return "；".join(
            f"{problem.field}：{translate_error(problem.message, dict(problem.params))}"
            for problem in row.problems
        )
    if row.action == RowAction.UPDATE:
        return "、".join(row.changes)
    return ""


class OrgPlanModel(RowTableModel[OrgPlanRow]):
    context = CONTEXT
    columns = (
        Column(QT_TRANSLATE_NOOP("OrgPlanModel", "Sheet"), lambda r: r.sheet),
        Column(
            QT_TRANSLATE_NOOP("OrgPlanModel", "Row"),
            lambda r: str(r.row_number),
            sort=lambda r: r.row_number,
            align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        ),
        Column(QT_TRANSLATE_NOOP("OrgPlanModel", "Code"), lambda r: r.code),
        Column(QT_TRANSLATE_NOOP("OrgPlanModel", "Name"), lambda r: r.name),
        Column(
            QT_TRANSLATE_NOOP("OrgPlanModel", "Result"),
            lambda r: action_text(r.action),
            sort=lambda r: (
                ACTION_ORDER.get(r.action, 9) * 1_000_000
                + SHEET_ORDER[r.sheet_key] * 100_000
                + r.row_number
            ),
        ),
        Column(QT_TRANSLATE_NOOP("OrgPlanModel", "Details"), detail_text, tooltip=detail_text),
    )

    def identity(self, row: OrgPlanRow) -> Any:
        return (row.sheet, row.row_number)

    def extra_data(self, row: OrgPlanRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.action == RowAction.ERROR:
                return QBrush(QColor("#b03a2e"))
            if row.action == RowAction.UNCHANGED:
                return QBrush(QColor("#888888"))
        return None
