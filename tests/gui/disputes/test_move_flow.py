"""Moving a card: forbidden moves and missing permissions explained with stage names, the
information each move needs asked for, refusals marked in the dialog with the input kept,
and a card changed by another writer never silently overwritten."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QPlainTextEdit

from app.models import Staff, Unit
from app.services.disputes import CaseChanges, edit_case, load_case
from app.services.permissions import Actor
from app.views.disputes.dialogs.move_flow import MoveDialog, build_move_dialog, request_move
from app.views.language import install_language
from app.views.widgets.form_marks import ERROR_PROPERTY
from app.views.widgets.pinyin_combo import PinyinCombo
from tests.helpers.change_log import announced_once
from tests.helpers.dispute_dialogs import Desk, ModalDriver, click_ok, make_desk, receive_case
from tests.helpers.keyboard import type_text

#: The offscreen platform cannot raise a completer popup or grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


def _ok(qtbot: Any, dialog: Any) -> None:
    click_ok(qtbot, dialog)


def _dialog(desk: Desk, card: Any, to_stage: str, qtbot: Any) -> MoveDialog:
    dialog = build_move_dialog(None, desk.context, card, to_stage, desk.labels())
    assert isinstance(dialog, MoveDialog), dialog
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_forbidden_move_is_explained_with_stage_names(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk)
    seen: list[str] = []
    driver = ModalDriver().then(QMessageBox, lambda box: (seen.append(box.text()), box.accept()))
    assert request_move(None, desk.context, card, "closed", desk.labels()) is None
    driver.check()
    assert "收案" in seen[0] and "已结案" in seen[0]
    assert "领办、已化解" in seen[0]
    assert "received" not in seen[0] and "closed" not in seen[0]
    assert desk.changes == []


def test_clerk_may_not_escalate_and_is_told_why(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk, stages=("accepted",))
    clerk = desk.as_role("clerk")
    refusal = build_move_dialog(None, clerk.context, card, "escalated", desk.labels())
    assert isinstance(refusal, str)
    assert "已升级" in refusal and "审批升级" in refusal and "工作人员" in refusal
    supervisor = desk.as_role("supervisor")
    dialog = _dialog(supervisor, card, "escalated", qtbot)
    assert dialog.findChild(QPlainTextEdit, "move_reason") is not None
    level = dialog.findChild(QComboBox, "move_level")
    assert level.itemText(0) == "领导干部约访"


def test_accept_asks_for_an_owner_found_by_pinyin_initials(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk)
    dialog = _dialog(desk, card, "accepted", qtbot)
    owner = dialog.findChild(PinyinCombo, "move_owner")
    assert owner.value() is None
    qtbot.keyClicks(owner.editor(), "wf")
    popup = owner.finder.popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [owner.filter.index(r, 0).data() for r in range(owner.filter.rowCount())]
    assert shown == ["王芳（综治办）"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert owner.value() == desk.roster.staff["wang"]
    type_text(qtbot, dialog.note, "已电话联系当事人")
    with qtbot.waitSignal(desk.context.changes.changed):
        _ok(qtbot, dialog)
    assert dialog.result_ref is not None and dialog.result_ref.stage == "accepted"
    assert card.id in announced_once(desk.changes, "disputes")
    with database.session() as session:
        detail = load_case(session, desk.actor, card.id)
    assert detail.card.owner_staff_id == desk.roster.staff["wang"]
    assert detail.timeline[-1].note == "已电话联系当事人"


def test_half_typed_owner_is_not_taken_for_someone(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk)
    dialog = _dialog(desk, card, "accepted", qtbot)
    owner = dialog.findChild(PinyinCombo, "move_owner")
    type_text(qtbot, owner.editor(), "王")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.result_ref is None
    assert owner.property(ERROR_PROPERTY) is True
    assert "列表" in dialog.marks.message.text()
    assert owner.currentText() == "王"


def test_missing_method_is_marked_and_the_outcome_kept(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk, stages=("accepted",))
    dialog = _dialog(desk, card, "resolved", qtbot)
    outcome = dialog.findChild(QPlainTextEdit, "move_outcome")
    method = dialog.findChild(QComboBox, "move_resolution_method")
    type_text(qtbot, outcome, "双方和解，𠀾姓工人领回工资")
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    message = dialog.marks.message.text()
    assert "化解方式" in message and "领办" in message and "已化解" in message
    assert method.property(ERROR_PROPERTY) is True
    assert method.hasFocus()
    assert outcome.toPlainText() == "双方和解，𠀾姓工人领回工资"
    qtbot.keyClick(method, Qt.Key.Key_Down)
    assert method.currentData() == "on_spot"
    _ok(qtbot, dialog)
    assert dialog.result_ref is not None and dialog.result_ref.stage == "resolved"
    with database.session() as session:
        last = load_case(session, desk.actor, card.id).timeline[-1]
    assert last.data["outcome"] == "双方和解，𠀾姓工人领回工资"
    assert last.data["resolution_method"] == "on_spot"


def test_huge_note_is_refused_and_kept(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk, stages=("accepted",))
    dialog = _dialog(desk, card, "mediating", qtbot)
    huge = "调" * 2001
    dialog.note.setPlainText(huge)
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "2001" in dialog.marks.message.text() and "2000" in dialog.marks.message.text()
    assert dialog.note.property(ERROR_PROPERTY) is True
    assert dialog.note.toPlainText() == huge
    assert desk.card(card.id).stage == "accepted"


def test_owner_removed_from_the_roster_meanwhile_is_marked(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk)
    dialog = _dialog(desk, card, "accepted", qtbot)
    owner = dialog.findChild(PinyinCombo, "move_owner")
    owner.set_value(desk.roster.staff["li"])
    with database.session("hr") as session:
        staff = session.get(Staff, desk.roster.staff["li"])
        staff.deleted_at = datetime.now(UTC)
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "李强" in dialog.marks.message.text()
    assert owner.property(ERROR_PROPERTY) is True
    assert owner.value() == desk.roster.staff["li"]


def test_case_whose_unit_was_removed_says_what_to_fix(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk, stages=("accepted",))
    with database.session("hr") as session:
        session.get(Unit, desk.roster.park_id).deleted_at = datetime.now(UTC)
    dialog = _dialog(desk, card, "mediating", qtbot)
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "凤凰智造园" in dialog.marks.message.text()
    assert "编辑" in dialog.marks.message.text()


def test_card_changed_elsewhere_is_not_overwritten(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk, stages=("accepted", "mediating"))
    other = Actor.system("clerk2")
    with database.session("clerk2") as session:
        edit_case(session, other, card.id, card.version, CaseChanges(people_involved=9))
    seen: list[str] = []

    def fill(dialog: MoveDialog) -> None:
        outcome = dialog.findChild(QPlainTextEdit, "move_outcome")
        type_text(qtbot, outcome, "调解成功")
        method = dialog.findChild(QComboBox, "move_resolution_method")
        method.setCurrentIndex(method.findData("mediation"))
        _ok(qtbot, dialog)

    driver = (
        ModalDriver()
        .then(MoveDialog, fill)
        .then(QMessageBox, lambda box: (seen.append(box.text()), box.accept()))
    )
    assert request_move(None, desk.context, card, "resolved", desk.labels()) is None
    driver.check()
    assert "clerk2" in seen[0] and card.number in seen[0]
    assert "T" not in seen[0].split(card.number)[1][:40]  # a local time, not an ISO stamp
    after = desk.card(card.id)
    assert after.stage == "mediating" and after.people_involved == 9
    assert desk.changes == []
    # the next try on the reloaded card offers what was typed
    again = _dialog(desk, after, "resolved", qtbot)
    assert again.findChild(QPlainTextEdit, "move_outcome").toPlainText() == "调解成功"
    assert again.findChild(QComboBox, "move_resolution_method").currentData() == "mediation"


def test_escape_cancels_and_writes_nothing(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk, stages=("accepted",))

    def escape(dialog: MoveDialog) -> None:
        type_text(qtbot, dialog.note, "不写了")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)

    driver = ModalDriver().then(MoveDialog, escape)
    assert request_move(None, desk.context, card, "mediating", desk.labels()) is None
    driver.check()
    assert desk.card(card.id).version == card.version
    assert desk.changes == []


def test_the_dialog_follows_a_switch_to_english(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk)
    dialog = _dialog(desk, card, "accepted", qtbot)
    assert "收案" in dialog.heading.text()
    desk.context.language = "en"
    install_language("en")
    qtbot.waitUntil(lambda: dialog.captions["owner"].text() == "&Owner:")
    assert "From <b>Received</b> to <b>Accepted</b>" in dialog.heading.text()
    assert dialog.windowTitle() == "Move case to Accepted"
