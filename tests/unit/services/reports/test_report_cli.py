"""``streetdesk report monthly / roster / verify`` on the demo street."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.models import Dispute, Unit
from app.services.database import open_sqlite
from app.services.reports.figures import digest_of
from tests.helpers.pdf_text import pdf_pages_text


def _run(db: Path, *args: str) -> int:
    return main(["--db", str(db), "--user", "demo_supervisor", *args])


def test_monthly_with_json_then_verify(
    demo_copy_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, figures_file = tmp_path / "月报.pdf", tmp_path / "figures.json"
    code = _run(
        demo_copy_path,
        "report",
        "monthly",
        "--month",
        "2026-05",
        "-o",
        str(pdf),
        "--json",
        str(figures_file),
    )
    assert code == 0, capsys.readouterr().err
    figures = json.loads(figures_file.read_text("utf-8"))
    assert figures["digest"] == digest_of(figures)
    for key in ("received", "resolved", "resolved_on_spot", "escalated", "overdue_at_month_end"):
        assert isinstance(figures["disputes"][key], int)
    assert set(figures["compare"]) == {"previous_month", "same_month_last_year"}
    assert figures["digest"] in capsys.readouterr().out
    assert "受理矛盾纠纷" in "".join(pdf_pages_text(pdf))

    assert main(["--db", str(demo_copy_path), "report", "verify", str(pdf)]) == 0
    assert "matches" in capsys.readouterr().out
    database = open_sqlite(demo_copy_path)
    with database.session() as session:
        start = datetime(2026, 5, 2, tzinfo=UTC)
        session.scalars(
            select(Dispute).where(Dispute.received_at >= start)
        ).first().deleted_at = datetime.now(UTC)
    database.dispose()
    assert main(["--db", str(demo_copy_path), "report", "verify", str(pdf)]) == 1
    assert "DIFFERS" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--month", "2026-5"], "YYYY-MM"),
        (["--month", "2099-01"], "2099-01"),
        (["--month", "2026-05", "--street", "火星街道"], "火星街道"),
    ],
)
def test_bad_input_is_refused_in_chinese(
    demo_copy_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    pdf = tmp_path / "m.pdf"
    assert _run(demo_copy_path, "report", "monthly", *args, "-o", str(pdf)) == 2
    assert message in capsys.readouterr().err
    assert not pdf.exists()


def test_an_output_folder_that_does_not_exist(
    demo_copy_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / "m.pdf"
    assert _run(demo_copy_path, "report", "monthly", "--month", "2026-05", "-o", str(target)) == 2
    assert "m.pdf" in capsys.readouterr().err


def test_roster_of_one_unit_and_of_the_street(
    demo_copy_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_sqlite(demo_copy_path)
    with database.session() as session:
        unit = session.scalars(select(Unit).order_by(Unit.code)).first()
        name = unit.name
    database.dispose()
    one = tmp_path / "one.pdf"
    assert _run(demo_copy_path, "report", "roster", "--unit", name, "-o", str(one)) == 0
    pages = pdf_pages_text(one)
    assert name in pages[0] and f"共 {len(pages)} 页" in pages[-1]
    every = tmp_path / "all.pdf"
    assert _run(demo_copy_path, "report", "roster", "-o", str(every)) == 0
    assert len(pdf_pages_text(every)) > len(pages)
    assert _run(demo_copy_path, "report", "roster", "--unit", "无此单元", "-o", str(one)) == 2
    assert "无此单元" in capsys.readouterr().err


def test_verify_needs_a_monthly_report(
    demo_copy_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.4 nothing")
    assert main(["--db", str(demo_copy_path), "report", "verify", str(junk)]) == 2
    assert "junk.pdf" in capsys.readouterr().err
