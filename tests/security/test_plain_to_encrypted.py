"""A plain database of the earlier StreetDesk is encrypted on its first opening: the same
rows, no plain file or plain copy left, and a kill or a full disk at any moment leaves
either the whole plain file or the whole encrypted one."""

from __future__ import annotations

import errno
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from app.services.database import open_sqlite
from app.services.encryption import plain_to_encrypted
from app.services.encryption.cipher_file import FileKind, connect, file_kind, key_pragma
from app.services.errors import DatabaseProblem
from tests.helpers.roster_pane import demo_source

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50


def _plain_demo(target: Path) -> dict[str, int]:
    """A plain copy of the demo database, as the earlier version kept it; rows per table."""
    database = open_sqlite(demo_source())
    try:
        assert database.cipher is not None
        connection = connect(demo_source(), database.cipher.pragma())
    finally:
        database.dispose()
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
    return plain_to_encrypted._table_counts(_plain(target), "main")


def _plain(path: Path) -> object:
    return connect(path, None)


def _counts(path: Path, pragma: str | None) -> dict[str, int]:
    connection = connect(path, pragma)
    try:
        return plain_to_encrypted._table_counts(connection, "main")
    finally:
        connection.close()


def test_a_plain_database_is_encrypted_with_every_row_and_the_user_is_told(
    tmp_path: Path,
) -> None:
    path = tmp_path / "streetdesk.sqlite"
    counts = _plain_demo(path)
    old_copy = tmp_path / "streetdesk.before-0002-20250101-080000.sqlite"
    old_copy.write_bytes(path.read_bytes())
    unrelated = tmp_path / "notes.sqlite"
    unrelated.write_bytes(path.read_bytes())
    database = open_sqlite(path)
    try:
        assert database.cipher is not None
        assert file_kind(path) is FileKind.ENCRYPTED
        assert _counts(path, database.cipher.pragma()) == counts
        [notice] = database.notices
        assert "now encrypted" in str(notice) and notice.params["copies"] == 1
    finally:
        database.dispose()
    assert not old_copy.exists()
    assert unrelated.exists()  # another file's copy is not this database's to remove
    assert not list(tmp_path.glob(".streetdesk.sqlite.encrypting-*"))


def test_a_full_disk_during_the_encryption_leaves_the_plain_file_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "streetdesk.sqlite"
    _plain_demo(path)
    before = path.read_bytes()
    real_write = plain_to_encrypted.write_encrypted_copy

    def disk_fills(plain: Path, target: Path, key: bytes, salt: bytes) -> None:
        real_write(plain, target, key, salt)
        with target.open("ab") as handle:
            handle.write(b"\0" * 4096)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target))

    monkeypatch.setattr(plain_to_encrypted, "write_encrypted_copy", disk_fills)
    with pytest.raises(DatabaseProblem) as caught:
        open_sqlite(path)
    assert "left as it is" in str(caught.value)
    assert os.strerror(errno.ENOSPC) in str(caught.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["streetdesk.sqlite"]


def test_sqlites_own_disk_full_error_leaves_the_plain_file_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite reports a full disk as SQLITE_FULL; a page limit on the copy makes one."""
    path = tmp_path / "streetdesk.sqlite"
    _plain_demo(path)
    before = path.read_bytes()
    real_connect = plain_to_encrypted.connect

    def small_disk(target: Path, pragma: str | None, **kwargs: Any) -> object:
        connection = real_connect(target, pragma, **kwargs)
        real_execute = connection.execute

        class Limited:
            def __getattr__(self, name: str) -> object:
                return getattr(connection, name)

            def execute(self, sql: str, *args: object) -> object:
                result = real_execute(sql, *args)
                if sql.startswith("ATTACH"):
                    real_execute("PRAGMA encrypted.max_page_count = 20")
                return result

        return Limited()

    monkeypatch.setattr(plain_to_encrypted, "connect", small_disk)
    with pytest.raises(DatabaseProblem, match="disk is full"):
        open_sqlite(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["streetdesk.sqlite"]


OPEN_AND_ENCRYPT = """
import sys
import time
from pathlib import Path
from typing import Any
from app.services.database import open_sqlite
print("start", flush=True)
open_sqlite(Path(sys.argv[1])).dispose()
"""


def _small_plain_database(target: Path, plain_from: Path) -> dict[str, int]:
    """A plain file with the desk's schema and a few megabytes of rows, so that a kill
    falls inside the encryption often."""
    database = open_sqlite(plain_from)
    database.dispose()
    assert database.cipher is not None
    connection = connect(plain_from, database.cipher.pragma())
    try:
        connection.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT)")
        connection.executemany(
            "INSERT INTO filler (body) VALUES (?)", [(f"{n:06d}" * 170,) for n in range(3000)]
        )
        connection.commit()
        connection.execute("ATTACH DATABASE ? AS plain KEY ''", (target.as_posix(),))
        connection.execute("SELECT sqlcipher_export('plain')")
        for pragma in ("user_version", "application_id"):
            value = connection.execute(f"PRAGMA main.{pragma}").fetchone()[0]
            connection.execute(f"PRAGMA plain.{pragma} = {int(value)}")
        connection.commit()
        connection.execute("DETACH DATABASE plain")
    finally:
        connection.close()
    return _counts(target, None)


def _state(path: Path, key_file: Path, counts: dict[str, int]) -> str:
    """Which whole file is there; fails on anything else."""
    kind = file_kind(path)
    if kind is FileKind.PLAIN:
        assert _counts(path, None) == counts
        return "plain"
    assert kind is FileKind.ENCRYPTED
    key = bytes.fromhex(key_file.read_text(encoding="ascii").strip())
    assert _counts(path, key_pragma(key, path.read_bytes()[:16])) == counts
    return "encrypted"


def _start(path: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-c", OPEN_AND_ENCRYPT, str(path)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert process.stdout is not None
    assert process.stdout.readline() == b"start\n"
    return process


def _finish(process: subprocess.Popen[bytes], timeout: float | None) -> float:
    started = time.perf_counter()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    assert process.stdout is not None
    process.stdout.close()
    return time.perf_counter() - started


def test_fifty_kills_at_random_moments_leave_a_whole_file_every_time(tmp_path: Path) -> None:
    template = tmp_path / "template.sqlite"
    counts = _small_plain_database(template, tmp_path / "source.sqlite")
    key_file = tmp_path / "desk.key"
    env = {**os.environ, "STREETDESK_KEY_FILE": str(key_file), "PYTHONPATH": str(ROOT)}
    folder = tmp_path / "desk"
    folder.mkdir()
    path = folder / "streetdesk.sqlite"

    def fresh_plain_file() -> None:
        for leftover in folder.iterdir():
            leftover.unlink()
        path.write_bytes(template.read_bytes())

    fresh_plain_file()
    whole_run = _finish(_start(path, env), None)
    assert _state(path, key_file, counts) == "encrypted"
    rng = random.Random(20261201)
    seen: dict[str, int] = {"plain": 0, "encrypted": 0}
    for attempt in range(KILLS):
        fresh_plain_file()
        _finish(_start(path, env), rng.uniform(0, whole_run * 1.5))
        seen[_state(path, key_file, counts)] += 1
        if attempt % 10 == 0:  # the next start finishes the job from whatever was left
            # a loaded machine runs slower than the first measurement: widen the window
            whole_run = max(whole_run, _finish(_start(path, env), None))
            assert _state(path, key_file, counts) == "encrypted"
            assert not list(folder.glob(".*encrypting*"))
    assert seen["plain"] > 0 and seen["encrypted"] > 0, seen
