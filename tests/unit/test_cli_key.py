"""The key from the command line: --key-file, the recovery key shown, rotated and typed
back, and each refusal in the user's language."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from app.cli import main
from app.services import auth
from app.services.database import open_sqlite
from app.services.encryption.key_store import key_entry, use_key_file
from app.services.encryption.recovery_code import parse_recovery_key

PASSWORD = "Str33t-desk-2026"


@pytest.fixture(autouse=True)
def _no_key_file_left() -> Iterator[None]:
    """``--key-file`` holds for the process; the next test starts without it."""
    yield
    use_key_file(None)


def _desk_with_admin(path: Path, tmp_path: Path) -> Path:
    database = open_sqlite(path)
    with database.session() as session:
        auth.create_first_admin(session, "admin_wang", "王管理", PASSWORD)
    database.dispose()
    password_file = tmp_path / "password.txt"
    password_file.write_text(PASSWORD + "\n", encoding="utf-8")
    return password_file


def test_key_file_option_makes_and_opens_a_database_without_a_keyring(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        path, key_file = tmp_path / "desk.sqlite", tmp_path / "desk.key"
        assert main(["--db", str(path), "migrate"]) == 2
        assert "--key-file" in capsys.readouterr().err
        assert not path.exists()
        assert main(["--key-file", str(key_file), "--db", str(path), "migrate"]) == 0
        assert len(key_file.read_text(encoding="ascii").strip()) == 64
        assert main(["--key-file", str(key_file), "--db", str(path), "migrate"]) == 0
    finally:
        keyring.set_keyring(before)


def test_a_bad_key_file_is_refused_in_chinese_and_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key_file = tmp_path / "desk.key"
    key_file.write_text("12345\n", encoding="ascii")
    path = tmp_path / "desk.sqlite"
    assert main(["--key-file", str(key_file), "--db", str(path), "migrate"]) == 2
    assert "64 位十六进制数字" in capsys.readouterr().err
    args = ["--lang", "en", "--key-file", str(key_file), "--db", str(path), "migrate"]
    assert main(args) == 2
    assert "64 hexadecimal digits" in capsys.readouterr().err


def test_show_rotate_and_recover_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "desk.sqlite"
    password_file = _desk_with_admin(path, tmp_path)
    sign_in = ["--db", str(path), "--user", "admin_wang", "--password-file", str(password_file)]
    assert main([*sign_in, "key", "show"]) == 0
    shown = capsys.readouterr().out.strip()
    assert main([*sign_in, "key", "rotate"]) == 0
    rotated = capsys.readouterr().out.splitlines()[0]
    assert parse_recovery_key(rotated) != parse_recovery_key(shown)

    keyring.delete_password("StreetDesk", key_entry(path.read_bytes()[:16].hex()))
    assert main(["--db", str(path), "migrate"]) == 2
    assert "恢复密钥" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(shown + "\n"))
    assert main(["--db", str(path), "key", "recover"]) == 2
    assert "打不开" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(rotated + "\n"))
    assert main(["--db", str(path), "key", "recover"]) == 0
    assert main(["--db", str(path), "migrate"]) == 0


def test_a_clerk_cannot_show_the_recovery_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "desk.sqlite"
    _desk_with_admin(path, tmp_path)
    assert main(["--db", str(path), "key", "show"]) == 2
    assert "--user" in capsys.readouterr().err


def test_a_plain_database_is_encrypted_by_the_first_command_and_the_user_told(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.helpers.sqlite_files import connect_file

    path = tmp_path / "desk.sqlite"
    source = open_sqlite(tmp_path / "source.sqlite")
    source.dispose()
    connection = connect_file(tmp_path / "source.sqlite")
    connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(path),))
    connection.execute("SELECT sqlcipher_export('plain')")
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    connection.execute(f"PRAGMA plain.application_id = {application_id}")
    connection.commit()
    connection.close()
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert main(["--db", str(path), "migrate"]) == 0
    assert "现已加密" in capsys.readouterr().err
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
