"""The days a pasted State Council holiday notice gives, for the administrator to check."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale

from app.services.disputes import NoticeDay
from app.views.disputes.dialogs.overrides_model import day_kind
from app.views.models.row_table_model import Column, RowTableModel
from app.views.translation_marks import QT_TRANSLATE_NOOP

NOTICE_DATE, NOTICE_WEEKDAY, NOTICE_KIND, NOTICE_HOLIDAY = range(4)


def _weekday(row: NoticeDay) -> str:
    day = QDate(row.day.year, row.day.month, row.day.day)
    return QLocale().dayName(day.dayOfWeek(), QLocale.FormatType.ShortFormat)


class NoticeDaysModel(RowTableModel[NoticeDay]):
    context = "NoticeDaysModel"
    columns = (
        Column(QT_TRANSLATE_NOOP("NoticeDaysModel", "Date"), lambda r: r.day.isoformat()),
        Column(
            QT_TRANSLATE_NOOP("NoticeDaysModel", "Weekday"),
            _weekday,
            sort=lambda r: r.day.isoweekday(),
        ),
        Column(
            QT_TRANSLATE_NOOP("NoticeDaysModel", "Counts as"),
            lambda r: day_kind(r.is_workday),
            sort=lambda r: r.is_workday,
        ),
        Column(QT_TRANSLATE_NOOP("NoticeDaysModel", "Holiday"), lambda r: r.holiday),
    )

    def retranslate(self) -> None:
        """The weekdays and kinds are words too, not only the headers."""
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, NOTICE_HOLIDAY))
        super().retranslate()
