"""The import dialog: a dry run that writes nothing, then all or nothing once confirmed;
bad files refused with a clear message; cancelling writes nothing."""

from __future__ import annotations

import os
import threading
import zipfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.services.roster_io import ImportResult, RowAction
from app.services.rosters import StaffForm, add_staff
from app.views.models.roles import ROW_ROLE, SORT_ROLE
from app.views.rosters import operations as roster_operations
from app.views.rosters.dialogs.import_dialog import Page, build_import_dialog, open_import_dialog
from app.views.rosters.dialogs.import_problems_model import (
    COL_PROBLEM,
    COL_ROW,
    ImportProblemsModel,
)
from app.views.tasks import run_task, write_lane
from tests.helpers.change_log import announced_once
from tests.helpers.roster_dialogs import (
    build_roster,
    click,
    counts,
    make_context,
    shoot,
    staff_row,
    volunteer_row,
)
from tests.helpers.sample_street import UNIT_NAMES

STAFF_HEADER = [
    "姓名",
    "手机号码（必填）",
    "部门",
    "职务",
    "幸福里",
    "岗位",
    "开始日期",
    "结束日期",
]
VOLUNTEER_HEADER = ["Name", "Mobile", "Team", "Grid", "Unit", "Skills"]


@pytest.fixture
def roster(database: Any) -> Any:
    return build_roster(database)


@pytest.fixture
def context(database: Any, roster: Any, role_actor: Any) -> Any:
    return make_context(database, role_actor("clerk"))


def _xlsx(path: Path, sheets: dict[str, list[list[Any]]], merge: str | None = None) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
        if merge:
            sheet.merge_cells(merge)
    workbook.save(path)
    return path


def good_file(tmp_path: Path) -> Path:
    """Two to add (one with a rare character and full-width digits), one update, one
    unchanged, one duplicate; volunteers with English headers, one unchanged, one new."""
    return _xlsx(
        tmp_path / "花名册.xlsx",
        {
            "人员": [
                STAFF_HEADER,
                [
                    "张三",
                    "13800138000",
                    "党建办",
                    "主任",
                    UNIT_NAMES[0],
                    "格长",
                    "2024-01-01",
                    None,
                ],
                [
                    "王𠀾",
                    "13900139000",
                    "劳动办",
                    "副主任",
                    UNIT_NAMES[0],
                    "基础岗 2",
                    "2024/3/1",
                    "",
                ],
                ["陈新", "135 1234 5678", "派出所", "", UNIT_NAMES[1], "格长", 45300, None],
                ["陈新", "13512345678", "派出所", "", UNIT_NAMES[1], "格长", 45300, None],
                [
                    "　刘𠀾　",
                    "１３６ ６６６６ ６６６６",
                    "党建办",
                    "-组长",
                    None,
                    None,
                    None,
                    None,
                ],
            ],
            "志愿者": [
                VOLUNTEER_HEADER,
                ["赵六", "13600136000", "星灯", "第1网格", UNIT_NAMES[0], "调解"],
                ["孙八", "+86 188 0018 8000", "萤火", "第2网格", None, "@心理"],
            ],
        },
    )


def file_with_bad_rows(tmp_path: Path) -> Path:
    return _xlsx(
        tmp_path / "有错误.xlsx",
        {
            "人员": [
                STAFF_HEADER,
                ["周五", "12345", "党建办", "", None, None, None, None],
                ["吴七", "13911112222", "不存在的部门", "", None, None, None, None],
                ["郑九", "13922223333", "派出所", "", UNIT_NAMES[2], "格长", "2024-13-45", None],
                ["冯十", "13933334444", "劳动办", "", None, None, None, None],
            ]
        },
    )


def _shown(qtbot: Any, context: Any, path: Path) -> Any:
    dialog = build_import_dialog(None, context, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() != Page.BUSY)
    return dialog


def _count(dialog: Any, action: RowAction) -> int:
    return int(dialog.count_values[action].text())


def _problems(dialog: Any) -> dict[int, str]:
    model = dialog.table.model()
    return {
        int(model.index(i, COL_ROW).data()): model.index(i, COL_PROBLEM).data()
        for i in range(model.rowCount())
    }


