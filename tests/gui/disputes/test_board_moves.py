"""Moving cards on the board: drag and drop, the keyboard and the card menu go through the
move flow; allowed moves update only the two columns, forbidden ones leave the card where
it was with the reason shown, and a card changed elsewhere makes the board read again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from app.services.database import Database
from app.services.disputes import CaseChanges, MoveInfo, edit_case, load_case, move_case
from app.services.permissions import Actor
from app.views.changes import Area, Changes
from app.views.disputes.column_model import CARD_MIME_TYPE, ColumnModel, read_payload
from app.views.disputes.column_view import HINT_ALLOWED, HINT_FORBIDDEN, ColumnView
from app.views.disputes.dialogs.move_flow import MoveDialog
from app.views.disputes.pane import DisputesPane
from app.views.models.roles import SORT_ROLE
from tests.helpers.board_fixtures import (
    PopupDriver,
    demo_copy,
    first_card_row,
    open_pane,
    settled,
)
from tests.helpers.dispute_dialogs import ModalDriver, click_ok

#: The offscreen platform cannot raise or grab for popups and dialogs.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Database]:
    database = demo_copy(tmp_path)
    yield database
    database.dispose()


def _ok(qtbot: Any, dialog: MoveDialog) -> None:
    click_ok(qtbot, dialog)


def _resets(pane: DisputesPane) -> list[str]:
    """Records every column reset (a move must not reset any)."""
    seen: list[str] = []
    for stage, model in pane.board.models.items():
        model.modelReset.connect(lambda s=stage: seen.append(s))
    return seen


def _refreshes(pane: DisputesPane) -> list[list[Any]]:
    """Records every refresh and every reload the board is asked for."""
    seen: list[list[Any]] = []
    board = pane.board
    refresh, load = board.refresh_cards, board.load

    def refresh_cards(ids: Any) -> None:
        seen.append(list(ids))
        refresh(ids)

    def reload(*args: Any, **kwargs: Any) -> None:
        seen.append(["reload"])
        load(*args, **kwargs)

    board.refresh_cards = refresh_cards  # type: ignore[method-assign]
    board.load = reload  # type: ignore[method-assign]
    return seen


def drag_event(kind: type[Any], at: QPointF, mime: QMimeData) -> Any:
    """A drag enter or move event (PySide6 6.12 takes a QPointF, earlier ones a QPoint)."""
    args = (
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    try:
        return kind(at, *args)
    except TypeError:
        return kind(at.toPoint(), *args)


def drag_and_drop(pane: DisputesPane, source: ColumnView, row: int, target: ColumnView) -> None:
    """Press on the card and move the mouse through the window, which starts the view's
    own drag; then deliver the drop that drag carries to the target column.

    The offscreen platform ends every ``QDrag`` at once, so the enter, move and drop
    events are sent here, with the very data the view's drag was started with."""
    window = pane.window().windowHandle()
    index = source.model().index(row, 0)
    start = source.viewport().mapTo(pane.window(), source.visualRect(index).center())
    dragged: list[Any] = []
    source.drag_started.connect(dragged.append)
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(window, start + QPoint(30, 30))
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    assert dragged and dragged[0] == source.model().card_at(row), "the view did not start a drag"
    mime = source.model().mimeData([index])
    assert mime.hasFormat(CARD_MIME_TYPE)
    at = QPointF(60, 40)
    actions = Qt.DropAction.MoveAction
    buttons = Qt.MouseButton.LeftButton
    mods = Qt.KeyboardModifier.NoModifier
    viewport = target.viewport()
    enter = drag_event(QDragEnterEvent, at, mime)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    hover = drag_event(QDragMoveEvent, at, mime)
    QApplication.sendEvent(viewport, hover)
    assert hover.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(at, actions, mime, buttons, mods))


def test_drop_on_an_allowed_column_moves_the_card_without_resetting_any_column(
    qtbot: Any, demo: Database
) -> None:
    pane = open_pane(qtbot, demo)
    board = pane.board
    source, target = board.views["accepted"], board.views["mediating"]
    row = first_card_row(board.models["accepted"])
    card = board.models["accepted"].card_at(row)
    assert card is not None
    hints: list[dict[str, str]] = []
    source.drag_started.connect(
        lambda _c: hints.append({s: v.drop_hint for s, v in board.views.items()})
    )
    counts = {stage: model.count for stage, model in board.models.items()}
    resets = _resets(pane)
    driver = ModalDriver().then(MoveDialog, lambda dialog: _ok(qtbot, dialog))
    refreshes = _refreshes(pane)
    drag_and_drop(pane, source, row, target)
    driver.check()
    settled(qtbot, pane)
    # one write, one refresh of the case it touched (the hub's), and no reload
    assert len(refreshes) == 1 and card.id in refreshes[0]
    # while dragging, the allowed columns were marked apart from the forbidden ones
    assert hints[0]["mediating"] == HINT_ALLOWED and hints[0]["escalated"] == HINT_ALLOWED
    assert hints[0]["received"] == HINT_FORBIDDEN and hints[0]["closed"] == HINT_FORBIDDEN
    assert all(view.drop_hint == "" for view in board.views.values())
    with demo.session() as session:
        assert load_case(session, pane.context.actor, card.id).card.stage == "mediating"
    assert board.models["accepted"].row_of(card.id) < 0
    moved = board.models["mediating"].card_at(board.models["mediating"].row_of(card.id))
    assert moved is not None and moved.version > card.version
    assert board.models["accepted"].count == counts["accepted"] - 1
    assert board.models["mediating"].count == counts["mediating"] + 1
    assert resets == []
    assert board.selected_card() == moved
    assert card.number in pane.message_text


