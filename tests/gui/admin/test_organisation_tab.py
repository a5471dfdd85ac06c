"""The Organisation tab, driven by keys and clicks: add (a taken code is refused and the
input kept), rename, move, retire (refused with what still uses the unit), the empty
desk's way in, and a supervisor who only reads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.models import Community, Grid, Unit
from app.services.organisation import OrgKind
from app.services.permissions import Actor
from app.views.admin.org_dialogs import OrgMoveDialog, OrgNodeDialog
from app.views.admin.organisation_tab import OrganisationTab
from app.views.pane_context import PaneContext
from app.views.widgets.form_marks import is_marked
from tests.helpers.actors import actor_with_role
from tests.helpers.keyboard import type_text
from tests.helpers.org_desk import admin_actor, build_org_desk, key_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def desk(admin_database: Any, tmp_path: Path) -> Any:
    build_org_desk(admin_database, tmp_path)
    return admin_database


def open_tab(qtbot: Any, database: Any, actor: Actor) -> OrganisationTab:
    tab = OrganisationTab(PaneContext(database, actor, "zh_CN"))
    qtbot.addWidget(tab)
    tab.resize(900, 600)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def select(qtbot: Any, tab: OrganisationTab, key: Any) -> None:
    index = tab.model.index_of(key)
    assert index.isValid()
    tab.view.setCurrentIndex(index)
    focus_tree(qtbot, tab)


def focus_tree(qtbot: Any, tab: OrganisationTab) -> None:
    """Back on the tab's window (a dialog or message box was just closed) and its tree."""
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus)


def names_under(tab: OrganisationTab, key: Any) -> list[str]:
    parent = tab.model.index_of(key)
    return [tab.model.index(r, 0, parent).data() for r in range(tab.model.rowCount(parent))]


def click_ok(qtbot: Any, dialog: Any) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_the_tree_model_passes_the_model_tester(qtbot: Any, qtmodeltester: Any, desk: Any) -> None:
    tab = open_tab(qtbot, desk, admin_actor(desk))
    qtmodeltester.check(tab.model)
    top = [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]
    assert top[0] == "光明区" and len(top) == 1 + 5  # the district, then the five unit types
    community = key_of(desk, OrgKind.COMMUNITY, Community, "FH-C1")
    assert names_under(tab, community) == ["凤凰花园幸福里", "凤凰社区第01小分格"]


def test_insert_adds_a_unit_and_a_taken_code_keeps_the_input(qtbot: Any, desk: Any) -> None:
    tab = open_tab(qtbot, desk, admin_actor(desk))
    community = key_of(desk, OrgKind.COMMUNITY, Community, "FH-C1")
    select(qtbot, tab, community)
    qtbot.keyClick(tab.view, Qt.Key.Key_Insert)
    menu = tab.add_menu
    qtbot.waitUntil(menu.isVisible)
    assert [a.data() for a in menu.actions()] == ["grid", "unit"]
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert isinstance(dialog, OrgNodeDialog) and dialog.kind == OrgKind.UNIT
    qtbot.waitUntil(dialog.isVisible)
    type_text(qtbot, dialog.name, "凤凰商务幸福里")
    type_text(qtbot, dialog.code, "FH-U2")  # the urban village has it
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(dialog.message.text()))
    assert "FH-U2" in dialog.message.text() and is_marked(dialog.code)
    assert dialog.isVisible() and dialog.name.text() == "凤凰商务幸福里"
    dialog.code.selectAll()
    type_text(qtbot, dialog.code, "FH-U3")
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        click_ok(qtbot, dialog)
    assert "凤凰商务幸福里" in names_under(tab, community)
    chosen = tab.selected()
    assert chosen is not None and chosen.code == "FH-U3"


