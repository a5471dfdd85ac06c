"""Sync survives faults: a connection cut or the desk killed at every step, desks
editing offline, a wrong clock, tombstones meeting edits, a restored snapshot, a batch
sent twice and a schema that does not match. After each, clean syncs leave both sides
whole and equal (tests/helpers/sync_invariants.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text

from app.models import Community, SyncConflict
from app.models.base import utcnow
from app.services.database import Database, open_sqlite
from app.services.permissions import Actor, Permission
from app.services.sync.conflicts import resolve_conflict
from app.services.sync.snapshots import restore_snapshot, take_snapshot
from app.services.sync.transport import CentralRefused
from tests.helpers.central_db import central_engine, new_desk, transport
from tests.helpers.sync_faults import (
    KILLED,
    STEPS,
    ConnectionCut,
    admin_engine,
    at,
    cut_connections,
    killed_sync,
    sync,
)
from tests.helpers.sync_invariants import COMPARED, Changes, Ledger, check_all, row_state

pytestmark = pytest.mark.pg


@pytest.fixture
def central(postgres_url: str) -> Iterator[Engine]:
    engine = central_engine(postgres_url)
    yield engine
    engine.dispose()


@pytest.fixture
def desks(tmp_path: Path) -> Iterator[list[Database]]:
    both = [new_desk(tmp_path / "a.sqlite"), new_desk(tmp_path / "b.sqlite")]
    yield both
    for desk in both:
        desk.dispose()


def settle(
    desks: list[Database], url: str, first: Database | None = None, *, again: bool = True
) -> None:
    """A clean sync of every desk, ``first`` first, then ``first`` once more to take
    what the others sent (needless when only ``first`` changed anything)."""
    order = ([first] if first is not None else []) + [d for d in desks if d is not first]
    for desk in order:
        sync(desk, url)
    if again:
        sync(order[0], url)


def _occurrence(step: str, round_number: int) -> int:
    """Push steps come once per batch; the pull's once per table that changed (a sync
    reads only those): vary among the first few."""
    return 1 if step.startswith("push.") else 1 + round_number % 3


def test_a_cut_connection_at_every_step_loses_and_doubles_nothing(
    central: Engine, desks: list[Database], postgres_url: str
) -> None:
    admin = admin_engine(postgres_url)
    ledger = Ledger()
    changes = Changes(ledger)
    changes.street(desks[0])
    settle(desks, postgres_url)

    def cut() -> None:
        cut_connections(admin)
        raise ConnectionCut

    injected = 0
    round_number = 0
    while injected < 200:
        for number, step in enumerate(STEPS):
            desk = desks[round_number % 2]
            changes.some(desk)
            # a second cut while catching up with the first, at another step
            for fault_step in (step, STEPS[(number + 3) % len(STEPS)]):
                try:
                    sync(
                        desk,
                        postgres_url,
                        at(fault_step, _occurrence(fault_step, round_number), cut),
                    )
                except ConnectionCut:
                    injected += 1
            central.dispose()
            settle(desks, postgres_url, first=desk, again=False)
            check_all(central, desks, ledger)
            round_number += 1
    admin.dispose()
    assert injected >= 200
    assert len(ledger.rows) > 100


def test_a_desk_killed_at_every_step_loses_and_doubles_nothing(
    central: Engine, desks: list[Database], postgres_url: str
) -> None:
    ledger = Ledger()
    changes = Changes(ledger, seed=11)
    changes.street(desks[0])
    settle(desks, postgres_url)
    killed = 0
    for round_number in range(2):
        for number, step in enumerate(STEPS):
            desk = desks[(round_number + number) % 2]
            changes.some(desk)
            assert desk.path is not None
            occurrence = _occurrence(step, round_number * 7 + number)
            killed += killed_sync(desk.path, postgres_url, step, occurrence) == KILLED
            desk.dispose()
            settle(desks, postgres_url, first=desk, again=False)
            check_all(central, desks, ledger)
    assert killed >= 12


def _community(desks: list[Database], url: str, ledger: Ledger) -> uuid.UUID:
    changes = Changes(ledger)
    changes.street(desks[0])
    changes.some(desks[0])
    settle(desks, url)
    with desks[0].session() as s:
        found = s.scalar(select(Community.id))
    assert found is not None
    return found


def _edit(desk: Database, row_id: uuid.UUID, author: str, **values: object) -> None:
    with desk.session(author) as s:
        row = s.get(Community, row_id)
        assert row is not None
        for name, value in values.items():
            setattr(row, name, value)


def _conflicts(desk: Database) -> list[tuple[str, object, object]]:
    with desk.session() as s:
        return [(c.field, c.central_value, c.desk_value) for c in s.scalars(select(SyncConflict))]


def _state(desk: Database, row_id: uuid.UUID) -> tuple[object, ...]:
    table = Community.__table__
    with desk.engine.connect() as conn:
        row = conn.execute(select(table).where(table.c.id == row_id)).mappings().one()  # type: ignore[attr-defined]
    return row_state(table, dict(row))  # type: ignore[arg-type]


@pytest.mark.parametrize("first", [0, 1])
def test_offline_edits_of_one_row_merge_or_conflict_in_either_order(
    central: Engine, desks: list[Database], postgres_url: str, first: int
) -> None:
    ledger = Ledger()
    row_id = _community(desks, postgres_url, ledger)
    a, b = desks[first], desks[1 - first]
    _edit(a, row_id, "wang", name="一社区")
    _edit(b, row_id, "li", code="C99")
    settle([a, b], postgres_url, first=a)
    for desk in desks:
        with desk.session() as s:
            row = s.get(Community, row_id)
            assert row is not None and (row.name, row.code) == ("一社区", "C99")
    assert _conflicts(a) == []
    _edit(a, row_id, "wang", name="甲")
    _edit(b, row_id, "li", name="乙")
    settle([a, b], postgres_url, first=a)
    for desk in desks:
        assert _conflicts(desk) == [("name", "甲", "乙")]
    assert _state(a, row_id) == _state(b, row_id)
    with a.session() as s:
        assert s.get(Community, row_id).name == "甲"  # type: ignore[union-attr]
    ledger.note(a, "community", row_id)
    check_all(central, desks, ledger)


def test_a_desk_clock_hours_wrong_changes_nothing_in_the_merge(
    central: Engine,
    desks: list[Database],
    postgres_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ledger = Ledger()
    row_id = _community(desks, postgres_url, ledger)
    a, b = desks
    _edit(a, row_id, "wang", name="准时")
    with monkeypatch.context() as patched:
        patched.setattr("app.models.base.utcnow", lambda: utcnow() - timedelta(hours=7))
        _edit(b, row_id, "li", code="C70")
        Changes(ledger).street(b)
        with b.session() as s:
            stamped = s.get(Community, row_id).updated_at  # type: ignore[union-attr]
        assert stamped < utcnow() - timedelta(hours=6)
    settle(desks, postgres_url, first=a)
    for desk in desks:
        with desk.session() as s:
            row = s.get(Community, row_id)
            assert row is not None and (row.name, row.code) == ("准时", "C70")
    # the later change, stamped hours earlier, still wins over the one it follows
    with monkeypatch.context() as patched:
        patched.setattr("app.models.base.utcnow", lambda: utcnow() - timedelta(hours=7))
        _edit(b, row_id, "li", name="慢钟")
    settle(desks, postgres_url, first=b)
    for desk in desks:
        assert _conflicts(desk) == []
        with desk.session() as s:
            assert s.get(Community, row_id).name == "慢钟"  # type: ignore[union-attr]
    ledger.note(b, "community", row_id)
    check_all(central, desks, ledger)


@pytest.mark.parametrize("tombstone_first", [False, True])
def test_a_tombstone_meeting_an_edit_waits_for_a_choice(
    central: Engine, desks: list[Database], postgres_url: str, tombstone_first: bool
) -> None:
    ledger = Ledger()
    row_id = _community(desks, postgres_url, ledger)
    remover, editor = desks
    _edit(remover, row_id, "wang", deleted_at=utcnow())
    _edit(editor, row_id, "li", name="还在")
    first = remover if tombstone_first else editor
    settle(desks, postgres_url, first=first)
    for desk in desks:
        [(field, central_value, desk_value)] = _conflicts(desk)
        assert field == "deleted_at"
        assert (central_value is not None) is tombstone_first
        assert (desk_value is not None) is not tombstone_first
        with desk.session() as s:
            row = s.get(Community, row_id)
            assert row is not None and row.deleted_at is None and row.name == "还在"
    supervisor = Actor("zhao", "赵", "supervisor", frozenset({Permission.SYNC_RESOLVE.value}))
    with editor.session("zhao") as s:
        conflict = s.scalars(select(SyncConflict)).one()
        # the side that removed the row is the centre when it synced first
        choice = "central" if tombstone_first else "desk"
        resolve_conflict(s, supervisor, conflict.id, choice, conflict.version)
    settle(desks, postgres_url, first=editor)
    for desk in desks:
        with desk.session() as s:
            row = s.get(Community, row_id)
            assert row is not None and row.deleted_at is not None
            assert s.scalars(select(SyncConflict.choice)).one() == choice
    ledger.note(editor, "community", row_id)
    check_all(central, desks, ledger)


def test_a_desk_restored_from_an_old_snapshot_repeats_nothing(
    central: Engine, desks: list[Database], postgres_url: str
) -> None:
    ledger = Ledger()
    changes = Changes(ledger, seed=5)
    _community(desks, postgres_url, ledger)
    a = desks[0]
    assert a.path is not None
    changes.some(a)
    snapshot = take_snapshot(a)
    sync(a, postgres_url)
    changes.some(a)
    changes.some(a)
    settle(desks, postgres_url, first=a)
    with central.connect() as conn:
        applied_before = conn.scalar(text("SELECT count(*) FROM sd_applied"))
        rows_before = {name: conn.scalar(text(f"SELECT count(*) FROM {name}")) for name in COMPARED}
    pragma = a.cipher.pragma() if a.cipher else None
    a.dispose()
    restore_snapshot(a.path, snapshot, pragma)
    restored = open_sqlite(a.path)
    desks[0] = restored
    try:
        with restored.engine.connect() as conn:
            assert conn.scalar(text("SELECT count(*) FROM community WHERE dirty")) > 0
        resent = sync(restored, postgres_url)
        assert resent.merged == 0 and resent.conflicts == 0  # type: ignore[attr-defined]
        with central.connect() as conn:
            assert conn.scalar(text("SELECT count(*) FROM sd_applied")) == applied_before
            assert {
                name: conn.scalar(text(f"SELECT count(*) FROM {name}")) for name in COMPARED
            } == rows_before
        changes.some(restored)
        settle(desks, postgres_url, first=restored)
        check_all(central, desks, ledger)
    finally:
        restored.dispose()


def test_a_batch_sent_twice_changes_nothing_the_second_time(
    central: Engine, desks: list[Database], postgres_url: str
) -> None:
    from app.services.sync.engine import _Run

    ledger = Ledger()
    Changes(ledger).street(desks[0])
    t = transport(postgres_url)
    try:
        run = _Run(desks[0], t, t.scope(), lambda *_: None, None, None)
        batch = [change for spec_changes in _dirty(run) for change in spec_changes]
        assert batch
        first = t.push(run.desk_id, "desk", batch)
        with central.connect() as conn:
            before = conn.execute(text("SELECT id, version, server_seq FROM street")).all()
        second = t.push(run.desk_id, "desk", batch)
        with central.connect() as conn:
            after = conn.execute(text("SELECT id, version, server_seq FROM street")).all()
    finally:
        t.close()
    assert {o.outcome for o in first.outcomes} == {"applied"}
    assert {o.outcome for o in second.outcomes} == {"repeated"}
    assert [o.server_seq for o in second.outcomes] == [o.server_seq for o in first.outcomes]
    assert after == before


def _dirty(run: object) -> Iterator[list[object]]:
    from app.services.sync.tables import synced_tables

    for spec in synced_tables():
        changes, _after = run._read_dirty(spec, None, 1000)  # type: ignore[attr-defined]
        yield [change for change, _version in changes]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("INSERT INTO alembic_version VALUES ('ffffffffffff')", "newer"),
        ("DELETE FROM alembic_version", "older"),
    ],
)
def test_a_schema_that_does_not_match_refuses_and_writes_nothing(
    central: Engine, desks: list[Database], postgres_url: str, change: str, message: str
) -> None:
    a = desks[0]
    Changes(Ledger()).street(a)
    with central.begin() as conn:
        conn.execute(text(change))
        before = conn.scalar(text("SELECT count(*) FROM sd_applied"))
    with a.engine.connect() as conn:
        dirty = conn.scalar(text("SELECT count(*) FROM street WHERE dirty"))
    with pytest.raises(CentralRefused) as refused:
        sync(a, postgres_url)
    assert message in refused.value.message
    with central.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM sd_applied")) == before
        assert conn.scalar(text("SELECT count(*) FROM street")) == 0
    with a.engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM street WHERE dirty")) == dirty == 1


def test_an_edit_made_after_a_cut_push_goes_up_without_a_conflict(
    central: Engine, desks: list[Database], postgres_url: str
) -> None:
    ledger = Ledger()
    row_id = _community(desks, postgres_url, ledger)
    a = desks[0]
    admin = admin_engine(postgres_url)

    def cut() -> None:
        cut_connections(admin)
        raise ConnectionCut

    _edit(a, row_id, "wang", name="第一次")
    with pytest.raises(ConnectionCut):
        sync(a, postgres_url, at("push.after_send", 1, cut))
    admin.dispose()
    central.dispose()
    _edit(a, row_id, "wang", name="第二次")
    ledger.note(a, "community", row_id)
    settle(desks, postgres_url, first=a)
    assert _conflicts(a) == []
    check_all(central, desks, ledger)


@pytest.mark.parametrize("step", ["push.before_send", "push.after_send"])
def test_an_edit_after_a_cut_push_keeps_what_another_desk_merged_in(
    central: Engine, desks: list[Database], postgres_url: str, step: str
) -> None:
    """Cut before the centre took the push, or after it merged another desk's change in:
    either way the desk's next edit goes over the centre's row field by field."""
    ledger = Ledger()
    row_id = _community(desks, postgres_url, ledger)
    a, b = desks
    admin = admin_engine(postgres_url)

    def cut() -> None:
        cut_connections(admin)
        raise ConnectionCut

    _edit(b, row_id, "li", code="C77")
    sync(b, postgres_url)
    _edit(a, row_id, "wang", name="第一次")
    with pytest.raises(ConnectionCut):
        sync(a, postgres_url, at(step, 1, cut))
    admin.dispose()
    central.dispose()
    _edit(a, row_id, "wang", name="第二次")
    settle(desks, postgres_url, first=a)
    assert _conflicts(a) == []
    for desk in desks:
        with desk.session() as s:
            row = s.get(Community, row_id)
            assert row is not None and (row.name, row.code) == ("第二次", "C77")
    ledger.note(a, "community", row_id)
    check_all(central, desks, ledger)
