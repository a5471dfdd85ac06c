"""The registry pane on the demo data: masked for a clerk (and unsearchable by name),
identified for staff under the log, counts only for a trainer on a real database;
both item models pass Qt's model tester."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from sqlalchemy import select

from app.models import PsychAccess
from app.services.database import Database
from app.services.psych import ledger, registry
from app.views.pane_context import PaneContext
from app.views.psych.ledger_model import LedgerModel
from app.views.psych.pane import PsychPane
from app.views.psych.registry_model import RegistryModel
from tests.helpers.keyboard import type_text
from tests.helpers.roster_pane import demo_actor, demo_database


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Database]:
    database = demo_database(tmp_path)
    yield database
    database.dispose()


def _pane(qtbot: Any, database: Database, role: str) -> PsychPane:
    pane = PsychPane(PaneContext(database, demo_actor(database, role), "zh_CN"))
    qtbot.addWidget(pane)
    pane.resize(1400, 800)
    with qtbot.waitSignal(pane.loaded, timeout=20000):
        pane.show()
    return pane


def _names(pane: PsychPane) -> list[str]:
    return [pane.model.index(row, 1).data() for row in range(pane.model.rowCount())]


def test_a_clerk_sees_masked_rows_and_cannot_find_them_by_name(qtbot: Any, demo: Database) -> None:
    from pypinyin import lazy_pinyin

    staff = demo_actor(demo, "psych_staff")
    with demo.session() as session:
        real = registry.list_persons(session, staff, purpose="测试用核对姓名")
    workers = {row.worker for row in real}
    person = next(row for row in real if row.name not in workers and len(row.name) > 1)
    pane = _pane(qtbot, demo, "clerk")
    names = _names(pane)
    assert names and all(len(name) == 2 and name.endswith("*") for name in names)
    assert not pane.reveal_button.isVisible() and not pane.panel.isVisible()
    for typed in (person.name, "".join(lazy_pinyin(person.name)), person.phone):
        pane.search.clear()
        type_text(qtbot, pane.search, typed)
        assert pane.model.rowCount() == 0, typed
    pane.search.clear()
    number = pane.model.row_at(3).ledger_number
    qtbot.keyClicks(pane.search, number.lower())
    assert [row.ledger_number for row in pane.model.rows] == [number]


def test_open_crises_are_at_the_top(qtbot: Any, demo: Database) -> None:
    pane = _pane(qtbot, demo, "psych_staff")
    flags = [row.open_crisis for row in pane.model.rows]
    assert flags[0] and flags == sorted(flags, reverse=True)


def test_staff_open_a_ledger_with_enter_and_the_view_is_logged(qtbot: Any, demo: Database) -> None:
    pane = _pane(qtbot, demo, "psych_staff")
    pane.table.setFocus()
    pane.table.selectRow(0)
    person = pane.model.row_at(0)
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.panel.ledger is not None, timeout=10000)
    assert pane.panel.ledger is not None and pane.panel.ledger.person_id == person.id
    assert pane.panel.model.rowCount() >= 1
    with demo.session() as session:
        logged = session.scalars(
            select(PsychAccess).where(PsychAccess.username == "demo_psych_staff")
        ).all()
    assert any(a.person_id == person.id and a.action == "view" for a in logged[-1:])


def test_staff_reveal_identities_with_a_reason_typed_in_the_dialog(
    qtbot: Any, demo: Database
) -> None:
    pane = _pane(qtbot, demo, "psych_staff")

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        reason = dialog.findChild(QLineEdit, "purpose")
        type_text(qtbot, reason, "周例会核对")
        qtbot.keyClick(reason, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(pane.loaded, timeout=20000):
        qtbot.mouseClick(pane.reveal_button, Qt.MouseButton.LeftButton)
    names = _names(pane)
    assert not any(name.endswith("*") for name in names)
    pane.search.setFocus()
    type_text(qtbot, pane.search, names[0])
    assert names[0] in _names(pane)


def test_a_trainer_on_a_real_database_sees_counts_only(qtbot: Any, demo: Database) -> None:
    from app.models import SyncState
    from app.services.auth import DEMO_FLAG_KEY

    actor = demo_actor(demo, "trainer")
    with demo.session() as session:
        state = session.get(SyncState, DEMO_FLAG_KEY)
        assert state is not None
        session.delete(state)
    pane = PsychPane(PaneContext(demo, actor, "zh_CN"))
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.loaded, timeout=20000):
        pane.show()
    assert pane.model.rowCount() == 0 and not pane.table.isVisible()
    assert pane.notice.isVisible() and "高危" in pane.counts.text()


def test_the_models_pass_the_model_tester(qtmodeltester: Any, demo: Database) -> None:
    staff = demo_actor(demo, "psych_staff")
    with demo.session() as session:
        rows = registry.list_persons(session, staff)
        opened = ledger.open_ledger(session, staff, rows[0].id)
    model = RegistryModel()
    model.set_all(rows)
    qtmodeltester.check(model)
    model.set_filter("gaowei")
    model.sort(8, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    assert 0 < model.rowCount() < len(rows)
    entries = LedgerModel("zh_CN")
    entries.set_rows(opened.entries)
    qtmodeltester.check(entries)


def test_a_clerk_refers_a_dispute_party_from_the_case(qtbot: Any, demo: Database) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit

    from app.models import Dispute, PsychPerson
    from app.views.psych.refer_party_dialog import ReferPartyDialog

    clerk = demo_actor(demo, "clerk")
    with demo.session() as session:
        case = session.scalars(select(Dispute).where(Dispute.street_id == clerk.street_id)).first()
        assert case is not None
        case_id, number = case.id, case.number
    dialog = ReferPartyDialog(PaneContext(demo, clerk, "zh_CN"), case_id, number, None)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    type_text(qtbot, dialog.findChild(QLineEdit, "name"), "周敏")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.marks.message.isVisible())
    assert dialog.isVisible() and dialog.findChild(QLineEdit, "name").text() == "周敏"
    type_text(qtbot, dialog.findChild(QPlainTextEdit, "signs"), "当场哭泣，称不想活了")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.ledger_number), timeout=10000)
    with demo.session() as session:
        person = session.scalars(
            select(PsychPerson).where(PsychPerson.ledger_number == dialog.ledger_number)
        ).one()
    assert (person.name, person.id_number) == ("周敏", "")


def test_a_printed_ledger_is_previewed_and_leaves_no_file_behind(
    qtbot: Any, demo: Database
) -> None:
    from app.services.printing.document import printout_folder
    from app.views.printing.preview_dialog import PrintPreviewDialog

    pane = _pane(qtbot, demo, "psych_staff")
    pane.table.setFocus()
    pane.table.selectRow(0)
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.panel.ledger is not None, timeout=10000)
    before = set(printout_folder().glob("ledger-*.pdf"))

    def preview() -> PrintPreviewDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreviewDialog)]
        return found[0] if found and found[0].isVisible() else None

    qtbot.keyClick(pane.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: preview() is not None, timeout=20000)
    dialog = preview()
    assert dialog is not None
    assert set(printout_folder().glob("ledger-*.pdf")) - before
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not (set(printout_folder().glob("ledger-*.pdf")) - before))


def test_the_overdue_list_of_one_group_is_read_for_that_group(qtbot: Any, demo: Database) -> None:
    pane = _pane(qtbot, demo, "clerk")
    with qtbot.waitSignal(pane.loaded, timeout=20000):
        qtbot.mouseClick(pane.overdue, Qt.MouseButton.LeftButton)
    assert pane.model.rowCount() and all(row.overdue for row in pane.model.rows)
    with qtbot.waitSignal(pane.loaded, timeout=20000):
        pane.group.setCurrentIndex(pane.group.findData("high_risk"))
    assert pane.model.rows and {row.group for row in pane.model.rows} == {"high_risk"}
    dues = [row.next_follow_up_on for row in pane.model.rows]
    assert dues == sorted(dues)


def test_a_new_ledger_checks_the_identity_number_as_typed(qtbot: Any, demo: Database) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from app.models import PsychPerson
    from app.views.psych import operations as psych_ops
    from app.views.psych.person_dialog import PersonDialog

    staff = demo_actor(demo, "psych_staff")
    context = PaneContext(demo, staff, "zh_CN")
    pane = _pane(qtbot, demo, "psych_staff")
    streets, communities = psych_ops.intake_choices(context, pane).wait()
    dialog = PersonDialog(context, streets, communities, None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name, "孙丽")
    dialog.gender.setCurrentIndex(dialog.gender.findData("F"))
    qtbot.keyClicks(dialog.id_number, "449900198501010019")
    assert "男" in dialog.id_check.text()  # the gender digit says male
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.marks.message.isVisible(), timeout=10000)
    assert dialog.isVisible() and dialog.name.text() == "孙丽"
    dialog.id_number.clear()
    qtbot.keyClicks(dialog.id_number, "449900199002020022")
    assert "1990-02-02" in dialog.id_check.text()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.person_id is not None, timeout=10000)
    with demo.session() as session:
        person = session.get(PsychPerson, dialog.person_id)
        assert person is not None and person.id_number == "449900199002020022"


def test_staff_record_a_service_refer_and_step_the_referral(qtbot: Any, demo: Database) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from app.views.psych import operations as psych_ops
    from app.views.psych.care_dialogs import ReferDialog, ReferralStepDialog, ServiceDialog

    staff = demo_actor(demo, "psych_staff")
    context = PaneContext(demo, staff, "zh_CN")
    with demo.session() as session:
        person = next(r for r in registry.list_persons(session, staff) if not r.open_crisis).id

    def submit(dialog: Any, accepted: bool = True) -> None:
        qtbot.addWidget(dialog)
        dialog.show()
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        if accepted:
            qtbot.waitUntil(lambda: dialog.result() == 1, timeout=10000)
        else:
            qtbot.waitUntil(dialog.marks.message.isVisible, timeout=10000)

    service = ServiceDialog(context, person, None)
    type_text(qtbot, service.note, "一对一咨询，情绪好转")
    service.kind.setCurrentIndex(service.kind.findData("one_to_one"))
    submit(service)
    targets = psych_ops.referral_targets(context, service).wait()
    refer = ReferDialog(context, person, targets, None)
    refer.target.setCurrentIndex(next(i for i, t in enumerate(targets) if t[2] == "school"))
    submit(refer, accepted=False)
    assert refer.isVisible()  # the reason is required
    type_text(qtbot, refer.reason, "学业压力大")
    submit(refer)
    with demo.session() as session:
        opened = ledger.open_ledger(session, staff, person)
    sent = [r for r in opened.referrals if r.status == "sent"]
    assert sent and "one_to_one" in [e.what for e in opened.entries if e.kind == "service"]
    step = ReferralStepDialog(context, list(opened.referrals), None)
    step.referral.setCurrentIndex(step.referral.findData(sent[-1].id))
    step.status.setCurrentIndex(step.status.findData("accepted"))
    submit(step)
    with demo.session() as session:
        again = ledger.open_ledger(session, staff, person)
    assert next(r for r in again.referrals if r.id == sent[-1].id).status == "accepted"


def test_staff_close_a_ledger_with_the_keyboard_refused_while_a_crisis_is_open(
    qtbot: Any, demo: Database
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from app.models import PsychPerson
    from app.views.psych.care_dialogs import CloseLedgerDialog

    pane = _pane(qtbot, demo, "psych_staff")
    seen: list[str] = []

    def open_ledger(position: int) -> None:
        # the shortcut works in the active window: give it back after a dialog closed
        pane.activateWindow()
        qtbot.waitUntil(pane.isActiveWindow)
        pane.table.setFocus()
        pane.table.selectRow(position)
        person = pane.model.row_at(position).id
        qtbot.keyClick(pane.table, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: pane.panel.ledger is not None and pane.panel.ledger.person_id == person,
            timeout=10000,
        )

    def answer(accepted: bool) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CloseLedgerDialog)
        buttons = dialog.findChild(QDialogButtonBox)
        seen.append(dialog.findChild(QLabel, "closeWarning").text())
        qtbot.mouseClick(
            buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        if accepted:
            return
        qtbot.waitUntil(dialog.marks.message.isVisible, timeout=10000)
        seen.append(dialog.marks.message.text())
        assert dialog.isVisible()
        qtbot.mouseClick(
            buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
        )

    def close_with_keys(accepted: bool) -> None:
        QTimer.singleShot(0, lambda: answer(accepted))
        qtbot.keyClick(
            pane.table,
            Qt.Key.Key_X,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )

    assert pane.model.row_at(0).open_crisis
    in_crisis = pane.model.row_at(0).id
    open_ledger(0)
    close_with_keys(accepted=False)
    assert "危机" in seen[-1]
    with demo.session() as session:
        assert session.get(PsychPerson, in_crisis).ledger_closed_on is None

    position = next(i for i, row in enumerate(pane.model.rows) if not row.open_crisis)
    calm = pane.model.row_at(position)
    open_ledger(position)
    close_with_keys(accepted=True)
    assert calm.ledger_number in seen[-1]
    qtbot.waitUntil(lambda: calm.id not in {row.id for row in pane.model.rows}, timeout=10000)
    qtbot.waitUntil(
        lambda: pane.panel.ledger is not None and pane.panel.ledger.closed_on is not None,
        timeout=10000,
    )
    with demo.session() as session:
        assert session.get(PsychPerson, calm.id).ledger_closed_on is not None
