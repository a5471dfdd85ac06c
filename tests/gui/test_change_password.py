"""Changing one's own password: Ctrl+Shift+P in the main window, and the change forced at
sign-in after an administrator's reset."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.services import accounts, auth
from app.services.accounts import AccountForm
from app.services.permissions import Permission
from app.views.shell.change_password_dialog import ChangePasswordDialog
from app.views.shell.sign_in_dialog import SignInDialog
from app.views.widgets.form_marks import is_marked


def _ok(qtbot: Any, dialog: ChangePasswordDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_ctrl_shift_p_changes_my_password_and_keeps_input_on_refusal(
    qtbot: Any, make_window: Any, admin_database: Any
) -> None:
    window = make_window()
    qtbot.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.password_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "修改我的密码"
    assert dialog.current.isVisible()
    qtbot.keyClicks(dialog.current, "not my password")
    qtbot.keyClicks(dialog.password, "a brand new one")
    qtbot.keyClicks(dialog.again, "a brand new one")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.message.text() == "当前密码不正确。")
    assert is_marked(dialog.current) and dialog.password.text() == "a brand new one"
    with admin_database.session() as session:  # counted as a failed sign-in
        assert accounts.account_by_name(session, window.context.actor, "admin").failed_sign_ins == 1

    dialog.current.clear()
    qtbot.keyClicks(dialog.current, "correct horse")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert auth.sign_in_recorded(admin_database, "admin", "a brand new one").username == "admin"


def test_the_account_menu_offers_the_change(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    assert window.account_menu.title() == "账号(&A)"
    assert window.password_action in window.account_menu.actions()
    assert window.password_action.text() == "修改我的密码(&C)…"


def test_a_reset_password_must_be_changed_before_the_desk_opens(
    qtbot: Any, admin_database: Any
) -> None:
    admin = auth.sign_in_recorded(admin_database, "admin", "correct horse")
    with admin_database.session("admin") as session:
        accounts.create_account(
            session, admin, AccountForm("lisi", "李四", "clerk", None, "temporary one")
        )
    dialog = SignInDialog(False, "zh_CN")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.ready):
        dialog.set_database(admin_database)
    qtbot.keyClicks(dialog.username, "lisi")
    qtbot.keyClicks(dialog.password, "temporary one")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(dialog, "password_dialog", None) is not None)
    change = dialog.password_dialog
    qtbot.waitUntil(change.isVisible)
    assert not change.current.isVisible()  # just typed at the sign-in
    assert "临时密码" in change.intro.text()

    # Cancelling keeps the desk closed.
    qtbot.keyClick(change.password, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.message.text() == "请设置新密码后再登录。")
    assert dialog.actor is None and dialog.password.text() == ""

    qtbot.keyClicks(dialog.password, "temporary one")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.password_dialog is not change)
    change = dialog.password_dialog
    qtbot.waitUntil(change.isVisible)
    qtbot.keyClicks(change.password, "temporary one")
    qtbot.keyClicks(change.again, "temporary one")
    _ok(qtbot, change)
    qtbot.waitUntil(lambda: change.message.text() == "新密码不能与当前密码相同。")
    change.password.clear()
    change.again.clear()
    qtbot.keyClicks(change.password, "lisi own password")
    qtbot.keyClicks(change.again, "lisi own password")
    with qtbot.waitSignal(dialog.signed_in) as signed:
        _ok(qtbot, change)
    actor = signed.args[0]
    assert actor.username == "lisi" and actor.can(Permission.ROSTER_VIEW)
    assert not actor.must_change_password
