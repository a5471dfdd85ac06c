"""The administrator's corrections to the official working calendar, one row a day."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.disputes import WorkdayOverrideView
from app.views.disputes.dialogs.form_support import show_moment
from app.views.models.row_table_model import Column, RowTableModel
from app.views.translation_marks import QT_TRANSLATE_NOOP

DAY_DATE, DAY_KIND, DAY_NOTE, DAY_BY, DAY_WHEN = range(5)


def day_kind(is_workday: bool) -> str:
    if is_workday:
        return QCoreApplication.translate("OverridesModel", "Working day")
    return QCoreApplication.translate("OverridesModel", "Rest day")


class OverridesModel(RowTableModel[WorkdayOverrideView]):
    context = "OverridesModel"
    columns = (
        Column(
            QT_TRANSLATE_NOOP("OverridesModel", "Date"),
            lambda r: r.day.isoformat(),
        ),
        Column(
            QT_TRANSLATE_NOOP("OverridesModel", "Counts as"),
            lambda r: day_kind(r.is_workday),
            sort=lambda r: r.is_workday,
        ),
        Column(QT_TRANSLATE_NOOP("OverridesModel", "Note"), lambda r: r.note),
        Column(QT_TRANSLATE_NOOP("OverridesModel", "Set by"), lambda r: r.updated_by),
        Column(
            QT_TRANSLATE_NOOP("OverridesModel", "Set at"),
            lambda r: show_moment(r.updated_at),
            sort=lambda r: r.updated_at.isoformat(),
        ),
    )

    def retranslate(self) -> None:
        """The kinds are words too, not only the headers."""
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, DAY_WHEN))
        super().retranslate()
