"""Where the key of the desk's database is found, and each way it can go wrong: a clear
message, and the file left as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null

from app.services.database import Database, open_sqlite, open_url, sqlite_url
from app.services.encryption.key_store import KEY_FILE_ENV, demo_key_file, key_entry
from app.services.encryption.problems import DatabaseDamaged, FilesSwapped, KeyMissing, WrongKey
from app.services.encryption.recovery_code import format_recovery_key
from app.services.errors import DatabaseProblem, ValidationError
from tests.helpers.memory_keyring import MemoryKeyring

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def fresh_keyring() -> Iterator[MemoryKeyring]:
    """An empty keyring, as on a new Windows profile; the run's keyring afterwards."""
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _made(path: Path) -> Database:
    database = open_sqlite(path)
    database.dispose()
    return database


def test_a_new_database_keeps_its_key_in_the_keyring_under_its_own_id(
    db_path: Path, fresh_keyring: MemoryKeyring
) -> None:
    database = _made(db_path)
    assert database.cipher is not None
    file_id = db_path.read_bytes()[:16].hex()
    assert fresh_keyring.entries[("StreetDesk", key_entry(file_id))] == database.cipher.key.hex()
    assert not list(db_path.parent.glob("*.demo-key"))


def test_a_missing_key_says_so_and_touches_nothing(db_path: Path) -> None:
    _made(db_path)
    before = _digest(db_path)
    keyring.get_keyring().delete_password("StreetDesk", key_entry(db_path.read_bytes()[:16].hex()))
    with pytest.raises(KeyMissing) as caught:
        open_sqlite(db_path)
    assert type(caught.value) is KeyMissing
    assert "recovery key" in str(caught.value)
    assert _digest(db_path) == before


def test_the_recovery_key_opens_the_file_and_stores_the_key_again(
    db_path: Path, fresh_keyring: MemoryKeyring
) -> None:
    made = _made(db_path)
    assert made.cipher is not None
    recovery = format_recovery_key(made.cipher.key)
    fresh_keyring.entries.clear()  # a new Windows profile
    with pytest.raises(KeyMissing):
        open_sqlite(db_path)
    open_sqlite(db_path, recovery_key=recovery.replace("-", " ")).dispose()
    open_sqlite(db_path).dispose()  # the keyring holds the key again


def test_a_recovery_key_with_one_digit_wrong_names_its_group(db_path: Path) -> None:
    made = _made(db_path)
    assert made.cipher is not None
    groups = format_recovery_key(made.cipher.key).split("-")
    groups[4] = groups[4][:2] + str((int(groups[4][2]) + 1) % 10) + groups[4][3:]
    with pytest.raises(ValidationError) as caught:
        open_sqlite(db_path, recovery_key="-".join(groups))
    assert caught.value.params["group"] == 5


def test_a_recovery_key_of_another_database_is_a_wrong_key(tmp_path: Path) -> None:
    other = _made(tmp_path / "other.sqlite")
    path = tmp_path / "desk.sqlite"
    _made(path)
    assert other.cipher is not None
    before = _digest(path)
    with pytest.raises(WrongKey, match="recovery key does not open"):
        open_sqlite(path, recovery_key=format_recovery_key(other.cipher.key))
    assert _digest(path) == before


def test_two_desks_files_swapped_get_their_own_message(tmp_path: Path) -> None:
    """Desk A's file is put where desk B keeps its database: B's keyring knows its own
    file there, and has no key for A's."""
    desk_a, desk_b = tmp_path / "a" / "streetdesk.sqlite", tmp_path / "b" / "streetdesk.sqlite"
    backend_a, backend_b = MemoryKeyring(), MemoryKeyring()
    before = keyring.get_keyring()
    try:
        keyring.set_keyring(backend_a)
        _made(desk_a)
        keyring.set_keyring(backend_b)
        _made(desk_b)
        shutil.copyfile(desk_a, desk_b)
        with pytest.raises(FilesSwapped) as caught:
            open_sqlite(desk_b)
        assert "swapped" in str(caught.value)
        assert desk_b.read_bytes() == desk_a.read_bytes()
    finally:
        keyring.set_keyring(before)


def test_a_damaged_file_is_told_from_a_wrong_key(db_path: Path) -> None:
    _made(db_path)
    data = bytearray(db_path.read_bytes())
    data[200:260] = bytes(60)  # inside the first page, behind the unencrypted salt
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged, match="damaged"):
        open_sqlite(db_path)


def test_a_damaged_later_page_is_found_on_opening(db_path: Path) -> None:
    database = open_sqlite(db_path)
    database.dispose()
    data = bytearray(db_path.read_bytes())
    assert len(data) > 3 * 4096
    data[2 * 4096 + 100 : 2 * 4096 + 160] = bytes(60)
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseProblem, match="damaged"):
        open_sqlite(db_path)


def test_a_damaged_later_page_is_found_by_the_check_beside_the_sign_in(db_path: Path) -> None:
    """The desk opens without reading every page, then checks them all on the pool."""
    from app.services.database import check_pages

    database = open_sqlite(db_path)
    database.dispose()
    data = bytearray(db_path.read_bytes())
    data[2 * 4096 + 100 : 2 * 4096 + 160] = bytes(60)
    db_path.write_bytes(bytes(data))
    opened = open_sqlite(db_path, check_pages=False)
    try:
        with pytest.raises(DatabaseProblem, match="damaged"):
            check_pages(opened)
    finally:
        opened.dispose()
    assert bytes(data) == db_path.read_bytes()


