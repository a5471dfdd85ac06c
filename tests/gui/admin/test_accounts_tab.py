"""The Accounts tab, driven by keys and clicks: create (refusals keep the input), disable,
enable, reset a locked account's password, unlock; a supervisor reads only."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from app.models import User
from app.services import accounts, auth
from app.services.accounts import AccountForm
from app.services.errors import AuthenticationError
from app.services.permissions import Actor
from app.views.admin.account_dialogs import AccountDialog, ResetPasswordDialog
from app.views.admin.accounts_tab import AccountsTab
from app.views.pane_context import PaneContext
from app.views.widgets.form_marks import is_marked
from tests.helpers.keyboard import type_text
from tests.helpers.sample_street import build_sample_street

PASSWORD = "correct horse"


@pytest.fixture
def desk(admin_database: Any) -> Any:
    with admin_database.session() as session:
        build_sample_street(session, Actor.system(), "FH")
        build_sample_street(session, Actor.system(), "XT")
    return admin_database


def _tab(qtbot: Any, database: Any, actor: Actor) -> AccountsTab:
    tab = AccountsTab(PaneContext(database, actor, "zh_CN"))
    qtbot.addWidget(tab)
    tab.resize(1000, 500)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def _admin_tab(qtbot: Any, desk: Any) -> AccountsTab:
    return _tab(qtbot, desk, auth.sign_in_recorded(desk, "admin", PASSWORD))


def _names(tab: AccountsTab) -> list[str]:
    return [tab.model.row_at(i).username for i in range(tab.model.rowCount())]


def _add(desk: Any, name: str, role: str = "clerk", street: str = "FH") -> Any:
    admin = auth.sign_in_recorded(desk, "admin", PASSWORD)
    with desk.session("admin") as session:
        street_id = accounts.street_by_code(session, street)
        form = AccountForm(name, f"{name}姓名", role, street_id, "first password")
        return accounts.create_account(session, admin, form)


def _click_ok(qtbot: Any, dialog: Any) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _select(qtbot: Any, tab: AccountsTab, name: str) -> None:
    assert tab.select_account(name)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.view.setFocus()


def test_the_models_pass_the_model_tester(qtbot: Any, qtmodeltester: Any, desk: Any) -> None:
    _add(desk, "lisi")
    tab = _admin_tab(qtbot, desk)
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)
    assert _names(tab) == ["admin", "lisi"]
    assert tab.model.index(1, 4).data() == "正常；须修改密码"
    assert tab.model.index(1, 5).data() == "从未登录"


def test_a_new_account_keeps_its_input_on_refusal_and_is_listed_once_saved(
    qtbot: Any, desk: Any
) -> None:
    _add(desk, "lisi")
    tab = _admin_tab(qtbot, desk)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialog
    assert isinstance(dialog, AccountDialog)
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    type_text(qtbot, dialog.username, "ＬＩＳＩ")  # the same account once normalised
    type_text(qtbot, dialog.display_name, "李四")
    dialog.street.setCurrentIndex(dialog.street.findText("凤凰街道（FH）"))
    qtbot.keyClicks(dialog.password, "first password")
    qtbot.keyClicks(dialog.again, "first passwort")
    _click_ok(qtbot, dialog)
    assert dialog.message.text() == "两次输入的密码不一致。"
    assert dialog.isVisible()

    dialog.again.clear()
    qtbot.keyClicks(dialog.again, "first password")
    _click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "lisi" in dialog.message.text())
    assert "已被使用" in dialog.message.text() or "lisi" in dialog.message.text()
    assert is_marked(dialog.username)
    assert dialog.display_name.text() == "李四" and dialog.password.text() == "first password"

    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "wangwu")
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert "wangwu" in _names(tab)
    assert tab.message.text() == "账号 wangwu 已保存。"


def test_a_weak_password_is_explained_and_marked(qtbot: Any, desk: Any) -> None:
    tab = _admin_tab(qtbot, desk)
    qtbot.mouseClick(tab.toolbar.widgetForAction(tab.new_action), Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    qtbot.keyClicks(dialog.username, "zhao")
    type_text(qtbot, dialog.display_name, "赵六")
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.again, "short")
    _click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.message.text() == "密码至少需要 8 个字符。")
    assert is_marked(dialog.password) and dialog.username.text() == "zhao"


def test_the_last_administrator_cannot_be_disabled_and_a_leaver_can(qtbot: Any, desk: Any) -> None:
    _add(desk, "leaver")
    tab = _admin_tab(qtbot, desk)
    _select(qtbot, tab, "admin")
    assert not tab.disable_action.isEnabled()  # one's own account, the last administrator
    _select(qtbot, tab, "leaver")
    assert tab.disable_action.isEnabled() and not tab.enable_action.isEnabled()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    box = tab.confirm_box
    assert "leaver" in box.text()
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    row = next(r for r in tab.model.rows if r.username == "leaver")
    assert not row.is_active and tab.model.index(1, 4).data() == "已停用"
    assert tab.message.text() == "账号 leaver 已停用。"
    _select(qtbot, tab, "leaver")
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot.keyClick(tab.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert next(r for r in tab.model.rows if r.username == "leaver").is_active


def test_demoting_the_last_administrator_is_refused_and_the_dialog_kept(
    qtbot: Any, desk: Any
) -> None:
    tab = _admin_tab(qtbot, desk)
    _select(qtbot, tab, "admin")
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    dialog = tab.dialog
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    assert dialog.username.isReadOnly() and dialog.display_name.text() == "王管理"
    dialog.role.setCurrentIndex(dialog.role.findData("clerk"))
    _click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "最后一位在用的管理员" in dialog.message.text())
    assert dialog.isVisible() and dialog.role.currentData() == "clerk"
    with desk.session() as session:
        assert (
            accounts.account_by_name(
                session, auth.sign_in(session, "admin", PASSWORD), "admin"
            ).role_code
            == "admin"
        )


def test_a_locked_account_reset_is_unlocked_and_says_so(qtbot: Any, desk: Any) -> None:
    _add(desk, "locked")
    for _ in range(auth.MAX_FAILED_SIGN_INS):
        with pytest.raises(AuthenticationError):
            auth.sign_in_recorded(desk, "locked", "wrong password")
    tab = _admin_tab(qtbot, desk)
    assert tab.model.index(1, 4).data().startswith("已锁定")
    _select(qtbot, tab, "locked")
    assert tab.unlock_action.isEnabled()
    qtbot.keyClick(tab.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.reset_dialog
    assert isinstance(dialog, ResetPasswordDialog)
    assert "解除锁定" in dialog.intro.text()
    qtbot.keyClicks(dialog.password, "temporary one")
    qtbot.keyClicks(dialog.again, "temporary one")
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        _click_ok(qtbot, dialog)
    said = "已重置 locked 的密码，下次登录时须修改。该账号原已锁定，现已解锁。"
    assert tab.message.text() == said
    row = next(r for r in tab.model.rows if r.username == "locked")
    assert not row.locked and row.must_change_password
    assert auth.sign_in_recorded(desk, "locked", "temporary one").must_change_password


def test_unlock_by_key(qtbot: Any, desk: Any) -> None:
    _add(desk, "tries")
    with pytest.raises(AuthenticationError):
        auth.sign_in_recorded(desk, "tries", "wrong password")
    tab = _admin_tab(qtbot, desk)
    _select(qtbot, tab, "tries")
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot.keyClick(tab.view, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert next(r for r in tab.model.rows if r.username == "tries").failed_sign_ins == 0


def test_a_supervisor_reads_their_streets_accounts_only(qtbot: Any, desk: Any) -> None:
    _add(desk, "fh_clerk")
    _add(desk, "xt_clerk", street="XT")
    _add(desk, "boss", role="supervisor")
    with desk.session() as session:
        session.scalar(select(User).where(User.username == "boss")).must_change_password = False
    boss = auth.sign_in_recorded(desk, "boss", "first password")
    tab = _tab(qtbot, desk, boss)
    assert sorted(_names(tab)) == ["boss", "fh_clerk"]
    assert not any(action.isVisible() for action in tab.management_actions())
    assert tab.note.text().startswith("只读")
    _select(qtbot, tab, "fh_clerk")
    qtbot.keyClick(tab.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not hasattr(tab, "dialog")


def test_edit_shows_the_account_as_it_is_and_saves_a_new_street(qtbot: Any, desk: Any) -> None:
    _add(desk, "mover", street="FH")
    tab = _admin_tab(qtbot, desk)
    _select(qtbot, tab, "mover")
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    dialog = tab.dialog
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    assert dialog.street.currentText() == "凤凰街道（FH）"
    assert dialog.role.currentText() == "工作人员"
    assert not dialog.password.isVisible() and len(dialog.labels) == 4
    dialog.street.setFocus()
    dialog.street.setCurrentIndex(dialog.street.findText("XT街道（XT）"))
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot.keyClick(dialog.display_name, Qt.Key.Key_Return)
    row = next(r for r in tab.model.rows if r.username == "mover")
    assert row.street_name == "XT街道"
