"""The main window shell: panes by role, shortcuts, status bar, language, lock, state."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSpinBox

from app.services.settings import load_config
from app.views.changes import Area, Changes
from app.views.language import install_language
from app.views.shell.idle_lock import LockDialog
from app.views.shell.main_window import MainWindow
from app.views.shell.panes import PANES
from tests.helpers.actors import actor_with_role


def test_navigation_shows_the_panes_a_role_may_see(make_window: Any, admin_database: Any) -> None:
    admin = make_window()
    assert [spec.key for spec in admin.specs] == [spec.key for spec in PANES]
    assert [spec.key for spec in PANES][:5] == ["rosters", "disputes", "psych", "reports", "sync"]
    psych = make_window(actor_with_role(admin_database, "psych_staff"))
    assert "disputes" not in [spec.key for spec in psych.specs]
    assert "psych" in [spec.key for spec in psych.specs]


def test_shortcuts_switch_panes_and_build_them_on_first_use(qtbot: Any, make_window: Any) -> None:
    window: MainWindow = make_window()
    assert window.pane("reports") is None
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 3
    pane = window.pane("reports")
    assert pane is not None and window.stack.currentWidget() is pane
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 1
    assert window.stack.currentWidget() is window.pane("disputes")


def test_the_registry_pane_shows_real_counts(qtbot: Any, make_window: Any) -> None:
    window: MainWindow = make_window()
    window.show_pane(2)
    pane = window.pane("psych")
    qtbot.waitUntil(lambda: pane.view is not None)
    assert pane.findChild(QLabel, "psychCounts").text().startswith("在册台账 0")


def test_an_overview_reads_again_only_for_its_own_area(qtbot: Any, make_window: Any) -> None:
    window: MainWindow = make_window()
    window.show_pane(2)
    pane = window.pane("psych")
    qtbot.waitUntil(lambda: pane.view is not None)
    generation = pane.generation
    window.context.changes.announce(Changes.of(Area.DISPUTES))
    with qtbot.waitSignal(pane.loaded):
        window.context.changes.announce(Changes.of(Area.PSYCH))
    assert pane.generation == generation + 1


def test_status_bar_names_user_role_database_and_sync(make_window: Any) -> None:
    window: MainWindow = make_window()
    assert window.user_label.text() == "用户：王管理（系统管理员）"
    assert window.database_label.text().startswith("数据库：")
    assert "同步" in window.sync_label.text()
    assert not window.banner.isVisible()


def test_language_switches_at_run_time(qtbot: Any, make_window: Any) -> None:
    window: MainWindow = make_window()
    assert window.file_menu.title() == "文件(&F)"
    assert window.nav.item(0).text() == "花名册"
    install_language("en")
    window.set_language("en")
    assert window.file_menu.title() == "&File"
    assert window.nav.item(0).text() == "Rosters"
    assert window.user_label.text() == "User: 王管理 (Administrator)"
    install_language("zh_CN")
    qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)")


def test_idle_desk_locks_hides_data_and_unlocks_with_the_password(
    qtbot: Any, make_window: Any
) -> None:
    window: MainWindow = make_window()
    window.idle.set_interval_ms(30)
    qtbot.waitUntil(lambda: window.locked)
    dialog = window.findChild(LockDialog)
    assert dialog is not None and dialog.isVisible()
    assert window.stack.currentWidget() is window.locked_page
    qtbot.keyClicks(dialog.password, "wrong")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text() == "密码错误。")
    assert window.locked
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.locked and dialog.isVisible()
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "correct horse")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked)
    assert window.stack.currentWidget() is window.pane("rosters")


def test_lock_shortcut_locks_at_once(qtbot: Any, make_window: Any) -> None:
    window: MainWindow = make_window()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked


def _no_overlap(dialog: LockDialog) -> None:
    """Every label is as tall as its wrapped text needs, and none covers another."""
    labels = [dialog.info, dialog.password, dialog.message, dialog.unlock_button]
    for label in (dialog.info, dialog.message):
        assert label.height() >= label.heightForWidth(label.width()), label.objectName()
    shown = [w for w in labels if w.isVisible()]
    for upper, lower in itertools.pairwise(shown):
        assert upper.geometry().bottom() < lower.geometry().top()


def test_a_manual_lock_says_so_and_a_wrong_password_names_only_the_password(
    qtbot: Any, make_window: Any
) -> None:
    window: MainWindow = make_window()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(LockDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert "自动" not in dialog.info.text() and "长时间" not in dialog.info.text()
    assert dialog.info.text().startswith("工作台已锁定。")
    # the first sentence fits on one line: no "锁/定。" break
    metrics = dialog.info.fontMetrics()
    assert metrics.horizontalAdvance("工作台已锁定。王管理，") < dialog.info.width()
    _no_overlap(dialog)
    qtbot.keyClicks(dialog.password, "wrong")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text() == "密码错误。")
    qtbot.waitUntil(lambda: dialog.message.height() >= dialog.message.sizeHint().height())
    _no_overlap(dialog)
    install_language("en")
    qtbot.waitUntil(lambda: dialog.message.text() == "The password is wrong.")
    assert dialog.info.text().startswith("The desk is locked.")
    install_language("zh_CN")


def test_window_size_and_last_pane_are_kept(qtbot: Any, make_window: Any) -> None:
    window: MainWindow = make_window()
    window.resize(700, 500)
    window.nav.setCurrentRow(3)
    window.close()
    again: MainWindow = make_window()
    assert again.nav.currentRow() == 3
    assert (again.width(), again.height()) == (700, 500)


def test_demo_window_carries_the_banner(make_window: Any) -> None:
    window: MainWindow = make_window(demo=True)
    assert window.banner.isVisible()
    assert window.banner.text().startswith("演示 DEMO")
    assert "演示 DEMO" in window.windowTitle()
    assert window.reset_demo_action.isVisible()


def _render(text: str, font: QFont) -> QImage:
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QPoint(8, 48), text)
    painter.end()
    return image


def test_chinese_renders_with_real_glyphs_not_boxes() -> None:
    font = QApplication.font()
    font.setPointSize(28)
    missing = _render("\U000e0100", font)  # no font has a glyph: Qt draws its box
    glyphs = [_render(char, font) for char in "街道工作台"]
    assert all(image != missing for image in glyphs)
    assert len({image.cacheKey() for image in glyphs}) == len(glyphs)
    assert glyphs[0] != glyphs[1]


def test_settings_pane_saves_the_idle_lock_time(qtbot: Any, make_window: Any) -> None:
    window: MainWindow = make_window()
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    pane = window.pane("settings")
    spin = pane.findChild(QSpinBox, "settingsIdleMinutes")
    spin.selectAll()
    qtbot.keyClicks(spin, "30")
    with qtbot.waitSignal(window.settings_saved) as saved:
        qtbot.mouseClick(pane.findChild(QPushButton, "settingsSave"), Qt.MouseButton.LeftButton)
    assert saved.args[0].idle_lock_minutes == 30
    assert load_config().idle_lock_minutes == 30


def test_settings_are_read_only_for_a_clerk(make_window: Any, admin_database: Any) -> None:
    window: MainWindow = make_window(actor_with_role(admin_database, "clerk"))
    window.show_pane([spec.key for spec in window.specs].index("settings"))
    pane = window.pane("settings")
    assert not pane.findChild(QPushButton, "settingsSave").isEnabled()
    assert not pane.findChild(QSpinBox, "settingsIdleMinutes").isEnabled()


def test_the_window_paints_before_its_first_pane_is_built(qtbot: Any, admin_database: Any) -> None:
    from app.services import auth
    from app.views.pane_context import PaneContext

    actor = auth.sign_in_recorded(admin_database, "admin", "correct horse")
    window = MainWindow(PaneContext(admin_database, actor), False, {}, 15)
    qtbot.addWidget(window)
    assert window.pane("rosters") is None
    placeholder = window.stack.currentWidget()
    assert isinstance(placeholder, QLabel) and placeholder.text() == "正在打开…"
    window.show()
    qtbot.waitUntil(lambda: window.pane("rosters") is not None)
    assert window.stack.currentWidget() is window.pane("rosters")
