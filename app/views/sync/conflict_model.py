"""Open conflicts side by side: the centre's value and this desk's, who set each and when."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.sync.conflicts import ConflictRow
from app.views.models.row_table_model import Column, RowTableModel
from app.views.sync.operations import china_time
from app.views.translation_marks import QT_TRANSLATE_NOOP

CONTEXT = "ConflictModel"

TABLE_LABELS = {
    "dispute": QT_TRANSLATE_NOOP("ConflictModel", "Dispute"),
    "district": QT_TRANSLATE_NOOP("ConflictModel", "District"),
    "street": QT_TRANSLATE_NOOP("ConflictModel", "Street"),
    "community": QT_TRANSLATE_NOOP("ConflictModel", "Community"),
    "grid": QT_TRANSLATE_NOOP("ConflictModel", "Grid"),
    "unit": QT_TRANSLATE_NOOP("ConflictModel", "Unit"),
    "staff": QT_TRANSLATE_NOOP("ConflictModel", "Staff"),
    "volunteer": QT_TRANSLATE_NOOP("ConflictModel", "Volunteer"),
    "warning_lead": QT_TRANSLATE_NOOP("ConflictModel", "Early-warning lead"),
    "psych_person": QT_TRANSLATE_NOOP("ConflictModel", "Person in care"),
}

FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("ConflictModel", "Name"),
    "code": QT_TRANSLATE_NOOP("ConflictModel", "Code"),
    "title": QT_TRANSLATE_NOOP("ConflictModel", "Title"),
    "stage_id": QT_TRANSLATE_NOOP("ConflictModel", "Stage"),
    "deleted_at": QT_TRANSLATE_NOOP("ConflictModel", "Removal mark"),
    "display_name": QT_TRANSLATE_NOOP("ConflictModel", "Name shown"),
    "phone": QT_TRANSLATE_NOOP("ConflictModel", "Phone"),
    "address": QT_TRANSLATE_NOOP("ConflictModel", "Address"),
    "description": QT_TRANSLATE_NOOP("ConflictModel", "Description"),
    "severity": QT_TRANSLATE_NOOP("ConflictModel", "Severity"),
    "category": QT_TRANSLATE_NOOP("ConflictModel", "Category"),
    "owner_staff_id": QT_TRANSLATE_NOOP("ConflictModel", "Owner"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def record_text(row: ConflictRow) -> str:
    kind = _t(TABLE_LABELS[row.table_name]) if row.table_name in TABLE_LABELS else row.table_name
    return f"{kind}：{row.record}" if row.record else kind


def field_text(field: str) -> str:
    return _t(FIELD_LABELS[field]) if field in FIELD_LABELS else field


def value_text(row: ConflictRow, value: object) -> str:
    if row.field == "deleted_at":
        return (
            QCoreApplication.translate("ConflictModel", "removed")
            if value
            else QCoreApplication.translate("ConflictModel", "kept")
        )
    if value is None or value == "":
        return QCoreApplication.translate("ConflictModel", "(empty)")
    return str(value)


def _side(by: str, at: object) -> str:
    when = china_time(at) if at is not None else ""  # type: ignore[arg-type]
    return f"{by} {when}".strip()


COLUMNS: tuple[Column[ConflictRow], ...] = (
    Column(QT_TRANSLATE_NOOP("ConflictModel", "Record"), record_text),
    Column(QT_TRANSLATE_NOOP("ConflictModel", "Field"), lambda r: field_text(r.field)),
    Column(
        QT_TRANSLATE_NOOP("ConflictModel", "Centre's value"),
        lambda r: value_text(r, r.central_value),
        tooltip=lambda r: value_text(r, r.central_value),
    ),
    Column(
        QT_TRANSLATE_NOOP("ConflictModel", "Set on the centre by"),
        lambda r: _side(r.central_by, r.central_at),
    ),
    Column(
        QT_TRANSLATE_NOOP("ConflictModel", "This desk's value"),
        lambda r: value_text(r, r.desk_value),
        tooltip=lambda r: value_text(r, r.desk_value),
    ),
    Column(
        QT_TRANSLATE_NOOP("ConflictModel", "Set on the desk by"),
        lambda r: _side(r.desk_by, r.desk_at),
    ),
    Column(QT_TRANSLATE_NOOP("ConflictModel", "Desk"), lambda r: r.desk_name),
)


class ConflictModel(RowTableModel[ConflictRow]):
    context = CONTEXT
    columns = COLUMNS
