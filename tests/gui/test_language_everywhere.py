"""A run-time language switch with every pane and many dialogs open leaves no text in
the old language: labels, buttons, titles, placeholders, combo entries, tabs, headers,
menus, and the messages already on screen (saved, refused, locked)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabWidget,
    QWidget,
)

from app.services.settings import AppConfig
from app.views.application import DeskController
from app.views.language import install_language
from app.views.pane import Pane
from app.views.shell.idle_lock import LockDialog
from app.views.shell.sign_in_dialog import PAGE_SIGN_IN
from tests.helpers.roster_pane import demo_database

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

# words that are the same in both languages: names, formats, keys, the data's own text
_SAME = {"StreetDesk", "DEMO", "English", "Ctrl", "Shift", "Del", "PDF", "CSV", "UTF", "xlsx"}
_ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
_CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _texts(widget: QWidget) -> list[str]:
    texts: list[str] = []
    if isinstance(widget, QLabel):
        texts.append(re.sub(r"<[^>]+>", "", widget.text()))
    elif isinstance(widget, QAbstractButton):
        texts.append(widget.text())
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    elif isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    elif isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QHeaderView) and widget.model() is not None:
        model = widget.model()
        texts += [
            str(model.headerData(c, widget.orientation()) or "")
            for c in range(widget.count())
            if not widget.isSectionHidden(c)
        ]
    if isinstance(widget, QMainWindow):
        for menu in widget.menuBar().actions():
            texts.append(menu.text())
            if menu.menu() is not None:
                texts += [action.text() for action in menu.menu().actions()]
    if widget.isWindow():
        texts.append(widget.windowTitle())
    return [text for text in texts if text]


def _screen_texts() -> dict[str, str]:
    """Every text on screen, by where it is."""
    found: dict[str, str] = {}
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        for widget in [window, *window.findChildren(QWidget)]:
            if widget.isVisible():
                for text in _texts(widget):
                    found[text] = f"{type(widget).__name__} {widget.objectName()}"
    return found


def _english_left(texts: dict[str, str], data: set[str]) -> list[str]:
    left = []
    for text, where in texts.items():
        if text in data or "/" in text or "\\" in text:
            continue
        words = [w for w in _ENGLISH_WORD.findall(text) if w not in _SAME]
        if words:
            left.append(f"{where}: {text!r}")
    return left


def _catalogue_fragments() -> set[str]:
    """Pieces of the Chinese catalogue's translations between placeholders: text that
    can only come from the interface, never from the data."""
    import xml.etree.ElementTree as ET

    root = Path(__file__).resolve().parents[2]
    tree = ET.parse(root / "i18n" / "streetdesk_zh_CN.ts")
    fragments: set[str] = set()
    for translation in tree.getroot().iter("translation"):
        for piece in re.split(r"\{[^}]*\}|[<>]|%\w+|\n", translation.text or ""):
            piece = piece.strip(" （）()：:，,。.、&")
            if len(_CHINESE.findall(piece)) >= 4:
                fragments.add(piece)
    return fragments


def _chinese_left(texts: dict[str, str], names: list[str]) -> list[str]:
    """Texts holding a piece of the Chinese interface, the user's own name left out."""
    fragments = _catalogue_fragments()
    left = []
    for text, where in texts.items():
        bare = text
        for name in names:
            bare = bare.replace(name, "")
        if _CHINESE.search(bare) and any(piece in bare for piece in fragments):
            left.append(f"{where}: {text!r}")
    return left


