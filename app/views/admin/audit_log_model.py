"""The audit log as a table that grows a page at a time: the view asks for more
(``canFetchMore``/``fetchMore``) as it scrolls near the end, and the tab reads the next
page on the pool and hands it back with ``append_page``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex

from app.services.audit_view import AuditCursor, AuditPage, AuditRow
from app.services.china_time import CHINA_TZ
from app.views.models.row_table_model import Column, RowTableModel
from app.views.translation_marks import QT_TRANSLATE_NOOP

AnyIndex = QModelIndex | QPersistentModelIndex

ACTION_LABELS = {
    "insert": QT_TRANSLATE_NOOP("AuditActions", "added"),
    "update": QT_TRANSLATE_NOOP("AuditActions", "changed"),
    "tombstone": QT_TRANSLATE_NOOP("AuditActions", "removed"),
    "create": QT_TRANSLATE_NOOP("AuditActions", "created"),
    "sign_in": QT_TRANSLATE_NOOP("AuditActions", "signed in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("AuditActions", "sign-in refused"),
    "locked": QT_TRANSLATE_NOOP("AuditActions", "account locked"),
    "sign_out": QT_TRANSLATE_NOOP("AuditActions", "signed out"),
    "view": QT_TRANSLATE_NOOP("AuditActions", "viewed"),
    "denied": QT_TRANSLATE_NOOP("AuditActions", "refused"),
    "import": QT_TRANSLATE_NOOP("AuditActions", "imported"),
    "export": QT_TRANSLATE_NOOP("AuditActions", "exported"),
    "reset_demo": QT_TRANSLATE_NOOP("AuditActions", "demo reset"),
    "generate": QT_TRANSLATE_NOOP("AuditActions", "generated"),
}


def action_label(action: str) -> str:
    if action in ACTION_LABELS:
        return QCoreApplication.translate("AuditActions", ACTION_LABELS[action])
    return action


def _when(row: AuditRow) -> str:
    return row.at.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M:%S")


COLUMNS: tuple[Column[AuditRow], ...] = (
    Column(QT_TRANSLATE_NOOP("AuditLogModel", "Time"), _when, sort=lambda r: r.at),
    Column(QT_TRANSLATE_NOOP("AuditLogModel", "User"), lambda r: r.username),
    Column(QT_TRANSLATE_NOOP("AuditLogModel", "Action"), lambda r: action_label(r.action)),
    Column(QT_TRANSLATE_NOOP("AuditLogModel", "Area"), lambda r: r.entity),
    Column(
        QT_TRANSLATE_NOOP("AuditLogModel", "Record"),
        lambda r: r.entity_id[:8],
        tooltip=lambda r: r.entity_id or None,
    ),
    Column(
        QT_TRANSLATE_NOOP("AuditLogModel", "Desk"),
        lambda r: f"{r.desk_id[:8]} #{r.seq}",
        tooltip=lambda r: r.desk_id or None,
    ),
    Column(
        QT_TRANSLATE_NOOP("AuditLogModel", "Detail"),
        lambda r: r.detail[:120],
        tooltip=lambda r: r.detail or None,
    ),
)


class AuditLogModel(RowTableModel[AuditRow]):
    context = "AuditLogModel"
    columns = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.next: AuditCursor | None = None
        self.fetching = False
        #: asks the tab for the page after a cursor; the tab calls ``append_page``
        self.request: Callable[[AuditCursor], None] | None = None

    def start(self, page: AuditPage) -> None:
        self.fetching = False
        self.next = page.next
        self.set_rows(page.rows)

    def append_page(self, page: AuditPage) -> None:
        self.fetching = False
        self.next = page.next
        if page.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.next is not None and not self.fetching

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self.request is None or self.next is None:
            return
        self.fetching = True
        self.request(self.next)
