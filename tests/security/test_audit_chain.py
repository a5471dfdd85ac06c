"""The audit log is a hash chain per desk: ``streetdesk audit verify`` passes on an intact
log and names the first row changed by hand; a supervisor exports a period."""

from __future__ import annotations

import csv
import itertools
import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.cli import main
from app.models import AuditEntry, District
from app.services import audit
from app.services.china_time import today_in_china
from app.services.database import Database, open_sqlite
from app.services.errors import PermissionDenied
from app.services.permissions import Actor
from tests.helpers.sqlite_files import connect_file


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("chain") / "demo.sqlite"
    assert main(["demo-data", "--db", str(path)]) == 0
    return path


def _copy(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


def _add_rows(path: Path, count: int) -> None:
    db = open_sqlite(path)
    try:
        for number in range(count):
            with db.session("clerk_li") as session:
                session.add(District(code=f"T{number}", name=f"区{number}"))
                audit.record(session, "clerk_li", "view", "district", "", n=number)
    finally:
        db.dispose()


def test_verify_passes_on_a_demo_database(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_file), "audit", "verify"]) == 0
    assert "intact" in capsys.readouterr().out


def test_verify_names_the_row_edited_after_its_trigger_was_dropped(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _copy(demo_file, tmp_path / "tampered.sqlite")
    _add_rows(path, 3)
    conn = connect_file(path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET username = 'someone_else' WHERE seq = 4")
    conn.commit()
    conn.close()

    from app.services.audit_chain import EDITED

    assert main(["--db", str(path), "audit", "verify"]) == 1
    message = capsys.readouterr().err
    assert "row 4 " in message and EDITED in message


def test_verify_names_the_row_after_one_that_was_removed(demo_file: Path, tmp_path: Path) -> None:
    path = _copy(demo_file, tmp_path / "removed.sqlite")
    _add_rows(path, 2)
    conn = connect_file(path)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE seq = 3")
    from app.services.audit_chain import MISSING_BEFORE, verify_chain

    conn.commit()
    conn.close()
    db = open_sqlite(path)
    try:
        with db.session() as session:
            report = verify_chain(session)
    finally:
        db.dispose()
    assert report.broken is not None
    assert (report.broken.seq, report.broken.reason) == (4, MISSING_BEFORE)


def test_chain_links_each_row_to_the_one_before(database: Any) -> None:
    from app.services.audit_chain import verify_chain

    db: Database = database
    for number in range(3):
        with db.session("clerk_li") as session:
            session.add(District(code=f"C{number}", name="区"))
    with db.session() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        assert [row.seq for row in rows] == list(range(1, len(rows) + 1))
        for before, after in itertools.pairwise(rows):
            assert after.prev_hash == before.row_hash
        assert verify_chain(session).intact


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_supervisor_exports_a_period(
    demo_file: Path, tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _copy(demo_file, tmp_path / "export.sqlite")
    _add_rows(path, 2)
    target = tmp_path / f"audit{suffix}"
    today = today_in_china()  # the period is in Beijing time: a day either side covers now
    period = ["--from", str(today - timedelta(days=1)), "--to", str(today + timedelta(days=1))]
    assert (
        main(["--db", str(path), "--user", "supervisor", "audit", "export", str(target), *period])
        == 0
    )
    if suffix == ".csv":
        with target.open(encoding="utf-8-sig") as fh:
            rows = list(csv.reader(fh))
    else:
        book = load_workbook(target, read_only=True)
        sheet = book.active
        assert sheet is not None
        rows = [[str(cell) for cell in row] for row in sheet.iter_rows(values_only=True)]
        book.close()
    assert rows[0][:6] == ["time", "desk", "seq", "user", "action", "area"]
    assert {"clerk_li"} <= {row[3] for row in rows[1:]}
    assert {"insert", "view", "generate"} <= {row[4] for row in rows[1:]}
    from app.services.audit_chain import verify_chain

    # the export itself is on the record
    db = open_sqlite(path)
    try:
        with db.session() as session:
            assert session.scalar(
                select(AuditEntry).where(
                    AuditEntry.action == "export", AuditEntry.entity == "audit_log"
                )
            )
            assert verify_chain(session).intact
    finally:
        db.dispose()


def test_export_needs_the_audit_permission(database: Any, tmp_path: Path, role_actor: Any) -> None:
    from app.services.audit_export import export_audit_log

    db: Database = database
    clerk: Actor = role_actor("clerk")
    with pytest.raises(PermissionDenied), db.session(clerk.username) as session:
        export_audit_log(session, clerk, tmp_path / "a.csv", date(2026, 1, 1), date(2026, 1, 2))
    assert not (tmp_path / "a.csv").exists()
    supervisor: Actor = role_actor("supervisor")
    with db.session(supervisor.username) as session:
        result = export_audit_log(
            session, supervisor, tmp_path / "a.csv", date(2026, 1, 1), date(2026, 1, 2)
        )
    assert result.rows == 0 and (tmp_path / "a.csv").exists()
