"""The command line: migrate, clear refusals in the configured language, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.services.database import open_sqlite


def test_migrate_creates_and_reports_an_up_to_date_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "desk.sqlite"
    assert main(["--db", str(path), "migrate"]) == 0
    assert "up to date" in capsys.readouterr().out
    open_sqlite(path).dispose()


def test_a_file_that_is_not_a_database_is_refused_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database", encoding="utf-8")
    assert main(["--db", str(path), "migrate"]) == 2
    assert "不是街道工作台的数据库文件" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "not a database"


def test_english_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database", encoding="utf-8")
    assert main(["--lang", "en", "--db", str(path), "migrate"]) == 2
    assert "is not a StreetDesk database file" in capsys.readouterr().err


def test_demo_data_refuses_to_overwrite_a_real_desk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "desk.sqlite"
    open_sqlite(path).dispose()
    before = path.read_bytes()
    assert main(["demo-data", "--db", str(path)]) == 2
    assert "不是演示数据" in capsys.readouterr().err
    assert path.read_bytes() == before