def test_the_outlines_go_before_the_moves_dialog_opens(qtbot: Any, demo: Database) -> None:
    pane = open_pane(qtbot, demo)
    board = pane.board
    source, target = board.views["accepted"], board.views["mediating"]
    row = first_card_row(board.models["accepted"])
    card = board.models["accepted"].card_at(row)
    # a drag in progress (on a real desktop the drop arrives inside it)
    source.drag_started.emit(card)
    assert target.drop_hint == HINT_ALLOWED
    under_dialog: list[list[str]] = []

    def confirm(dialog: MoveDialog) -> None:
        under_dialog.append([view.drop_hint for view in board.views.values()])
        _ok(qtbot, dialog)

    driver = ModalDriver().then(MoveDialog, confirm)
    mime = source.model().mimeData([source.model().index(row, 0)])
    at = QPointF(60, 40)
    viewport = target.viewport()
    QApplication.sendEvent(viewport, drag_event(QDragEnterEvent, at, mime))
    QApplication.sendEvent(viewport, drag_event(QDragMoveEvent, at, mime))
    drop = QDropEvent(
        at,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, drop)
    driver.check()
    assert under_dialog == [[""] * len(board.views)]


def test_drop_on_a_forbidden_column_is_refused_with_the_reason_and_the_card_stays(
    qtbot: Any, demo: Database
) -> None:
    pane = open_pane(qtbot, demo)
    board = pane.board
    row = first_card_row(board.models["received"])
    card = board.models["received"].card_at(row)
    assert card is not None
    said: list[str] = []
    driver = ModalDriver().then(QMessageBox, lambda box: (said.append(box.text()), box.accept()))
    drag_and_drop(pane, board.views["received"], row, board.views["mediating"])
    driver.check()
    # the reason names both stages as the clerk knows them, and where the card may go
    assert "收案" in said[0] and "调解中" in said[0] and "领办" in said[0]
    assert board.models["received"].row_of(card.id) == row
    assert board.models["mediating"].row_of(card.id) < 0
    with demo.session() as session:
        after = load_case(session, pane.context.actor, card.id).card
    assert (after.stage, after.version) == ("received", card.version)


def test_a_drop_of_anything_else_is_ignored(qtbot: Any, demo: Database) -> None:
    pane = open_pane(qtbot, demo)
    mime = QMimeData()
    mime.setText("JF20250101-0001")
    assert read_payload(mime) is None
    enter = drag_event(QDragEnterEvent, QPointF(10, 10), mime)
    QApplication.sendEvent(pane.board.views["mediating"].viewport(), enter)
    assert not enter.isAccepted()


def test_ctrl_right_moves_the_selected_card_to_the_next_allowed_stage(
    qtbot: Any, demo: Database
) -> None:
    pane = open_pane(qtbot, demo)
    board = pane.board
    view = board.views["accepted"]
    row = first_card_row(board.models["accepted"])
    card = board.models["accepted"].card_at(row)
    assert card is not None
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(view.model().index(row, 0)).center(),
    )
    assert view.current_card() == card
    driver = ModalDriver().then(MoveDialog, lambda dialog: _ok(qtbot, dialog))
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    driver.check()
    settled(qtbot, pane)
    assert board.models["mediating"].row_of(card.id) >= 0
    # focus follows the card, so the next Ctrl+→ moves it on
    # (offscreen, the window is not made active again once the dialog has gone)
    assert pane.window().focusWidget() is board.views["mediating"]
    assert board.views["mediating"].current_card().id == card.id


def test_ctrl_left_with_nowhere_to_go_says_so_and_moves_nothing(qtbot: Any, demo: Database) -> None:
    pane = open_pane(qtbot, demo)
    view = pane.board.views["received"]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    card = view.current_card()
    assert card is not None
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert card.number in pane.message_text
    assert pane.board.models["received"].row_of(card.id) >= 0


def test_arrow_keys_walk_between_columns(qtbot: Any, demo: Database) -> None:
    pane = open_pane(qtbot, demo)
    views = pane.board.views
    views["received"].setFocus()
    qtbot.keyClick(views["received"], Qt.Key.Key_Down)
    qtbot.keyClick(views["received"], Qt.Key.Key_Right)
    assert views["accepted"].hasFocus()
    assert views["accepted"].current_card() is not None
    qtbot.keyClick(views["accepted"], Qt.Key.Key_Left)
    assert views["received"].hasFocus()


