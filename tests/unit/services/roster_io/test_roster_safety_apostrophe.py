"""The apostrophe an export puts before formula-like text is removed on import, wherever
the file went in between, and no other apostrophe is."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.services.roster_io import RowAction, apply_plan, export_roster, plan_import
from app.services.roster_io.export import staff_records
from app.services.rosters import StaffForm, add_staff
from app.services.rosters.editing import resolve_street


def _csv_resaved_as_xlsx(source: Path, target: Path) -> None:
    """What a spreadsheet does with the CSV it opened and then saved as a workbook: every
    field becomes the cell's text as it stood, the apostrophe included."""
    with source.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(target)


def _titles(db, actor) -> dict[str, str]:
    with db.session() as session:
        street = resolve_street(session, actor, None)
        return {str(r["name"]): str(r["title"]) for r in staff_records(session, street)}


def test_the_csv_apostrophe_carried_into_a_workbook_is_not_data(database, people, actor, tmp_path):
    exported, resaved = tmp_path / "roster.csv", tmp_path / "roster.xlsx"
    with database.session() as session:
        export_roster(session, actor, exported)
    assert ",'=职员," in exported.read_text(encoding="utf-8-sig")
    _csv_resaved_as_xlsx(exported, resaved)
    with database.session() as session:
        plan = plan_import(session, actor, resaved)
    assert {r.action for r in plan.rows} == {RowAction.UNCHANGED}, plan.rows
    assert not plan.has_writes


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_apostrophes_that_are_data_survive_a_round_trip(
    database, other_desk, street, actor, tmp_path, suffix
):
    titles = {
        "张一": "'科员",
        "张二": "'0123",
        "张三": "'=写明的公式",
        "张四": "''+两个撇号",
        "张五": "-",
    }
    depts = street.department_ids
    with database.session() as session:
        for index, (name, title) in enumerate(titles.items()):
            add_staff(session, actor, StaffForm(name, f"1380013800{index}", depts["党建办"], title))
    path = tmp_path / f"roster{suffix}"
    with database.session() as session:
        export_roster(session, actor, path)
    with other_desk.session() as session:
        apply_plan(session, actor, plan_import(session, actor, path))
    assert _titles(other_desk, actor) == titles
    with database.session() as session:
        again = plan_import(session, actor, path)
    assert {r.action for r in again.rows} == {RowAction.UNCHANGED}
