"""The Rosters pane's actions through keys, toolbar buttons and the context menu: each
calls the right roster dialog with the right row, and a reported change reloads the pane
keeping the selection and the scroll position."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from app.services.rosters import PostStatus, VolunteerForm, update_volunteer
from app.views.changes import Area, Changes
from app.views.rosters.dialogs import export_dialog, import_dialog, person_dialogs, post_dialogs
from tests.helpers.roster_pane import (
    click_index,
    click_tab,
    demo_actor,
    demo_database,
    open_pane,
    visible_rows,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def database(tmp_path: Path) -> Any:
    database = demo_database(tmp_path)
    yield database
    database.dispose()


class Calls:
    """Stands in for the dialog functions; records (function, row, keywords)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, result: Any = None) -> None:
        self.seen: list[tuple[str, Any, dict[str, Any]]] = []
        self.result = result
        for module, names in (
            (
                person_dialogs,
                ("open_staff_dialog", "open_volunteer_dialog", "confirm_delete_person"),
            ),
            (post_dialogs, ("open_fill_post_dialog", "open_end_secondment_dialog")),
        ):
            for name in names:
                monkeypatch.setattr(module, name, self._recorder(name))

    def _recorder(self, name: str) -> Any:
        def record(_parent: Any, _context: Any, row: Any = None, **kw: Any) -> Any:
            self.seen.append((name, row, kw))
            return self.result

        return record

    def names(self) -> list[str]:
        return [name for name, _, _ in self.seen]


def _select(qtbot: Any, pane: Any, view: Any, wanted: Any) -> Any:
    model = view.model()
    position = next(i for i in range(model.rowCount()) if wanted(model.row_at(i)))
    click_index(qtbot, view, model.index(position, 1))
    qtbot.waitUntil(lambda: pane.selected_person() == model.row_at(position))
    return model.row_at(position)


