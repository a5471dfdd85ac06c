"""The sign-in dialog, driven by keys and clicks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from app.services.settings import AppConfig
from app.views.application import DeskController
from app.views.shell.sign_in_dialog import PAGE_SIGN_IN, SignInDialog


def _dialog(qtbot: Any, database: Any) -> SignInDialog:
    dialog = SignInDialog(False, "zh_CN")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.ready):
        dialog.set_database(database)
    return dialog


def test_a_desk_without_accounts_asks_for_the_first_run_guide(qtbot: Any, database: Any) -> None:
    dialog = SignInDialog(False, "zh_CN")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.first_run_needed):
        dialog.set_database(database)


def test_wrong_password_is_refused_and_the_user_name_kept(qtbot: Any, admin_database: Any) -> None:
    dialog = _dialog(qtbot, admin_database)
    assert dialog.pages.currentIndex() == PAGE_SIGN_IN
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "wrong one")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text() == "用户名或密码错误。")
    assert not dialog.busy
    assert dialog.username.text() == "admin"
    assert dialog.result() == 0

    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "correct horse")
    with qtbot.waitSignal(dialog.signed_in):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_controller_opens_the_database_off_the_gui_thread(
    qtbot: Any, qapp: Any, tmp_path: Path
) -> None:
    controller = DeskController(qapp, tmp_path / "new.sqlite", False, AppConfig())
    controller.start()
    qtbot.addWidget(controller.dialog)
    qtbot.waitUntil(lambda: controller.guide is not None and controller.guide.isVisible())
    qtbot.addWidget(controller.guide)
    assert not controller.dialog.isVisible()
    assert controller.database is not None
    controller.database.dispose()


def test_a_damaged_database_stops_with_a_clear_message(
    qtbot: Any, qapp: Any, tmp_path: Path
) -> None:
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"definitely not a database" * 100)
    controller = DeskController(qapp, path, False, AppConfig())
    controller.start()
    qtbot.addWidget(controller.dialog)
    qtbot.waitUntil(lambda: controller.dialog.findChild(QMessageBox, "startFailedBox") is not None)
    box = controller.dialog.findChild(QMessageBox, "startFailedBox")
    assert "不是街道工作台的数据库文件" in box.text()
    assert path.read_bytes() == b"definitely not a database" * 100
    assert controller.database is None
    box.finished.disconnect()  # closing it would end the application's event loop
    box.done(0)
    assert isinstance(controller.dialog.heading, QLabel)


def test_a_damaged_page_found_beside_the_sign_in_stops_the_desk(
    qtbot: Any, qapp: Any, admin_database: Any
) -> None:
    path = admin_database.path
    admin_database.dispose()
    data = bytearray(path.read_bytes())
    data[2 * 4096 + 100 : 2 * 4096 + 160] = bytes(60)
    path.write_bytes(bytes(data))
    controller = DeskController(qapp, path, False, AppConfig())
    controller.start()
    qtbot.addWidget(controller.dialog)
    qtbot.waitUntil(lambda: controller.dialog.findChild(QMessageBox, "startFailedBox") is not None)
    box = controller.dialog.findChild(QMessageBox, "startFailedBox")
    assert "已损坏" in box.text()
    assert controller.database is None
    box.finished.disconnect()  # closing it would end the application's event loop
    box.done(0)


def test_a_refused_sign_in_is_still_counted_and_audited(qtbot: Any, admin_database: Any) -> None:
    from sqlalchemy import select

    from app.models import AuditEntry, User

    dialog = _dialog(qtbot, admin_database)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "wrong one")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text() == "用户名或密码错误。")
    with admin_database.session() as session:
        user = session.scalar(select(User).where(User.username == "admin"))
        assert user is not None and user.failed_sign_ins == 1
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)).all()
    assert actions.count("sign_in_failed") == 1


def test_the_sign_in_page_has_no_gap_above_its_button(qtbot: Any, admin_database: Any) -> None:
    dialog = _dialog(qtbot, admin_database)
    assert dialog.pages.currentIndex() == PAGE_SIGN_IN
    page = dialog.pages.currentWidget()
    below_password = dialog.password.mapTo(page, dialog.password.rect().bottomLeft()).y()
    above_button = dialog.sign_in_button.mapTo(page, dialog.sign_in_button.rect().topLeft()).y()
    assert above_button - below_password < 2 * dialog.password.height()
