"""Opening the desk's database: every problem gives a clear message and changes nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Role
from app.services.database import head_revisions, make_engine, open_sqlite, sqlite_url, upgrade
from app.services.errors import DatabaseProblem
from tests.helpers.sqlite_files import connect_file


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_created_migrated_and_uses_wal(db_path: Path) -> None:
    db = open_sqlite(db_path)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        with db.session() as session:
            assert session.scalar(select(Role.code).where(Role.code == "admin")) == "admin"
        assert db.backup_path is None
    finally:
        db.dispose()


def test_older_schema_is_copied_before_migrating(db_path: Path) -> None:
    engine = make_engine(sqlite_url(db_path))
    upgrade(engine, "0002")
    engine.dispose()
    db = open_sqlite(db_path)
    try:
        assert db.backup_path is not None and db.backup_path.exists()
        assert "0002" in db.backup_path.name
        backup = connect_file(db.backup_path)
        assert backup.execute("SELECT version_num FROM alembic_version").fetchall() == [("0002",)]
        backup.close()
    finally:
        db.dispose()


def test_newer_schema_is_refused_and_left_unchanged(db_path: Path) -> None:
    open_sqlite(db_path).dispose()
    conn = connect_file(db_path)
    conn.execute("INSERT INTO alembic_version (version_num) VALUES ('z999')")
    conn.commit()
    conn.close()
    before = _digest(db_path)
    with pytest.raises(DatabaseProblem) as caught:
        open_sqlite(db_path)
    assert "newer StreetDesk" in str(caught.value)
    assert caught.value.params["revision"] == "z999"
    assert _digest(db_path) == before


def test_file_that_is_not_sqlite_is_refused(db_path: Path) -> None:
    db_path.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 10)
    before = _digest(db_path)
    with pytest.raises(DatabaseProblem, match="not a StreetDesk database"):
        open_sqlite(db_path)
    assert _digest(db_path) == before


def test_damaged_file_is_refused_and_left_unchanged(db_path: Path) -> None:
    open_sqlite(db_path).dispose()
    data = bytearray(db_path.read_bytes())
    # Keep the header, wreck the pages behind it.
    for offset in range(100, len(data), 7):
        data[offset] = 0xA5
    db_path.write_bytes(bytes(data))
    before = _digest(db_path)
    with pytest.raises(DatabaseProblem, match="damaged"):
        open_sqlite(db_path)
    assert _digest(db_path) == before


def test_file_locked_by_another_program_is_refused(db_path: Path) -> None:
    open_sqlite(db_path).dispose()
    holder = connect_file(db_path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseProblem, match="in use by another program"):
            open_sqlite(db_path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_unwritable_data_folder_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(DatabaseProblem, match="cannot be written"):
        open_sqlite(blocker / "desk.sqlite")
    assert blocker.read_text() == "a file where the data folder should be"


def test_reopening_an_up_to_date_file_changes_nothing(db_path: Path) -> None:
    open_sqlite(db_path).dispose()
    db = open_sqlite(db_path)
    try:
        assert db.backup_path is None
        with db.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all()
        assert set(rows) == head_revisions()
    finally:
        db.dispose()


def test_a_failed_migration_puts_the_file_back_and_says_where_the_copy_is(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services import database as database_module

    engine = make_engine(sqlite_url(db_path))
    upgrade(engine, "0002")
    engine.dispose()
    real_upgrade = database_module.upgrade

    def half_then_fail(engine: object, revision: str = "heads") -> None:
        conn = connect_file(db_path)
        conn.execute("CREATE TABLE half_done (x INTEGER)")
        conn.commit()
        conn.close()
        raise RuntimeError("disk went away")

    monkeypatch.setattr(database_module, "upgrade", half_then_fail)
    with pytest.raises(DatabaseProblem) as caught:
        open_sqlite(db_path)
    assert "disk went away" in str(caught.value)
    assert Path(str(caught.value.params["backup"])).exists()
    conn = connect_file(db_path)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    version = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    conn.close()
    assert "half_done" not in tables
    assert version == [("0002",)]
    monkeypatch.setattr(database_module, "upgrade", real_upgrade)
    open_sqlite(db_path).dispose()


def test_file_locked_for_writing_in_wal_mode_is_refused(db_path: Path) -> None:
    open_sqlite(db_path).dispose()
    holder = connect_file(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseProblem, match="in use by another program"):
            open_sqlite(db_path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
