"""Nothing personal can be read from the desk's files without the key: the database, its
write-ahead log, the copy before a migration and the file an earlier version left."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import PsychPerson, PsychService, PsychServiceKind, Volunteer
from app.services.database import Database, backup_sqlite, open_sqlite
from app.services.encryption.cipher_file import connect, key_pragma
from tests.helpers.roster_pane import demo_source

NAME = "甄测试真名"
ID_NUMBER = "110101199003074514"
PHONE = "13912345678"
NOTE = "KNOWN-NOTE 她说最近总是失眠"
MOBILE = "13800138765"
KNOWN = (NAME, ID_NUMBER, PHONE, NOTE, MOBILE)


def _write_known_values(database: Database) -> None:
    with database.session("clerk") as session:
        person = session.scalars(select(PsychPerson).limit(1)).one()
        person.name, person.id_number, person.phone = NAME, ID_NUMBER, PHONE
        kind = session.scalars(select(PsychServiceKind).limit(1)).one()
        session.add(
            PsychService(person_id=person.id, kind_id=kind.id, at=datetime.now(UTC), note=NOTE)
        )
        volunteer = session.scalars(select(Volunteer).limit(1)).one()
        volunteer.phone = MOBILE


def _found_in(data: bytes) -> list[str]:
    return [
        f"{value} ({encoding})"
        for value in KNOWN
        for encoding in ("utf-8", "utf-16-le", "utf-16-be")
        if value.encode(encoding) in data
    ]


def _plain_copy(encrypted: Database, target: Path) -> None:
    """A plain file with the same rows, as the earlier, unencrypted StreetDesk kept it."""
    assert encrypted.cipher is not None and encrypted.path is not None
    connection = connect(encrypted.path, encrypted.cipher.pragma())
    try:
        connection.execute("ATTACH DATABASE ? AS plain KEY ''", (target.as_posix(),))
        connection.execute("SELECT sqlcipher_export('plain')")
        for pragma in ("user_version", "application_id"):
            value = connection.execute(f"PRAGMA main.{pragma}").fetchone()[0]
            connection.execute(f"PRAGMA plain.{pragma} = {int(value)}")
        connection.commit()
        connection.execute("DETACH DATABASE plain")
    finally:
        connection.close()


def test_known_values_are_in_no_file_the_desk_wrote(tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    path = folder / "streetdesk.sqlite"
    shutil.copyfile(demo_source(), path)
    database = open_sqlite(path)
    try:
        _write_known_values(database)
        # an earlier version's plain file with the values, encrypted on its first opening
        old = folder / "old.sqlite"
        _plain_copy(database, old)
        assert _found_in(old.read_bytes()), "the plain file should hold the values"
        open_sqlite(old).dispose()
        backup = backup_sqlite(path, "test", database.cipher)
        assert Path(f"{path}-wal").stat().st_size > 0, "the log holds the latest writes"
        files = sorted(candidate for candidate in folder.iterdir() if candidate.is_file())
        assert {path, Path(f"{path}-wal"), backup, old} <= set(files)
        for candidate in files:
            assert _found_in(candidate.read_bytes()) == [], candidate.name
    finally:
        database.dispose()


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="the sqlite3 shell is not installed")
def test_the_sqlite3_shell_sees_no_database(database: Database) -> None:
    assert database.path is not None
    database.dispose()
    result = subprocess.run(
        ["sqlite3", str(database.path), ".tables"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode != 0
    assert "file is not a database" in result.stderr


def test_temporary_tables_and_sorts_stay_in_memory(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY


def test_the_key_is_a_raw_key_with_the_files_own_salt(database: Database) -> None:
    """No key derivation on opening: the key is 32 raw bytes and the file's id its salt."""
    assert database.cipher is not None and database.path is not None
    assert len(database.cipher.key) == 32
    assert database.path.read_bytes()[:16] == database.cipher.salt
    assert database.cipher.pragma() == key_pragma(database.cipher.key, database.cipher.salt)
