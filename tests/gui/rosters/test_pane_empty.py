"""The Rosters pane on a database with no street yet: it opens, says so, and offers
nothing to edit."""

from __future__ import annotations

from typing import Any

from app.services.permissions import Actor
from app.views.pane_context import PaneContext
from app.views.rosters.pane import RostersPane


def test_an_empty_database_opens_an_empty_pane(qtbot: Any, database: Any) -> None:
    pane = RostersPane(PaneContext(database, Actor.system("clerk"), "zh_CN"))
    qtbot.addWidget(pane)
    with qtbot.waitSignals([pane.loaded, pane.volunteers_loaded], timeout=20_000):
        pane.show()
    assert pane.tree_model.rowCount() == 0
    assert pane.staff_model.rowCount() == pane.volunteer_model.rowCount() == 0
    assert "尚无幸福里" in pane.strip.text() and ">0</span>" in pane.strip.text()
    assert not pane.actions_.edit.isEnabled() and not pane.actions_.print.isEnabled()
