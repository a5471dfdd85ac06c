"""Two desks and a centre: changes go up, come down, and merge field by field."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text

from app.models import Community, Severity, SyncConflict
from app.services.database import Database
from app.services.sync.engine import sync_now
from tests.helpers.central_db import add_community, central_engine, new_desk, transport

pytestmark = pytest.mark.pg


@pytest.fixture
def central(postgres_url: str) -> Iterator[Engine]:
    engine = central_engine(postgres_url)
    yield engine
    engine.dispose()


@pytest.fixture
def desks(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    a, b = new_desk(tmp_path / "a.sqlite"), new_desk(tmp_path / "b.sqlite")
    yield a, b
    a.dispose()
    b.dispose()


def _sync(desk: Database, url: str) -> object:
    t = transport(url)
    try:
        return sync_now(desk, t)
    finally:
        t.close()


def test_a_change_goes_up_and_comes_down_to_the_other_desk(
    central: Engine, desks: tuple[Database, Database], postgres_url: str
) -> None:
    a, b = desks
    community_id = add_community(a)
    report = _sync(a, postgres_url)
    assert report.pushed >= 3  # type: ignore[attr-defined]
    with central.connect() as conn:
        assert conn.scalar(text("SELECT name FROM community")) == "幸福里社区"
    _sync(b, postgres_url)
    with b.session() as s:
        row = s.get(Community, community_id)
        assert row is not None and row.name == "幸福里社区" and not row.dirty
    with a.session() as s:
        assert s.scalar(select(Community.dirty)) is False


def test_edits_of_different_fields_merge_and_of_the_same_field_conflict(
    central: Engine, desks: tuple[Database, Database], postgres_url: str
) -> None:
    a, b = desks
    community_id = add_community(a)
    _sync(a, postgres_url)
    _sync(b, postgres_url)
    with a.session("wang") as s:
        row = s.get(Community, community_id)
        assert row is not None
        row.name = "幸福里一社区"
    with b.session("li") as s:
        row = s.get(Community, community_id)
        assert row is not None
        row.code = "C9"
    _sync(a, postgres_url)
    _sync(b, postgres_url)
    _sync(a, postgres_url)
    for desk in (a, b):
        with desk.session() as s:
            row = s.get(Community, community_id)
            assert row is not None and (row.name, row.code) == ("幸福里一社区", "C9")
    with a.session("wang") as s:
        row = s.get(Community, community_id)
        assert row is not None
        row.name = "甲"
    with b.session("li") as s:
        row = s.get(Community, community_id)
        assert row is not None
        row.name = "乙"
    _sync(a, postgres_url)
    _sync(b, postgres_url)
    _sync(a, postgres_url)
    for desk in (a, b):
        with desk.session() as s:
            conflicts = s.scalars(select(SyncConflict)).all()
            assert [(c.field, c.central_value, c.desk_value, c.desk_by) for c in conflicts] == [
                ("name", "甲", "乙", "li")
            ]
            assert s.get(Community, community_id).name == "甲"  # type: ignore[union-attr]


def test_a_row_edited_here_while_the_pull_passes_it_still_merges_the_centres_change(
    central: Engine, desks: tuple[Database, Database], postgres_url: str
) -> None:
    """The pull leaves a row changed here alone and moves past it; the next push merges
    it on the centre and brings the merged row back, so nothing depends on a pull."""
    a, b = desks
    community_id = add_community(a)
    _sync(a, postgres_url)
    _sync(b, postgres_url)
    with b.session("li") as s:
        row = s.get(Community, community_id)
        assert row is not None
        row.code = "C7"
    _sync(b, postgres_url)

    def clerk_edits_during_the_sync(step: str) -> None:
        if step == "pull.after_fetch":
            with a.session("wang") as s:
                row = s.get(Community, community_id)
                assert row is not None
                if row.name != "边改边同步":
                    row.name = "边改边同步"

    t = transport(postgres_url)
    try:
        sync_now(a, t, checkpoint=clerk_edits_during_the_sync)
    finally:
        t.close()
    _sync(a, postgres_url)
    _sync(b, postgres_url)
    for desk in (a, b):
        with desk.session() as s:
            row = s.get(Community, community_id)
            assert row is not None and (row.name, row.code, row.dirty) == (
                "边改边同步",
                "C7",
                False,
            )


def test_a_row_the_centre_refuses_stays_pending_and_the_rest_goes_up(
    central: Engine, desks: tuple[Database, Database], postgres_url: str
) -> None:
    a, b = desks
    community_id = add_community(a)
    _sync(a, postgres_url)
    _sync(b, postgres_url)
    with a.session("wang") as s:
        street_id = s.get(Community, community_id).street_id  # type: ignore[union-attr]
        s.add(Community(street_id=street_id, code="C2", name="先到"))
    with b.session("li") as s:
        s.add(Community(street_id=street_id, code="C2", name="后到"))
        s.add(Community(street_id=street_id, code="C3", name="照常"))
    _sync(a, postgres_url)
    report = _sync(b, postgres_url)
    # refused going up, and the centre's row cannot be stored here beside it either
    assert len(report.refused) == 2  # type: ignore[attr-defined]
    assert all("code" in reason for reason in report.refused)  # type: ignore[attr-defined]
    with central.connect() as conn:
        names = dict(conn.execute(text("SELECT code, name FROM community")).all())
    assert names["C2"] == "先到" and names["C3"] == "照常"
    with b.session() as s:
        pending = s.scalars(select(Community.name).where(Community.dirty)).all()
        assert pending == ["后到"]
    with b.session("li") as s:
        mine = s.scalars(select(Community).where(Community.dirty)).one()
        mine.code = "C4"
    assert _sync(b, postgres_url).refused == []  # type: ignore[attr-defined]
    with b.session() as s:
        codes = dict(s.execute(select(Community.code, Community.name)).all())
        assert (codes["C2"], codes["C4"]) == ("先到", "后到")


def test_the_same_edit_made_on_two_desks_leaves_both_with_the_centres_row(
    central: Engine, desks: tuple[Database, Database], postgres_url: str
) -> None:
    """The centre takes nothing from the second desk's edit (it holds that value
    already); the desk, whose pull passed the row while it was being edited, must still
    end with the centre's row and not its own version of it."""
    a, b = desks
    community_id = add_community(a)
    _sync(a, postgres_url)
    _sync(b, postgres_url)
    with a.session("wang") as s:
        row = s.get(Community, community_id)
        assert row is not None
        row.name = "同名"
    _sync(a, postgres_url)

    def the_same_edit_during_the_pull(step: str) -> None:
        if step == "pull.after_fetch":
            with b.session("li") as s:
                row = s.get(Community, community_id)
                assert row is not None
                if row.name != "同名":
                    row.name = "同名"

    t = transport(postgres_url)
    try:
        sync_now(b, t, checkpoint=the_same_edit_during_the_pull)
    finally:
        t.close()
    _sync(b, postgres_url)
    columns = "name, version, updated_by, updated_at, server_seq, dirty"
    with central.connect() as conn:
        centre = tuple(conn.execute(text(f"SELECT {columns} FROM community")).one())
    with b.engine.connect() as conn:
        desk = tuple(
            conn.execute(
                select(Community.__table__).where(Community.__table__.c.id == community_id)
            )
            .mappings()
            .one()[c]
            for c in columns.split(", ")
        )
    assert desk == centre


def test_district_data_changed_on_a_desk_that_may_not_send_it_gives_way_to_the_centre(
    central: Engine, desks: tuple[Database, Database], postgres_url: str
) -> None:
    a, _b = desks
    with central.begin() as conn:
        conn.execute(text("UPDATE sd_desk SET administers = false"))
    _sync(a, postgres_url)
    with a.session("wang") as s:
        severity = s.scalars(select(Severity).order_by(Severity.code)).first()
        assert severity is not None
        central_name, severity_id = severity.name_zh, severity.id
        severity.name_zh = "本机自改"
    report = _sync(a, postgres_url)
    assert (report.held_back, report.replaced) == (1, 1)  # type: ignore[attr-defined]
    with a.session() as s:
        row = s.get(Severity, severity_id)
        assert row is not None and (row.name_zh, row.dirty) == (central_name, False)
    assert _sync(a, postgres_url).held_back == 0  # type: ignore[attr-defined]