def _open_everything(qtbot: Any, controller: DeskController) -> list[QWidget]:
    from app.views.disputes.dialogs.case_form import CaseFormDialog
    from app.views.disputes.dialogs.leads_dialog import LeadsDialog
    from app.views.rosters.dialogs.person_dialogs import StaffDialog, VolunteerDialog

    window = controller.window
    assert window is not None
    loaded: set[str] = set()
    for row, spec in enumerate(window.specs):
        window.show_pane(row)
        pane = window.pane(spec.key)
        if isinstance(pane, Pane) and spec.key in ("rosters", "disputes"):
            pane.loaded.connect(lambda key=spec.key: loaded.add(key))
    qtbot.waitUntil(lambda: loaded == {"rosters", "disputes"}, timeout=20_000)
    settings = window.pane("settings")
    assert settings is not None
    window.show_pane([s.key for s in window.specs].index("settings"))
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings.save_button.isEnabled() and bool(settings.status.text()))
    context = window.context
    dialogs: list[QWidget] = [
        CaseFormDialog(context),
        StaffDialog(context, None, None),
        VolunteerDialog(context, None, None),
        LeadsDialog(context),
    ]
    lock = LockDialog(context, False, None, manual=True)
    dialogs.append(lock)
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
    qtbot.keyClicks(lock.password, "wrong")
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(lock.message.text()))
    # the sign-in window, with a refusal on it
    sign_in = controller.dialog
    sign_in.show()
    qtbot.keyClicks(sign_in.username, "nobody")
    qtbot.keyClicks(sign_in.password, "wrong")
    qtbot.keyClick(sign_in.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(sign_in.message.text()) and not sign_in.busy)
    return dialogs


def _controller(qtbot: Any, qapp: Any, path: Path, language: str) -> DeskController:
    install_language(language)
    controller = DeskController(qapp, path, True, AppConfig(language=language))
    qtbot.addWidget(controller.dialog)
    controller.start()
    dialog = controller.dialog
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_SIGN_IN and not dialog.busy)
    qtbot.mouseClick(dialog.demo_buttons["admin"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window is not None)
    return controller


def _switch(qtbot: Any, controller: DeskController, language: str) -> None:
    controller.set_language(language)
    window = controller.window
    assert window is not None
    for pane in window.panes.values():
        if isinstance(pane, Pane):
            qtbot.waitUntil(lambda p=pane: p._language == language)
    rosters = window.pane("rosters")
    qtbot.waitUntil(lambda: rosters is not None and rosters.data.language == language)


def test_english_to_chinese_leaves_no_english(qtbot: Any, qapp: Any, tmp_path: Path) -> None:
    database = demo_database(tmp_path)
    path = database.path
    database.dispose()
    controller = _controller(qtbot, qapp, path, "en")
    dialogs = _open_everything(qtbot, controller)
    before = _screen_texts()
    assert "Saved." in "\n".join(before)
    data = {text for text in before if not _ENGLISH_WORD.search(text)}
    _switch(qtbot, controller, "zh_CN")
    left = _english_left(_screen_texts(), data)
    for dialog in dialogs:
        dialog.close()
    assert controller.window is not None
    controller.window.close()
    controller.shut_down()
    assert left == [], "\n".join(left)


def test_chinese_to_english_leaves_no_chinese_interface_text(
    qtbot: Any, qapp: Any, tmp_path: Path
) -> None:
    database = demo_database(tmp_path)
    path = database.path
    database.dispose()
    controller = _controller(qtbot, qapp, path, "zh_CN")
    dialogs = _open_everything(qtbot, controller)
    assert "已保存。" in "\n".join(_screen_texts())
    _switch(qtbot, controller, "en")
    assert controller.window is not None
    left = _chinese_left(_screen_texts(), [controller.window.context.actor.display_name])
    for dialog in dialogs:
        dialog.close()
    assert controller.window is not None
    controller.window.close()
    controller.shut_down()
    install_language("zh_CN")
    assert left == [], "\n".join(left)


def test_the_language_box_follows_a_switch_for_a_user_who_cannot_edit_it(
    qtbot: Any, make_window: Any, admin_database: Any
) -> None:
    from tests.helpers.actors import actor_with_role

    window = make_window(actor_with_role(admin_database, "clerk"), language="en")
    window.show_pane([spec.key for spec in window.specs].index("settings"))
    settings = window.pane("settings")
    assert not settings.language.isEnabled()
    assert settings.language.currentData() == "en"
    install_language("zh_CN")
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: settings.language.currentData() == "zh_CN")
    assert "只有系统管理员" in settings.status.text() or "管理员" in settings.status.text()
