"""The first-run guide on a fresh data folder: the administrator, how to begin, the first
colleagues, then the main window; "try the demo" opens the demo database instead."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.services import auth
from app.services.settings import AppConfig
from app.views.application import DeskController
from app.views.first_run.guide import STEP_ADMIN, STEP_COLLEAGUES, STEP_START, FirstRunGuide
from app.views.operations import DatabaseContext
from tests.helpers.keyboard import type_text
from tests.helpers.recovery_key import write_down_the_recovery_key

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _guide(qtbot: Any, database: Any) -> FirstRunGuide:
    guide = FirstRunGuide(DatabaseContext(database), "zh_CN")
    qtbot.addWidget(guide)
    guide.show()
    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow)
    return guide


def _create_admin(qtbot: Any, guide: FirstRunGuide) -> None:
    page = guide.admin_page
    qtbot.keyClicks(page.username, "admin")
    type_text(qtbot, page.display_name, "王管理")
    qtbot.keyClicks(page.password, "correct horse")
    qtbot.keyClicks(page.again, "correct horse")
    qtbot.keyClick(page.again, Qt.Key.Key_Return)
    shown = write_down_the_recovery_key(qtbot, guide)
    assert len(shown.split("-")) > 4, shown
    qtbot.waitUntil(lambda: guide.step() == STEP_START)


def test_step_one_keeps_the_input_when_refused(qtbot: Any, database: Any) -> None:
    guide = _guide(qtbot, database)
    page = guide.admin_page
    assert guide.step() == STEP_ADMIN and page.username.hasFocus()
    qtbot.keyClicks(page.username, "admin")
    type_text(qtbot, page.display_name, "王管理")
    qtbot.keyClicks(page.password, "short")
    qtbot.keyClicks(page.again, "shorter")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert guide.message.text() == "两次输入的密码不一致。"
    page.again.clear()
    qtbot.keyClicks(page.again, "short")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: guide.message.text() == "密码至少需要 8 个字符。")
    assert page.username.text() == "admin" and page.display_name.text() == "王管理"
    assert guide.step() == STEP_ADMIN and guide.actor is None
    with database.session() as session:
        assert auth.needs_first_admin(session)


def test_the_guide_creates_the_administrator_then_colleagues(qtbot: Any, database: Any) -> None:
    guide = _guide(qtbot, database)
    _create_admin(qtbot, guide)
    assert guide.actor is not None and guide.actor.role_code == "admin"
    start = guide.start_page
    qtbot.mouseClick(start.skip_button, Qt.MouseButton.LeftButton)
    assert guide.step() == STEP_COLLEAGUES

    for name, shown in (("lisi", "李四"), ("wangwu", "王五")):
        qtbot.mouseClick(guide.colleagues_page.add_button, Qt.MouseButton.LeftButton)
        dialog = guide.colleague_dialog
        qtbot.waitUntil(dialog.ok_button.isEnabled)
        qtbot.keyClicks(dialog.username, name)
        type_text(qtbot, dialog.display_name, shown)
        qtbot.keyClicks(dialog.password, "first password")
        qtbot.keyClicks(dialog.again, "first password")
        with qtbot.waitSignal(dialog.accepted):
            qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    added = guide.colleagues_page.added
    assert [added.item(i).text() for i in range(added.count())] == [
        "李四（lisi）　工作人员",
        "王五（wangwu）　工作人员",
    ]
    with qtbot.waitSignal(guide.finished_with) as finished:
        qtbot.mouseClick(guide.colleagues_page.finish_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].username == "admin"
    assert auth.sign_in_recorded(database, "lisi", "first password").must_change_password


def test_a_colleague_dialog_cancelled_adds_nobody(qtbot: Any, database: Any) -> None:
    guide = _guide(qtbot, database)
    _create_admin(qtbot, guide)
    qtbot.mouseClick(guide.start_page.skip_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(guide.colleagues_page.add_button, Qt.MouseButton.LeftButton)
    dialog = guide.colleague_dialog
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert guide.colleagues_page.added.count() == 0
    # Closing the guide once the administrator exists opens the desk, as Finish does.
    with qtbot.waitSignal(guide.finished_with):
        qtbot.keyClick(guide, Qt.Key.Key_Escape)


def test_the_template_choice_opens_the_import_wizard_then_step_three(
    qtbot: Any, database: Any
) -> None:
    from app.views.admin.org_import_dialog import OrgImportDialog

    guide = _guide(qtbot, database)
    _create_admin(qtbot, guide)
    qtbot.mouseClick(guide.start_page.template_button, Qt.MouseButton.LeftButton)
    wizard = guide.import_dialog
    assert isinstance(wizard, OrgImportDialog) and wizard.context.actor.username == "admin"
    qtbot.waitUntil(wizard.isVisible)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: guide.step() == STEP_COLLEAGUES)


def test_a_fresh_data_folder_runs_the_guide_into_the_main_window(
    qtbot: Any, qapp: Any, tmp_path: Path
) -> None:
    controller = DeskController(qapp, tmp_path / "new.sqlite", False, AppConfig())
    controller.start()
    qtbot.addWidget(controller.dialog)
    qtbot.waitUntil(lambda: controller.guide is not None and controller.guide.isVisible())
    guide = controller.guide
    assert isinstance(guide, FirstRunGuide)
    qtbot.addWidget(guide)
    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow)
    _create_admin(qtbot, guide)
    qtbot.mouseClick(guide.start_page.skip_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(guide.colleagues_page.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible())
    window = controller.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.context.actor.username == "admin"
    assert controller.guide is None
    window.close()
    controller.shut_down()


def test_try_the_demo_opens_the_demo_database_and_keeps_the_new_file(
    qtbot: Any, qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_path = tmp_path / "demo.sqlite"
    monkeypatch.setattr("app.services.settings.default_database_path", lambda demo=False: demo_path)
    opened: list[tuple[Path, bool]] = []

    def fake_open(path: Path, demo: bool) -> Any:
        from app.services.auth import mark_demo_database
        from app.services.database import open_sqlite

        opened.append((path, demo))
        database = open_sqlite(path)
        if demo:  # a migrated file marked as demo, without the generated data
            with database.session() as session:
                mark_demo_database(session)
        return database

    monkeypatch.setattr("app.views.application.open_or_generate", fake_open)
    controller = DeskController(qapp, tmp_path / "new.sqlite", False, AppConfig())
    controller.start()
    qtbot.addWidget(controller.dialog)
    qtbot.waitUntil(lambda: controller.guide is not None and controller.guide.isVisible())
    guide = controller.guide
    assert guide is not None
    qtbot.addWidget(guide)
    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow)
    _create_admin(qtbot, guide)
    qtbot.mouseClick(guide.start_page.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.dialog.demo_box.isVisible())
    assert opened[-1] == (demo_path, True)
    assert controller.demo and controller.dialog.isVisible() and not guide.isVisible()
    assert controller.dialog.demo_buttons  # one-click sign-in as any demo role
    assert qapp.applicationName() == "StreetDesk Demo"
    qapp.setApplicationName("StreetDesk")
    controller.shut_down()
    from app.services.database import open_sqlite

    mine = open_sqlite(tmp_path / "new.sqlite")
    try:
        assert auth.sign_in_recorded(mine, "admin", "correct horse").role_code == "admin"
    finally:
        mine.dispose()