def test_f2_renames_and_ctrl_m_moves_a_grid(qtbot: Any, desk: Any) -> None:
    tab = open_tab(qtbot, desk, admin_actor(desk))
    grid = key_of(desk, OrgKind.GRID, Grid, "FH-G1")
    select(qtbot, tab, grid)
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    dialog = tab.dialog
    assert isinstance(dialog, OrgNodeDialog) and dialog.name.text() == "凤凰社区第01小分格"
    dialog.name.selectAll()
    type_text(qtbot, dialog.name, "凤凰社区一号格")
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    renamed = tab.selected()
    assert renamed is not None and renamed.name == "凤凰社区一号格"
    focus_tree(qtbot, tab)
    qtbot.keyClick(tab.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    mover = tab.dialog
    assert isinstance(mover, OrgMoveDialog)
    assert mover.target.count() == 1 and "塘家社区" in mover.target.currentText()
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        click_ok(qtbot, mover)
    other = key_of(desk, OrgKind.COMMUNITY, Community, "FH-C2")
    assert "凤凰社区一号格" in names_under(tab, other)


def test_delete_refuses_a_unit_in_use_and_retires_one_that_is_not(qtbot: Any, desk: Any) -> None:
    tab = open_tab(qtbot, desk, admin_actor(desk))
    used = key_of(desk, OrgKind.UNIT, Unit, "FH-U1")
    select(qtbot, tab, used)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    box = tab.confirm_box
    assert "凤凰花园幸福里" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(tab.message.text()))
    assert "凤凰花园幸福里" in tab.message.text() and "1" in tab.message.text()
    assert tab.model.index_of(used).isValid()
    free = key_of(desk, OrgKind.UNIT, Unit, "FH-U2")
    select(qtbot, tab, free)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot.mouseClick(
            tab.confirm_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
        )
    assert not tab.model.index_of(free).isValid()


def test_a_supervisor_reads_and_changes_nothing(qtbot: Any, desk: Any) -> None:
    supervisor = actor_with_role(desk, "supervisor")
    assert isinstance(supervisor, Actor)
    tab = open_tab(qtbot, desk, supervisor)
    assert tab.model.rowCount() > 1
    select(qtbot, tab, key_of(desk, OrgKind.UNIT, Unit, "FH-U1"))
    assert not any(action.isVisible() for action in tab.edit_actions())
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert tab.dialog is None


def test_an_empty_desk_says_how_to_begin(qtbot: Any, admin_database: Any) -> None:
    tab = open_tab(qtbot, admin_database, admin_actor(admin_database))
    assert tab.empty.isVisible() and tab.empty_import.isVisible()
    qtbot.mouseClick(tab.empty_add, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, OrgNodeDialog) and dialog.kind == OrgKind.DISTRICT
    type_text(qtbot, dialog.name, "光明区")
    type_text(qtbot, dialog.code, "440311")
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        click_ok(qtbot, dialog)
    assert not tab.empty.isVisible() and tab.model.index(0, 0).data() == "光明区"


def test_the_context_menu_offers_what_fits_the_entry(qtbot: Any, desk: Any) -> None:
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    tab = open_tab(qtbot, desk, admin_actor(desk))
    community = key_of(desk, OrgKind.COMMUNITY, Community, "FH-C1")
    select(qtbot, tab, community)
    point = tab.view.visualRect(tab.model.index_of(community)).center()
    # what the menu key (or a right click) sends the tree
    viewport = tab.view.viewport()
    QApplication.sendEvent(
        viewport,
        QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, point, viewport.mapToGlobal(point)),
    )
    menu = tab.context_menu
    qtbot.waitUntil(menu.isVisible)
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts[:2] == ["新增网格…", "新增幸福里…"]
    assert "重命名(&R)…" in texts and "撤销(&T)" in texts and "从工作簿导入(&I)…" in texts
    rename = next(a for a in menu.actions() if a.text() == "重命名(&R)…")
    menu.close()
    rename.trigger()
    dialog = tab.dialog
    assert isinstance(dialog, OrgNodeDialog) and dialog.name.text() == "凤凰社区"
    assert dialog.windowTitle() == "重命名社区"
