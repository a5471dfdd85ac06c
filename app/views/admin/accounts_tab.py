"""The Accounts tab: every account the signed-in user may see, and for an administrator
the actions on them: new (Ctrl+N), edit (Enter), disable (Del), enable (Ctrl+E), reset
the password (Ctrl+R) and unlock (Ctrl+U). A supervisor reads their street's accounts;
the services refuse them any change whatever the tab shows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)

from app.services.accounts import AccountRow, ResetOutcome, can_manage
from app.views.admin import account_operations as ops
from app.views.admin.account_table_model import AccountTableModel
from app.views.admin.tab_parts import (
    lay_out_tab,
    message_label,
    name_action,
    show_message,
    tab_action,
    tab_toolbar,
)
from app.views.changes import Area
from app.views.error_text import error_text
from app.views.models.roles import ROW_ROLE, SORT_ROLE
from app.views.operations import UseCase, write_op
from app.views.pane import Pane
from app.views.pane_context import PaneContext
from app.views.widgets.ask_first import ask_first
from app.views.widgets.pane_refresh import pane_refresh


class AccountsTab(Pane):
    pane_key = "admin_accounts"
    areas = frozenset({Area.ACCOUNTS, Area.ORGANISATION})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("accountsTab")
        self.manages = can_manage(context.actor)
        self.model = AccountTableModel(context.is_chinese, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setObjectName("accountsTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.view.activated.connect(lambda _index: self.edit_selected())

        self.toolbar = tab_toolbar(self, "accountsToolbar")
        self.new_action = tab_action(self, "accountNew", "Ctrl+N", self.new_account)
        self.edit_action = tab_action(self, "accountEdit", "F2", self.edit_selected)
        self.disable_action = tab_action(self, "accountDisable", "Del", self.disable_selected)
        self.enable_action = tab_action(self, "accountEnable", "Ctrl+E", self.enable_selected)
        self.reset_action = tab_action(self, "accountReset", "Ctrl+R", self.reset_selected)
        self.unlock_action = tab_action(self, "accountUnlock", "Ctrl+U", self.unlock_selected)
        self.refresh_action = tab_action(self, "accountRefresh", "F5", self.reload)
        pane_refresh(self.refresh_action)
        for action in self.management_actions():
            action.setVisible(self.manages)
            self.toolbar.addAction(action)
        self.toolbar.addSeparator().setVisible(self.manages)
        self.toolbar.addAction(self.refresh_action)

        self.note = QLabel(self)
        self.note.setObjectName("accountsNote")
        self.note.setWordWrap(True)
        self.message = message_label(self, "accountsMessage")
        lay_out_tab(self, (self.toolbar, self.note), self.view, self.message)
        self.retranslate()
        self._update_actions()

    def management_actions(self) -> tuple[QAction, ...]:
        return (
            self.new_action,
            self.edit_action,
            self.disable_action,
            self.enable_action,
            self.reset_action,
            self.unlock_action,
        )

    # loading ---------------------------------------------------------------------------
    def load(self, generation: int) -> None:
        self.read(ops.list_accounts(self.context.actor), self.show_rows).failure(
            self._load_failed
        ).run()

    def show_rows(self, rows: list[AccountRow]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        if selected is not None:
            self.select_account(selected.username)
        self._update_actions()
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self.say(error_text(exc), error=True)

    # selection -------------------------------------------------------------------------
    def selected(self) -> AccountRow | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        row: Any = self.proxy.data(index, ROW_ROLE)
        return row if isinstance(row, AccountRow) else None

    def select_account(self, username: str) -> bool:
        for position in range(self.proxy.rowCount()):
            index = self.proxy.index(position, 0)
            row = self.proxy.data(index, ROW_ROLE)
            if isinstance(row, AccountRow) and row.username == username:
                self.view.setCurrentIndex(index)
                self.view.selectRow(position)
                return True
        return False

    def _update_actions(self) -> None:
        row = self.selected()
        own = row is not None and row.id == self.context.actor.user_id
        self.new_action.setEnabled(self.manages)
        chosen = self.manages and row is not None
        self.edit_action.setEnabled(chosen)
        self.disable_action.setEnabled(chosen and row is not None and row.is_active and not own)
        self.enable_action.setEnabled(chosen and row is not None and not row.is_active)
        self.reset_action.setEnabled(chosen and not own)
        self.unlock_action.setEnabled(
            chosen and row is not None and (row.locked or row.failed_sign_ins > 0)
        )

    # actions ---------------------------------------------------------------------------
    def new_account(self) -> None:
        if not self.manages:
            return
        from app.views.admin.account_dialogs import AccountDialog

        self.dialog = AccountDialog(self.context, None, self)
        self.dialog.accepted.connect(self._account_saved)
        self.dialog.open()

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None or not self.manages:
            return
        from app.views.admin.account_dialogs import AccountDialog

        self.dialog = AccountDialog(self.context, row, self)
        self.dialog.accepted.connect(self._account_saved)
        self.dialog.open()

    def _account_saved(self) -> None:
        name = self.dialog.username.text().strip()
        self.say(self.tr("Account {name} saved.").format(name=name))

    def disable_selected(self) -> None:
        row = self.selected()
        if row is None or not self.disable_action.isEnabled():
            return
        question = (
            QMessageBox.Icon.Question,
            self.tr("Disable account"),
            self.tr(
                "Disable the account of {name} ({username})? They can no longer sign in;"
                " what they did stays under their name. It can be enabled again."
            ).format(name=row.display_name, username=row.username),
        )

        def disable() -> None:
            self._write(
                ops.disable_account(self.context.actor, row.id),
                self.tr("Account {username} disabled.").format(username=row.username),
            )

        self.confirm_box = ask_first(
            self, "disableAccountBox", question, disable, QMessageBox.StandardButton.Cancel
        )

    def enable_selected(self) -> None:
        row = self.selected()
        if row is not None and self.enable_action.isEnabled():
            self._write(
                ops.enable_account(self.context.actor, row.id),
                self.tr("Account {username} enabled.").format(username=row.username),
            )

    def unlock_selected(self) -> None:
        row = self.selected()
        if row is not None and self.unlock_action.isEnabled():
            self._write(
                ops.unlock_account(self.context.actor, row.id),
                self.tr("Account {username} unlocked.").format(username=row.username),
            )

    def reset_selected(self) -> None:
        row = self.selected()
        if row is None or not self.reset_action.isEnabled():
            return
        from app.views.admin.account_dialogs import ResetPasswordDialog

        self.reset_dialog = ResetPasswordDialog(self.context, row, self)
        self.reset_dialog.accepted.connect(lambda: self._reset_done(self.reset_dialog.outcome))
        self.reset_dialog.open()

    def _reset_done(self, outcome: ResetOutcome | None) -> None:
        if outcome is None:
            return
        if outcome.was_locked:
            text = self.tr(
                "Password of {username} reset; it must be changed at the next sign-in."
                " The account was locked and is now unlocked."
            )
        else:
            text = self.tr("Password of {username} reset; it must be changed at the next sign-in.")
        text = text.format(username=outcome.username)
        self.say(text)

    def _write(self, use_case: UseCase[None], done_text: str) -> None:
        write_op(self.context, use_case, self).success(lambda _none: self.say(done_text)).failure(
            lambda exc: self.say(error_text(exc), error=True)
        ).run()

    def say(self, text: str, error: bool = False) -> None:
        show_message(self.message, text, error)

    # text and state --------------------------------------------------------------------
    def retranslate(self) -> None:
        self.model.retranslate()
        for action, text in (
            (self.new_action, self.tr("&New account…")),
            (self.edit_action, self.tr("&Edit…")),
            (self.disable_action, self.tr("&Disable…")),
            (self.enable_action, self.tr("En&able")),
            (self.reset_action, self.tr("&Reset password…")),
            (self.unlock_action, self.tr("&Unlock")),
            (self.refresh_action, self.tr("Re&fresh")),
        ):
            name_action(action, text)
        if self.manages:
            self.note.setText(
                self.tr(
                    "Disabled accounts keep their history. A reset password must be changed"
                    " at the next sign-in; a reset also unlocks the account."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "Read only: the accounts of your street. Ask an administrator to change one."
                )
            )

    def language_changed(self) -> None:
        self.model.chinese = self.context.is_chinese
        self.schedule_reload()

    def save_state(self) -> None:
        self.state.set_value("header", self.view.horizontalHeader().saveState())

    def restore_state(self) -> None:
        header = self.state.value("header")
        if header is not None:
            self.view.horizontalHeader().restoreState(header)

    def current_index(self) -> QModelIndex:
        return self.view.currentIndex()
