"""The three-person team dialog: the proposal by severity and workload, the clerk's
changes, refusals marked, and a case changed meanwhile reloaded without losing choices."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.services.disputes import CaseChanges, edit_case, load_case
from app.services.permissions import Actor
from app.views.disputes.dialogs.team_dialog import TeamDialog, build_team_dialog, open_team_dialog
from app.views.widgets.form_marks import ERROR_PROPERTY
from tests.helpers.change_log import announced_once
from tests.helpers.dispute_dialogs import Desk, ModalDriver, click_ok, make_desk, receive_case

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


def _dialog(qtbot: Any, desk: Desk, case_id: Any) -> TeamDialog:
    dialog = build_team_dialog(None, desk.context, case_id)
    assert isinstance(dialog, TeamDialog), dialog
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _ok(qtbot: Any, dialog: Any) -> None:
    click_ok(qtbot, dialog)


def _pick(qtbot: Any, combo: Any, typed: str) -> None:
    """Type pinyin into the place's field and take the first match from the popup."""
    combo.editor().selectAll()
    qtbot.keyClicks(combo.editor(), typed)
    popup = combo.finder.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_major_case_proposes_four_places_least_busy_first(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk, severity="major")
    dialog = _dialog(qtbot, desk, card.id)
    assert list(dialog.combos) == ["qing", "li", "fa", "leader"]
    assert dialog.captions["fa"].text() == "法（公安机关）(&3)："
    assert dialog.combos["fa"].value() in (desk.roster.staff["liu"], desk.roster.staff["sun"])
    assert dialog.combos["leader"].value() == desk.roster.staff["zhao"]
    assert "在办 0 件" in dialog.hints["qing"].text()
    assert "重大" in dialog.heading.text()


def test_minor_case_needs_only_the_grid_staff(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk, severity="minor")
    dialog = _dialog(qtbot, desk, card.id)
    assert list(dialog.combos) == ["grid"]
    # the grid head of the park comes before its basic post
    assert dialog.combos["grid"].value() == desk.roster.staff["huang"]


def test_clerk_changes_the_police_member_and_saves(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk, severity="major")

    def change(dialog: TeamDialog) -> None:
        other = "sl" if dialog.combos["fa"].value() == desk.roster.staff["liu"] else "ly"
        _pick(qtbot, dialog.combos["fa"], other)
        _ok(qtbot, dialog)

    driver = ModalDriver().then(TeamDialog, change)
    assert open_team_dialog(None, desk.context, card.id) is True
    driver.check()
    with database.session() as session:
        detail = load_case(session, desk.actor, card.id)
    assert {badge.role for badge in detail.card.team} == {"qing", "li", "fa", "leader"}
    assert detail.timeline[-1].kind == "team"
    assert card.id in announced_once(desk.changes, "disputes")


def test_same_person_twice_is_refused_and_marked(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk, severity="major")
    dialog = _dialog(qtbot, desk, card.id)
    # 赵书记 is a leader in the street office: he fits both the 情 and the leader place
    _pick(qtbot, dialog.combos["qing"], "zsj")
    assert dialog.combos["qing"].value() == desk.roster.staff["zhao"]
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "不同" in dialog.marks.message.text()
    assert dialog.combos["qing"].property(ERROR_PROPERTY) is True
    assert dialog.combos["qing"].value() == desk.roster.staff["zhao"]


def test_an_empty_place_is_named_and_marked(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk, severity="general")
    dialog = _dialog(qtbot, desk, card.id)
    dialog.combos["li"].editor().selectAll()
    qtbot.keyClick(dialog.combos["li"].editor(), Qt.Key.Key_Delete)
    assert dialog.combos["li"].value() is None
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "理（职能部门）" in dialog.marks.message.text()
    assert dialog.combos["li"].property(ERROR_PROPERTY) is True
    assert dialog.combos["li"].hasFocus()


def test_case_changed_meanwhile_reloads_keeping_the_clerks_choice(
    qtbot: Any, database: Any
) -> None:
    desk = make_desk(database)
    card = receive_case(desk, severity="general")
    dialog = _dialog(qtbot, desk, card.id)
    staff = desk.roster.staff
    mine = staff["chen"] if dialog.combos["li"].value() != staff["chen"] else staff["zhang"]
    dialog.combos["li"].set_value(mine)
    assert not dialog.reload_button.isVisible()
    with database.session("clerk2") as session:
        changes = CaseChanges(people_involved=40)
        edit_case(session, Actor.system("clerk2"), card.id, card.version, changes)
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "clerk2" in dialog.marks.message.text()
    assert dialog.reload_button.isVisible()
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    # the case is read again on the pool; the button goes once it is in
    qtbot.waitUntil(lambda: not dialog.reload_button.isVisible())
    assert dialog.proposal.version == card.version + 1
    assert dialog.combos["li"].value() == mine
    _ok(qtbot, dialog)
    assert dialog.result_ref is not None
    with database.session() as session:
        detail = load_case(session, desk.actor, card.id)
    assert detail.card.people_involved == 40
    assert {(b.role, b.staff_id) for b in detail.card.team} >= {("li", mine)}


def test_severity_changed_meanwhile_rebuilds_the_places(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk, severity="general")
    dialog = _dialog(qtbot, desk, card.id)
    with database.session("clerk2") as session:
        changes = CaseChanges(severity="minor")
        edit_case(session, Actor.system("clerk2"), card.id, card.version, changes)
    _ok(qtbot, dialog)
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    # the case is read again on the pool; the button goes once it is in
    qtbot.waitUntil(lambda: not dialog.reload_button.isVisible())
    assert list(dialog.combos) == ["grid"]
    assert dialog.combos["grid"].value() == desk.roster.staff["huang"]
    _ok(qtbot, dialog)
    assert dialog.result_ref is not None