def test_dry_run_writes_nothing_then_import_writes_everything(
    qtbot: Any, context: Any, database: Any, tmp_path: Path
) -> None:
    seen: list[Any] = []
    context.changes.changed.connect(seen.append)
    before = counts(database)
    dialog = _shown(qtbot, context, good_file(tmp_path))
    assert dialog.pages.currentIndex() == Page.SUMMARY
    assert [_count(dialog, a) for a in RowAction] == [3, 1, 2, 1, 0]  # add ... error
    assert _problems(dialog) == {5: "与第 4 行的姓名和手机号相同，已跳过。"}
    assert not dialog.skip.isVisible() and dialog.import_button.isEnabled()
    assert dialog.import_button.text().startswith("导入全部")
    assert counts(database) == before  # the dry run wrote nothing
    shoot(dialog, "roster_import_summary")

    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == Page.DONE)
    assert dialog.done_values[0].text() == "3" and "花名册.xlsx" in dialog.done_text.text()
    assert isinstance(dialog.outcome, ImportResult) and dialog.outcome.added == 3
    shoot(dialog, "roster_import_done")
    staff, volunteers, secondments, audit = counts(database)
    assert (staff, volunteers, secondments) == (before[0] + 2, before[1] + 1, before[2] + 1)
    written = dialog.outcome.people_written + dialog.outcome.secondments_written
    assert audit == before[3] + 1 + written  # the import's own row, and one per record
    chen = staff_row(context, "陈新")
    excel_day = date(1899, 12, 30) + timedelta(days=45300)
    assert (chen.unit, chen.post, chen.start_date) == (UNIT_NAMES[1], "格长", excel_day)
    liu = staff_row(context, "刘𠀾")
    assert (liu.phone, liu.title) == ("13666666666", "-组长")
    assert staff_row(context, "王𠀾").title == "副主任"
    assert volunteer_row(context, "孙八").skills == "@心理"
    assert chen.staff_id in announced_once(seen, "rosters")
    # the Close button has the focus once the import is done; a key press does not
    # depend on where a loaded machine has laid the just-shown button out yet
    assert dialog.close_button.hasFocus() or dialog.focusWidget() is dialog.close_button
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)


def test_error_rows_are_listed_and_block_the_import_until_skipped(
    qtbot: Any, context: Any, database: Any, tmp_path: Path
) -> None:
    before = counts(database)
    dialog = _shown(qtbot, context, file_with_bad_rows(tmp_path))
    assert [_count(dialog, a) for a in RowAction] == [1, 0, 0, 0, 3]
    problems = _problems(dialog)
    assert sorted(problems) == [2, 3, 4]
    assert problems[2].startswith("手机：") and "12345" in problems[2]
    assert "不存在的部门" in problems[3] and problems[3].startswith("部门：")
    assert problems[4].startswith("开始日期：") and "2024-13-45" in problems[4]
    assert not dialog.import_button.isEnabled() and dialog.skip.isVisible()
    assert dialog.skip.text() == "跳过有错误的行(&S)"
    shoot(dialog, "roster_import_errors")

    click(qtbot, dialog.import_button)  # disabled: nothing happens
    assert dialog.pages.currentIndex() == Page.SUMMARY and counts(database) == before
    qtbot.mouseClick(  # on the box itself: the check box spans the dialog's width
        dialog.skip, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.skip.height() // 2)
    )
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "导入 1 行，跳过 3 行(&I)"
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == Page.DONE)
    assert dialog.outcome.added == 1 and dialog.outcome.skipped == 3
    # the result in a box its own size, one line per count
    assert [v.text() for v in dialog.done_values] == ["1", "0", "0", "3"]
    assert dialog.height() < 400 and dialog.width() < 600
    assert staff_row(context, "冯十").department == "劳动办"
    assert counts(database)[0] == before[0] + 1


def _not_a_workbook(tmp_path: Path) -> Path:
    path = tmp_path / "名单.xlsx"
    path.write_text("姓名,手机\n张三,13800138000\n", encoding="utf-8")
    return path


def _junk(tmp_path: Path) -> Path:
    path = tmp_path / "junk.xlsx"
    path.write_bytes(os.urandom(10 * 1024 * 1024))
    return path


