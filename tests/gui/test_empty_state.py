"""On a fresh database the Rosters pane, the Disputes board and the new staff dialog say
there is no organisation yet and lead an administrator to Administration; anyone else is
told to ask their administrator."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.views.rosters.dialogs.person_dialogs import build_staff_dialog
from app.views.widgets.empty_state import NoOrganisation

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

SAID = "还没有组织架构。管理员可以在 系统管理 → 组织架构 中建立，或从模板文件导入。"


def _current_key(window: Any) -> str:
    return str(window.specs[window.nav.currentRow()].key)


@pytest.mark.parametrize("pane_key", ["rosters", "disputes"])
def test_an_empty_pane_leads_the_administrator_to_administration(
    qtbot: Any, make_window: Any, pane_key: str
) -> None:
    window = make_window()
    pane = window.open_pane(pane_key)
    banner = pane.findChild(NoOrganisation)
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    assert banner.text.text() == SAID
    assert banner.button.isVisible() and banner.button.text() == "打开系统管理(&A)"
    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    assert _current_key(window) == "administration"


def test_the_new_staff_dialog_says_why_its_department_list_is_empty(
    qtbot: Any, make_window: Any
) -> None:
    window = make_window()
    pane = window.open_pane("rosters")
    dialog = build_staff_dialog(pane, window.context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.no_organisation.isVisible, timeout=10_000)
    assert dialog.no_organisation.text.text() == SAID
    qtbot.mouseClick(dialog.no_organisation.button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _current_key(window) == "administration"


def test_someone_else_is_told_to_ask_their_administrator(
    qtbot: Any, make_window: Any, role_actor: Any
) -> None:
    window = make_window(actor=role_actor("clerk"))
    pane = window.open_pane("rosters")
    banner = pane.findChild(NoOrganisation)
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    assert banner.text.text() == "还没有组织架构。请联系管理员建立（系统管理 → 组织架构）。"
    assert not banner.button.isVisible()
    assert window.open_pane("administration") is None


def test_with_an_organisation_nothing_is_said(
    qtbot: Any, make_window: Any, admin_database: Any
) -> None:
    from app.services.permissions import Actor
    from tests.helpers.sample_street import build_sample_street

    with admin_database.session() as session:
        build_sample_street(session, Actor.system())
    window = make_window()
    pane = window.open_pane("rosters")
    qtbot.waitUntil(lambda: pane.data is not None, timeout=10_000)
    assert not pane.findChild(NoOrganisation).isVisible()
