"""The case detail panel: every field, why the colour, the full timeline, and the edit,
team and note actions; an empty state and a removed case read clearly."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import chinese_calendar
from PySide6.QtCore import Qt

from app.models import Dispute, Unit
from app.services.disputes import load_case, set_workday_override
from app.services.permissions import Actor
from app.views.disputes.dialogs.case_form import CaseFormDialog
from app.views.disputes.dialogs.detail_panel import CaseDetailPanel
from app.views.disputes.dialogs.note_dialog import NoteDialog
from app.views.disputes.dialogs.team_dialog import TeamDialog
from app.views.disputes.dialogs.timeline_model import DETAILS_ROLE, STEP_ROLE
from app.views.language import install_language
from tests.helpers.change_log import announced_once
from tests.helpers.dispute_dialogs import Desk, ModalDriver, click_ok, make_desk, receive_case
from tests.helpers.keyboard import type_text


def _panel(qtbot: Any, desk: Desk) -> CaseDetailPanel:
    panel = CaseDetailPanel(desk.context)
    qtbot.addWidget(panel)
    panel.resize(560, 820)
    panel.show()
    return panel


def _show(qtbot: Any, panel: CaseDetailPanel, case_id: Any) -> None:
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.show_case(case_id)


def _ok(qtbot: Any, dialog: Any) -> None:
    click_ok(qtbot, dialog)


def test_empty_state_until_a_case_is_chosen(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    panel = _panel(qtbot, desk)
    assert panel.pages.currentWidget() is panel.empty
    assert "选择" in panel.empty.text()
    assert not panel.note_button.isEnabled()
    card = receive_case(desk)
    _show(qtbot, panel, card.id)
    assert panel.pages.currentWidget() is panel.content
    _show(qtbot, panel, None)
    assert panel.pages.currentWidget() is panel.empty and panel.detail is None


def test_fields_timeline_and_why_the_colour(qtbot: Any, qtmodeltester: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk, stages=("accepted", "mediating"), people=12, amount=250000)
    panel = _panel(qtbot, desk)
    _show(qtbot, panel, card.id)
    value = {name: label.text() for name, label in panel.values.items()}
    assert card.number in panel.number.text() and "调解中" in panel.number.text()
    assert value["category"] == "劳资纠纷（欠薪）" and value["severity"] == "一般"
    assert value["source"] == "接待处" and value["unit"] == "凤凰智造园"
    assert value["owner"] == "王芳" and value["people"] == "12"
    assert value["amount"] == "250,000.00 元"
    assert str(card.deadline) in value["deadline"]
    with database.session() as session:
        timeline = load_case(session, desk.actor, card.id).timeline
    model = panel.timeline_model
    qtmodeltester.check(model)
    assert model.rowCount() == len(timeline) == 3
    steps = [model.index(row).data(STEP_ROLE) for row in range(model.rowCount())]
    assert steps == ["收案", "收案 → 领办", "领办 → 调解中"]
    assert "负责人：王芳" in model.index(1).data(DETAILS_ROLE)
    # 12 people and 250,000 yuan: the "10 or more people" orange rule fires first
    assert "橙色预警" in panel.warning.text()
    assert panel.why.isHidden()
    qtbot.mouseClick(panel.why_button, Qt.MouseButton.LeftButton)
    assert panel.why.isVisible()
    why = panel.why.text()
    assert "涉及 10 人以上（本案：12 人） ✓" in why and "据此定色" in why
    assert "✗" in why  # the red rules before it, checked and not met


def test_removed_unit_is_named_as_removed(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk)
    with database.session("hr") as session:
        session.get(Unit, desk.roster.park_id).deleted_at = datetime.now(UTC)
    panel = _panel(qtbot, desk)
    _show(qtbot, panel, card.id)
    assert panel.values["unit"].text() == "凤凰智造园（已从花名册移除）"
    assert "b03a2e" in panel.values["unit"].styleSheet()


def test_deadline_across_the_spring_festival_and_an_override(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    # received on a holiday; one working day to accept, counted from the next day
    card = receive_case(desk, received_at=datetime(2026, 2, 15, 2, 0, tzinfo=UTC))
    with database.session("admin") as session:
        # the administrator makes the first day back a rest day as well
        set_workday_override(session, desk.actor, date(2026, 2, 24), False, "调休")
    panel = _panel(qtbot, desk)
    _show(qtbot, panel, card.id)
    deadline = panel.detail.card.deadline
    assert deadline == date(2026, 2, 25)
    assert chinese_calendar.is_holiday(date(2026, 2, 15)) and chinese_calendar.is_workday(deadline)
    assert panel.values["deadline"].text().startswith("2026-02-25：已超期")


def test_add_note_with_a_rare_character_reloads_the_timeline(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk)
    panel = _panel(qtbot, desk)
    _show(qtbot, panel, card.id)

    def write(dialog: NoteDialog) -> None:
        _ok(qtbot, dialog)  # empty: refused, kept open
        assert dialog.isVisible() and "不能为空" in dialog.marks.message.text()
        type_text(qtbot, dialog.text, "𠀾先生来电补充材料")
        _ok(qtbot, dialog)

    driver = ModalDriver().then(NoteDialog, write)
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        qtbot.mouseClick(panel.note_button, Qt.MouseButton.LeftButton)
    driver.check()
    model = panel.timeline_model
    last = model.index(model.rowCount() - 1).data(DETAILS_ROLE)
    assert last == "𠀾先生来电补充材料"
    assert card.id in announced_once(desk.changes, "disputes")


def test_edit_and_team_buttons_open_their_dialogs(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk)
    panel = _panel(qtbot, desk)
    _show(qtbot, panel, card.id)
    driver = ModalDriver().then(CaseFormDialog, lambda dialog: dialog.reject())
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    driver.check()
    driver = ModalDriver().then(TeamDialog, lambda dialog: dialog.reject())
    qtbot.mouseClick(panel.team_button, Qt.MouseButton.LeftButton)
    driver.check()
    assert desk.changes == []


def test_a_case_removed_elsewhere_says_so(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk)
    with database.session("clerk2") as session:
        session.get(Dispute, card.id).deleted_at = datetime.now(UTC)
    panel = _panel(qtbot, desk)
    _show(qtbot, panel, card.id)
    assert panel.pages.currentWidget() is panel.empty
    assert "不存在" in panel.empty.text()
    assert not panel.edit_button.isEnabled()


def test_supervisor_without_edit_rights_reads_only(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk)
    reader = make_desk(
        database, Actor("viewer", "只读", "viewer", frozenset({"dispute.view"})), desk.roster
    )
    panel = _panel(qtbot, reader)
    _show(qtbot, panel, card.id)
    assert panel.values["unit"].text() == "凤凰智造园"
    assert not any(b.isEnabled() for b in (panel.edit_button, panel.team_button, panel.note_button))


def test_switching_to_english_retranslates_labels_and_values(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk, stages=("accepted",))
    panel = _panel(qtbot, desk)
    _show(qtbot, panel, card.id)
    desk.context.language = "en"
    install_language("en")
    qtbot.waitUntil(lambda: panel.captions["category"].text() == "Category:")
    assert panel.values["category"].text() == "Labour and wage arrears"
    assert panel.timeline_model.index(1).data(STEP_ROLE) == "Received → Accepted"
    assert panel.note_button.text() == "Add &note"


def test_the_next_case_starts_at_its_top_with_its_colour_in_view(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    first = receive_case(desk, title="第一宗" * 30)
    second = receive_case(desk, title="第二宗")
    panel = _panel(qtbot, desk)
    panel.resize(360, 260)
    _show(qtbot, panel, first.id)
    bar = panel.info_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: bar.value() > 0)
    _show(qtbot, panel, second.id)
    assert bar.value() == 0
    assert not panel.warning.visibleRegion().isEmpty()