def test_keys_call_the_dialogs_with_the_selected_row(
    qtbot: Any, database: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = Calls(monkeypatch)
    pane = open_pane(qtbot, database)
    view = pane.staff_view
    person = _select(qtbot, pane, view, lambda r: r.status == PostStatus.ACTIVE)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert calls.seen == [
        ("open_staff_dialog", person, {}),
        ("open_staff_dialog", person, {}),
        ("confirm_delete_person", person, {}),
        ("open_staff_dialog", None, {"street_id": pane.selected_scope().street_id}),
    ]
    # Enter on a post nobody holds fills it
    vacant = _select(qtbot, pane, view, lambda r: r.status == PostStatus.VACANT)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert calls.seen[-1] == ("open_fill_post_dialog", vacant, {})
    click_tab(qtbot, pane, pane.TAB_VOLUNTEERS)
    volunteer = _select(qtbot, pane, pane.volunteer_view, lambda r: r.team)
    qtbot.keyClick(pane.volunteer_view, Qt.Key.Key_Return)
    qtbot.keyClick(pane.volunteer_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert calls.seen[-2:] == [
        ("open_volunteer_dialog", volunteer, {}),
        ("open_volunteer_dialog", None, {"street_id": pane.selected_scope().street_id}),
    ]


def test_toolbar_buttons_and_the_context_menu(
    qtbot: Any, database: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = Calls(monkeypatch)
    pane = open_pane(qtbot, database)
    view = pane.staff_view
    actions = pane.actions_
    active = _select(qtbot, pane, view, lambda r: r.status == PostStatus.ACTIVE)
    assert actions.end.isEnabled() and not actions.fill.isEnabled()
    qtbot.mouseClick(pane.toolbar.widgetForAction(actions.end), Qt.MouseButton.LeftButton)
    assert calls.seen[-1] == ("open_end_secondment_dialog", active, {})
    vacant_posts = pane.data.vacant_posts
    refilled = _select(
        qtbot,
        pane,
        view,
        lambda r: r.status == PostStatus.EXPIRED and r.post_id not in vacant_posts,
    )
    assert refilled and not actions.fill.isEnabled()  # someone holds that post again
    expired = _select(
        qtbot, pane, view, lambda r: r.status == PostStatus.EXPIRED and r.post_id in vacant_posts
    )
    assert actions.fill.isEnabled() and not actions.end.isEnabled()
    qtbot.mouseClick(pane.toolbar.widgetForAction(actions.fill), Qt.MouseButton.LeftButton)
    assert calls.seen[-1] == ("open_fill_post_dialog", expired, {})
    # right-click a row: the menu acts on that row (the platform turns the click into a
    # context-menu event, which the test sends itself)
    target = view.model().index(7, 0)
    point = view.visualRect(target).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=point)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, view.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(lambda: pane.findChild(QMenu, "rosterContextMenu") is not None)
    menu = pane.findChild(QMenu, "rosterContextMenu")
    qtbot.waitUntil(menu.isVisible)
    qtbot.mouseClick(
        menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(actions.delete).center()
    )
    assert calls.seen[-1] == ("confirm_delete_person", view.model().row_at(7), {})


def test_a_reader_sees_no_editing_actions(
    qtbot: Any, database: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = Calls(monkeypatch)
    pane = open_pane(qtbot, database, role="supervisor")
    _select(qtbot, pane, pane.staff_view, lambda r: r.status == PostStatus.VACANT)
    a = pane.actions_
    assert not any(x.isEnabled() for x in (a.new, a.edit, a.fill, a.end, a.delete, a.import_))
    assert a.print.isEnabled() and a.refresh.isEnabled()
    for key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Delete):
        qtbot.keyClick(pane.staff_view, key)
    qtbot.keyClick(pane.staff_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert calls.seen == []


def test_a_change_elsewhere_reloads_keeping_the_selected_row_and_the_scroll(
    qtbot: Any, database: Any
) -> None:
    pane = open_pane(qtbot, database)
    click_tab(qtbot, pane, pane.TAB_VOLUNTEERS)
    view, model = pane.volunteer_view, pane.volunteer_model
    index = model.index(600, 1)
    click_index(qtbot, view, index)
    chosen = model.row_at(600)
    scroll = view.verticalScrollBar().value()
    assert scroll > 0
    actor = demo_actor(database)
    with database.session(actor.username) as session:
        form = VolunteerForm(
            chosen.name,
            "13912345678",
            chosen.team_id,
            chosen.grid_id,
            chosen.unit_id,
            chosen.skills,
            chosen.street_id,
        )
        update_volunteer(session, actor, chosen.volunteer_id, chosen.version, form)
    with qtbot.waitSignal(pane.volunteers_loaded, timeout=20_000):
        pane.context.changes.announce(Changes.of(Area.ROSTERS, [chosen.volunteer_id]))
    assert view.verticalScrollBar().value() == scroll
    assert pane.selected_person().volunteer_id == chosen.volunteer_id
    assert pane.selected_person().phone == "13912345678"
    assert model.index(view.currentIndex().row(), 1).data() == "13912345678"


def test_a_new_person_is_selected_after_the_reload(
    qtbot: Any, database: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = open_pane(qtbot, database)
    rows = visible_rows(pane.staff_model)
    newcomer = rows[-60]
    assert newcomer.staff_id is not None

    def added(_parent: Any, context: Any, row: Any = None, **_kw: Any) -> Any:
        context.changes.announce(Changes.of(Area.ROSTERS, [newcomer.staff_id]))
        return newcomer.staff_id

    monkeypatch.setattr(person_dialogs, "open_staff_dialog", added)
    pane.staff_view.setFocus()
    with qtbot.waitSignals([pane.loaded, pane.volunteers_loaded], timeout=20_000):
        qtbot.keyClick(pane.staff_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert pane.selected_person().staff_id == newcomer.staff_id


def test_ctrl_n_opens_the_real_staff_dialog(qtbot: Any, database: Any) -> None:
    pane = open_pane(qtbot, database)
    pane.staff_view.setFocus()
    seen: list[QDialog] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            seen.append(dialog)
            dialog.reject()
        else:
            QTimer.singleShot(20, close_it)

    QTimer.singleShot(0, close_it)
    qtbot.keyClick(pane.staff_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen and seen[0].objectName() == "staffDialog"


def test_import_and_export_buttons_open_their_dialogs_for_the_street(
    qtbot: Any, database: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, Any]] = []

    def fake(name: str, result: Any) -> Any:
        def opened(_parent: Any, _context: Any, **kw: Any) -> Any:
            seen.append((name, kw.get("street_id")))
            return result

        return opened

    monkeypatch.setattr(import_dialog, "open_import_dialog", fake("import", None))
    monkeypatch.setattr(export_dialog, "open_export_dialog", fake("export", None))
    pane = open_pane(qtbot, database)
    street = pane.selected_scope().street_id
    for action in (pane.actions_.import_, pane.actions_.export):
        assert action.isEnabled()
        qtbot.mouseClick(pane.toolbar.widgetForAction(action), Qt.MouseButton.LeftButton)
    assert seen == [("import", street), ("export", street)]


def test_filling_a_post_is_confirmed_and_the_tree_has_a_menu(
    qtbot: Any, database: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uuid

    calls = Calls(monkeypatch, result=uuid.uuid4())
    pane = open_pane(qtbot, database)
    vacant = _select(qtbot, pane, pane.staff_view, lambda r: r.status == PostStatus.VACANT)
    qtbot.keyClick(pane.staff_view, Qt.Key.Key_Return)
    assert calls.seen[-1][0] == "open_fill_post_dialog"
    assert pane.notice.isVisible()
    assert pane.notice.text() == f"岗位已补员：{vacant.unit} · {vacant.post}。"
    tree = pane.tree
    point = tree.visualRect(tree.model().index(0, 0)).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, tree.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(tree.viewport(), event)
    qtbot.waitUntil(lambda: pane.findChild(QMenu, "rosterTreeMenu") is not None)
    menu = pane.findChild(QMenu, "rosterTreeMenu")
    qtbot.waitUntil(menu.isVisible)
    assert pane.actions_.new in menu.actions() and pane.actions_.export in menu.actions()
    menu.close()
