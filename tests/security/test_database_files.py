"""Database files on disk: private modes, one kept copy, and files that are not ours (or
cannot be written) refused and left exactly as they were."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from app.cli import main
from app.models import District
from app.services.database import make_engine, open_sqlite, sqlite_url, upgrade
from app.services.errors import DatabaseProblem
from tests.helpers.sqlite_files import connect_file

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _fingerprint(path: Path) -> tuple[str, int, int, int]:
    info = path.stat()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest, stat.S_IMODE(info.st_mode), info.st_uid, info.st_ino


def _older_database(path: Path) -> Path:
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0002")
    engine.dispose()
    return path


def _tables(path: Path) -> set[str]:
    conn = connect_file(path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()


@posix_only
def test_new_database_and_its_folders_are_private(tmp_path: Path) -> None:
    path = tmp_path / "data" / "desk" / "streetdesk.sqlite"
    tmp_path.chmod(0o755)
    db = open_sqlite(path)
    try:
        with db.session("a") as session:
            session.add(District(code="P", name="区"))
        side_files = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
        assert all(_mode(side) == 0o600 for side in side_files if side.exists())
    finally:
        db.dispose()
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o700
    assert _mode(path.parent.parent) == 0o700
    assert _mode(tmp_path) == 0o755  # a folder that was there keeps its mode


@posix_only
def test_the_copy_kept_before_a_migration_is_private(tmp_path: Path) -> None:
    path = _older_database(tmp_path / "desk.sqlite")
    db = open_sqlite(path)
    db.dispose()
    assert db.backup_path is not None
    assert _mode(db.backup_path) == 0o600


def test_only_the_newest_copy_is_kept_after_a_migration(tmp_path: Path) -> None:
    path = _older_database(tmp_path / "desk.sqlite")
    stale = [
        tmp_path / "desk.before-0001-20250101-080000.sqlite",
        tmp_path / "desk.before-0002-20250301-080000.sqlite",
    ]
    for old in stale:
        old.write_bytes(b"an earlier copy")
    unrelated = tmp_path / "desk-notes.before-0002-20250301-080000.sqlite"
    unrelated.write_bytes(b"not a copy of this database")
    db = open_sqlite(path)
    db.dispose()
    assert db.backup_path is not None and db.backup_path.exists()
    assert not any(old.exists() for old in stale)
    assert unrelated.exists()


def test_an_empty_file_is_refused_unless_a_new_database_was_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    with pytest.raises(DatabaseProblem, match="empty file"):
        open_sqlite(path)
    assert path.read_bytes() == b""
    assert main(["--db", str(path), "migrate"]) == 2
    assert path.read_bytes() == b""

    open_sqlite(path, new_if_empty=True).dispose()
    assert "alembic_version" in _tables(path)


def test_an_sqlite_file_of_another_program_is_refused_and_nothing_added(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    conn = connect_file(path)
    conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO note (body) VALUES ('keep me')")
    conn.commit()
    conn.close()
    before = _fingerprint(path)
    with pytest.raises(DatabaseProblem, match="another program"):
        open_sqlite(path)
    assert _tables(path) == {"note"}
    assert _fingerprint(path) == before
    assert not list(tmp_path.glob("notes.before-*"))


def test_another_programs_alembic_database_is_not_taken_for_a_newer_streetdesk(
    tmp_path: Path,
) -> None:
    path = tmp_path / "other.sqlite"
    conn = connect_file(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    conn.execute("INSERT INTO alembic_version VALUES ('3f2a9c1b7d4e')")
    conn.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = _fingerprint(path)
    with pytest.raises(DatabaseProblem, match="another program"):
        open_sqlite(path)
    assert _fingerprint(path) == before


def test_a_read_only_file_that_needs_a_migration_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = _older_database(tmp_path / "desk.sqlite")
    os.chmod(path, 0o444)
    before = _fingerprint(path)
    with pytest.raises(DatabaseProblem, match="read-only"):
        open_sqlite(path)
    assert _fingerprint(path) == before
    assert not list(tmp_path.glob("desk.before-*"))
    conn = connect_file(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0002",)]
    finally:
        conn.close()


def test_the_log_opened_first_on_a_new_desk_leaves_the_data_folder_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services import logs

    data = tmp_path / "fresh" / "data"
    monkeypatch.setenv("STREETDESK_DATA_DIR", str(data))
    monkeypatch.delenv("STREETDESK_LOG_DIR", raising=False)
    try:
        assert logs.open_log_file() == data / "logs" / logs.LOG_FILE_NAME
    finally:
        logs.shutdown_logging()
    for folder in (tmp_path / "fresh", data, data / "logs"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
