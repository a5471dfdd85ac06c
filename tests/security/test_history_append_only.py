"""History and audit rows cannot be changed or removed, whatever the way in: the
database refuses, on SQLite and PostgreSQL alike. Only the sync bookkeeping may change."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import Table, func, select, text, update
from sqlalchemy.exc import DBAPIError

from app.models import AppendOnly, AppendOnlyViolation, Base
from app.models.base import APPLYING_SYNC_KEY
from app.services.database import Database, open_sqlite, open_url
from app.services.demo.generator import generate, write_demo_database
from tests.helpers.sqlite_files import DatabaseError, connect_file

APPEND_ONLY = sorted(
    (mapper.class_ for mapper in Base.registry.mappers if issubclass(mapper.class_, AppendOnly)),
    key=lambda model: str(model.__tablename__),
)
REFUSED = (DBAPIError, AppendOnlyViolation)


def _counts(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {
            str(model.__tablename__): int(
                session.scalar(select(func.count()).select_from(model)) or 0
            )
            for model in APPEND_ONLY
        }


def _tamper_attempts(model: type[Base]) -> list[tuple[str, Callable[[Any], object]]]:
    table = cast(Table, model.__table__)
    name = table.name

    def orm_change_while_syncing(session: Any) -> None:
        session.info[APPLYING_SYNC_KEY] = True
        row = session.scalars(select(model).limit(1)).one()
        row.updated_by = "forger"
        session.flush()

    return [
        ("raw UPDATE", lambda s: s.execute(text(f"UPDATE {name} SET updated_by = 'forger'"))),
        ("raw DELETE", lambda s: s.execute(text(f"DELETE FROM {name}"))),
        (
            "ORM bulk update",
            lambda s: s.execute(
                update(model).values(version=99).execution_options(synchronize_session=False)
            ),
        ),
        ("Core update", lambda s: s.execute(update(table).values(version=table.c.version + 1))),
        ("ORM change under the sync flag", orm_change_while_syncing),
    ]


def _assert_history_is_guarded(db: Database) -> None:
    before = _counts(db)
    assert all(before.values()), f"every history table needs rows to test: {before}"
    for model in APPEND_ONLY:
        for label, attempt in _tamper_attempts(model):
            with pytest.raises(REFUSED), db.session("forger") as session:
                attempt(session)
                session.flush()
                pytest.fail(f"{label} on {model.__tablename__} went through")
            assert _counts(db) == before, f"{label} changed {model.__tablename__}"
        with db.session("sync") as session:
            # The narrow way in: the sync engine marks pushed rows clean.
            session.execute(update(cast(Table, model.__table__)).values(dirty=False, server_seq=7))
    assert _counts(db) == before


@pytest.fixture(scope="module")
def demo_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("guards") / "demo.sqlite"
    write_demo_database(path)
    db = open_sqlite(path)
    yield db
    db.dispose()


def test_sqlite_refuses_every_change_and_delete_of_history(demo_sqlite: Database) -> None:
    names = {str(model.__tablename__) for model in APPEND_ONLY}
    assert {"audit_log", "dispute_event", "referral_step", "follow_up"} <= names
    _assert_history_is_guarded(demo_sqlite)


def test_sqlite_refuses_a_replace_that_would_delete_history(demo_sqlite: Database) -> None:
    for model in APPEND_ONLY:
        name = str(model.__tablename__)
        with pytest.raises(DBAPIError), demo_sqlite.session() as session:
            session.execute(text(f"INSERT OR REPLACE INTO {name} SELECT * FROM {name} LIMIT 1"))


def test_sqlite_refuses_raw_sql_from_another_program(demo_sqlite: Database) -> None:
    assert demo_sqlite.path is not None
    conn = connect_file(Path(demo_sqlite.path))
    try:
        with pytest.raises(DatabaseError, match="append-only"):
            conn.execute("UPDATE audit_log SET action = 'nothing'")
        with pytest.raises(DatabaseError, match="append-only"):
            conn.execute("DELETE FROM dispute_event")
    finally:
        conn.close()


@pytest.mark.pg
def test_postgresql_refuses_every_change_delete_and_truncate_of_history(
    postgres_url: str,
) -> None:
    db = open_url(postgres_url)
    try:
        with db.session("demo") as session:
            generate(session)
        _assert_history_is_guarded(db)
        for model in APPEND_ONLY:
            with pytest.raises(DBAPIError), db.session() as session:
                session.execute(text(f"TRUNCATE {model.__tablename__} CASCADE"))
    finally:
        db.dispose()
