"""Receiving and editing a case: intake from any source, rare characters kept exactly,
bad input marked with the input kept, removed units and owners replaced, and an edit
that lost to another writer merged on reload instead of overwriting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models import Staff, Unit
from app.services.disputes import CaseChanges, edit_case, load_case
from app.services.permissions import Actor
from app.views.disputes.dialogs.case_form import (
    CaseFormDialog,
    build_edit_case_dialog,
    build_new_case_dialog,
    open_new_case_dialog,
)
from app.views.disputes.dialogs.move_flow import MoveDialog, build_move_dialog
from app.views.widgets.form_marks import ERROR_PROPERTY
from tests.helpers.change_log import announced_once
from tests.helpers.dispute_dialogs import (
    Desk,
    ModalDriver,
    click_ok,
    make_desk,
    receive_case,
    submit,
)
from tests.helpers.keyboard import type_text

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


def _shown(qtbot: Any, dialog: Any) -> Any:
    assert isinstance(dialog, CaseFormDialog), dialog
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _ok(qtbot: Any, dialog: Any) -> None:
    click_ok(qtbot, dialog)


def _pick_unit(qtbot: Any, dialog: CaseFormDialog, typed: str) -> None:
    qtbot.keyClicks(dialog.unit.editor(), typed)
    popup = dialog.unit.finder.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def _choose_category(qtbot: Any, dialog: CaseFormDialog) -> None:
    """A new case starts with no category: the clerk picks the first (labour)."""
    dialog.category.setFocus()
    qtbot.keyClick(dialog.category, Qt.Key.Key_Down)
    assert dialog.category.currentData() == "labour"


def _new(qtbot: Any, desk: Desk, source: str = "hotline") -> CaseFormDialog:
    dialog = _shown(qtbot, build_new_case_dialog(None, desk.context, source))
    _choose_category(qtbot, dialog)
    return dialog


@pytest.mark.parametrize(
    "source", ["meeting", "online_group", "reception", "hotline", "grid_patrol", "early_warning"]
)
def test_intake_from_every_source(qtbot: Any, database: Any, source: str) -> None:
    desk = make_desk(database)

    def fill(dialog: CaseFormDialog) -> None:
        assert dialog.source.currentData() == source
        assert dialog.severity.currentData() == "general"
        _ok(qtbot, dialog)  # no category yet
        assert dialog.category.property(ERROR_PROPERTY) is True
        _choose_category(qtbot, dialog)
        type_text(qtbot, dialog.title_edit, "业主反映电梯停运")
        _pick_unit(qtbot, dialog, "fhhy")
        _ok(qtbot, dialog)

    driver = ModalDriver().then(CaseFormDialog, fill)
    ref = open_new_case_dialog(None, desk.context, source)
    driver.check()
    assert ref is not None and ref.stage == "received"
    card = desk.card(ref.id)
    assert card.source == source and card.unit_id == desk.roster.garden_id
    assert ref.id in announced_once(desk.changes, "disputes")


def test_rare_characters_are_kept_exactly(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    dialog = _new(qtbot, desk)
    type_text(qtbot, dialog.title_edit, "𠀾先生欠薪 A栋")
    type_text(qtbot, dialog.description, "𠀾、𪚥、𰻞三人反映工资拖欠")
    _pick_unit(qtbot, dialog, "fhzzy")
    dialog.people.selectAll()
    qtbot.keyClicks(dialog.people, "3")
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "12,500.5")
    _ok(qtbot, dialog)
    assert dialog.result_ref is not None
    with database.session() as session:
        detail = load_case(session, desk.actor, dialog.result_ref.id)
    assert detail.card.title == "𠀾先生欠薪 A栋"
    assert detail.description == "𠀾、𪚥、𰻞三人反映工资拖欠"
    assert detail.card.people_involved == 3
    assert str(detail.card.amount_owed) == "12500.50"
    # the time editor shows China time whatever the desk's zone: now, not 8 hours off
    assert abs(detail.card.received_at - datetime.now(UTC)) < timedelta(minutes=2)


def test_future_received_time_is_refused_and_marked(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    dialog = _new(qtbot, desk)
    type_text(qtbot, dialog.title_edit, "噪音扰民")
    _pick_unit(qtbot, dialog, "fhhy")
    dialog.received.setFocus()
    qtbot.keyClick(dialog.received, Qt.Key.Key_Up)  # the year section: one year ahead
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.result_ref is None
    message = dialog.marks.message.text()
    assert "将来" in message and str(datetime.now(UTC).year + 1) in message
    assert dialog.received.property(ERROR_PROPERTY) is True
    assert dialog.title_edit.text() == "噪音扰民"
    qtbot.keyClick(dialog.received, Qt.Key.Key_Down)
    _ok(qtbot, dialog)
    assert dialog.result_ref is not None


def test_a_missing_category_is_named_and_its_mark_goes_once_chosen(
    qtbot: Any, database: Any
) -> None:
    desk = make_desk(database)
    dialog = _shown(qtbot, build_new_case_dialog(None, desk.context, "hotline"))
    assert "幸福里" in dialog.unit.editor().placeholderText()
    assert "姓名" not in dialog.unit.editor().placeholderText()
    type_text(qtbot, dialog.title_edit, "噪音扰民")
    _pick_unit(qtbot, dialog, "fhhy")
    _ok(qtbot, dialog)
    assert dialog.marks.message.text() == "请从列表中选择纠纷类别。"
    assert dialog.category.property(ERROR_PROPERTY) is True
    _choose_category(qtbot, dialog)
    assert not dialog.category.property(ERROR_PROPERTY)
    assert dialog.marks.message.isHidden()
    assert dialog.title_edit.text() == "噪音扰民"


@pytest.mark.parametrize(
    ("field", "typed", "expected"),
    [
        ("title", "", "不能为空"),
        ("amount_owed", "一万", "金额"),
        ("description", "长" * 20001, "20001"),
    ],
)
def test_bad_input_is_marked_and_kept(
    qtbot: Any, database: Any, field: str, typed: str, expected: str
) -> None:
    desk = make_desk(database)
    dialog = _new(qtbot, desk)
    type_text(qtbot, dialog.title_edit, "物业费纠纷" if field != "title" else typed)
    _pick_unit(qtbot, dialog, "fhhy")
    if field == "amount_owed":
        dialog.amount.selectAll()
        type_text(qtbot, dialog.amount, typed)
    if field == "description":
        dialog.description.setPlainText(typed)
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.result_ref is None
    assert expected in dialog.marks.message.text()
    widget = dialog.marks.fields[field]
    assert widget.property(ERROR_PROPERTY) is True
    assert widget.hasFocus() or widget.isAncestorOf(dialog.focusWidget())
    if field == "description":
        assert dialog.description.toPlainText() == typed


def test_edit_lost_to_another_writer_merges_on_reload(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk)
    dialog = _shown(qtbot, build_edit_case_dialog(None, desk.context, card.id))
    assert not dialog.reload_button.isVisible()
    dialog.title_edit.selectAll()
    type_text(qtbot, dialog.title_edit, "园区欠薪（已核实）")
    with database.session("clerk2") as session:
        changes = CaseChanges(people_involved=17)
        edit_case(session, Actor.system("clerk2"), card.id, card.version, changes)
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "clerk2" in dialog.marks.message.text()
    assert dialog.title_edit.text() == "园区欠薪（已核实）"
    assert desk.card(card.id).title == "工地欠薪纠纷"
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    # the case is read again on the pool; the button goes once it is in
    qtbot.waitUntil(lambda: not dialog.reload_button.isVisible())
    assert dialog.people.value() == 17 and dialog.title_edit.text() == "园区欠薪（已核实）"
    _ok(qtbot, dialog)
    after = desk.card(card.id)
    assert after.title == "园区欠薪（已核实）" and after.people_involved == 17


def test_removed_unit_and_owner_are_replaced_then_the_case_moves(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk, stages=("accepted",))
    with database.session("hr") as session:
        session.get(Unit, desk.roster.park_id).deleted_at = datetime.now(UTC)
        session.get(Staff, desk.roster.staff["wang"]).deleted_at = datetime.now(UTC)
    dialog = _shown(qtbot, build_edit_case_dialog(None, desk.context, card.id))
    note = dialog.reference_note.text()
    assert "凤凰智造园" in note and "王芳" in note
    assert dialog.unit.value() is None and dialog.owner.value() is None
    _pick_unit(qtbot, dialog, "fhhy")
    qtbot.keyClicks(dialog.owner.editor(), "lq")
    popup = dialog.owner.finder.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    _ok(qtbot, dialog)
    assert dialog.result_ref is not None
    after = desk.card(card.id)
    assert after.unit_id == desk.roster.garden_id
    assert after.owner_staff_id == desk.roster.staff["li"]
    move = build_move_dialog(None, desk.context, after, "mediating", desk.labels())
    assert isinstance(move, MoveDialog)
    qtbot.addWidget(move)
    submit(qtbot, move)
    assert move.result_ref is not None and move.result_ref.stage == "mediating"


def test_tab_moves_through_the_form_in_reading_order(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    dialog = _shown(qtbot, build_new_case_dialog(None, desk.context, "reception"))
    expected = [
        dialog.title_edit,
        dialog.description,
        dialog.category,
        dialog.severity,
        dialog.unit,
        dialog.people,
        dialog.amount,
        dialog.received,
        dialog.note,
    ]
    dialog.source.setFocus()
    seen: list[Any] = []
    for _ in range(30):  # Tab also steps through the date-time editor's sections
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        owner = next((w for w in expected if w is focused or w.isAncestorOf(focused)), None)
        if owner is not None and (not seen or seen[-1] is not owner):
            seen.append(owner)
        if owner is dialog.note:
            break
    assert seen == expected