def test_card_menu_from_the_keyboard_offers_the_allowed_stages_and_moves(
    qtbot: Any, demo: Database
) -> None:
    pane = open_pane(qtbot, demo)
    board = pane.board
    view = board.views["accepted"]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    card = view.current_card()
    assert card is not None
    offered: list[list[str]] = []

    def open_move_menu(menu: QMenu) -> None:
        qtbot.keyClick(menu, Qt.Key.Key_Down)
        assert menu.activeAction().menu().objectName() == "cardMoveMenu"
        qtbot.keyClick(menu, Qt.Key.Key_Right)

    def choose_mediating(menu: QMenu) -> None:
        offered.append([action.objectName() for action in menu.actions()])
        for _ in offered[0]:
            active = menu.activeAction()
            if active is not None and active.objectName() == "moveTo_mediating":
                break
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    menus = PopupDriver(open_move_menu, choose_mediating)
    dialogs = ModalDriver().then(MoveDialog, lambda dialog: _ok(qtbot, dialog))
    qtbot.keyClick(view, Qt.Key.Key_Menu)
    qtbot.waitUntil(lambda: board.models["mediating"].row_of(card.id) >= 0)
    menus.check()
    dialogs.check()
    assert offered[0] == ["moveTo_mediating", "moveTo_resolved", "moveTo_escalated"]


def test_a_card_changed_elsewhere_is_read_again_and_the_clerk_is_told(
    qtbot: Any, demo: Database
) -> None:
    pane = open_pane(qtbot, demo)
    board = pane.board
    row = first_card_row(board.models["accepted"])
    card = board.models["accepted"].card_at(row)
    assert card is not None
    with demo.session("other-desk") as session:
        edit_case(
            session, Actor.system("other"), card.id, card.version, CaseChanges(people_involved=7)
        )
    said: list[str] = []
    driver = (
        ModalDriver()
        .then(MoveDialog, lambda dialog: _ok(qtbot, dialog))
        .then(QMessageBox, lambda box: (said.append(box.text()), box.accept()))
    )
    drag_and_drop(pane, board.views["accepted"], row, board.views["mediating"])
    driver.check()
    qtbot.waitUntil(lambda: card.number in pane.message_text)
    settled(qtbot, pane)
    assert card.number in said[0]
    shown = board.card(card.id)
    assert shown is not None and shown.stage == "accepted" and shown.people_involved == 7
    assert card.number in pane.message_text


def test_a_move_made_elsewhere_updates_only_the_two_columns(qtbot: Any, demo: Database) -> None:
    pane = open_pane(qtbot, demo)
    board = pane.board
    card = board.models["mediating"].card_at(first_card_row(board.models["mediating"]))
    assert card is not None
    resets = _resets(pane)
    inserted: list[str] = []
    for stage, model in board.models.items():
        model.rowsInserted.connect(lambda *_a, s=stage: inserted.append(s))
    with demo.session("other") as session:
        ref = move_case(
            session,
            Actor.system("other"),
            card.id,
            card.version,
            "escalated",
            MoveInfo(reason="风险未消除", level="leader_visit"),
        )
    pane.context.changes.announce(Changes.of(Area.DISPUTES, [ref.id]))
    settled(qtbot, pane)
    assert board.models["mediating"].row_of(card.id) < 0
    assert board.models["escalated"].row_of(card.id) >= 0
    assert resets == [] and inserted == ["escalated"]


def test_scrolling_to_the_end_reads_the_next_page(qtbot: Any, demo: Database) -> None:
    pane = open_pane(qtbot, demo)
    model = pane.board.models["closed"]
    view = pane.board.views["closed"]
    assert model.count > 2 * model.page_size
    assert model.rowCount() == model.page_size
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: model.rowCount() > model.page_size)
    ids = [card.id for card in model.loaded_cards()]
    assert len(ids) == len(set(ids))
    keys = [model.data(model.index(row, 0), SORT_ROLE) for row in range(model.rowCount())]
    assert keys == sorted(keys)


def test_column_models_pass_the_model_tester(
    qtbot: Any, qtmodeltester: Any, demo: Database
) -> None:
    pane = open_pane(qtbot, demo)
    for model in pane.board.models.values():
        assert isinstance(model, ColumnModel)
        qtmodeltester.check(model, force_py=True)
        # the tester asks for the next page, which is read on the pool: let it come
        # while this model is still the one under test
        settled(qtbot, pane)


def test_enter_opens_the_selected_case_beside_the_board(qtbot: Any, demo: Database) -> None:
    pane = open_pane(qtbot, demo)
    view = pane.board.views["mediating"]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    card = view.current_card()
    assert card is not None
    pane.splitter.setSizes([1900, 0])
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert pane.detail.case_id == card.id
    # a panel folded away opens again, and takes the focus
    assert pane.splitter.sizes()[1] > 0
    assert pane.detail.isAncestorOf(QApplication.focusWidget()) or pane.detail.hasFocus()
