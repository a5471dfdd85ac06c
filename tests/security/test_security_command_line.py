"""The command line signs in before personal data moves, and fails in words, not tracebacks."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.models import AuditEntry, Volunteer
from app.services import cli_session
from app.services.auth import create_user, mark_demo_database
from app.services.cli_session import PASSWORD_FILE_ENV
from app.services.permissions import Actor
from tests.helpers.sample_street import build_sample_street
from tests.helpers.sqlite_files import connect_file

PASSWORD = "a long enough password"


@pytest.fixture
def desk(database: Any, tmp_path: Path) -> Path:
    """A street, a clerk and a supervisor (who may not edit rosters), and a password file."""
    with database.session() as session:
        build_sample_street(session, Actor.system("seed"))
        create_user(session, Actor.system(), "clerk1", "文员", PASSWORD, "clerk")
        create_user(session, Actor.system(), "boss", "领导", PASSWORD, "supervisor")
    secret = tmp_path / "password.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    return secret


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "v.csv"
    path.write_text("姓名,手机,队伍\n张三,13800138000,星灯\n", encoding="utf-8-sig")
    return path


#: rows the audit trail writes for every changed record; these tests look at sign-ins
_RECORD_CHANGES = {"create", "insert", "update", "tombstone"}


def _actions(database: Any) -> list[tuple[str, str]]:
    with database.session() as session:
        rows = session.execute(
            select(AuditEntry.username, AuditEntry.action).order_by(AuditEntry.at)
        )
        return [(user, action) for user, action in rows if action not in _RECORD_CHANGES]


def _volunteers(database: Any) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(Volunteer)) or 0)


def test_export_without_signing_in_is_refused(
    database: Any, db_path: Path, desk: Path, tmp_path: Path, capsys: Any
) -> None:
    out = tmp_path / "all.xlsx"
    assert main(["--lang", "en", "--db", str(db_path), "export", "roster", str(out)]) == 2
    assert "sign in with --user NAME" in capsys.readouterr().err
    assert not out.exists()


def test_a_wrong_password_is_refused_and_audited(
    database: Any, db_path: Path, desk: Path, tmp_path: Path, capsys: Any
) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the password", encoding="utf-8")
    out = tmp_path / "all.csv"
    argv = ["--lang", "en", "--db", str(db_path), "--user", "clerk1", "--password-file", str(wrong)]
    assert main([*argv, "export", "roster", str(out)]) == 2
    assert "user name or the password is wrong" in capsys.readouterr().err
    assert not out.exists()
    assert _actions(database) == [("clerk1", "sign_in_failed")]


def test_a_role_without_the_permission_is_refused_and_audited(
    database: Any, db_path: Path, desk: Path, tmp_path: Path, capsys: Any
) -> None:
    argv = ["--lang", "en", "--db", str(db_path), "--user", "boss", "--password-file", str(desk)]
    assert main([*argv, "import", "roster", str(_csv(tmp_path)), "--yes"]) == 2
    assert "does not allow this action (roster.edit)" in capsys.readouterr().err
    assert _volunteers(database) == 0
    assert _actions(database) == [("boss", "sign_in"), ("boss", "denied")]


def test_the_password_file_may_be_named_in_the_environment(
    database: Any, db_path: Path, desk: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setenv(PASSWORD_FILE_ENV, str(desk))
    argv = ["--db", str(db_path), "--user", "CLERK1"]
    assert main([*argv, "import", "roster", str(_csv(tmp_path)), "--yes"]) == 0
    assert _volunteers(database) == 1
    assert _actions(database) == [("clerk1", "sign_in"), ("clerk1", "import")]


def test_the_password_is_asked_without_echo_at_a_terminal(
    database: Any, db_path: Path, desk: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    asked: list[str] = []

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal(""))
    monkeypatch.setattr(
        cli_session.getpass, "getpass", lambda prompt: asked.append(prompt) or PASSWORD
    )
    out = tmp_path / "all.csv"
    assert main(["--db", str(db_path), "--user", "clerk1", "export", "roster", str(out)]) == 0
    assert asked == ["Password for clerk1: "] and out.exists()
    assert _actions(database) == [("clerk1", "sign_in"), ("clerk1", "export")]


def test_without_a_terminal_or_a_file_no_password_is_read_with_echo(
    database: Any, db_path: Path, desk: Path, tmp_path: Path, monkeypatch: Any, capsys: Any
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    out = tmp_path / "all.csv"
    argv = ["--lang", "en", "--db", str(db_path), "--user", "clerk1"]
    assert main([*argv, "export", "roster", str(out)]) == 2
    assert "--password-file" in capsys.readouterr().err
    assert not out.exists()


def test_a_demo_role_needs_no_password_on_a_demo_database(
    database: Any, db_path: Path, tmp_path: Path
) -> None:
    with database.session() as session:
        build_sample_street(session, Actor.system("seed"))
        create_user(session, Actor.system(), "demo_trainer", "演示", PASSWORD, "trainer")
        mark_demo_database(session)
    out = tmp_path / "demo.csv"
    assert main(["--db", str(db_path), "--user", "trainer", "export", "roster", str(out)]) == 0
    assert out.exists()
    assert _actions(database) == [("demo_trainer", "sign_in"), ("demo_trainer", "export")]


def test_no_password_less_demo_role_on_a_real_database(
    database: Any, db_path: Path, desk: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    out = tmp_path / "real.csv"
    assert main(["--db", str(db_path), "--user", "clerk", "export", "roster", str(out)]) == 2
    assert not out.exists()


def test_a_write_lock_taken_after_the_open_check_is_a_busy_message(
    database: Any, db_path: Path, desk: Path, tmp_path: Path, monkeypatch: Any, capsys: Any
) -> None:
    monkeypatch.setattr("app.services.database.BUSY_TIMEOUT_MS", 100)
    other = connect_file(db_path, isolation_level=None)

    class LockThenAnswer(io.StringIO):
        def readline(self, *_: Any) -> str:
            other.execute("BEGIN IMMEDIATE")  # another program starts writing meanwhile
            return "y\n"

    monkeypatch.setattr("sys.stdin", LockThenAnswer())
    argv = ["--lang", "en", "--db", str(db_path), "--user", "clerk1", "--password-file", str(desk)]
    try:
        assert main([*argv, "import", "roster", str(_csv(tmp_path))]) == 2
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "The database is busy in another program" in capsys.readouterr().err
    assert _volunteers(database) == 0


def test_a_path_too_long_for_the_system_is_a_clear_message(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / ("a" * 5000 + ".sqlite")
    assert main(["--lang", "en", "--db", str(path), "migrate"]) == 2
    err = capsys.readouterr().err
    assert "cannot be used" in err and len(err) < 400


def test_importing_a_folder_named_like_a_csv_is_a_clear_message(
    database: Any, db_path: Path, desk: Path, tmp_path: Path, capsys: Any
) -> None:
    folder = tmp_path / "x.csv"
    folder.mkdir()
    argv = ["--lang", "en", "--db", str(db_path), "--user", "clerk1", "--password-file", str(desk)]
    assert main([*argv, "import", "roster", str(folder), "--yes"]) == 2
    assert "x.csv is a folder, not a file" in capsys.readouterr().err
