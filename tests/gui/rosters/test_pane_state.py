"""The Rosters pane across sessions and languages, and a unit's roster printed to PDF:
splitter, columns, tab and filters come back; English shows English headers and
reference names; the PDF is written off the GUI thread and offered for opening."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt

from app.services.rosters import NodeKind
from app.views.language import install_language
from app.views.models.roles import ROW_ROLE
from tests.helpers.roster_pane import (
    click_index,
    click_tab,
    demo_database,
    open_pane,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def database(tmp_path: Path) -> Any:
    database = demo_database(tmp_path)
    yield database
    database.dispose()


def _first_unit(model: Any, parent: QModelIndex | None = None) -> Any:
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data(ROW_ROLE).kind == NodeKind.UNIT:
            return index
        found = _first_unit(model, index)
        if found is not None:
            return found
    return None


def test_layout_tab_and_filters_come_back(qtbot: Any, database: Any) -> None:
    pane = open_pane(qtbot, database)
    pane.splitter.setSizes([410, 800])
    pane.staff_view.horizontalHeader().resizeSection(2, 233)
    status = pane.filters.status
    status.setFocus()
    while pane.filters.status_key() != "expired":
        qtbot.keyClick(status, Qt.Key.Key_Down)
    click_tab(qtbot, pane, pane.TAB_VACANCIES)
    sizes = pane.splitter.sizes()
    pane.close()
    assert QSettings().value(pane.state.prefix + "filter/status") == "expired"
    again = open_pane(qtbot, database)
    assert again.splitter.sizes() == sizes
    assert again.staff_view.horizontalHeader().sectionSize(2) == 233
    assert again.tabs.currentIndex() == again.TAB_VACANCIES
    assert again.filters.status_key() == "expired"
    click_tab(qtbot, again, again.TAB_STAFF)
    rows = [again.staff_model.row_at(i) for i in range(again.staff_model.rowCount())]
    assert rows and all(row.status.value == "expired" for row in rows)


def test_switching_to_english_reloads_reference_names(qtbot: Any, database: Any) -> None:
    pane = open_pane(qtbot, database)
    chinese_types = [pane.filters.unit_type.itemText(i) for i in range(1, 6)]
    pane.context.language = "en"
    with qtbot.waitSignals([pane.loaded, pane.volunteers_loaded], timeout=20_000):
        install_language("en")
    assert pane.staff_model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert pane.tabs.tabText(pane.TAB_STAFF) == "Staff"
    assert "posts vacant" in pane.strip.text()
    english_types = [pane.filters.unit_type.itemText(i) for i in range(1, 6)]
    assert english_types != chinese_types and all(t.isascii() for t in english_types)
    assert pane.filters.unit_type.itemText(0) == "All unit types"


def test_a_unit_roster_opens_in_the_print_preview(qtbot: Any, database: Any) -> None:
    pane = open_pane(qtbot, database)
    assert not pane.actions_.print.isEnabled()  # a street is chosen, not a unit
    unit_index = _first_unit(pane.tree_model)
    click_index(qtbot, pane.tree, unit_index)
    assert pane.actions_.print.isEnabled()
    pane.tree.setFocus()
    qtbot.keyClick(pane.tree, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pane.actions_.preview is not None, timeout=20_000)
    preview = pane.actions_.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.first_page_shown, timeout=20_000)
    assert preview.printed.path.read_bytes().startswith(b"%PDF")
    assert unit_index.data(ROW_ROLE).label in preview.windowTitle()
    preview.close()


def test_a_filter_is_the_users_own_and_a_restored_one_is_said_above_the_list(
    qtbot: Any, database: Any
) -> None:
    clerk = open_pane(qtbot, database, "clerk")
    assert not clerk.filtered.isVisible()
    status = clerk.filters.status
    status.setFocus()
    while clerk.filters.status_key() != "vacant":
        qtbot.keyClick(status, Qt.Key.Key_Down)
    vacant_rows = clerk.staff_model.rowCount()
    assert clerk.filtered.isVisible()
    clerk.close()
    supervisor = open_pane(qtbot, database, "supervisor")
    assert supervisor.filters.status_key() == ""
    assert not supervisor.filtered.isVisible()
    supervisor.close()
    again = open_pane(qtbot, database, "clerk")
    assert again.staff_model.rowCount() == vacant_rows
    assert again.filtered.isVisible()
    assert again.filtered.label.text() == "已筛选：空缺岗位及派驻到期"
    assert again.filtered.clear_link.text() == "（清除）"
    qtbot.mouseClick(again.filtered.clear_link, Qt.MouseButton.LeftButton)
    assert again.filters.status_key() == ""
    assert not again.filtered.isVisible()
    assert again.staff_model.rowCount() == again.staff_model.total() > vacant_rows


def test_layouts_and_filters_kept_for_everyone_by_earlier_versions_are_dropped(
    qtbot: Any, qapp: Any, tmp_path: Path
) -> None:
    from app.services.settings import AppConfig
    from app.views.application import DeskController

    settings = QSettings()
    settings.setValue("rosters/filter/status", "vacant")
    settings.setValue("main_window/pane", "disputes")
    settings.setValue("disputes/board/filters", "{}")
    settings.setValue("users/demo_clerk/rosters/filter/status", "vacant")
    controller = DeskController(qapp, tmp_path / "none.sqlite", False, AppConfig())
    qtbot.addWidget(controller.dialog)
    assert QSettings().allKeys() == ["users/demo_clerk/rosters/filter/status"]
