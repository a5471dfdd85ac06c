"""Failures are seen: an operation or a slot that raises opens the crash dialog and
leaves its traceback in the log file; a refusal is a message, logged in one line."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from app.services import logs
from app.services.errors import N_, DomainError
from app.views.crash_dialog import CrashDialog
from app.views.failures import install_excepthook
from app.views.operations import DatabaseContext, read_op, write_op


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("STREETDESK_LOG_DIR", str(tmp_path / "logs"))
    path = logs.setup_logging()
    assert path is not None
    yield path
    logs.shutdown_logging()


@pytest.fixture
def crash_dialogs() -> Iterator[list[CrashDialog]]:
    def shown() -> list[CrashDialog]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, CrashDialog) and w.isVisible()
        ]

    yield shown  # type: ignore[misc]
    for dialog in shown():
        dialog.close()


def _log_text(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def broken_use_case(_session: Any) -> None:
    raise RuntimeError("the ledger went missing")


def test_an_operation_that_raises_opens_the_crash_dialog_and_logs_the_traceback(
    qtbot: Any, database: Any, log_file: Path, crash_dialogs: Any
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    read_op(DatabaseContext(database), broken_use_case, parent).run()
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    dialog = crash_dialogs()[0]
    assert dialog.objectName() == "crashDialog"
    assert "the ledger went missing" in dialog.summary.text()
    assert "broken_use_case" in dialog.details
    assert str(log_file) in dialog.where.text()
    qtbot.waitUntil(lambda: "broken_use_case" in _log_text(log_file))
    text = _log_text(log_file)
    assert "ERROR" in text and "Traceback" in text
    assert "broken_use_case failed: the ledger went missing" in text
    assert text.count("RuntimeError: the ledger went missing") == 1


def test_a_refusal_is_a_message_logged_in_one_line(
    qtbot: Any, database: Any, log_file: Path, crash_dialogs: Any
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def refused_use_case(_session: Any) -> None:
        raise DomainError(N_("One-click sign-in is only for the demo database."))

    write_op(DatabaseContext(database), refused_use_case, parent).run()
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox, "failureBox") is not None)
    box = parent.findChild(QMessageBox, "failureBox")
    assert box.text() == "一键登录仅适用于演示数据库。"
    assert crash_dialogs() == []
    text = _log_text(log_file)
    assert "INFO" in text and "refused_use_case refused" in text and "Traceback" not in text
    box.close()


@pytest.mark.qt_no_exception_capture
def test_a_slot_that_raises_opens_the_crash_dialog_and_logs_it(
    qtbot: Any, log_file: Path, crash_dialogs: Any
) -> None:
    previous = sys.excepthook
    install_excepthook()
    try:
        button = QPushButton("go")
        qtbot.addWidget(button)

        def clicked() -> None:
            raise ValueError("a slot fell over")

        button.clicked.connect(clicked)
        QTimer.singleShot(0, button.click)
        qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    finally:
        sys.excepthook = previous
    dialog = crash_dialogs()[0]
    assert "a slot fell over" in dialog.summary.text()
    assert "in clicked" in dialog.details
    text = _log_text(log_file)
    assert "CRITICAL" in text and "ValueError: a slot fell over" in text and "in clicked" in text


def test_copy_details_puts_the_traceback_on_the_clipboard(
    qtbot: Any, crash_dialogs: Any, tmp_path: Path
) -> None:
    try:
        broken_use_case(None)
    except RuntimeError as exc:
        dialog = CrashDialog(exc)
    qtbot.addWidget(dialog)
    dialog.show()
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "Traceback" in copied and "broken_use_case" in copied
    assert "the ledger went missing" in copied
    assert dialog.copy_button.text() == "已复制"
    assert dialog.grab().save(str(tmp_path / "crash_zh.png"))
