"""The staff table: a person in a post, a person without one, or a post nobody fills."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.services.rosters import PostStatus, StaffRow, tier_rank
from app.views.models.row_table_model import Column
from app.views.rosters.model_support import (
    EXPIRED_COLOUR,
    VACANT_COLOUR,
    date_key,
    name_key,
    text_key,
)
from app.views.rosters.people_filtering import staff_identity
from app.views.rosters.people_table_model import PeopleTableModel
from app.views.translation_marks import QT_TRANSLATE_NOOP

CONTEXT = "StaffTableModel"
_STATUS = {
    PostStatus.ACTIVE: QT_TRANSLATE_NOOP("StaffTableModel", "In post"),
    PostStatus.EXPIRED: QT_TRANSLATE_NOOP("StaffTableModel", "Secondment ended"),
    PostStatus.UNASSIGNED: QT_TRANSLATE_NOOP("StaffTableModel", "No post"),
    PostStatus.VACANT: QT_TRANSLATE_NOOP("StaffTableModel", "Vacant"),
}


def status_text(status: PostStatus) -> str:
    return QCoreApplication.translate(CONTEXT, _STATUS[status])


def _name(row: StaffRow) -> str:
    if row.staff_id is not None:
        return row.name
    return QCoreApplication.translate("StaffTableModel", "(vacant post)")


COLUMNS: tuple[Column[StaffRow], ...] = (
    Column(QT_TRANSLATE_NOOP("StaffTableModel", "Name"), _name, sort=lambda r: name_key(_name(r))),
    Column(QT_TRANSLATE_NOOP("StaffTableModel", "Mobile"), lambda r: r.phone),
    Column(
        QT_TRANSLATE_NOOP("StaffTableModel", "Home department"),
        lambda r: r.department,
        sort=lambda r: text_key(r.department),
    ),
    Column(
        QT_TRANSLATE_NOOP("StaffTableModel", "Post"),
        lambda r: r.post,
        sort=lambda r: f"{tier_rank(r.tier)}{text_key(r.post)}",
    ),
    Column(
        QT_TRANSLATE_NOOP("StaffTableModel", "Unit"),
        lambda r: r.unit,
        sort=lambda r: text_key(r.unit),
    ),
    Column(QT_TRANSLATE_NOOP("StaffTableModel", "Seconded from"), lambda r: date_key(r.start_date)),
    Column(QT_TRANSLATE_NOOP("StaffTableModel", "Seconded until"), lambda r: date_key(r.end_date)),
    Column(
        QT_TRANSLATE_NOOP("StaffTableModel", "Status"),
        lambda r: status_text(r.status),
        sort=lambda r: r.status.value,
    ),
)


class StaffTableModel(PeopleTableModel[StaffRow]):
    NAME, PHONE, DEPARTMENT, POST, UNIT, START, END, STATUS = range(8)
    context = CONTEXT
    columns = COLUMNS

    def identity(self, row: StaffRow) -> Hashable:
        return staff_identity(row)

    def foreground(self, row: StaffRow) -> QColor | None:
        if row.status == PostStatus.VACANT:
            return VACANT_COLOUR
        if row.status == PostStatus.EXPIRED:
            return EXPIRED_COLOUR
        return None
