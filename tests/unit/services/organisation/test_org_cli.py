"""`streetdesk org template | import | export`: sign-in, the dry run, the question, exit codes."""

from __future__ import annotations

import copy
import io
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import func, select

from app.cli import main
from app.models import Unit
from app.services.auth import create_first_admin
from app.services.organisation.workbook.layout import SheetKey
from tests.helpers.org_workbook import SMALL, write_org_workbook


def _admin(database: Any, db_path: Path, tmp_path: Path) -> list[str]:
    with database.session() as session:
        create_first_admin(session, "boss", "站长", "first admin password")
    secret = tmp_path / "pw.txt"
    secret.write_text("first admin password\n", encoding="utf-8")
    return ["--db", str(db_path), "--user", "boss", "--password-file", str(secret)]


def _units(database: Any) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(Unit)))


def test_the_template_needs_no_database_nor_sign_in(tmp_path: Path, capsys: Any) -> None:
    target = tmp_path / "模板.xlsx"
    assert main(["--db", str(tmp_path / "none.sqlite"), "org", "template", str(target)]) == 0
    assert not (tmp_path / "none.sqlite").exists()
    assert "template written" in capsys.readouterr().out
    assert load_workbook(target)["幸福里"]["A1"].value == "幸福里编码"


def test_import_asks_and_a_no_writes_nothing(
    database: Any, db_path: Path, tmp_path: Path, capsys: Any, monkeypatch: Any
) -> None:
    admin = _admin(database, db_path, tmp_path)
    path = write_org_workbook(tmp_path / "org.xlsx")
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    assert main([*admin, "org", "import", str(path)]) == 1
    out = capsys.readouterr().out
    assert "幸福里" in out and "Nothing was written." in out
    assert _units(database) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("是\n"))
    assert main([*admin, "org", "import", str(path)]) == 0
    assert _units(database) == 2
    export = tmp_path / "export.xlsx"
    assert main([*admin, "org", "export", str(export)]) == 0
    assert "幸福里 2" in capsys.readouterr().out


def test_bad_input_exits_2_with_the_rows_and_the_sign_in_is_required(
    database: Any, db_path: Path, tmp_path: Path, capsys: Any
) -> None:
    admin = _admin(database, db_path, tmp_path)
    rows = copy.deepcopy(SMALL)
    rows[SheetKey.UNITS][0][2] = "工业区"
    bad = write_org_workbook(tmp_path / "bad.xlsx", rows)
    assert main([*admin, "org", "import", str(bad), "--yes"]) == 2
    captured = capsys.readouterr()
    assert "row 2 (幸福里) FH-U1: 类型: 工业区 is not a unit type" in captured.out
    assert "nothing was written" in captured.err
    assert main(["--db", str(db_path), "org", "import", str(bad)]) != 0
    assert "--user" in capsys.readouterr().err
