"""Finding things on the board: pinyin search, warning colours, overdue, unit, swimlanes,
column limits, the filters kept between sessions, and the language switched at run time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from app.services.database import Database
from app.services.disputes import BoardFilters
from app.services.pinyin_search import matches, search_keys
from app.views.disputes.column_model import LANE_COUNT_ROLE, LANE_HEADER_ROLE, LANE_ROLE
from app.views.disputes.pane import DisputesPane
from app.views.language import install_language
from tests.helpers.board_fixtures import demo_copy, open_pane, settled
from tests.helpers.board_oracle import load_board
from tests.helpers.dispute_dialogs import ModalDriver
from tests.helpers.keyboard import type_text

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Database]:
    database = demo_copy(tmp_path)
    yield database
    database.dispose()


def counts_of(pane: DisputesPane) -> dict[str, int]:
    return {stage: model.count for stage, model in pane.board.models.items()}


def expected(pane: DisputesPane, filters: BoardFilters) -> dict[str, int]:
    with pane.context.database.session() as session:
        board = load_board(session, pane.context.actor, filters)
    return {column.stage: column.count for column in board.columns}


def loaded(pane: DisputesPane) -> list[Any]:
    return [card for model in pane.board.models.values() for card in model.loaded_cards()]


def test_pinyin_search_keeps_the_matching_cards(qtbot: Any, demo: Database) -> None:
    pane = open_pane(qtbot, demo)
    everything = counts_of(pane)
    wanted = expected(pane, BoardFilters(text="gongzi"))
    assert 0 < sum(wanted.values()) < sum(everything.values())
    pane.filter_bar.search.setFocus()
    qtbot.keyClicks(pane.filter_bar.search, "gongzi")
    qtbot.waitUntil(lambda: counts_of(pane) == wanted)
    cards = loaded(pane)
    assert cards and all(matches("gongzi", search_keys(c.number, c.title)) for c in cards)
    assert any("工资" in card.title for card in cards)


def test_a_case_the_filter_hides_leaves_the_detail(qtbot: Any, demo: Database) -> None:
    pane = open_pane(qtbot, demo)
    hidden = next(card for card in loaded(pane) if "工资" not in card.title)
    with qtbot.waitSignal(pane.detail.loaded, timeout=10_000):
        pane.open_card(hidden)
    assert pane.detail.case_id == hidden.id
    pane.filter_bar.search.setFocus()
    qtbot.keyClicks(pane.filter_bar.search, "gongzi")
    qtbot.waitUntil(lambda: pane.detail.case_id is None, timeout=10_000)
    assert pane.detail.pages.currentWidget() is pane.detail.empty


def test_chinese_search_typed_through_the_input_method(qtbot: Any, demo: Database) -> None:
    pane = open_pane(qtbot, demo)
    wanted = expected(pane, BoardFilters(text="噪音"))
    assert sum(wanted.values()) > 0
    type_text(qtbot, pane.filter_bar.search, "噪音")
    qtbot.keyClick(pane.filter_bar.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counts_of(pane) == wanted)
    assert all("噪音" in card.title for card in loaded(pane))


def test_colour_buttons_show_counts_and_filter(qtbot: Any, demo: Database) -> None:
    pane = open_pane(qtbot, demo)
    red = pane.filter_bar.colour_buttons["red"]
    full = expected(pane, BoardFilters())
    qtbot.waitUntil(lambda: pane.board.counts is not None and pane.board.counts.overdue is not None)
    with demo.session() as session:
        board = load_board(session, pane.context.actor)
    assert red.text() == f"红色预警 {board.colour_counts['red']}"
    qtbot.mouseClick(red, Qt.MouseButton.LeftButton)
    wanted = expected(pane, BoardFilters(colours=frozenset({"red"})))
    assert wanted != full
    qtbot.waitUntil(lambda: counts_of(pane) == wanted)
    assert {card.colour for card in loaded(pane)} == {"red"}
    qtbot.mouseClick(pane.filter_bar.colour_buttons["blue"], Qt.MouseButton.LeftButton)
    settled(qtbot, pane)
    assert {card.colour for card in loaded(pane)} == {"red", "blue"}
    qtbot.mouseClick(pane.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: counts_of(pane) == full)
    assert not red.isChecked()


def test_overdue_only_from_the_keyboard(qtbot: Any, demo: Database) -> None:
    pane = open_pane(qtbot, demo)
    combo = pane.filter_bar.overdue
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() is True
    wanted = expected(pane, BoardFilters(overdue=True))
    qtbot.waitUntil(lambda: counts_of(pane) == wanted)
    cards = loaded(pane)
    assert cards and all(card.overdue for card in cards)


def test_unit_chosen_by_typing_its_name(qtbot: Any, demo: Database) -> None:
    pane = open_pane(qtbot, demo)
    unit = pane.filter_bar.unit
    # units and owners arrive from a worker thread once the board is on screen
    qtbot.waitUntil(lambda: len(unit.choice_model.choices) > 3)
    choice = unit.choice_model.choices[3]
    type_text(qtbot, unit.editor(), choice.label)
    qtbot.keyClick(unit.editor(), Qt.Key.Key_Return)
    assert unit.value() == choice.value
    wanted = expected(pane, BoardFilters(unit_ids=frozenset({choice.value})))
    qtbot.waitUntil(lambda: counts_of(pane) == wanted)
    assert all(card.unit_id == choice.value for card in loaded(pane))


def test_filters_are_kept_for_the_next_session(qtbot: Any, demo: Database) -> None:
    pane = open_pane(qtbot, demo)
    qtbot.mouseClick(pane.filter_bar.colour_buttons["orange"], Qt.MouseButton.LeftButton)
    type_text(qtbot, pane.filter_bar.search, "纠纷")
    qtbot.keyClick(pane.filter_bar.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.board.counts is not None)
    shown = counts_of(pane)
    state = pane.filter_bar.state()
    pane.close()
    again = open_pane(qtbot, demo)
    assert again.filter_bar.state() == state
    assert again.filter_bar.search.text() == "纠纷"
    assert again.filter_bar.colour_buttons["orange"].isChecked()
    assert (
        counts_of(again)
        == shown
        == expected(again, BoardFilters(text="纠纷", colours=frozenset({"orange"})))
    )


def test_swimlanes_by_severity_are_painted_header_rows(
    qtbot: Any, qtmodeltester: Any, demo: Database
) -> None:
    pane = open_pane(qtbot, demo)
    widgets_before = len(pane.findChildren(object))
    lanes = pane.filter_bar.lanes
    lanes.setFocus()
    qtbot.keyClick(lanes, Qt.Key.Key_Down)
    qtbot.keyClick(lanes, Qt.Key.Key_Down)
    assert lanes.currentData() == "severity"
    qtbot.waitUntil(lambda: pane.board.counts is not None and pane.board.counts.overdue is not None)
    model = pane.board.models["mediating"]
    headers = [row for row in range(model.rowCount()) if model.index(row, 0).data(LANE_HEADER_ROLE)]
    assert len(headers) >= 2
    titles = [pane.look.lane_titles[model.index(row, 0).data(LANE_ROLE)] for row in headers]
    assert titles[0] == "重大"
    # each lane's cards follow its header, and the headers count the column's cards
    assert sum(model.index(row, 0).data(LANE_COUNT_ROLE) for row in headers) == model.count
    severities = [card.severity for card in model.loaded_cards()]
    rank = {"major": 0, "general": 1, "minor": 2}
    assert [rank[s] for s in severities] == sorted(rank[s] for s in severities)
    qtmodeltester.check(model, force_py=True)
    # lanes are rows, not widgets
    assert len(pane.findChildren(object)) - widgets_before < 10


def test_work_in_progress_limit_marks_the_column_over_it(qtbot: Any, demo: Database) -> None:
    pane = open_pane(qtbot, demo)
    frame = pane.board.frames["received"]
    assert pane.board.models["received"].count > 3 and not frame.over_limit

    def three(dialog: QInputDialog) -> None:
        editor = dialog.findChild(object, "qt_spinbox_lineedit")
        editor.selectAll()
        qtbot.keyClicks(editor, "3")
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    driver = ModalDriver().then(QInputDialog, three)
    pane.ask_wip_limit("received")
    driver.check()
    assert frame.over_limit
    assert "3" in frame.header.text()
    again = open_pane(qtbot, demo)
    assert again.board.frames["received"].over_limit


def test_language_switches_at_run_time(qtbot: Any, demo: Database) -> None:
    pane = open_pane(qtbot, demo)
    header = pane.board.frames["mediating"].header
    assert "调解中" in header.text()
    assert pane.filter_bar.lists["severity"].itemText(1) == "重大"
    pane.context.language = "en"
    install_language("en")
    qtbot.waitUntil(lambda: "In mediation" in header.text())
    assert pane.filter_bar.lists["severity"].itemText(1) == "Major"
    assert pane.filter_bar.clear_button.text() == "Clear filters"
    assert pane.look.texts["overdue"] == "Overdue {days} d"
    pane.context.language = "zh_CN"
    install_language("zh_CN")
    qtbot.waitUntil(lambda: "调解中" in header.text())
    assert pane.filter_bar.clear_button.text() == "清除筛选"


def test_new_case_menu_offers_every_source(qtbot: Any, demo: Database) -> None:
    from PySide6.QtWidgets import QMenu

    from tests.helpers.board_fixtures import PopupDriver

    pane = open_pane(qtbot, demo)
    offered: list[str] = []

    def read(menu: QMenu) -> None:
        offered.extend(action.objectName() for action in menu.actions())
        qtbot.keyClick(menu, Qt.Key.Key_Escape)

    driver = PopupDriver(read)
    qtbot.mouseClick(pane.new_case_button, Qt.MouseButton.LeftButton)
    driver.check()
    sources = ["meeting", "online_group", "reception", "hotline", "grid_patrol", "early_warning"]
    assert offered == [f"newCase_{code}" for code in sources]
