"""The export dialog: .xlsx and .csv files that re-import to the same data, the row
counts said, the folder offered; refusals and cancelling leave the chosen file alone."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication

from app.services.roster_io import RowAction, plan_import
from app.views.rosters import operations as roster_operations
from app.views.rosters.dialogs.export_dialog import Page, build_export_dialog, open_export_dialog
from tests.helpers.roster_dialogs import build_roster, click, counts, make_context, shoot


@pytest.fixture
def roster(database: Any) -> Any:
    return build_roster(database)


@pytest.fixture
def context(database: Any, roster: Any, role_actor: Any) -> Any:
    return make_context(database, role_actor("clerk"))


def _finished(qtbot: Any, context: Any, path: Path) -> Any:
    dialog = build_export_dialog(None, context, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() != Page.BUSY)
    return dialog


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_says_what_went_out_and_reimports_unchanged(
    qtbot: Any, context: Any, database: Any, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"花名册{suffix}"
    dialog = _finished(qtbot, context, path)
    assert dialog.pages.currentIndex() == Page.DONE and path.exists()
    result = dialog.outcome
    # 张三 and 王𠀾 in a post each, 李四 in none; one volunteer
    assert (result.staff_rows, result.volunteer_rows) == (3, 1)
    text = dialog.done_text.text()
    assert "共导出 4 行" in text and str(path) in text
    if suffix == ".xlsx":
        shoot(dialog, "roster_export_done")

    before = counts(database)
    with database.session() as session:
        plan = plan_import(session, context.actor, path)
    assert [plan.count(action) for action in RowAction] == [0, 0, 4, 0, 0]
    assert not plan.has_writes and counts(database) == before


def test_open_folder(qtbot: Any, context: Any, tmp_path: Path) -> None:
    opened: list[QUrl] = []
    dialog = _finished(qtbot, context, tmp_path / "roster.xlsx")
    dialog.open_url = opened.append
    assert dialog.open_button.text() == "打开文件夹(&O)"
    click(qtbot, dialog.open_button)
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]
    click(qtbot, dialog.close_button)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_a_folder_that_cannot_be_written_is_explained(
    qtbot: Any, context: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "missing-folder" / "roster.xlsx"
    dialog = _finished(qtbot, context, target)
    assert dialog.pages.currentIndex() == Page.REFUSED
    assert "roster.xlsx" in dialog.refused_text.text() and "无法写入" in dialog.refused_text.text()
    assert dialog.choose_button.isVisible() and not target.exists()

    good = tmp_path / "roster.csv"
    monkeypatch.setattr(dialog, "ask_for_file", lambda: good)
    click(qtbot, dialog.choose_button)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == Page.DONE)
    assert good.exists()


def test_wrong_file_type(qtbot: Any, context: Any, tmp_path: Path) -> None:
    dialog = _finished(qtbot, context, tmp_path / "roster.txt")
    assert ".xlsx" in dialog.refused_text.text() and "roster.txt" in dialog.refused_text.text()


def test_cancel_leaves_the_existing_file_alone(
    qtbot: Any, context: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "roster.csv"
    target.write_text("earlier export", encoding="utf-8")
    release, done = threading.Event(), threading.Event()
    real_export = roster_operations.export_roster

    def slow_export(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)
        return real_export(*args, **kwargs)

    monkeypatch.setattr(roster_operations, "export_roster", slow_export)
    dialog = build_export_dialog(None, context, target)
    qtbot.addWidget(dialog)
    dialog.show()
    task = dialog._task
    # the cancelled export ends in ExportCancelled: the task's error, not its result
    task.signals.result.connect(lambda _value: done.set())
    task.signals.error.connect(lambda _exc: done.set())
    assert "导出" in dialog.busy_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Rejected
    release.set()
    qtbot.waitUntil(done.is_set)
    assert target.read_text(encoding="utf-8") == "earlier export"
    assert dialog.outcome is None


def test_open_export_dialog_runs_modally(qtbot: Any, context: Any, tmp_path: Path) -> None:
    def close_when_done() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.pages.currentIndex() != Page.DONE:
            QTimer.singleShot(10, close_when_done)
            return
        click(qtbot, dialog.close_button)

    QTimer.singleShot(0, close_when_done)
    path = tmp_path / "roster.xlsx"
    assert open_export_dialog(None, context, path) == path and path.stat().st_size > 0


def test_a_csv_export_warns_about_names_gbk_cannot_hold(
    qtbot: Any, context: Any, tmp_path: Path
) -> None:
    from app.views.language import install_language

    dialog = _finished(qtbot, context, tmp_path / "花名册.csv")
    text = dialog.done_text.text()
    assert "王𠀾" in text and "GBK" in text and ".xlsx" in text and "UTF-8" in text
    dialog.resize(560, 260)
    dialog.grab().save("/tmp/polisha-export-gbk-zh.png")
    try:
        install_language("en")
        qtbot.waitUntil(lambda: "cannot hold" in dialog.done_text.text())
        dialog.grab().save("/tmp/polisha-export-gbk-en.png")
    finally:
        install_language("zh_CN")
    xlsx = _finished(qtbot, context, tmp_path / "花名册.xlsx")
    assert "GBK" not in xlsx.done_text.text()