def _zip_bomb(tmp_path: Path) -> Path:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<" + b"0" * (50 * 1024 * 1024))
    return path


BAD_FILES = {
    "not a workbook": (_not_a_workbook, "不是 Excel 工作簿"),
    "10 MB of junk": (_junk, "不是 Excel 工作簿"),
    "zip bomb": (_zip_bomb, "膨胀"),
    "empty sheet": (lambda tmp: _xlsx(tmp / "空.xlsx", {"人员": []}), "没有可导入的行"),
    "missing header": (
        lambda tmp: _xlsx(tmp / "缺列.xlsx", {"人员": [["姓名", "手机"], ["张三", "13800138000"]]}),
        "缺少列：部门",
    ),
    "merged cells": (
        lambda tmp: _xlsx(
            tmp / "合并.xlsx",
            {
                "人员": [
                    ["姓名", "手机", "部门"],
                    ["张三", "13800138000", "党建办"],
                    [None, "139", "党建办"],
                ]
            },
            merge="A2:A3",
        ),
        "合并单元格",
    ),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_files_are_refused_clearly_and_nothing_is_written(
    qtbot: Any, context: Any, database: Any, tmp_path: Path, case: str
) -> None:
    make, phrase = BAD_FILES[case]
    path = make(tmp_path)
    before = counts(database)
    dialog = _shown(qtbot, context, path)
    assert dialog.pages.currentIndex() == Page.REFUSED
    text = dialog.refused_text.text()
    assert path.name in text and phrase in text, text
    assert "未写入" in dialog.refused_hint.text()
    assert dialog.close_button.isVisible() and not dialog.import_button.isVisible()
    if case == "merged cells":
        shoot(dialog, "roster_import_refused")
    assert counts(database) == before


def test_choose_another_file_after_a_refusal(
    qtbot: Any, context: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _shown(qtbot, context, _not_a_workbook(tmp_path))
    good = good_file(tmp_path)
    monkeypatch.setattr(dialog, "ask_for_file", lambda: good)
    click(qtbot, dialog.choose_button)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == Page.SUMMARY)
    assert "花名册.xlsx" in dialog.summary_heading.text()


def test_cancel_while_checking_closes_and_writes_nothing(
    qtbot: Any, context: Any, database: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real_plan = roster_operations.plan_import
    finished = threading.Event()

    def slow_plan(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)
        try:
            return real_plan(*args, **kwargs)
        finally:
            finished.set()

    monkeypatch.setattr(roster_operations, "plan_import", slow_plan)
    before = counts(database)
    dialog = build_import_dialog(None, context, good_file(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pages.currentIndex() == Page.BUSY and dialog.progress.maximum() == 0
    assert "检查" in dialog.busy_label.text()
    shoot(dialog, "roster_import_checking")
    checking = dialog._task
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Rejected and not dialog.isVisible()
    with qtbot.waitSignal(checking.signals.result):  # the check ends after the close
        release.set()
    assert finished.is_set()
    assert dialog.plan is None and dialog.outcome is None
    assert counts(database) == before


def test_cancel_while_writing_rolls_back(
    qtbot: Any, context: Any, database: Any, tmp_path: Path
) -> None:
    before = counts(database)
    dialog = _shown(qtbot, context, good_file(tmp_path))
    gate = threading.Event()
    run_task(lambda _progress: gate.wait(10), pool=write_lane())
    click(qtbot, dialog.import_button)  # queued behind the blocker on the write lane
    assert dialog.pages.currentIndex() == Page.BUSY and "写入" in dialog.busy_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc asks the write to stop
    assert dialog.isVisible() and not dialog.cancel_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == Page.SUMMARY)
    assert "取消" in dialog.note.text() and "未写入" in dialog.note.text()
    assert dialog.outcome is None and counts(database) == before
    assert dialog.import_button.isEnabled()  # it can still be imported


def test_roster_changed_since_the_check(
    qtbot: Any, context: Any, database: Any, tmp_path: Path
) -> None:
    dialog = _shown(qtbot, context, good_file(tmp_path))
    with database.session() as session:  # someone adds 陈新 meanwhile
        depts = {row.department: row.department_id for row in [staff_row(context, "李四")]}
        add_staff(session, context.actor, StaffForm("陈新", "13512345678", depts["派出所"]))
    before = counts(database)
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == Page.SUMMARY and dialog.note.isVisible())
    assert "变化" in dialog.note.text() and dialog.again_button.isVisible()
    assert not dialog.import_button.isEnabled()  # not with the outdated check
    shoot(dialog, "roster_import_stale")
    assert counts(database) == before  # all or nothing
    click(qtbot, dialog.again_button)
    qtbot.waitUntil(
        lambda: dialog.pages.currentIndex() == Page.SUMMARY and not dialog.again_button.isVisible()
    )
    assert _count(dialog, RowAction.ADD) == 2 and _count(dialog, RowAction.UPDATE) == 2
    assert dialog.import_button.isEnabled()


def test_nothing_to_change(qtbot: Any, context: Any, tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path / "same.xlsx",
        {
            "人员": [
                STAFF_HEADER,
                ["张三", "13800138000", "党建办", "主任", UNIT_NAMES[0], "格长", "2024-01-01"],
            ]
        },
    )
    dialog = _shown(qtbot, context, path)
    assert _count(dialog, RowAction.UNCHANGED) == 1
    assert not dialog.import_button.isEnabled() and "无需" in dialog.note.text()


def test_role_without_roster_edit_cannot_check(
    qtbot: Any, database: Any, roster: Any, role_actor: Any, tmp_path: Path
) -> None:
    context = make_context(database, role_actor("supervisor"))
    dialog = _shown(qtbot, context, good_file(tmp_path))
    assert dialog.pages.currentIndex() == Page.REFUSED
    assert "roster.edit" in dialog.refused_text.text()


def test_problem_rows_model(qtmodeltester: Any, context: Any, tmp_path: Path) -> None:
    from app.services.roster_io import plan_import

    with context.database.session() as session:
        plan = plan_import(session, context.actor, file_with_bad_rows(tmp_path))
    model = ImportProblemsModel()
    model.set_rows(plan.rows)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.headerData(COL_PROBLEM, Qt.Orientation.Horizontal) == "问题"
    assert model.index(0, 0).data(ROW_ROLE).action == RowAction.ERROR
    model.sort(COL_ROW, Qt.SortOrder.DescendingOrder)  # checked by the tester as it happens
    assert [model.index(i, COL_ROW).data(SORT_ROLE) for i in range(3)] == [4, 3, 2]
    model.sort(-1)
    assert [model.index(i, COL_ROW).data(SORT_ROLE) for i in range(3)] == [2, 3, 4]


def test_problem_rows_sort_by_a_header_click(qtbot: Any, context: Any, tmp_path: Path) -> None:
    dialog = _shown(qtbot, context, file_with_bad_rows(tmp_path))
    header = dialog.table.horizontalHeader()
    assert list(_problems(dialog)) == [2, 3, 4]  # file order
    click_at = QPoint(header.sectionViewportPosition(COL_ROW) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click_at)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click_at)
    assert list(_problems(dialog)) == [4, 3, 2]


def _when(ready: Any, act: Any) -> None:
    """Run ``act(dialog)`` once the modal dialog is up and ``ready(dialog)``."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not ready(dialog):
            QTimer.singleShot(10, attempt)
            return
        act(dialog)

    QTimer.singleShot(0, attempt)


def test_open_import_dialog_runs_modally(
    qtbot: Any, context: Any, database: Any, tmp_path: Path
) -> None:
    def confirm_then_close(dialog: Any) -> None:
        click(qtbot, dialog.import_button)
        _when(lambda d: d.pages.currentIndex() == Page.DONE, lambda d: click(qtbot, d.close_button))

    _when(lambda d: d.import_button.isEnabled(), confirm_then_close)
    result = open_import_dialog(None, context, good_file(tmp_path))
    assert isinstance(result, ImportResult) and result.added == 3

    before = counts(database)
    _when(lambda d: d.close_button.isVisible(), lambda d: click(qtbot, d.close_button))
    assert open_import_dialog(None, context, _not_a_workbook(tmp_path)) is None
    assert counts(database) == before
