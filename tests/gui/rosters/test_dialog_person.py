"""The staff and volunteer dialogs: add, edit and remove through real keys and clicks;
refusals mark the field and keep what was typed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit

from app.services.china_time import today_in_china
from app.services.rosters import PostStatus, fill_post, update_staff
from app.services.rosters.editing import StaffForm
from app.views.language import install_language
from app.views.rosters.dialogs.person_dialogs import (
    build_delete_dialog,
    build_staff_dialog,
    build_volunteer_dialog,
    confirm_delete_person,
    open_staff_dialog,
    open_volunteer_dialog,
)
from app.views.widgets.form_marks import is_marked
from tests.helpers.change_log import announced_once
from tests.helpers.keyboard import type_text
from tests.helpers.roster_dialogs import (
    build_roster,
    cancel_button,
    click,
    counts,
    make_context,
    ok_button,
    post_of,
    shoot,
    staff_row,
    staff_rows,
    volunteer_row,
)
from tests.helpers.sample_street import UNIT_NAMES

# the completer popup asks the offscreen platform for things it cannot do
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def roster(database: Any) -> Any:
    return build_roster(database)


@pytest.fixture
def context(database: Any, roster: Any, role_actor: Any) -> Any:
    return make_context(database, role_actor("clerk"))


def _shown(qtbot: Any, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: ok_button(dialog).isEnabled())  # choices loaded
    return dialog


def _changes(context: Any) -> list[tuple[str, list[Any]]]:
    seen: list[tuple[str, list[Any]]] = []
    context.changes.changed.connect(seen.append)
    return seen


def _choose(qtbot: Any, combo: Any, typed: str, label: str) -> None:
    """Type into a searchable combo, then pick ``label`` from what the popup offers."""
    type_text(qtbot, combo.lineEdit(), typed)
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    model = popup.model()
    offered = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert label in offered, offered
    for _ in range(offered.index(label) + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: combo.currentText() == label)
    qtbot.waitUntil(lambda: not popup.isVisible())
    # the offscreen platform leaves the hidden popup as the active window
    combo.window().activateWindow()
    qtbot.waitUntil(combo.window().isActiveWindow)


def test_add_staff_member_into_a_vacant_post(qtbot: Any, context: Any, roster: Any) -> None:
    seen = _changes(context)
    dialog = _shown(qtbot, build_staff_dialog(None, context))
    assert dialog.windowTitle() == "新增工作人员"
    assert cancel_button(dialog).text() == "取消"  # Qt's own translation is installed
    type_text(qtbot, dialog.name, "陈𠀾")
    type_text(qtbot, dialog.phone, "１３８ ００１３ ８１２３")  # full-width, with spaces
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Tab)
    assert dialog.title_edit.hasFocus()  # natural tab order
    type_text(qtbot, dialog.title_edit, "干事")
    _choose(qtbot, dialog.department, "ldb", "劳动办")
    vacant = f"{UNIT_NAMES[1]} · 格长"
    assert not dialog.start.isEnabled()  # dates belong to a post
    _choose(qtbot, dialog.post, "zzy", vacant)
    assert dialog.start.isEnabled() and dialog.end.check.isEnabled()
    dialog.start.setDate(dialog.start.date().addDays(1))
    shoot(dialog, "roster_staff_dialog_new")
    click(qtbot, ok_button(dialog))
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)

    row = staff_row(context, "陈𠀾")
    assert row.phone == "13800138123"
    assert (row.title, row.department, row.unit, row.post) == (
        "干事",
        "劳动办",
        UNIT_NAMES[1],
        "格长",
    )
    assert row.start_date > today_in_china()
    assert dialog.saved_id == row.staff_id
    assert row.staff_id in announced_once(seen[-1:], "rosters")


def test_refused_mobile_is_marked_and_everything_typed_is_kept(
    qtbot: Any, context: Any, database: Any
) -> None:
    before = counts(database)
    dialog = _shown(qtbot, build_staff_dialog(None, context))
    focus_given: list[object] = []
    type_text(qtbot, dialog.name, "周五")
    type_text(qtbot, dialog.phone, "12345")
    _choose(qtbot, dialog.department, "dang", "党建办")
    app = QApplication.instance()

    def record(_old: object, new: object) -> None:
        focus_given.append(new)

    app.focusChanged.connect(record)
    click(qtbot, ok_button(dialog))
    qtbot.waitUntil(dialog.message.isVisible)
    assert "不是" in dialog.message.text() and "12345" in dialog.message.text()
    assert is_marked(dialog.phone) and not is_marked(dialog.name)
    # The refusal puts the cursor on the refused field. Recorded as it happens: on a
    # loaded machine the search combo may take the focus back afterwards (its completer).
    app.focusChanged.disconnect(record)
    assert dialog.phone in focus_given, focus_given
    assert (dialog.name.text(), dialog.phone.text()) == ("周五", "12345")
    assert dialog.department.currentText() == "党建办"
    assert dialog.isVisible() and counts(database) == before
    shoot(dialog, "roster_staff_dialog_refused")

    dialog.phone.clear()
    type_text(qtbot, dialog.phone, "139 0000 1111")
    click(qtbot, ok_button(dialog))
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert not is_marked(dialog.phone)
    assert staff_row(context, "周五").phone == "13900001111"


def test_missing_name_and_department_are_required(qtbot: Any, context: Any) -> None:
    dialog = _shown(qtbot, build_staff_dialog(None, context))
    type_text(qtbot, dialog.phone, "13900001111")
    click(qtbot, ok_button(dialog))
    qtbot.waitUntil(dialog.message.isVisible)
    assert is_marked(dialog.name) and "姓名" in dialog.message.text()
    type_text(qtbot, dialog.name, "周五")
    click(qtbot, ok_button(dialog))
    qtbot.waitUntil(lambda: is_marked(dialog.department))
    assert not is_marked(dialog.name) and "部门" in dialog.message.text()
    type_text(qtbot, dialog.department.lineEdit(), "不存在的部门")
    click(qtbot, ok_button(dialog))
    assert is_marked(dialog.department) and dialog.isVisible()


def test_second_grid_head_of_a_unit_is_refused(
    qtbot: Any, context: Any, database: Any, roster: Any
) -> None:
    """One 格长 per unit: a head post filled elsewhere after the dialog opened is refused."""
    dialog = _shown(qtbot, build_staff_dialog(None, context))
    heads = [c.label for c in dialog.post.choice_model.choices if c.label.endswith(" · 格长")]
    assert f"{UNIT_NAMES[0]} · 格长" not in heads  # held by 张三, so not offered
    vacant_head = f"{UNIT_NAMES[1]} · 格长"
    assert vacant_head in heads
    with database.session() as session:  # another desk seconds 李四 there meanwhile
        unit = roster.street.unit_ids[UNIT_NAMES[1]]
        fill_post(
            session, context.actor, post_of(session, unit, "head"), roster.li, today_in_china()
        )
    type_text(qtbot, dialog.name, "吴七")
    type_text(qtbot, dialog.phone, "13911112222")
    _choose(qtbot, dialog.department, "pcs", "派出所")
    _choose(qtbot, dialog.post, "zzy", vacant_head)
    click(qtbot, ok_button(dialog))
    qtbot.waitUntil(dialog.message.isVisible)
    assert "格长" in dialog.message.text() and "李四" in dialog.message.text()
    assert is_marked(dialog.post) and dialog.post.currentText() == vacant_head
    assert staff_row(context, "李四").unit == UNIT_NAMES[1]
    assert not any(r.name == "吴七" for r in staff_rows(context))


def test_end_before_start_is_refused(qtbot: Any, context: Any) -> None:
    dialog = _shown(qtbot, build_staff_dialog(None, context))
    type_text(qtbot, dialog.name, "吴七")
    type_text(qtbot, dialog.phone, "13911112222")
    _choose(qtbot, dialog.department, "pcs", "派出所")
    _choose(qtbot, dialog.post, "zzy", f"{UNIT_NAMES[1]} · 格长")
    click(qtbot, dialog.end.check)
    dialog.end.edit.setDate(dialog.start.date().addDays(-3))
    click(qtbot, ok_button(dialog))
    qtbot.waitUntil(dialog.message.isVisible)
    assert is_marked(dialog.end.edit) and "早于" in dialog.message.text()


def test_edit_staff_member_keeps_posts(qtbot: Any, context: Any) -> None:
    seen = _changes(context)
    row = staff_row(context, "王𠀾")
    dialog = _shown(qtbot, build_staff_dialog(None, context, row))
    assert dialog.windowTitle() == "编辑工作人员" and not dialog.post_box.isVisible()
    assert dialog.department.currentText() == "劳动办"
    dialog.title_edit.clear()
    type_text(qtbot, dialog.title_edit, "副主任")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)  # Enter presses OK
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    after = staff_row(context, "王𠀾")
    assert (after.title, after.post, after.staff_version) == (
        "副主任",
        row.post,
        row.staff_version + 1,
    )
    assert row.staff_id in announced_once(seen, "rosters")


def test_edit_after_someone_else_changed_the_person_says_so(
    qtbot: Any, context: Any, database: Any
) -> None:
    row = staff_row(context, "李四")
    with database.session() as session:  # another desk got there first
        update_staff(
            session,
            context.actor,
            row.staff_id,
            row.staff_version,
            StaffForm("李四", row.phone, row.department_id, "科员"),
        )
    dialog = _shown(qtbot, build_staff_dialog(None, context, row))
    type_text(qtbot, dialog.title_edit, "组长")
    click(qtbot, ok_button(dialog))
    qtbot.waitUntil(dialog.message.isVisible)
    assert "被修改" in dialog.message.text() and "重新加载" in dialog.message.text()
    assert dialog.title_edit.text() == "组长" and dialog.isVisible()
    assert staff_row(context, "李四").title == "科员"


def test_escape_cancels_and_writes_nothing(qtbot: Any, context: Any, database: Any) -> None:
    before = counts(database)
    dialog = _shown(qtbot, build_staff_dialog(None, context))
    type_text(qtbot, dialog.name, "不保存")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert dialog.saved_id is None and counts(database) == before


def test_role_without_roster_edit_is_told(qtbot: Any, database: Any, roster: Any, role_actor: Any):
    context = make_context(database, role_actor("supervisor"))
    dialog = _shown(qtbot, build_staff_dialog(None, context))
    type_text(qtbot, dialog.name, "周五")
    type_text(qtbot, dialog.phone, "13900001111")
    _choose(qtbot, dialog.department, "dang", "党建办")
    click(qtbot, ok_button(dialog))
    qtbot.waitUntil(dialog.message.isVisible)
    assert "roster.edit" in dialog.message.text()


def test_add_and_edit_volunteer(qtbot: Any, context: Any, roster: Any) -> None:
    dialog = _shown(qtbot, build_volunteer_dialog(None, context))
    assert dialog.windowTitle() == "新增志愿者"
    type_text(qtbot, dialog.name, "钱七")
    type_text(qtbot, dialog.phone, "+86 150 0015 0000")
    _choose(qtbot, dialog.team, "yh", "萤火")
    _choose(qtbot, dialog.grid, "2", "第2网格")
    _choose(qtbot, dialog.unit, "zzy", UNIT_NAMES[1])
    type_text(qtbot, dialog.skills, "=心理疏导")
    shoot(dialog, "roster_volunteer_dialog_new")
    click(qtbot, ok_button(dialog))
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    row = volunteer_row(context, "钱七")
    assert (row.phone, row.team, row.grid, row.unit, row.skills) == (
        "15000150000",
        "萤火",
        "第2网格",
        UNIT_NAMES[1],
        "=心理疏导",
    )

    edit = _shown(qtbot, build_volunteer_dialog(None, context, row))
    assert edit.team.currentText() == "萤火" and edit.name.text() == "钱七"
    edit.team.lineEdit().clear()  # no team any more
    edit.phone.clear()
    type_text(qtbot, edit.phone, "15000150001")
    click(qtbot, ok_button(edit))
    qtbot.waitUntil(lambda: edit.result() == QDialog.DialogCode.Accepted)
    after = volunteer_row(context, "钱七")
    assert (after.team, after.phone, after.grid) == ("", "15000150001", "第2网格")


def test_duplicate_volunteer_is_refused_on_the_mobile(qtbot: Any, context: Any) -> None:
    dialog = _shown(qtbot, build_volunteer_dialog(None, context))
    type_text(qtbot, dialog.name, "赵六")
    type_text(qtbot, dialog.phone, "13600136000")
    click(qtbot, ok_button(dialog))
    qtbot.waitUntil(dialog.message.isVisible)
    assert is_marked(dialog.phone) and "赵六" in dialog.message.text()


def test_remove_staff_member_vacates_the_post(qtbot: Any, context: Any, database: Any) -> None:
    seen = _changes(context)
    row = staff_row(context, "张三")
    dialog = build_delete_dialog(None, context, row)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "格长" in dialog.detail.text())
    assert "张三" in dialog.question.text() and "空缺" in dialog.detail.text()
    assert (
        dialog.findChild(QDialogButtonBox)
        .button(QDialogButtonBox.StandardButton.Cancel)
        .isDefault()
    )
    shoot(dialog, "roster_delete_staff")
    click(qtbot, dialog.remove_button)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert dialog.removed and row.staff_id in announced_once(seen, "rosters")
    rows = staff_rows(context)
    assert not any(r.name == "张三" for r in rows)
    assert any(r.post_id == row.post_id and r.status == PostStatus.VACANT for r in rows)


def test_remove_volunteer_cancel_then_confirm(qtbot: Any, context: Any, database: Any) -> None:
    row = volunteer_row(context, "赵六")
    before = counts(database)
    # Both dialogs stay referenced to the end: qtbot holds widgets only weakly, and a
    # shown dialog dropped mid-test is freed by the collector at any moment, even inside
    # one of its own events.
    cancelled = build_delete_dialog(None, context, row)
    qtbot.addWidget(cancelled)
    cancelled.show()
    qtbot.keyClick(cancelled, Qt.Key.Key_Escape)
    assert not cancelled.removed and counts(database) == before
    dialog = build_delete_dialog(None, context, row)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.remove_button)
    qtbot.waitUntil(lambda: dialog.removed)
    assert counts(database)[1] == before[1] - 1


def test_labels_have_buddies_and_mnemonics(qtbot: Any, context: Any) -> None:
    dialog = _shown(qtbot, build_staff_dialog(None, context))
    for field in (dialog.name, dialog.phone, dialog.title_edit):
        assert isinstance(field, QLineEdit)
    for label in (dialog.name_label, dialog.phone_label, dialog.department_label):
        assert label.buddy() is not None and "&" in label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert dialog.department.hasFocus() or dialog.department.lineEdit().hasFocus()


def test_switching_language_retranslates_an_open_dialog(qtbot: Any, context: Any) -> None:
    dialog = _shown(qtbot, build_staff_dialog(None, context))
    type_text(qtbot, dialog.name, "周五")
    install_language("en")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "New staff member")
    assert dialog.name_label.text() == "&Name:" and cancel_button(dialog).text() == "Cancel"
    assert dialog.name.text() == "周五"
    install_language("zh_CN")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "新增工作人员")


def _drive_modal(qtbot: Any, act: Any) -> None:
    """Once the modal dialog is up and its choices are in, ``act(dialog)``."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        ok = ok_button(dialog) if isinstance(dialog, QDialog) else None
        if dialog is None or (ok is not None and not ok.isEnabled()):
            QTimer.singleShot(10, attempt)
            return
        act(dialog)

    QTimer.singleShot(0, attempt)


def test_open_functions_run_modally_and_return_what_was_done(
    qtbot: Any, context: Any, roster: Any
) -> None:
    def add(dialog: Any) -> None:
        type_text(qtbot, dialog.name, "钱七")
        type_text(qtbot, dialog.phone, "15000150000")
        click(qtbot, ok_button(dialog))

    _drive_modal(qtbot, add)
    new_id = open_volunteer_dialog(None, context)
    assert new_id == volunteer_row(context, "钱七").volunteer_id

    _drive_modal(qtbot, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    assert open_staff_dialog(None, context, staff_row(context, "李四")) is None

    _drive_modal(qtbot, lambda dialog: click(qtbot, dialog.remove_button))
    assert confirm_delete_person(None, context, volunteer_row(context, "钱七")) is True
    assert not any(r.name == "钱七" for r in _volunteers(context))


def _volunteers(context: Any) -> list[Any]:
    from app.services.rosters import load_volunteers

    with context.database.session() as session:
        return list(load_volunteers(session, context.actor).rows)
