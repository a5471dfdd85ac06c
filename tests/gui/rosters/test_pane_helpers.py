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
from app.services.rosters import NodeKind
from app.views.rosters.roster_data import RosterData, load_roster_data

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
) -> RosterData:
    return load_roster_data(database, actor, kw.get("language", "zh_CN"), group_by)
