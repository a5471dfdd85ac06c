"""The early-warning leads window: raising a lead, linking it to a case, opening a case
from it and handing it to the police, each refusal explained where it happened."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.models.disputes import Dispute
from app.services.disputes import LeadInput, hand_lead_to_police, load_case, raise_lead
from app.services.permissions import Actor
from app.views.changes import Area
from app.views.disputes.dialogs.case_form import CaseFormDialog
from app.views.disputes.dialogs.lead_forms import LinkLeadDialog, PoliceDialog, RaiseLeadDialog
from app.views.disputes.dialogs.leads_dialog import LeadsDialog
from app.views.disputes.dialogs.leads_model import COL_CASES, COL_LEVEL, COL_POLICE, COL_SUMMARY
from app.views.models.roles import ROW_ROLE
from app.views.widgets.form_marks import ERROR_PROPERTY
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


def _lead(desk: Desk, summary: str, level: str = "orange", hours_ago: int = 2) -> Any:
    with desk.database.session("seeder") as session:
        return raise_lead(
            session,
            Actor.system("seeder"),
            LeadInput(
                summary=summary,
                channel="online",
                level=level,
                unit_id=desk.roster.park_id,
                captured_at=datetime.now(UTC) - timedelta(hours=hours_ago),
                people_estimate=40,
                is_gathering=True,
            ),
        )


def _window(qtbot: Any, desk: Desk) -> LeadsDialog:
    window = LeadsDialog(desk.context)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _ok(qtbot: Any, dialog: Any) -> None:
    click_ok(qtbot, dialog)


def _texts(window: LeadsDialog, column: int) -> list[str]:
    return [window.proxy.index(r, column).data() for r in range(window.proxy.rowCount())]


def _select(qtbot: Any, window: LeadsDialog, row: int) -> None:
    rect = window.table.visualRect(window.proxy.index(row, COL_SUMMARY))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current() is not None


def test_leads_listed_newest_first_and_filtered(
    qtbot: Any, qtmodeltester: Any, database: Any
) -> None:
    desk = make_desk(database)
    _lead(desk, "工人拟到街道聚集", hours_ago=5)
    handed = _lead(desk, "网上串联讨薪", level="red", hours_ago=1)
    with database.session("seeder") as session:
        hand_lead_to_police(session, Actor.system("seeder"), handed.lead.id, handed.version, "GA-1")
    window = _window(qtbot, desk)
    qtmodeltester.check(window.model)
    qtmodeltester.check(window.proxy)
    assert _texts(window, COL_SUMMARY) == ["网上串联讨薪", "工人拟到街道聚集"]
    assert _texts(window, COL_LEVEL) == ["红色预警", "橙色预警"]
    assert "GA-1" in _texts(window, COL_POLICE)[0]
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.filter.setFocus()
        qtbot.keyClick(window.filter, Qt.Key.Key_Down)  # not yet handed over
    assert _texts(window, COL_SUMMARY) == ["工人拟到街道聚集"]


def test_raise_a_lead_and_the_list_reloads(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    window = _window(qtbot, desk)

    def fill(dialog: RaiseLeadDialog) -> None:
        _ok(qtbot, dialog)  # no summary yet
        assert dialog.summary.property(ERROR_PROPERTY) is True
        type_text(qtbot, dialog.summary, "微信群有人号召明早到园区门口聚集")
        dialog.level.setFocus()
        qtbot.keyClick(dialog.level, Qt.Key.Key_Up)  # yellow → orange
        qtbot.keyClick(dialog.level, Qt.Key.Key_Up)  # orange → red
        dialog.people.selectAll()
        qtbot.keyClicks(dialog.people, "60")
        dialog.gathering.setFocus()
        qtbot.keyClick(dialog.gathering, Qt.Key.Key_Space)
        assert dialog.gathering.isChecked()
        _ok(qtbot, dialog)  # this desk serves several streets: the unit says which
        assert dialog.unit.property(ERROR_PROPERTY) is True
        qtbot.keyClicks(dialog.unit.editor(), "fhzzy")
        popup = dialog.unit.finder.popup()
        qtbot.waitUntil(popup.isVisible)
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        _ok(qtbot, dialog)

    driver = ModalDriver().then(RaiseLeadDialog, fill)
    with qtbot.waitSignal(window.loaded, timeout=5000, raising=False) as reloaded:
        qtbot.mouseClick(window.raise_button, Qt.MouseButton.LeftButton)
    driver.check()
    assert reloaded.signal_triggered
    assert _texts(window, COL_SUMMARY) == ["微信群有人号召明早到园区门口聚集"]
    row = window.proxy.index(0, 0).data(ROW_ROLE)
    assert row.lead.level == "red" and row.lead.people_estimate == 60 and row.lead.is_gathering


def test_link_a_lead_to_a_case_then_linking_again_is_explained(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk)
    _lead(desk, "欠薪工人聚集风险")
    window = _window(qtbot, desk)
    _select(qtbot, window, 0)

    def link(dialog: LinkLeadDialog) -> None:
        qtbot.keyClicks(dialog.case.editor(), "gdqx")  # 工地欠薪, by initials
        popup = dialog.case.finder.popup()
        qtbot.waitUntil(popup.isVisible)
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        _ok(qtbot, dialog)

    driver = ModalDriver().then(LinkLeadDialog, link)
    with qtbot.waitSignal(window.loaded, timeout=5000, raising=False) as reloaded:
        qtbot.mouseClick(window.link_button, Qt.MouseButton.LeftButton)
    driver.check()
    assert reloaded.signal_triggered
    assert _texts(window, COL_CASES) == [card.number]
    with database.session() as session:
        assert load_case(session, desk.actor, card.id).lead is not None
    dialog = window.build_link_dialog(window.current())
    qtbot.addWidget(dialog)
    dialog.case.set_value((card.id, desk.card(card.id).version))
    submit(qtbot, dialog)
    assert dialog.result_ref is None
    assert "已关联" in dialog.marks.message.text()


def test_open_a_case_from_a_lead(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    lead = _lead(desk, "园区40名工人讨薪")
    window = _window(qtbot, desk)
    _select(qtbot, window, 0)

    def fill(dialog: CaseFormDialog) -> None:
        assert "园区40名工人讨薪" in dialog.heading.text()
        assert dialog.source.currentData() == "early_warning"
        assert dialog.people.value() == 40
        dialog.category.setFocus()
        qtbot.keyClick(dialog.category, Qt.Key.Key_Down)
        type_text(qtbot, dialog.title_edit, "园区欠薪群体性事件")
        _ok(qtbot, dialog)

    driver = ModalDriver().then(CaseFormDialog, fill)
    with qtbot.waitSignal(window.loaded, timeout=5000, raising=False) as reloaded:
        qtbot.mouseClick(window.case_button, Qt.MouseButton.LeftButton)
    driver.check()
    assert reloaded.signal_triggered
    numbers = _texts(window, COL_CASES)[0]
    assert numbers.startswith("JF")
    ids = next(c.ids(Area.DISPUTES) for c in desk.changes if c.touches(Area.DISPUTES))
    with database.session() as session:
        case_id = next(i for i in ids or () if session.get(Dispute, i) is not None)
        detail = load_case(session, desk.actor, case_id)
    assert detail.lead is not None and detail.lead.id == lead.lead.id
    assert detail.card.source == "early_warning"


def test_hand_to_the_police_once_with_a_receipt(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    _lead(desk, "串联聚集线索")
    window = _window(qtbot, desk)
    _select(qtbot, window, 0)

    def hand(dialog: PoliceDialog) -> None:
        _ok(qtbot, dialog)  # no receipt yet
        assert dialog.receipt.property(ERROR_PROPERTY) is True
        assert "不能为空" in dialog.marks.message.text()
        qtbot.keyClicks(dialog.receipt, "GM-2026-0117")
        _ok(qtbot, dialog)

    driver = ModalDriver().then(PoliceDialog, hand)
    with qtbot.waitSignal(window.loaded, timeout=5000, raising=False) as reloaded:
        qtbot.mouseClick(window.police_button, Qt.MouseButton.LeftButton)
    driver.check()
    assert reloaded.signal_triggered
    assert "GM-2026-0117" in _texts(window, COL_POLICE)[0]
    _select(qtbot, window, 0)
    assert not window.police_button.isEnabled()


def test_lead_handed_over_by_another_desk_meanwhile(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    shown = _lead(desk, "串联聚集线索")
    window = _window(qtbot, desk)
    _select(qtbot, window, 0)
    dialog = window.build_police_dialog(window.current())
    qtbot.addWidget(dialog)
    with database.session("clerk2") as session:
        hand_lead_to_police(session, Actor.system("clerk2"), shown.lead.id, shown.version, "GA-9")
    qtbot.keyClicks(dialog.receipt, "GA-10")
    submit(qtbot, dialog)
    assert dialog.result_row is None
    assert "clerk2" in dialog.marks.message.text()
    assert dialog.receipt.text() == "GA-10"


def test_a_role_without_the_lead_permission_reads_only(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    _lead(desk, "串联聚集线索")
    reader = Actor("viewer", "只读", "viewer", frozenset({"dispute.view"}))
    window = _window(qtbot, make_desk(database, reader, desk.roster))
    _select(qtbot, window, 0)
    assert not window.raise_button.isEnabled() and not window.police_button.isEnabled()
    assert window.permission_note.isVisible()
