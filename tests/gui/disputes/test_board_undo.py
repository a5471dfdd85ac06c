"""Taking a move back on the board: Ctrl+Z takes back the clerk's own move as a new
event; Ctrl+← lets a supervisor move a case back with a reason and tells a clerk what
they can do instead."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit
from sqlalchemy import select

from app.models import DisputeEvent
from app.services.database import Database
from app.services.permissions import Actor
from app.views.disputes.dialogs.move_flow import MoveDialog
from app.views.disputes.pane import DisputesPane
from app.views.pane_context import PaneContext
from tests.helpers.actors import actor_with_role
from tests.helpers.board_fixtures import demo_copy, first_card_row, settled
from tests.helpers.dispute_dialogs import ModalDriver, click_ok
from tests.helpers.keyboard import type_text

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Database]:
    database = demo_copy(tmp_path)
    yield database
    database.dispose()


def _pane(qtbot: Any, database: Database, actor: Any) -> DisputesPane:
    pane = DisputesPane(PaneContext(database, actor, "zh_CN"))
    qtbot.addWidget(pane)
    pane.resize(1900, 900)
    pane.show()
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    qtbot.waitUntil(lambda: pane.board.counts is not None)
    return pane


def _select(qtbot: Any, pane: DisputesPane, stage: str) -> Any:
    view = pane.board.views[stage]
    row = first_card_row(pane.board.models[stage])
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(view.model().index(row, 0)).center(),
    )
    return view, view.current_card()


def _events(database: Database, case_id: Any) -> list[DisputeEvent]:
    with database.session() as session:
        return list(
            session.scalars(
                select(DisputeEvent)
                .where(DisputeEvent.dispute_id == case_id)
                .order_by(DisputeEvent.created_at)
            )
        )


def test_ctrl_z_takes_back_the_clerks_own_move_as_a_new_event(qtbot: Any, demo: Database) -> None:
    pane = _pane(qtbot, demo, actor_with_role(demo, "clerk"))
    view, card = _select(qtbot, pane, "accepted")
    before = len(_events(demo, card.id))
    driver = ModalDriver().then(MoveDialog, lambda dialog: click_ok(qtbot, dialog))
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    driver.check()
    settled(qtbot, pane)
    assert pane.board.models["mediating"].row_of(card.id) >= 0
    moved_to = pane.window().focusWidget()
    # offscreen, the window is not made active again once the dialog has gone
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    qtbot.keyClick(moved_to, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(pane.message_text) and "撤销" in pane.message_text)
    qtbot.waitUntil(lambda: pane.board.models["accepted"].row_of(card.id) >= 0)
    assert "撤销" in pane.message_text and card.number in pane.message_text
    events = _events(demo, card.id)
    assert len(events) == before + 2
    assert events[-1].data["undoes"] == str(events[-2].id)


def test_ctrl_left_tells_a_clerk_what_can_be_done(qtbot: Any, demo: Database) -> None:
    pane = _pane(qtbot, demo, actor_with_role(demo, "clerk"))
    view, card = _select(qtbot, pane, "accepted")
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert card.number in pane.message_text
    assert "Ctrl+Z" in pane.message_text and "主管" in pane.message_text
    assert pane.board.models["accepted"].row_of(card.id) >= 0


def test_ctrl_left_lets_a_supervisor_move_a_case_back_with_a_reason(
    qtbot: Any, demo: Database
) -> None:
    supervisor = actor_with_role(demo, "supervisor")
    assert isinstance(supervisor, Actor)
    pane = _pane(qtbot, demo, supervisor)
    view, card = _select(qtbot, pane, "accepted")

    def give_reason(dialog: QInputDialog) -> None:
        field = dialog.focusWidget()
        assert isinstance(field, QLineEdit)
        type_text(qtbot, field, "误领办，退回收案")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    driver = ModalDriver().then(QInputDialog, give_reason)
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    driver.check()
    qtbot.waitUntil(lambda: pane.board.models["received"].row_of(card.id) >= 0)
    last = _events(demo, card.id)[-1]
    assert last.note == "误领办，退回收案" and last.actor == supervisor.username
