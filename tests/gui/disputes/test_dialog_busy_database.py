"""A dispute dialog while another program holds the database's write lock: the window
keeps answering, says the database is busy in the user's language, keeps what was typed,
and saves once the lock is released."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox

import app.services.database as database_module
from app.services.disputes import load_case
from app.views.disputes.dialogs.note_dialog import NoteDialog
from tests.helpers.change_log import announced_once
from tests.helpers.dispute_dialogs import click_ok, make_desk, receive_case
from tests.helpers.keyboard import type_text
from tests.helpers.sqlite_files import connect_file

BUSY_TEXT = "数据库正被其他程序占用，请稍后重试。"


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite waits this long for the lock before giving up (the desk waits 5 s)."""
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 1500)


def test_note_dialog_while_another_program_holds_the_lock(
    qtbot: Any, database: Any, short_busy_timeout: None
) -> None:
    desk = make_desk(database)
    card = receive_case(desk)
    database.engine.dispose()  # new connections take the shorter busy timeout
    dialog = NoteDialog(desk.context, card.id, card.number, desk.labels())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    typed = "当事人已电话联系，约周三到社区调解室面谈"
    type_text(qtbot, dialog.text, typed)

    other = connect_file(str(database.path), timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another program's write lock
    try:
        ticks: list[int] = []
        timer = QTimer(dialog)
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(20)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        # the write waits for the lock on the write lane; the window is disabled, shows
        # the busy cursor, and its event loop runs on
        assert dialog.runner.busy
        assert not dialog.isEnabled()
        assert dialog.cursor().shape() == Qt.CursorShape.BusyCursor
        qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=1000)
        assert dialog.runner.busy
        qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=10_000)
        timer.stop()
        assert dialog.marks.message.text() == BUSY_TEXT
        assert dialog.marks.message.isVisible()
        assert dialog.isVisible() and dialog.isEnabled()
        assert dialog.cursor().shape() != Qt.CursorShape.BusyCursor
        assert dialog.text.toPlainText() == typed
        assert desk.changes == []
    finally:
        other.rollback()
        other.close()

    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert card.id in announced_once(desk.changes, "disputes")
    with database.session() as session:
        notes = [e.note for e in load_case(session, desk.actor, card.id).timeline]
    assert typed in notes
