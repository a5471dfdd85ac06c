"""The resident-meeting (幸福大家谈) form: demands typed into the table, those resolved on
the spot closed in one step, the result shown, and refusals pointing at the right cell."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QMessageBox

from app.models import Unit
from app.services.disputes import load_case
from app.views.disputes.dialogs.demands_model import (
    COL_CATEGORY,
    COL_ON_SPOT,
    COL_OUTCOME,
    COL_TEXT,
    DemandsModel,
)
from app.views.disputes.dialogs.meeting_dialog import MeetingDialog, open_meeting_dialog
from app.views.widgets.form_marks import ERROR_PROPERTY
from tests.helpers.change_log import announced_once
from tests.helpers.dispute_dialogs import Desk, ModalDriver, click_ok, make_desk
from tests.helpers.keyboard import type_text

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


def _dialog(qtbot: Any, desk: Desk) -> MeetingDialog:
    dialog = MeetingDialog(desk.context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _ok(qtbot: Any, dialog: Any) -> None:
    click_ok(qtbot, dialog)


def _fill_meeting(qtbot: Any, dialog: MeetingDialog) -> None:
    qtbot.keyClicks(dialog.unit.editor(), "fhhy")
    popup = dialog.unit.finder.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    type_text(qtbot, dialog.topic, "幸福大家谈·停车与物业")
    dialog.attendees.selectAll()
    qtbot.keyClicks(dialog.attendees, "23")
    type_text(qtbot, dialog.host, "黄磊")


def _commit(qtbot: Any, dialog: MeetingDialog, editor: Any) -> None:
    """Enter ends the edit; the delegate commits it on the next turn of the event loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.state() != QAbstractItemView.State.EditingState)


def _add_demand(qtbot: Any, dialog: MeetingDialog, text: str) -> int:
    # offscreen, the hidden unit popup can keep the activation; a desktop gives it back
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    row = dialog.model.rowCount() - 1
    editor = dialog.table.indexWidget(dialog.model.index(row, COL_TEXT))
    assert editor is not None and editor.hasFocus()
    type_text(qtbot, editor, text)
    _commit(qtbot, dialog, editor)
    return row


def _edit_cell(qtbot: Any, dialog: MeetingDialog, row: int, column: int, text: str) -> None:
    dialog.table.setCurrentIndex(dialog.model.index(row, column))
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    editor = dialog.table.indexWidget(dialog.model.index(row, column))
    type_text(qtbot, editor, text)
    _commit(qtbot, dialog, editor)


def test_demands_model_passes_the_model_tester(qtmodeltester: Any, database: Any) -> None:
    desk = make_desk(database)
    model = DemandsModel(desk.labels(), "zh_CN")
    model.insertRows(0, 3)
    model.setData(
        model.index(1, COL_ON_SPOT), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    qtmodeltester.check(model)
    assert model.index(0, COL_CATEGORY).data() == "其他纠纷"
    assert model.rows[1].on_spot and not model.rows[0].on_spot


def test_meeting_with_a_demand_resolved_on_the_spot(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    shown: list[str] = []

    def fill(dialog: MeetingDialog) -> None:
        _fill_meeting(qtbot, dialog)
        first = _add_demand(qtbot, dialog, "3栋门口乱停车堵住消防通道")
        dialog.table.setCurrentIndex(dialog.model.index(first, COL_ON_SPOT))
        qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
        _edit_cell(qtbot, dialog, first, COL_OUTCOME, "物业当场划线并张贴告示")
        _add_demand(qtbot, dialog, "物业费上涨未公示")
        _ok(qtbot, dialog)

    driver = (
        ModalDriver()
        .then(MeetingDialog, fill)
        .then(QMessageBox, lambda box: (shown.append(box.text()), box.accept()))
    )
    result = open_meeting_dialog(None, desk.context)
    driver.check()
    assert result is not None and len(result.cases) == 2
    assert [case.stage for case in result.cases] == ["closed", "received"]
    assert "2 项诉求" in shown[0] and "1 件" in shown[0]
    assert result.cases[0].number in shown[0]
    with database.session() as session:
        closed = load_case(session, desk.actor, result.cases[0].id)
        opened = load_case(session, desk.actor, result.cases[1].id)
    assert closed.resolution_method == "on_spot" and closed.card.source == "meeting"
    assert closed.demand is not None and closed.demand.resolved_on_spot
    assert closed.card.unit_id == desk.roster.garden_id
    assert opened.description == "物业费上涨未公示"
    assert {case.id for case in result.cases} <= announced_once(desk.changes, "disputes")


def test_on_the_spot_without_how_points_at_the_cell(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    dialog = _dialog(qtbot, desk)
    _fill_meeting(qtbot, dialog)
    _add_demand(qtbot, dialog, "路灯不亮")
    row = _add_demand(qtbot, dialog, "小区门禁坏了")
    dialog.table.setCurrentIndex(dialog.model.index(row, COL_ON_SPOT))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.result_value is None
    assert dialog.marks.message.text().startswith("第 2 项诉求：")
    assert "当场" in dialog.marks.message.text()
    assert dialog.model.error_cell == (row, COL_OUTCOME)
    assert dialog.table.currentIndex() == dialog.model.index(row, COL_OUTCOME)
    assert dialog.table.property(ERROR_PROPERTY) is True
    assert [r.text for r in dialog.model.rows] == ["路灯不亮", "小区门禁坏了"]
    _edit_cell(qtbot, dialog, row, COL_OUTCOME, "物业当场修好")
    assert dialog.model.error_cell is None
    _ok(qtbot, dialog)
    assert dialog.result_value is not None
    assert [case.stage for case in dialog.result_value.cases] == ["received", "closed"]


def test_a_row_can_be_removed_with_the_delete_key(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    dialog = _dialog(qtbot, desk)
    _add_demand(qtbot, dialog, "第一条")
    _add_demand(qtbot, dialog, "第二条")
    dialog.table.setCurrentIndex(dialog.model.index(0, COL_TEXT))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert [r.text for r in dialog.model.rows] == ["第二条"]


def test_future_date_and_removed_unit_are_marked(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    dialog = _dialog(qtbot, desk)
    _fill_meeting(qtbot, dialog)
    dialog.held_on.setFocus()
    qtbot.keyClick(dialog.held_on, Qt.Key.Key_Up)  # a year ahead
    _ok(qtbot, dialog)
    assert dialog.held_on.property(ERROR_PROPERTY) is True
    assert "将来" in dialog.marks.message.text()
    qtbot.keyClick(dialog.held_on, Qt.Key.Key_Down)
    with database.session("hr") as session:
        session.get(Unit, desk.roster.garden_id).deleted_at = datetime.now(UTC)
    _ok(qtbot, dialog)
    assert dialog.unit.property(ERROR_PROPERTY) is True
    assert dialog.held_on.property(ERROR_PROPERTY) is False
    assert "凤凰花园" in dialog.marks.message.text()
    assert dialog.topic.text() == "幸福大家谈·停车与物业"
