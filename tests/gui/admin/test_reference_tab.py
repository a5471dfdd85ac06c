"""The Reference-data tab driven by keys and clicks: change a list's row, see its
versions, preview a rule change against the open cards, and be refused (with the
input kept) when an edit is bad or would strand a stage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.services.permissions import Actor
from app.views.admin.reference_edit_dialog import ReferenceEditDialog
from app.views.admin.reference_history_dialog import ReferenceHistoryDialog
from tests.helpers.actors import actor_with_role
from tests.helpers.admin_pane import open_admin_tab
from tests.helpers.board_fixtures import demo_copy
from tests.helpers.keyboard import press, type_text


@pytest.fixture
def demo(tmp_path: Path) -> Any:
    database = demo_copy(tmp_path)
    yield database
    database.dispose()


def _choose_kind(qtbot: Any, tab: Any, kind: str) -> None:
    row = next(
        i
        for i in range(tab.kinds.count())
        if tab.kinds.item(i).data(Qt.ItemDataRole.UserRole) == kind
    )
    rect = tab.kinds.visualItemRect(tab.kinds.item(row))
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot.mouseClick(tab.kinds.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.listed.kind == kind


def _select(qtbot: Any, tab: Any, **match: object) -> Any:
    for position in range(tab.proxy.rowCount()):
        row = tab.proxy.index(position, 0)
        found = tab.current_row_at(position)
        if all(found.values.get(k) == v for k, v in match.items()):
            rect = tab.table.visualRect(row)
            qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert tab.current_row().id == found.id
            return found
    raise AssertionError(f"no row {match}")


def _shown(tab: Any, row_id: Any) -> Any:
    return next(r for r in tab.model.rows if r.id == row_id)


def _field(dialog: ReferenceEditDialog, name: str) -> Any:
    return dialog.inputs[name]


def _editor(qtbot: Any, tab: Any) -> ReferenceEditDialog:
    press(qtbot, tab.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, ReferenceEditDialog) and tab.dialog.isVisible())
    return active(qtbot, tab.dialog)


def active(qtbot: Any, dialog: Any) -> Any:
    """The dialog once it has the keyboard (the offscreen platform activates on request)."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_a_category_is_renamed_by_keyboard_and_its_version_is_kept(
    qtbot: Any, database: Any
) -> None:
    tab = open_admin_tab(qtbot, database, "reference")
    labour = _select(qtbot, tab, code="labour")
    dialog = _editor(qtbot, tab)
    name = _field(dialog, "name_zh")
    name.selectAll()
    type_text(qtbot, name, "劳资欠薪")
    type_text(qtbot, dialog.note, "按区里口径")
    press(qtbot, dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: _shown(tab, labour.id).version > labour.version, timeout=10_000)
    row = _shown(tab, labour.id)
    assert row.values["name_zh"] == "劳资欠薪" and row.version == labour.version + 1
    _select(qtbot, tab, code="labour")
    active(qtbot, tab.admin_pane)
    press(qtbot, tab.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, ReferenceHistoryDialog))
    item = tab.dialog.tree.topLevelItem(0)
    assert item.text(0) == "1" and "劳资欠薪" in item.text(4) and item.text(5) == "按区里口径"


def test_an_empty_name_is_refused_naming_the_field_and_the_input_stays(
    qtbot: Any, database: Any
) -> None:
    tab = open_admin_tab(qtbot, database, "reference")
    _select(qtbot, tab, code="housing")
    dialog = _editor(qtbot, tab)
    name = _field(dialog, "name_zh")
    name.selectAll()
    press(qtbot, name, Qt.Key.Key_Delete)
    type_text(qtbot, dialog.note, "试一下")
    press(qtbot, dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.message.isVisible())
    assert dialog.isVisible() and dialog.note.text() == "试一下"
    label: Any = dialog.form.labelForField(name)
    assert dialog.message.text().startswith(label.text())
    assert dialog.focusWidget() is name


