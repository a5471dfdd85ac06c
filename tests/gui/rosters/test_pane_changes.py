"""The Rosters pane and the change hub: a dialog's write is announced once and reloads the
pane once, repainting only the row it changed; changes to areas the pane does not show
leave it alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex

from app.views.changes import Area, Changes
from app.views.rosters.dialogs.person_dialogs import build_volunteer_dialog
from tests.helpers.change_log import announced_once
from tests.helpers.roster_dialogs import click, ok_button
from tests.helpers.roster_pane import click_index, click_tab, demo_database, open_pane

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def database(tmp_path: Path) -> Any:
    database = demo_database(tmp_path)
    yield database
    database.dispose()


def test_one_dialog_write_reloads_the_pane_once_and_repaints_only_its_row(
    qtbot: Any, database: Any
) -> None:
    pane = open_pane(qtbot, database)
    click_tab(qtbot, pane, pane.TAB_VOLUNTEERS)
    model = pane.volunteer_model
    click_index(qtbot, pane.volunteer_view, model.index(40, 1))
    chosen = model.row_at(40)
    announced: list[Any] = []
    loads: list[str] = []
    resets: list[str] = []
    repainted: list[tuple[int, int]] = []
    pane.context.changes.changed.connect(announced.append)
    pane.loaded.connect(lambda: loads.append("staff"))
    pane.volunteers_loaded.connect(lambda: loads.append("volunteers"))
    model.modelReset.connect(lambda: resets.append("reset"))
    model.dataChanged.connect(lambda first, last, *_: repainted.append((first.row(), last.row())))
    generation = pane.generation

    dialog = build_volunteer_dialog(pane, pane.context, chosen)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: ok_button(dialog).isEnabled())  # its lists are in
    dialog.skills.setText("调解、心理疏导")
    with qtbot.waitSignal(pane.volunteers_loaded, timeout=20_000):
        click(qtbot, ok_button(dialog))

    assert chosen.volunteer_id in announced_once(announced, "rosters")
    assert loads == ["staff", "volunteers"]  # one reload, not one per listener
    assert pane.generation == generation + 1
    assert not pane._reload_timer.isActive()  # and no second one waiting
    assert resets == [] and repainted == [(40, 40)]
    assert model.row_at(40).skills == "调解、心理疏导"
    assert pane.selected_person().volunteer_id == chosen.volunteer_id


def test_only_the_areas_the_pane_shows_reload_it(qtbot: Any, database: Any) -> None:
    pane = open_pane(qtbot, database)
    generation = pane.generation
    pane.context.changes.announce(Changes.of(Area.DISPUTES))
    pane.context.changes.announce(Changes.of(Area.AUDIT))
    assert not pane._reload_timer.isActive() and pane.generation == generation
    with qtbot.waitSignals([pane.loaded, pane.volunteers_loaded], timeout=20_000):
        pane.context.changes.announce(Changes.of(Area.ORGANISATION))
    assert pane.generation == generation + 1


def test_nothing_is_read_before_the_pane_is_first_shown(qtbot: Any, database: Any) -> None:
    from app.views.pane_context import PaneContext
    from app.views.rosters.pane import RostersPane
    from tests.helpers.roster_pane import demo_actor

    pane = RostersPane(PaneContext(database, demo_actor(database)))
    qtbot.addWidget(pane)
    pane.context.changes.announce(Changes.of(Area.ROSTERS))
    assert pane.generation == 0 and pane.data is None
    assert pane.staff_model.rowCount(QModelIndex()) == 0
    with qtbot.waitSignal(pane.loaded, timeout=20_000):
        pane.show()
    assert pane.generation == 1 and pane.data is not None
