"""An export re-imports to the same data, in .xlsx and .csv."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import AuditEntry
from app.services.errors import ValidationError
from app.services.roster_io import RowAction, apply_plan, export_roster, plan_import
from app.services.roster_io.export import staff_records, volunteer_records
from app.services.rosters.editing import resolve_street


def _records(db, actor):
    with db.session() as session:
        street = resolve_street(session, actor, None)
        return staff_records(session, street), volunteer_records(session, street)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_into_an_empty_desk(
    database, other_desk, people, actor, tmp_path, suffix
):
    path = tmp_path / f"roster{suffix}"
    with database.session() as session:
        result = export_roster(session, actor, path)
    assert (result.staff_rows, result.volunteer_rows) == (4, 3)
    with other_desk.session() as session:
        plan = plan_import(session, actor, path)
    assert [r.action for r in plan.rows].count(RowAction.ADD) == 7, plan.rows
    assert plan.count(RowAction.ERROR) == 0
    with other_desk.session() as session:
        applied = apply_plan(session, actor, plan)
    assert (applied.added, applied.people_written, applied.secondments_written) == (7, 6, 3)
    assert _records(other_desk, actor) == _records(database, actor)
    staff, volunteers = _records(other_desk, actor)
    assert any(r["name"] == "王𠀾" and r["title"] == "=职员" for r in staff)
    assert {v["name"]: v["skills"] for v in volunteers}["钱七"] == "+心理疏导"
    assert {v["name"] for v in volunteers} >= {"@孙八"}


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_reimporting_an_export_changes_nothing(database, people, actor, tmp_path, suffix):
    path = tmp_path / f"roster{suffix}"
    with database.session() as session:
        export_roster(session, actor, path)
    with database.session() as session:
        plan = plan_import(session, actor, path)
    assert {r.action for r in plan.rows} == {RowAction.UNCHANGED}
    assert not plan.has_writes


def test_apply_writes_one_audit_row(database, other_desk, people, actor, tmp_path):
    path = tmp_path / "roster.xlsx"
    with database.session() as session:
        export_roster(session, actor, path)
    with other_desk.session() as session:
        apply_plan(session, actor, plan_import(session, actor, path))
    with other_desk.session() as session:
        imports = session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).all()
    assert len(imports) == 1 and imports[0].detail["added"] == 7


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_failed_export_leaves_the_existing_file_whole(
    database, people, actor, tmp_path, monkeypatch, suffix
):
    from app.services.roster_io import export as export_module

    path = tmp_path / f"roster{suffix}"
    path.write_bytes(b"the clerk's earlier export")
    writer = "_write_xlsx" if suffix == ".xlsx" else "_write_csv"

    def half_then_fail(target, staff, volunteers):
        target.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_module, writer, half_then_fail)
    with pytest.raises(ValidationError), database.session() as session:
        export_roster(session, actor, path)
    assert path.read_bytes() == b"the clerk's earlier export"
    assert sorted(p.name for p in tmp_path.iterdir() if "partial" in p.name) == []


def test_export_of_what_the_list_shows_uses_the_panes_filter(database, people, actor, tmp_path):
    from app.services.roster_io import ExportSelection
    from app.services.rosters import PeopleFilter

    path = tmp_path / "shown.csv"
    only_zhang = ExportSelection(volunteers=False, people=PeopleFilter(query="zhangsan"))
    with database.session() as session:
        result = export_roster(session, actor, path, selection=only_zhang)
    assert (result.staff_rows, result.volunteer_rows) == (1, 0)
    text = path.read_text(encoding="utf-8-sig")
    assert "张三" in text and "李四" not in text and "钱七" not in text
    volunteers = ExportSelection(volunteers=True, people=PeopleFilter(query="qian"))
    with database.session() as session:
        result = export_roster(session, actor, path, selection=volunteers)
    assert (result.staff_rows, result.volunteer_rows) == (0, 1)