def test_a_deadline_change_is_previewed_then_saved(qtbot: Any, demo: Any) -> None:
    tab = open_admin_tab(qtbot, demo, "reference")
    _choose_kind(qtbot, tab, "deadline")
    rule = _select(qtbot, tab, stage="mediating", severity="general")
    dialog = _editor(qtbot, tab)
    days = _field(dialog, "working_days")
    days.selectAll()
    qtbot.keyClicks(days, "1")
    press(qtbot, dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.impact_dialog is not None and dialog.impact_dialog.isVisible())
    preview = dialog.impact_dialog
    assert preview is not None and preview.impact.deadline_changes > 0
    assert str(preview.impact.deadline_changes) in preview.summary.text()
    assert preview.cards.topLevelItemCount() == len(preview.impact.examples) > 0
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: _shown(tab, rule.id).version > rule.version, timeout=10_000)
    saved = _shown(tab, rule.id)
    assert saved.values["working_days"] == 1 and saved.version == rule.version + 1


def test_backing_out_of_the_preview_keeps_the_form_and_writes_nothing(
    qtbot: Any, demo: Any
) -> None:
    tab = open_admin_tab(qtbot, demo, "reference")
    _choose_kind(qtbot, tab, "deadline")
    rule = _select(qtbot, tab, stage="received", severity="major")
    dialog = _editor(qtbot, tab)
    days = _field(dialog, "working_days")
    days.selectAll()
    qtbot.keyClicks(days, "9")
    press(qtbot, dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.impact_dialog is not None and dialog.impact_dialog.isVisible())
    preview: Any = dialog.impact_dialog
    qtbot.keyClick(active(qtbot, preview), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())
    assert dialog.isVisible() and days.value() == 9
    assert next(r for r in tab.model.rows if r.id == rule.id).version == rule.version


def test_hiding_the_only_way_out_of_a_stage_is_refused_on_the_tab(
    qtbot: Any, database: Any
) -> None:
    tab = open_admin_tab(qtbot, database, "reference")
    _choose_kind(qtbot, tab, "move")
    move = _select(qtbot, tab, from_stage="follow_up", to_stage="closed")
    press(qtbot, tab.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: tab.message.isVisible())
    assert "回访" in tab.message.text()
    assert not next(r for r in tab.model.rows if r.id == move.id).hidden


def test_a_row_is_hidden_and_shown_again(qtbot: Any, database: Any) -> None:
    tab = open_admin_tab(qtbot, database, "reference")
    _choose_kind(qtbot, tab, "source")
    hotline = _select(qtbot, tab, code="hotline")
    qtbot.mouseClick(tab.hide_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hotline.id not in {r.id for r in tab.model.rows}, timeout=10_000)
    qtbot.mouseClick(tab.show_hidden, Qt.MouseButton.LeftButton)
    assert next(r for r in tab.model.rows if r.id == hotline.id).hidden
    _select(qtbot, tab, code="hotline")
    qtbot.mouseClick(tab.hide_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not _shown(tab, hotline.id).hidden, timeout=10_000)


def test_a_supervisor_reads_the_lists_but_cannot_open_an_editor(qtbot: Any, database: Any) -> None:
    supervisor = actor_with_role(database, "supervisor")
    tab = open_admin_tab(qtbot, database, "reference", supervisor)  # type: ignore[arg-type]
    assert tab.model.rows and not tab.listed.can_edit
    assert not tab.add_button.isEnabled() and not tab.edit_button.isEnabled()
    _select(qtbot, tab, code="labour")
    press(qtbot, tab.table, Qt.Key.Key_F2)
    assert tab.dialog is None
    assert tab.history_button.isEnabled()


def test_the_rows_model_passes_the_model_tester(
    qtbot: Any, database: Any, qtmodeltester: Any
) -> None:
    tab = open_admin_tab(qtbot, database, "reference", Actor.system())
    qtmodeltester.check(tab.model)
    _choose_kind(qtbot, tab, "warning")
    qtmodeltester.check(tab.model)


def test_hiding_a_warning_rule_is_previewed_first(qtbot: Any, demo: Any) -> None:
    from app.views.admin.impact_dialog import ImpactDialog

    tab = open_admin_tab(qtbot, demo, "reference")
    _choose_kind(qtbot, tab, "warning")
    rule = _select(qtbot, tab, code="blue_default")
    press(qtbot, tab.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, ImpactDialog) and tab.dialog.isVisible())
    preview = tab.dialog
    assert preview.impact.colour_changes > 0
    assert rule.id in {r.id for r in tab.model.rows}  # nothing written yet
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rule.id not in {r.id for r in tab.model.rows}, timeout=10_000)
