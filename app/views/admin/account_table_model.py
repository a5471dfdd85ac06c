"""The accounts table: user name, name shown, role, street, state, last sign-in and
failed attempts; a disabled account in grey, a locked one in red."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.accounts import AccountRow
from app.services.china_time import CHINA_TZ
from app.views.models.row_table_model import Column, RowTableModel, count_column
from app.views.translation_marks import QT_TRANSLATE_NOOP

CONTEXT = "AccountTableModel"


def shown_time(moment: datetime | None) -> str:
    return (
        moment.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M")
        if moment
        else QCoreApplication.translate("AccountTableModel", "never")
    )


def state_text(row: AccountRow) -> str:
    if not row.is_active:
        return QCoreApplication.translate("AccountTableModel", "disabled")
    state = (
        QCoreApplication.translate("AccountTableModel", "locked")
        if row.locked
        else QCoreApplication.translate("AccountTableModel", "active")
    )
    if row.must_change_password:
        return QCoreApplication.translate(
            "AccountTableModel", "{state}; must change password"
        ).format(state=state)
    return state


class AccountTableModel(RowTableModel[AccountRow]):
    context = CONTEXT

    def __init__(self, chinese: bool = True, parent: Any = None) -> None:
        super().__init__(parent)
        self.chinese = chinese
        self.columns = (
            Column(QT_TRANSLATE_NOOP("AccountTableModel", "User name"), lambda r: r.username),
            Column(QT_TRANSLATE_NOOP("AccountTableModel", "Name shown"), lambda r: r.display_name),
            Column(
                QT_TRANSLATE_NOOP("AccountTableModel", "Role"), lambda r: r.role_label(self.chinese)
            ),
            Column(
                QT_TRANSLATE_NOOP("AccountTableModel", "Street"),
                lambda r: (
                    r.street_name
                    or QCoreApplication.translate("AccountTableModel", "whole district")
                ),
            ),
            Column(QT_TRANSLATE_NOOP("AccountTableModel", "State"), state_text),
            Column(
                QT_TRANSLATE_NOOP("AccountTableModel", "Last sign-in"),
                lambda r: shown_time(r.last_sign_in_at),
                sort=lambda r: r.last_sign_in_at.isoformat() if r.last_sign_in_at else "",
            ),
            count_column(
                QT_TRANSLATE_NOOP("AccountTableModel", "Failed attempts"),
                lambda r: r.failed_sign_ins,
            ),
        )

    def extra_data(self, row: AccountRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.is_active:
                return QBrush(QColor("#888888"))
            if row.locked:
                return QBrush(QColor("#b03a2e"))
        return None
