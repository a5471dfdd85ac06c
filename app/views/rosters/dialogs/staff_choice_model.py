"""The staff a post can be filled with: one line per staff member with their name, mobile,
department and the posts they hold today; ``VALUE_ROLE`` is the staff id and the pinyin
filter's keys role their search keys."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, Qt

from app.views.models.roles import KEYS_ROLE, VALUE_ROLE
from app.views.rosters.dialogs.roster_choices import StaffChoice
from app.views.widgets.pinyin_combo import AnyIndex


class StaffChoiceModel(QAbstractListModel):
    """One line per staff member: name, mobile, department and the posts held today."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.staff: list[StaffChoice] = []

    def set_staff(self, staff: Sequence[StaffChoice]) -> None:
        self.beginResetModel()
        self.staff = list(staff)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.staff)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.staff):
            return None
        person = self.staff[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = "　".join(
                part for part in (person.name, person.phone, person.department) if part
            )
            if person.posts:
                now = QCoreApplication.translate("StaffChoiceModel", "now: {posts}")
                text += "　（" + now.format(posts=person.posts) + "）"
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return person.posts or None
        if role == VALUE_ROLE:
            return person.staff_id
        if role == KEYS_ROLE:
            return person.keys
        return None
