"""Migrations run up and down on SQLite and PostgreSQL, and match the models."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, select, text

from app.models import Base, PostTemplate, Role, StageTransition, UnitType, reference_id
from app.services.database import (
    alembic_config,
    current_revisions,
    downgrade,
    head_revisions,
    known_revisions,
    make_engine,
    open_url,
    sqlite_url,
    upgrade,
)


def _tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names()) - {"alembic_version"}


def _schema_differences(engine: Engine) -> list[object]:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": False})
        return list(compare_metadata(context, Base.metadata))


def _round_trip(engine: Engine) -> None:
    upgrade(engine)
    assert current_revisions(engine) == head_revisions()
    assert _tables(engine) == set(Base.metadata.tables)
    assert _schema_differences(engine) == []
    with engine.connect() as conn:
        unit_types = conn.execute(select(UnitType.code)).scalars().all()
        roles = conn.execute(select(Role.code)).scalars().all()
        transitions = conn.execute(select(StageTransition.id)).scalars().all()
        templates = conn.execute(select(PostTemplate.id)).scalars().all()
    assert len(unit_types) == 5
    assert set(roles) == {"clerk", "supervisor", "psych_staff", "trainer", "admin"}
    assert transitions and templates

    downgrade(engine, "base")
    assert _tables(engine) == set()
    upgrade(engine)
    assert _tables(engine) == set(Base.metadata.tables)


def test_revision_graph_read_without_alembic_agrees_with_alembic() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert head_revisions() == set(script.get_heads())
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}


def test_sqlite_migrates_up_down_and_up_again(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "m.sqlite"))
    try:
        _round_trip(engine)
    finally:
        engine.dispose()


@pytest.mark.pg
def test_postgresql_migrates_up_down_and_up_again(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    try:
        _round_trip(engine)
    finally:
        engine.dispose()


@pytest.mark.pg
def test_reference_ids_are_the_same_on_both_backends(tmp_path: Path, postgres_url: str) -> None:
    sqlite_db = open_url(sqlite_url(tmp_path / "a.sqlite"))
    pg_db = open_url(postgres_url)
    try:
        query = select(Role.id, Role.code).order_by(Role.code)
        with sqlite_db.session() as a, pg_db.session() as b:
            assert a.execute(query).all() == b.execute(query).all()
            assert a.get(Role, reference_id("role", "clerk")) is not None
    finally:
        sqlite_db.dispose()
        pg_db.dispose()


def test_seeded_rows_are_not_marked_for_sync(database: object) -> None:
    with database.session() as session:  # type: ignore[attr-defined]
        dirty = session.execute(text("SELECT count(*) FROM unit_type WHERE dirty")).scalar()
    assert dirty == 0
