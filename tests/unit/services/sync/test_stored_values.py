"""A desk's data pushed whole and pulled into a fresh desk is stored there exactly as the
first desk's ORM stored it: every table, every column, the same text in SQLite (the sync
writes through the driver, converting each value as SQLAlchemy would)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text, update

from app.models import Dispute
from app.services.database import Database, open_sqlite
from app.services.sync.engine import may_pull, sync_now
from app.services.sync.tables import synced_tables
from app.services.sync.transport import DeskScope
from tests.helpers.central import two_street_demo
from tests.helpers.central_db import central_engine, new_desk, transport

pytestmark = pytest.mark.pg

_EVERYTHING = DeskScope("test desk", None, True, True)


@pytest.fixture
def central(postgres_url: str) -> Iterator[Engine]:
    engine = central_engine(postgres_url)
    yield engine
    engine.dispose()


def _joined_demo(folder: Path, central: Engine) -> Database:
    desk = open_sqlite(two_street_demo(folder), check_pages=False)
    with desk.engine.begin() as conn:
        conn.execute(text("DELETE FROM sync_state WHERE key = 'database_kind'"))
    with central.connect() as centre, desk.engine.begin() as conn:
        for spec in synced_tables():  # the centre's seeded rows are already the centre's
            ids = list(centre.scalars(select(spec.table.c.id)))
            conn.execute(update(spec.table).where(spec.table.c.id.in_(ids)).values(dirty=False))
    return desk


def _sync(desk: Database, url: str) -> None:
    t = transport(url)
    try:
        sync_now(desk, t)
    finally:
        t.close()


def test_pulled_rows_are_stored_as_the_orm_stores_them(
    central: Engine, postgres_url: str, tmp_path: Path
) -> None:
    source = _joined_demo(tmp_path, central)
    fresh = new_desk(tmp_path / "fresh.sqlite")
    try:
        pushed: dict[str, str] = {}
        with source.engine.connect() as a:
            for spec in synced_tables():
                ids = a.exec_driver_sql(f"SELECT id FROM {spec.name} WHERE dirty").scalars()
                pushed[spec.name] = json.dumps(list(ids))
        _sync(source, postgres_url)
        _sync(fresh, postgres_url)
        compared = 0
        with source.engine.connect() as a, fresh.engine.connect() as b:
            for spec in synced_tables():
                if not may_pull(spec, _EVERYTHING):
                    continue
                query = (
                    f"SELECT {', '.join(spec.table.columns.keys())} FROM {spec.name}"
                    " WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id"
                )
                sent = a.exec_driver_sql(query, (pushed[spec.name],)).fetchall()
                pulled = b.exec_driver_sql(query, (pushed[spec.name],)).fetchall()
                assert pulled == sent, spec.name
                compared += len(sent)
        assert compared > 1000
        with fresh.session() as session:
            case = session.scalars(select(Dispute).order_by(Dispute.id).limit(1)).one()
            assert isinstance(case.received_at, datetime) and case.received_at.tzinfo
            assert not case.dirty and case.server_seq
    finally:
        source.dispose()
        fresh.dispose()
