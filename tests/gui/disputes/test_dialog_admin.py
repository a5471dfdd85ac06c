"""The administrator's pages: the warning rules as they are checked, and the working
calendar's overrides with what the official calendar says of any day."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt

from app.services.disputes import list_warning_rules, list_workday_overrides
from app.services.permissions import Actor
from app.views.disputes.dialogs.admin_dialogs import CalendarOverridesDialog, WarningRulesDialog
from app.views.disputes.dialogs.detail_panel import CaseDetailPanel
from app.views.disputes.dialogs.overrides_model import DAY_DATE, DAY_KIND
from app.views.disputes.dialogs.warning_rules_model import (
    RULE_COLOUR,
    RULE_CONDITIONS,
    RULE_NAME,
)
from tests.helpers.change_log import announced_once
from tests.helpers.dispute_dialogs import (
    Desk,
    make_desk,
    receive_case,
    wait_for_reads,
    wait_for_write,
)
from tests.helpers.keyboard import type_text


def _shown(qtbot: Any, dialog: Any) -> Any:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    wait_for_reads(qtbot, dialog)
    return dialog


def _calendar(qtbot: Any, desk: Desk) -> CalendarOverridesDialog:
    return _shown(qtbot, CalendarOverridesDialog(desk.context))


def _go_to(qtbot: Any, dialog: CalendarOverridesDialog, day: date) -> None:
    """Type the date over the day field's text."""
    dialog.day.setFocus()
    dialog.day.selectAll()
    qtbot.keyClicks(dialog.day, day.isoformat())
    assert dialog.day.date() == QDate(day.year, day.month, day.day)
    wait_for_reads(qtbot, dialog)


def test_warning_rules_in_the_order_they_are_checked(
    qtbot: Any, qtmodeltester: Any, database: Any
) -> None:
    desk = make_desk(database)
    dialog = _shown(qtbot, WarningRulesDialog(desk.context))
    model = dialog.model
    qtmodeltester.check(model)
    with database.session() as session:
        rules = list_warning_rules(session, desk.actor)
    assert model.rowCount() == len(rules) > 4
    assert [model.index(r, RULE_NAME).data() for r in range(2)] == [
        rules[0].name_zh,
        rules[1].name_zh,
    ]
    first = model.index(0, RULE_CONDITIONS).data()
    assert first == "严重程度为重大 且 已超期"
    assert model.index(0, RULE_COLOUR).data() == "红色预警"
    last = model.rowCount() - 1
    assert model.index(last, RULE_CONDITIONS).data() == "任何在办案件"
    assert model.index(last, RULE_COLOUR).data() == "蓝色预警"
    # read-only: nothing in the table can be edited
    assert not (model.flags(model.index(0, RULE_NAME)) & Qt.ItemFlag.ItemIsEditable)


def test_day_info_says_what_the_official_calendar_says(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    dialog = _calendar(qtbot, desk)
    _go_to(qtbot, dialog, date(2026, 2, 17))
    assert "2026-02-17" in dialog.info.text() and "休息日" in dialog.info.text()
    assert "春节" in dialog.info.text()
    _go_to(qtbot, dialog, date(2026, 2, 14))  # a Saturday made a working day (调休)
    assert "计为工作日" in dialog.info.text() and "春节调休上班" in dialog.info.text()


def test_administrator_sets_and_removes_an_override(
    qtbot: Any, qtmodeltester: Any, database: Any
) -> None:
    desk = make_desk(database)
    card = receive_case(desk)
    panel = CaseDetailPanel(desk.context)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.show_case(card.id)
    dialog = _calendar(qtbot, desk)
    _go_to(qtbot, dialog, date(2026, 4, 30))
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # rest day
    type_text(qtbot, dialog.note, "街道统一调休")
    with qtbot.waitSignal(panel.loaded, timeout=5000):  # the panel's clocks reload
        qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
        wait_for_write(qtbot, dialog)
    assert dialog.year.value() == 2026
    qtmodeltester.check(dialog.model)
    assert dialog.model.index(0, DAY_DATE).data() == "2026-04-30"
    assert dialog.model.index(0, DAY_KIND).data() == "休息日"
    assert "街道统一调休" in dialog.info.text()
    assert announced_once(desk.changes[-1:], "dispute_rules")
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    wait_for_write(qtbot, dialog)
    assert dialog.model.rowCount() == 0
    with database.session() as session:
        assert list_workday_overrides(session, desk.actor, 2026) == ()
    # removing again is refused with the reason, in the dialog
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    wait_for_write(qtbot, dialog)
    assert "2026-04-30" in dialog.marks.message.text()


def test_choosing_a_row_shows_that_day(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    dialog = _calendar(qtbot, desk)
    _go_to(qtbot, dialog, date(2026, 10, 10))
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    wait_for_write(qtbot, dialog)
    _go_to(qtbot, dialog, date(2026, 3, 3))
    rect = dialog.table.visualRect(dialog.model.index(0, DAY_DATE))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.day.date() == QDate(2026, 10, 10)


def test_other_roles_see_the_calendar_but_cannot_change_it(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    clerk = desk.as_role("clerk")
    dialog = _calendar(qtbot, clerk)
    assert dialog.permission_note.isVisible()
    assert not dialog.set_button.isEnabled() and not dialog.remove_button.isEnabled()
    assert dialog.info.text()  # the lookup still works
    reader = make_desk(database, Actor("viewer", "只读", "viewer", frozenset()), desk.roster)
    refused = _calendar(qtbot, reader)
    assert "dispute" not in refused.marks.message.text()
    assert "查看矛盾纠纷" in refused.marks.message.text()
