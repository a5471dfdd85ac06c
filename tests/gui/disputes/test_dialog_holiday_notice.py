"""The administrator pastes the State Council's holiday notice into the working calendar,
checks the days read from it and stores them; 2027 is counted provisionally until then."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from app.services.disputes import list_workday_overrides
from app.views.disputes.dialogs.admin_dialogs import CalendarOverridesDialog
from app.views.disputes.dialogs.notice_days_model import NOTICE_HOLIDAY, NOTICE_KIND
from app.views.disputes.dialogs.notice_dialog import HolidayNoticeDialog
from app.views.language import install_language
from app.views.widgets.form_marks import is_marked
from tests.helpers.dispute_dialogs import make_desk, wait_for_reads, wait_for_write

NOTICE_2026 = (
    Path(__file__).parents[2] / "unit" / "services" / "disputes" / "notices" / "2026.txt"
).read_text(encoding="utf-8")


def _calendar(qtbot: Any, desk: Any) -> CalendarOverridesDialog:
    dialog = CalendarOverridesDialog(desk.context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    wait_for_reads(qtbot, dialog)
    return dialog


def _go_to(qtbot: Any, dialog: CalendarOverridesDialog, day: date) -> None:
    """Step the year with the arrow keys, then type the date over the field's text."""
    dialog.day.setFocus()
    qtbot.keyClick(dialog.day, Qt.Key.Key_Home)
    for _ in range(day.year - dialog.day.date().year()):
        qtbot.keyClick(dialog.day, Qt.Key.Key_Up)
    dialog.day.selectAll()
    qtbot.keyClicks(dialog.day, day.isoformat())
    assert dialog.day.date() == QDate(day.year, day.month, day.day)
    wait_for_reads(qtbot, dialog)


def _open_notice(qtbot: Any, calendar: CalendarOverridesDialog) -> HolidayNoticeDialog:
    qtbot.mouseClick(calendar.notice_button, Qt.MouseButton.LeftButton)
    dialog = calendar.notice_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _paste(qtbot: Any, dialog: HolidayNoticeDialog, text: str) -> None:
    QApplication.clipboard().setText(text)
    dialog.text.setFocus()
    qtbot.keyClick(dialog.text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_2027_is_counted_provisionally(qtbot: Any, database: Any) -> None:
    calendar = _calendar(qtbot, make_desk(database))
    _go_to(qtbot, calendar, date(2027, 2, 8))
    text = calendar.info.text()
    assert "休息日" in text and "暂按" in text and "春节" in text
    calendar.resize(760, 560)
    calendar.grab().save("/tmp/polisha-calendar-2027-zh.png")
    try:
        install_language("en")
        qtbot.waitUntil(lambda: "provisionally" in calendar.info.text())
        calendar.grab().save("/tmp/polisha-calendar-2027-en.png")
    finally:
        install_language("zh_CN")


def test_the_administrator_imports_the_notice(
    qtbot: Any, qtmodeltester: Any, database: Any
) -> None:
    desk = make_desk(database)
    calendar = _calendar(qtbot, desk)
    dialog = _open_notice(qtbot, calendar)
    assert not dialog.store_button.isEnabled()
    _paste(qtbot, dialog, NOTICE_2026)
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 39
    kinds = [model.index(row, NOTICE_KIND).data() for row in range(model.rowCount())]
    assert kinds.count("工作日") == 6
    assert model.index(0, NOTICE_HOLIDAY).data() == "元旦"
    assert "放假 33 天" in dialog.summary.text() and "调休上班 6 天" in dialog.summary.text()
    assert dialog.store_button.isEnabled()
    dialog.grab().save("/tmp/polisha-notice-zh.png")
    try:
        install_language("en")
        qtbot.waitUntil(lambda: "33 days off" in dialog.summary.text())
        dialog.grab().save("/tmp/polisha-notice-en.png")
    finally:
        install_language("zh_CN")
    qtbot.waitUntil(lambda: "放假 33 天" in dialog.summary.text())
    qtbot.mouseClick(dialog.store_button, Qt.MouseButton.LeftButton)
    wait_for_write(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_for_reads(qtbot, calendar)
    assert calendar.year.value() == 2026 and calendar.model.rowCount() == 39
    with database.session() as session:
        stored = list_workday_overrides(session, desk.actor, 2026)
    assert {o.day for o in stored if o.is_workday} == {
        date(2026, 1, 4),
        date(2026, 2, 14),
        date(2026, 2, 28),
        date(2026, 5, 9),
        date(2026, 9, 20),
        date(2026, 10, 10),
    }


def test_text_that_is_not_a_notice_is_refused_and_kept(qtbot: Any, database: Any) -> None:
    calendar = _calendar(qtbot, make_desk(database))
    dialog = _open_notice(qtbot, calendar)
    _paste(qtbot, dialog, "关于春节值班安排的通知")
    assert dialog.marks.message.isVisible()
    assert "国务院" in dialog.marks.message.text()
    assert is_marked(dialog.text) and dialog.text.toPlainText() == "关于春节值班安排的通知"
    assert not dialog.store_button.isEnabled() and dialog.model.rowCount() == 0
    dialog.resize(720, 400)
    dialog.grab().save("/tmp/polisha-notice-refused-zh.png")


def test_changing_the_text_forgets_the_days_read(qtbot: Any, database: Any) -> None:
    calendar = _calendar(qtbot, make_desk(database))
    dialog = _open_notice(qtbot, calendar)
    _paste(qtbot, dialog, NOTICE_2026)
    assert dialog.store_button.isEnabled()
    qtbot.keyClick(dialog.text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.text, "x")
    assert not dialog.store_button.isEnabled() and dialog.model.rowCount() == 0


def test_other_roles_have_no_notice_button(qtbot: Any, database: Any) -> None:
    calendar = _calendar(qtbot, make_desk(database).as_role("clerk"))
    assert not calendar.notice_button.isVisible()
