"""Shared by the Rosters pane's tests: a scale-1 demo database generated once per run
and copied per test, the demo clerk, and the roster data loaded from it."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path
from typing import Any

from app.services import auth
from app.services.database import Database, open_sqlite
from app.services.permissions import Actor
from app.services.rosters import (
    NodeKind,
    PeopleTable,
    RosterOverview,
    VolunteerRow,
    load_roster_overview,
    load_volunteers,
)

_generated: list[Path] = []


def demo_source() -> Path:
    """The generated demo database (about 3 s, once per test run)."""
    if not _generated:
        from app.services.demo.generator import write_demo_database

        folder = Path(tempfile.mkdtemp(prefix="rosters-pane-demo-"))
        atexit.register(shutil.rmtree, folder, True)
        path = folder / "demo.sqlite"
        write_demo_database(path, scale=1, seed=1)
        _generated.append(path)
    return _generated[0]


def demo_database(tmp_path: Path) -> Database:
    """A copy of the demo database for one test."""
    copy = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_source(), copy)
    return open_sqlite(copy)


def demo_actor(database: Database, role: str = "clerk") -> Actor:
    with database.session() as session:
        return auth.sign_in_demo(session, role)


def roster_data(
    database: Database, actor: Actor, group_by: NodeKind = NodeKind.COMMUNITY, **kw: Any
) -> RosterOverview:
    with database.session(actor.username) as session:
        return load_roster_overview(
            session, actor, group_by=group_by, language=kw.get("language", "zh_CN")
        )


def volunteer_table(database: Database, actor: Actor) -> PeopleTable[VolunteerRow]:
    with database.session(actor.username) as session:
        return load_volunteers(session, actor)


def open_pane(qtbot: Any, database: Database, role: str = "clerk", language: str = "zh_CN") -> Any:
    """The Rosters pane on the demo data, shown, with staff and volunteers loaded."""
    from app.views.pane_context import PaneContext
    from app.views.rosters.pane import RostersPane

    context = PaneContext(database, demo_actor(database, role), language)
    pane = RostersPane(context)
    qtbot.addWidget(pane)
    with qtbot.waitSignals([pane.loaded, pane.volunteers_loaded], timeout=20_000):
        pane.resize(1300, 800)
        pane.show()
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    return pane


def click_tab(qtbot: Any, pane: Any, tab: int) -> None:
    from PySide6.QtCore import Qt

    bar = pane.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
    assert pane.tabs.currentIndex() == tab


def click_index(qtbot: Any, view: Any, index: Any, double: bool = False) -> None:
    from PySide6.QtCore import Qt

    view.scrollTo(index)
    # on a loaded machine the view may not be laid out yet when the rows arrive
    qtbot.waitUntil(lambda: view.viewport().rect().contains(view.visualRect(index).center()))
    centre = view.visualRect(index).center()
    click = qtbot.mouseDClick if double else qtbot.mouseClick
    if double:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    click(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def visible_rows(model: Any) -> list[Any]:
    return [model.row_at(i) for i in range(model.rowCount())]
