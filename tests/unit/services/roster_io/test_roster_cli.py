"""`streetdesk import roster` / `export roster`: dry run, confirmation, exit codes."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.models import Volunteer
from app.services.auth import create_user
from app.services.permissions import Actor


@pytest.fixture
def desk(database, db_path, tmp_path):
    """The global options of a clerk signed in with a password file."""
    with database.session() as session:
        create_user(session, Actor.system(), "clerk1", "文员", "clerk password", "clerk")
    secret = tmp_path / "password.txt"
    secret.write_text("clerk password\n", encoding="utf-8")
    return ["--db", str(db_path), "--user", "clerk1", "--password-file", str(secret)]


def _volunteers(db):
    with db.session() as session:
        return session.scalar(
            select(func.count()).select_from(Volunteer).where(Volunteer.deleted_at.is_(None))
        )


def _csv(tmp_path, body):
    path = tmp_path / "v.csv"
    path.write_text("姓名,手机,队伍\n" + body, encoding="utf-8-sig")
    return path


def test_import_asks_and_writes_on_yes(database, desk, street, tmp_path, capsys, monkeypatch):
    path = _csv(tmp_path, "张三,13800138000,星灯\n张三,13800138000,星灯\n")
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert main([*desk, "import", "roster", str(path)]) == 0
    out = capsys.readouterr().out
    assert "to add" in out and "row 3 (v): duplicate of row 2" in out
    assert "[y/N]" in out and "Written: 1 rows added" in out
    assert _volunteers(database) == 1


def test_import_declined_writes_nothing(database, desk, street, tmp_path, capsys, monkeypatch):
    path = _csv(tmp_path, "张三,13800138000,星灯\n")
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    assert main([*desk, "import", "roster", str(path)]) == 1
    assert "Nothing was written" in capsys.readouterr().out
    assert _volunteers(database) == 0


def test_import_with_errors_exits_2(database, desk, street, tmp_path, capsys):
    path = _csv(tmp_path, "张三,13800138000,星灯\n李四,12345,星灯\n")
    assert main([*desk, "import", "roster", str(path), "--yes"]) == 2
    captured = capsys.readouterr()
    assert "row 3 (v): phone: 12345 is not a mainland mobile number" in captured.out
    assert "nothing was written" in captured.err
    assert _volunteers(database) == 0


def test_bad_file_exits_2_with_message(database, desk, street, tmp_path, capsys):
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"not a workbook")
    assert main([*desk, "import", "roster", str(path), "--yes"]) == 2
    assert "x.xlsx is not an Excel workbook" in capsys.readouterr().err


def test_export_then_import_yes_is_a_no_op(database, desk, street, tmp_path, capsys):
    path = _csv(tmp_path, "张三,13800138000,星灯\n")
    assert main([*desk, "import", "roster", str(path), "--yes"]) == 0
    out_file = tmp_path / "out.xlsx"
    assert main([*desk, "export", "roster", str(out_file)]) == 0
    assert "1 volunteer rows" in capsys.readouterr().out
    assert main([*desk, "import", "roster", str(out_file), "--yes"]) == 0
    assert "Nothing to change." in capsys.readouterr().out
    bad = tmp_path / "out.pdf"
    assert main([*desk, "export", "roster", str(bad)]) == 2