@posix_only
def test_a_key_file_is_written_0600_for_a_new_database_and_used_again(
    tmp_path: Path, no_keyring: None
) -> None:
    key_file = tmp_path / "desk.key"
    path = tmp_path / "desk.sqlite"
    made = open_sqlite(path, key_file=key_file)
    made.dispose()
    assert made.cipher is not None
    assert key_file.read_text(encoding="ascii") == made.cipher.key.hex() + "\n"
    assert key_file.stat().st_mode & 0o777 == 0o600
    open_sqlite(path, key_file=key_file).dispose()


def test_the_key_file_may_be_named_in_the_environment(
    tmp_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    key_file = tmp_path / "desk.key"
    key_file.write_text("ab" * 32 + "\n", encoding="ascii")
    key_file.chmod(0o600)
    monkeypatch.setenv(KEY_FILE_ENV, str(key_file))
    made = open_sqlite(tmp_path / "desk.sqlite")
    made.dispose()
    assert made.cipher is not None and made.cipher.key == bytes.fromhex("ab" * 32)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("ab" * 31 + "\n", "64 hexadecimal digits"),
        ("ab" * 33, "64 hexadecimal digits"),
        ("zz" * 32 + "\n", "only hexadecimal digits"),
    ],
)
def test_a_key_file_of_the_wrong_length_or_characters_is_refused(
    tmp_path: Path, content: str, expected: str
) -> None:
    key_file = tmp_path / "desk.key"
    key_file.write_text(content, encoding="ascii")
    with pytest.raises(DatabaseProblem, match=expected) as caught:
        open_sqlite(tmp_path / "desk.sqlite", key_file=key_file)
    assert caught.value.params["path"] == str(key_file)
    assert not (tmp_path / "desk.sqlite").exists()
    assert key_file.read_text(encoding="ascii") == content


def test_a_key_file_of_another_database_is_a_wrong_key(db_path: Path, tmp_path: Path) -> None:
    _made(db_path)
    key_file = tmp_path / "other.key"
    key_file.write_text("cd" * 32 + "\n", encoding="ascii")
    with pytest.raises(WrongKey) as caught:
        open_sqlite(db_path, key_file=key_file)
    assert caught.value.params["source"] == str(key_file)


@posix_only
def test_a_key_file_others_can_read_is_used_with_a_warning(tmp_path: Path) -> None:
    key_file = tmp_path / "desk.key"
    key_file.write_text("ef" * 32 + "\n", encoding="ascii")
    key_file.chmod(0o644)
    database = open_sqlite(tmp_path / "desk.sqlite", key_file=key_file)
    database.dispose()
    assert any("other users" in notice.message for notice in database.notices)


def test_no_keyring_and_no_key_file_is_a_clear_refusal(tmp_path: Path, no_keyring: None) -> None:
    path = tmp_path / "desk.sqlite"
    with pytest.raises(DatabaseProblem, match="No keyring is available") as caught:
        open_sqlite(path)
    assert "--key-file" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


class PlaintextFileKeyring(MemoryKeyring):
    """Stands for ``keyrings.alt.file.PlaintextKeyring`` (not installed here)."""


PlaintextFileKeyring.__module__ = "keyrings.alt.file"


@pytest.mark.parametrize("backend", [PlaintextFileKeyring, null.Keyring, fail.Keyring])
def test_a_plaintext_or_null_keyring_is_never_used(tmp_path: Path, backend: type) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(backend())
    try:
        with pytest.raises(DatabaseProblem, match="No keyring is available"):
            open_sqlite(tmp_path / "desk.sqlite")
    finally:
        keyring.set_keyring(before)


class RefusingKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        from keyring.errors import PasswordSetError

        raise PasswordSetError("the credential store is full")


def test_a_keyring_that_refuses_to_store_leaves_no_database(tmp_path: Path) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(RefusingKeyring())
    try:
        with pytest.raises(DatabaseProblem, match="refused to store") as caught:
            open_sqlite(tmp_path / "desk.sqlite")
    finally:
        keyring.set_keyring(before)
    assert "credential store is full" in str(caught.value)
    assert not (tmp_path / "desk.sqlite").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".desk")]


def test_a_demo_database_keeps_its_key_beside_it_without_a_keyring(
    tmp_path: Path, no_keyring: None
) -> None:
    path = tmp_path / "demo.sqlite"
    database = open_sqlite(path, demo=True)
    database.dispose()
    assert database.cipher is not None
    beside = demo_key_file(path, database.cipher.database_id)
    assert beside.read_text(encoding="ascii").strip() == database.cipher.key.hex()
    if os.name == "posix":
        assert beside.stat().st_mode & 0o777 == 0o600


def test_a_key_beside_a_real_database_is_refused(tmp_path: Path, no_keyring: None) -> None:
    """A file made as demo data whose demo mark is gone is not opened with a key beside it."""
    path = tmp_path / "desk.sqlite"
    database = open_sqlite(path, demo=True)  # made with its key beside, yet not marked demo
    database.dispose()
    with pytest.raises(DatabaseProblem, match="only a demo"):
        open_sqlite(path)


def test_an_encrypted_file_opened_as_plain_sqlite_gets_a_clear_message(db_path: Path) -> None:
    _made(db_path)
    with pytest.raises(DatabaseProblem, match="encrypted StreetDesk database"):
        open_url(sqlite_url(db_path))


def test_a_plain_file_where_this_desk_keeps_an_encrypted_one_is_refused(
    db_path: Path, tmp_path: Path
) -> None:
    from tests.helpers.sqlite_files import connect_file

    _made(db_path)
    plain = tmp_path / "plain.sqlite"
    connection = connect_file(plain)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES ('0002')")
    connection.commit()
    connection.close()
    os.replace(plain, db_path)
    before = _digest(db_path)
    with pytest.raises(DatabaseProblem, match="unencrypted database") as caught:
        open_sqlite(db_path)
    assert "left as it is" in str(caught.value)
    assert _digest(db_path) == before
