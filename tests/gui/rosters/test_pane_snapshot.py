"""The one-pass read the Rosters pane opens on gives exactly what the three roster
services give: the tree (both groupings), the vacancy summary and the staff rows."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.services.china_time import today_in_china
from app.services.permissions import Actor
from app.services.rosters import (
    NodeKind,
    PostStatus,
    delete_staff,
    load_staff,
    load_tree,
    vacancy_summary,
)
from app.services.rosters.roster_snapshot import load_roster_snapshot
from app.services.rosters.staff_rows import StaffRows
from tests.helpers.roster_pane import demo_actor, demo_database


@pytest.fixture
def database(tmp_path: Path) -> Any:
    database = demo_database(tmp_path)
    yield database
    database.dispose()


def _same(database: Any, actor: Actor, today: date, language: str = "zh_CN") -> None:
    with database.session() as session:
        for group_by in (NodeKind.COMMUNITY, NodeKind.UNIT_TYPE):
            snapshot = load_roster_snapshot(
                session, actor, group_by=group_by, today=today, language=language
            )
            tree = load_tree(session, actor, group_by=group_by, today=today, language=language)
            assert snapshot.tree == tree
        assert snapshot.summary == vacancy_summary(session, actor, today=today, language=language)
        staff = load_staff(session, actor, today=today, language=language)
        assert snapshot.staff.rows == staff.rows
        assert snapshot.staff.keys == staff.keys
        assert snapshot.staff.loaded_on == today


def test_the_snapshot_equals_the_services_today_later_and_in_english(database: Any) -> None:
    clerk = demo_actor(database)
    today = today_in_china()
    _same(database, clerk, today)
    # a year on, many secondments have ended: their posts show as vacant
    _same(database, clerk, today + timedelta(days=365), "en")
    _same(database, Actor.system("bench"), today)


def test_a_removed_staff_member_leaves_the_snapshot_as_the_services(database: Any) -> None:
    clerk = demo_actor(database)
    with database.session(clerk.username) as session:
        row = next(r for r in load_staff(session, clerk).rows if r.status == PostStatus.ACTIVE)
        delete_staff(session, clerk, row.staff_id, row.staff_version)
    _same(database, clerk, today_in_china())
    with database.session() as session:
        snapshot = load_roster_snapshot(session, clerk)
    assert row.staff_id not in {r.staff_id for r in snapshot.staff.rows}


def test_filters_read_the_staff_rows_as_built_without_building_them(database: Any) -> None:
    with database.session() as session:
        snapshot = load_roster_snapshot(
            session, Actor.system("bench"), today=today_in_china() + timedelta(days=365)
        )
    rows = snapshot.staff.rows
    assert isinstance(rows, StaffRows)
    names = (
        "status",
        "street_id",
        "community_id",
        "unit_type_id",
        "unit_id",
        "post_id",
        "post_kind_id",
        "department_id",
    )
    missing = object()
    answers = [[rows.field(i, name, missing) for name in names] for i in range(len(rows))]
    assert rows._built.count(None) == len(rows)
    for i, answer in enumerate(answers):
        assert answer == [getattr(rows[i], name) for name in names]
    assert {PostStatus.ACTIVE, PostStatus.EXPIRED, PostStatus.VACANT} <= {r.status for r in rows}
    assert rows.field(0, "tier", missing) == rows[0].tier
    assert rows.field(0, "volunteer_id", missing) is missing
