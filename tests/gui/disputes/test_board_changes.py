"""The board follows what the hub announces: a roster edit renames the owner on the cards
shown, and one write refreshes the cards it touched once, without reading the board again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.models import Staff
from app.services.database import Database
from app.services.rosters import StaffForm, update_staff
from app.views.changes import Area
from app.views.operations import write_op
from tests.helpers.board_fixtures import demo_copy, open_pane, settled
from tests.helpers.change_log import announced_once


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Database]:
    database = demo_copy(tmp_path)
    yield database
    database.dispose()


def test_a_roster_edit_renames_the_owner_on_the_open_board(qtbot: Any, demo: Database) -> None:
    pane = open_pane(qtbot, demo)
    board = pane.board
    card = next(c for c in board.shown_cards() if c.owner_staff_id and not c.owner_removed)
    with demo.session() as session:
        staff = session.get(Staff, card.owner_staff_id)
        assert staff is not None
        form = StaffForm(
            name="改名测试员",
            phone=staff.phone,
            department_id=staff.department_id,
            title=staff.title,
        )
        staff_id, version = staff.id, staff.version
    owned = {c.id for c in board.shown_cards() if c.owner_staff_id == staff_id}
    resets: list[str] = []
    for stage, model in board.models.items():
        model.modelReset.connect(lambda s=stage: resets.append(s))
    refreshed: list[list[Any]] = []
    board.cards_refreshed.connect(refreshed.append)
    seen: list[Any] = []
    pane.context.changes.changed.connect(seen.append)
    actor = pane.context.actor
    write_op(pane.context, lambda s: update_staff(s, actor, staff_id, version, form)).run()
    qtbot.waitUntil(lambda: board.card(card.id).owner_name == "改名测试员")
    settled(qtbot, pane)
    assert announced_once(seen, "rosters")
    # every card that person owns, and only the cards naming them, were read again
    assert all(board.card(i).owner_name == "改名测试员" for i in owned)
    assert len(refreshed) == 1 and set(refreshed[0]) >= owned
    assert resets == [] and not board.loading()
    # the owner filter lists the new name too
    qtbot.waitUntil(
        lambda: (
            pane.filter_bar.choices is not None
            and any(o.name == "改名测试员" for o in pane.filter_bar.choices.owners)
        )
    )
    assert Area.ROSTERS in pane.areas
