"""Filling a vacant post and ending a secondment through the dialogs."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from app.services.china_time import today_in_china
from app.services.rosters import (
    PostStatus,
    end_secondment,
    fill_post,
    load_staff_choices,
    update_secondment,
)
from app.views.models.roles import VALUE_ROLE
from app.views.rosters.dialogs.post_dialogs import (
    build_end_secondment_dialog,
    build_fill_post_dialog,
)
from app.views.rosters.dialogs.staff_choice_model import StaffChoiceModel
from app.views.rosters.dialogs.staff_picker import StaffPicker
from app.views.widgets.form_marks import is_marked, to_qdate
from tests.helpers.change_log import announced_once
from tests.helpers.keyboard import type_text
from tests.helpers.roster_dialogs import (
    build_roster,
    click,
    counts,
    make_context,
    ok_button,
    shoot,
    staff_row,
    staff_rows,
)
from tests.helpers.sample_street import UNIT_NAMES


@pytest.fixture
def roster(database: Any) -> Any:
    return build_roster(database)


@pytest.fixture
def context(database: Any, roster: Any, role_actor: Any) -> Any:
    return make_context(database, role_actor("clerk"))


def _vacant_head(context: Any, unit: str) -> Any:
    return next(
        r
        for r in staff_rows(context)
        if r.status == PostStatus.VACANT and r.unit == unit and r.tier == "head"
    )


def _shown(qtbot: Any, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    if ok_button(dialog) is not None:
        qtbot.waitUntil(lambda: ok_button(dialog).isEnabled())
    return dialog


def _listed(dialog: Any) -> list[str]:
    model = dialog.picker.list.model()
    return [model.index(i, 0).data().split("　")[0] for i in range(model.rowCount())]


def test_staff_are_found_by_character_pinyin_initials_and_mobile(qtbot: Any, context: Any) -> None:
    dialog = _shown(
        qtbot, build_fill_post_dialog(None, context, _vacant_head(context, UNIT_NAMES[1]))
    )
    assert sorted(_listed(dialog)) == sorted(["张三", "王𠀾", "李四"])
    search = dialog.picker.search
    for typed in ("张", "zhang", "zs", "0013800", "ZS"):
        search.clear()
        type_text(qtbot, search, typed)
        assert _listed(dialog) == ["张三"], typed
        assert dialog.picker.value() == staff_row(context, "张三").staff_id
    search.clear()
    type_text(qtbot, search, "1390")
    assert _listed(dialog) == ["王𠀾"]
    search.clear()
    type_text(qtbot, search, "nobody")
    assert _listed(dialog) == [] and dialog.picker.value() is None


def test_fill_a_vacant_head_post(qtbot: Any, context: Any) -> None:
    seen: list[Any] = []
    context.changes.changed.connect(seen.append)
    row = _vacant_head(context, UNIT_NAMES[1])
    dialog = _shown(qtbot, build_fill_post_dialog(None, context, row))
    assert UNIT_NAMES[1] in dialog.heading.text() and "格长" in dialog.heading.text()
    assert dialog.start.date() == to_qdate(today_in_china()) and dialog.end.value() is None
    type_text(qtbot, dialog.picker.search, "l")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Down)  # 李四, then the next match
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Up)
    assert dialog.picker.value() == staff_row(context, "李四").staff_id
    shoot(dialog, "roster_fill_post")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    li = staff_row(context, "李四")
    assert (li.status, li.unit, li.post, li.start_date) == (
        PostStatus.ACTIVE,
        UNIT_NAMES[1],
        "格长",
        today_in_china(),
    )
    assert dialog.saved_id == li.secondment_id
    assert {li.staff_id, row.post_id, li.secondment_id} <= announced_once(seen, "rosters")


def test_fill_is_refused_when_the_unit_got_a_head_meanwhile(
    qtbot: Any, context: Any, database: Any, roster: Any
) -> None:
    row = _vacant_head(context, UNIT_NAMES[1])
    dialog = _shown(qtbot, build_fill_post_dialog(None, context, row))
    with database.session() as session:
        fill_post(session, context.actor, row.post_id, roster.wang, today_in_china())
    type_text(qtbot, dialog.picker.search, "ls")
    dialog.end.check.setChecked(True)
    click(qtbot, ok_button(dialog))
    qtbot.waitUntil(dialog.message.isVisible)
    assert "王𠀾" in dialog.message.text() and "格长" in dialog.message.text()
    assert dialog.isVisible() and dialog.picker.search.text() == "ls"
    assert dialog.end.check.isChecked()
    assert staff_row(context, "李四").status == PostStatus.UNASSIGNED


def test_fill_needs_someone_chosen_and_dates_in_order(
    qtbot: Any, context: Any, database: Any
) -> None:
    before = counts(database)
    dialog = _shown(
        qtbot, build_fill_post_dialog(None, context, _vacant_head(context, UNIT_NAMES[2]))
    )
    type_text(qtbot, dialog.picker.search, "nobody")
    click(qtbot, ok_button(dialog))
    assert is_marked(dialog.picker.search) and "工作人员" in dialog.message.text()
    dialog.picker.search.clear()
    type_text(qtbot, dialog.picker.search, "ls")
    click(qtbot, dialog.end.check)
    dialog.end.edit.setDate(to_qdate(today_in_china()).addDays(-1))
    click(qtbot, ok_button(dialog))
    qtbot.waitUntil(lambda: is_marked(dialog.end.edit))
    assert not is_marked(dialog.picker.search) and "早于" in dialog.message.text()
    shoot(dialog, "roster_fill_post_refused")
    assert counts(database) == before


def test_a_lapsed_holder_is_offered_first(qtbot: Any, context: Any, database: Any) -> None:
    wang = staff_row(context, "王𠀾")
    with database.session() as session:
        end_secondment(
            session,
            context.actor,
            wang.secondment_id,
            date(2024, 12, 31),
            loaded_version=wang.secondment_version,
        )
    expired = staff_row(context, "王𠀾")
    assert expired.status == PostStatus.EXPIRED
    dialog = _shown(qtbot, build_fill_post_dialog(None, context, expired))
    assert "2024-12-31" in dialog.heading.text() and "王𠀾" in dialog.heading.text()
    assert dialog.picker.value() == wang.staff_id


def test_end_a_secondment(qtbot: Any, context: Any) -> None:
    seen: list[Any] = []
    context.changes.changed.connect(seen.append)
    row = staff_row(context, "张三")
    dialog = _shown(qtbot, build_end_secondment_dialog(None, context, row))
    assert "张三" in dialog.heading.text() and "2024-01-01" in dialog.heading.text()
    assert dialog.end.date() == to_qdate(today_in_china()) and dialog.end.calendarPopup()
    dialog.end.setDate(QDate(2023, 12, 1))  # before the start
    type_text(qtbot, dialog.reason, "轮岗期满")
    click(qtbot, ok_button(dialog))
    qtbot.waitUntil(dialog.message.isVisible)
    assert is_marked(dialog.end) and "2024-01-01" in dialog.message.text()
    assert dialog.reason.text() == "轮岗期满"
    shoot(dialog, "roster_end_secondment_refused")

    yesterday = today_in_china() - timedelta(days=1)
    dialog.end.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    click(qtbot, ok_button(dialog))
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert dialog.ended
    after = staff_row(context, "张三")
    assert (after.status, after.end_date) == (PostStatus.EXPIRED, yesterday)
    assert _vacant_head(context, UNIT_NAMES[0]).post_id == row.post_id
    assert {row.staff_id, row.post_id, row.secondment_id} <= announced_once(seen, "rosters")


def test_end_after_the_dates_were_corrected_elsewhere(
    qtbot: Any, context: Any, database: Any
) -> None:
    row = staff_row(context, "张三")
    with database.session() as session:
        update_secondment(
            session,
            context.actor,
            row.secondment_id,
            loaded_version=row.secondment_version,
            start_date=date(2024, 2, 1),
            end_date=None,
        )
    dialog = _shown(qtbot, build_end_secondment_dialog(None, context, row))
    click(qtbot, ok_button(dialog))
    qtbot.waitUntil(dialog.message.isVisible)
    assert "重新加载" in dialog.message.text() and dialog.isVisible()
    assert staff_row(context, "张三").end_date is None


def test_escape_leaves_the_secondment_alone(qtbot: Any, context: Any, database: Any) -> None:
    before = counts(database)
    dialog = _shown(qtbot, build_end_secondment_dialog(None, context, staff_row(context, "张三")))
    qtbot.keyClick(dialog.end, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.ended
    assert counts(database) == before


def test_staff_choice_model(qtmodeltester: Any, context: Any) -> None:
    with context.database.session() as session:
        staff = load_staff_choices(session, context.actor, None, "zh_CN")
    model = StaffChoiceModel()
    model.set_staff(staff)
    qtmodeltester.check(model)
    zhang = next(i for i in range(model.rowCount()) if staff[i].name == "张三")
    index = model.index(zhang, 0)
    assert (
        "凤凰商务幸福里 · 格长" in index.data() and index.data(VALUE_ROLE) == staff[zhang].staff_id
    )


def test_staff_picker_filter_passes_the_model_tester(qtmodeltester: Any, context: Any) -> None:
    with context.database.session() as session:
        staff = load_staff_choices(session, context.actor, None, "zh_CN")
    picker = StaffPicker()
    picker.set_staff(staff)
    qtmodeltester.check(picker.filter)
    picker.search.setText("zs")  # 张三 by his initials
    qtmodeltester.check(picker.filter)
    assert picker.filter.rowCount() >= 1
    assert picker.value() == next(s.staff_id for s in staff if s.name == "张三")
