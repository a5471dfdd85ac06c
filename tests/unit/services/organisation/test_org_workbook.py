"""The organisation workbook: the template, the dry run, all-or-nothing writes, re-imports
that update by code, and each kind of bad input refused with what and where."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import Community, Grid, Post, Street, Unit, VolunteerTeam
from app.services.errors import ConflictError, ValidationError
from app.services.organisation.workbook import (
    apply_org_import,
    plan_workbook,
    read_workbook,
    write_template,
)
from app.services.organisation.workbook.layout import SHEETS, TEMPLATE_VERSION, SheetKey
from app.services.organisation.workbook.writer import reference_lists
from app.services.permissions import Actor
from app.services.roster_io.plan_rows import RowAction
from tests.helpers.org_workbook import SMALL, write_org_workbook


@pytest.fixture
def admin(role_actor: Any) -> Actor:
    return role_actor("admin")


def _count(database: Any, model: Any) -> int:
    with database.session("t") as session:
        return int(
            session.scalar(
                select(func.count()).select_from(model).where(model.deleted_at.is_(None))
            )
        )


def _plan(database: Any, actor: Actor, path: Path) -> Any:
    with database.session("t") as session:
        return plan_workbook(session, actor, read_workbook(path))


def _import(database: Any, actor: Actor, path: Path) -> Any:
    workbook = read_workbook(path)
    with database.session("t") as session:
        return apply_org_import(session, actor, workbook)


def _problems(plan: Any) -> list[str]:
    return [
        f"{row.sheet}:{row.row_number}:{p.field}:{p}" for row in plan.errors for p in row.problems
    ]


def test_the_template_is_documented_with_lists_examples_and_its_version(
    database: Any, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    with database.session() as session:
        lists = reference_lists(session)
    path = write_template(tmp_path / "模板.xlsx", *lists)
    book = load_workbook(path)
    assert book.sheetnames == ["说明", "街道", "社区", "网格", "幸福里", "部门", "志愿队伍"]
    assert book["说明"]["A2"].value == "模板版本" and book["说明"]["B2"].value == TEMPLATE_VERSION
    units = book["幸福里"]
    assert [c.value for c in units[1]] == [
        "幸福里编码",
        "幸福里名称",
        "类型",
        "所属社区编码",
        "党群服务站",
    ]
    assert str(units["A2"].value).startswith("示例")
    (rule,) = [v for v in units.data_validations.dataValidation if "C2" in str(v.sqref)]
    assert "住宅小区" in rule.formula1 and "城中村" in rule.formula1
    assert reference_lists(None) == lists
    # the examples are never imported: the untouched template has nothing to import
    with pytest.raises(ValidationError, match="no rows to import"):
        read_workbook(path)


def test_import_writes_all_then_a_reimport_updates_by_code(
    database: Any, admin: Actor, tmp_path: Path
) -> None:
    path = write_org_workbook(tmp_path / "org.xlsx")
    plan = _plan(database, admin, path)
    assert plan.count(RowAction.ADD) == 11 and not plan.errors
    assert _count(database, Unit) == 0  # the dry run wrote nothing
    result = _import(database, admin, path)
    assert result.added == 12  # the district too
    assert result.posts == _count(database, Post) > 10
    edited = copy.deepcopy(SMALL)
    edited[SheetKey.UNITS][0][1] = "凤凰花园一期幸福里"
    edited[SheetKey.GRIDS][1][2] = "FH-C1"  # the grid moves to the other community
    path2 = write_org_workbook(tmp_path / "org2.xlsx", edited)
    plan = _plan(database, admin, path2)
    assert plan.count(RowAction.UPDATE) == 2 and plan.count(RowAction.ADD) == 0
    changed = {row.code: row.changes for row in plan.rows if row.action == RowAction.UPDATE}
    assert changed == {"FH-U1": ("幸福里名称",), "FH-G2": ("所属社区编码",)}
    _import(database, admin, path2)
    assert _count(database, Unit) == 2 and _count(database, Grid) == 2
    assert _count(database, VolunteerTeam) == 2 and _count(database, Street) == 1
    with database.session() as session:
        assert session.scalar(select(Unit.name).where(Unit.code == "FH-U1")) == "凤凰花园一期幸福里"


def test_sheets_in_another_order_import_the_same(
    database: Any, admin: Actor, tmp_path: Path
) -> None:
    order = [
        SheetKey.TEAMS,
        SheetKey.GRIDS,
        SheetKey.UNITS,
        SheetKey.DEPARTMENTS,
        SheetKey.COMMUNITIES,
        SheetKey.STREETS,
    ]
    path = write_org_workbook(tmp_path / "org.xlsx", order=order)
    plan = _plan(database, admin, path)
    assert not plan.errors and plan.count(RowAction.ADD) == 11
    _import(database, admin, path)
    assert _count(database, Grid) == 2 and _count(database, Community) == 2


def test_a_unit_whose_community_is_missing_is_refused_and_nothing_is_written(
    database: Any, admin: Actor, tmp_path: Path
) -> None:
    rows = copy.deepcopy(SMALL)
    rows[SheetKey.UNITS][1][3] = "FH-C9"
    path = write_org_workbook(tmp_path / "org.xlsx", rows)
    plan = _plan(database, admin, path)
    assert _problems(plan) == [
        "幸福里:3:所属社区编码:There is no community FH-C9, neither in this file nor in the desk."
    ]
    with pytest.raises(ValidationError, match="1 rows with errors"):
        _import(database, admin, path)
    assert _count(database, Street) == 0 and _count(database, Unit) == 0


def test_two_units_with_the_same_code(database: Any, admin: Actor, tmp_path: Path) -> None:
    rows = copy.deepcopy(SMALL)
    rows[SheetKey.UNITS][1][0] = "FH-U1"
    plan = _plan(database, admin, write_org_workbook(tmp_path / "org.xlsx", rows))
    assert _problems(plan) == ["幸福里:3:幸福里编码:FH-U1 is also on row 2; each may appear once."]


def test_a_grid_under_two_communities(database: Any, admin: Actor, tmp_path: Path) -> None:
    rows = copy.deepcopy(SMALL)
    rows[SheetKey.GRIDS].append(["FH-G1", "凤凰社区第01小分格", "FH-C2", ""])
    plan = _plan(database, admin, write_org_workbook(tmp_path / "org.xlsx", rows))
    (problem,) = _problems(plan)
    assert problem.startswith("网格:4:所属社区编码:The grid FH-G1 is also on row 2")
    assert "a grid belongs to one community" in problem


def test_a_unit_type_not_in_the_list(database: Any, admin: Actor, tmp_path: Path) -> None:
    rows = copy.deepcopy(SMALL)
    rows[SheetKey.UNITS][0][2] = "工业区"
    plan = _plan(database, admin, write_org_workbook(tmp_path / "org.xlsx", rows))
    unit, grid = _problems(plan)
    assert unit.startswith("幸福里:2:类型:工业区 is not a unit type; choose one of 商业商务区、")
    # the grid naming that unit is told where the fault lies, not that the unit is missing
    assert grid == "网格:2:所属幸福里编码:FH-U1 has errors on its own row; correct that row first."


def test_an_old_template_version_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = write_org_workbook(tmp_path / "old.xlsx", version=TEMPLATE_VERSION - 1)
    with pytest.raises(ValidationError) as refused:
        read_workbook(path)
    message = str(refused.value)
    assert f"template version {TEMPLATE_VERSION - 1}" in message
    assert "streetdesk org template" in message
    # a hand-made workbook without a notes sheet is read by its headers
    assert read_workbook(write_org_workbook(tmp_path / "hand.xlsx", version=None)).version is None


def test_merged_header_cells_are_refused_naming_the_range(tmp_path: Path) -> None:
    path = write_org_workbook(tmp_path / "merged.xlsx", merge=(SheetKey.UNITS, "A1:B1"))
    with pytest.raises(ValidationError, match=r"幸福里 of merged.xlsx has merged cells \(A1:B1\)"):
        read_workbook(path)


def test_five_megabytes_of_junk_are_refused_early_in_little_memory(tmp_path: Path) -> None:
    import os
    import random
    import tracemalloc
    import zipfile

    from openpyxl import Workbook

    noise = tmp_path / "noise.xlsx"
    noise.write_bytes(os.urandom(5 * 1024 * 1024))
    with pytest.raises(ValidationError, match="larger than 4 MB"):
        read_workbook(noise)

    rng = random.Random(1)
    book = Workbook(write_only=True)
    junk = book.create_sheet("幸福里")
    letters = "的一是不了人我在有他这中大来上个国到说们为子和你地出道也时年"
    for _ in range(12_000):
        junk.append(["".join(rng.choice(letters) for _ in range(40)) for _ in range(3)])
    other = book.create_sheet("杂项")
    for _ in range(2_000):
        other.append([rng.random() for _ in range(10)])
    path = tmp_path / "junk.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("xl/worksheets/sheet1.xml").file_size > 5 * 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError, match=r"幸福里 of junk\.xlsx has no header row"):
            read_workbook(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024


def test_a_dry_run_overtaken_by_another_change_writes_nothing(
    database: Any, admin: Actor, tmp_path: Path
) -> None:
    path = write_org_workbook(tmp_path / "org.xlsx")
    workbook = read_workbook(path)
    with database.session("t") as session:
        dry_run = plan_workbook(session, admin, workbook)
    _import(
        database,
        admin,
        write_org_workbook(tmp_path / "first.xlsx", {SheetKey.STREETS: SMALL[SheetKey.STREETS]}),
    )
    with database.session("t") as session, pytest.raises(ConflictError):
        apply_org_import(session, admin, workbook, dry_run)
    assert _count(database, Unit) == 0


def test_supervisors_cannot_import_and_all_sheets_have_headers(
    database: Any, role_actor: Any, tmp_path: Path
) -> None:
    from app.services.errors import PermissionDenied

    path = write_org_workbook(tmp_path / "org.xlsx")
    with pytest.raises(PermissionDenied):
        _plan(database, role_actor("supervisor"), path)
    assert all(sheet.columns[0].required for sheet in SHEETS)


def test_a_street_account_imports_only_into_its_own_street(
    database: Any, admin: Actor, tmp_path: Path
) -> None:
    import dataclasses

    _import(database, admin, write_org_workbook(tmp_path / "org.xlsx"))
    with database.session() as session:
        own = session.scalar(select(Street.id).where(Street.code == "FH"))
    street_admin = dataclasses.replace(admin, street_id=own)
    rows = copy.deepcopy(SMALL)
    rows[SheetKey.STREETS].append(["TJ", "塘家街道", "440311", "光明区"])
    rows[SheetKey.COMMUNITIES].append(["TJ-C1", "塘家新村社区", "TJ"])
    plan = _plan(database, street_admin, write_org_workbook(tmp_path / "two.xlsx", rows))
    problems = _problems(plan)
    assert len(problems) == 2
    assert problems[0].startswith("街道:3:街道编码:Only a district administrator")
    assert (
        problems[1] == "社区:4:所属街道编码:TJ has errors on its own row; correct that row first."
    )
    # the unchanged rows of the district-wide team and of its own street pass
    assert plan.count(RowAction.UNCHANGED) == 11


def test_an_export_never_runs_a_name_as_a_formula_and_imports_back_unchanged(
    database: Any, admin: Actor, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from app.services.organisation.workbook import export_organisation

    rows = copy.deepcopy(SMALL)
    rows[SheetKey.UNITS][0][1] = "@凤凰花园幸福里"
    path = tmp_path / "org.xlsx"
    write_org_workbook(path, rows)
    _import(database, admin, path)
    exported = tmp_path / "export.xlsx"
    with database.session() as session:
        result = export_organisation(session, admin, exported)
    assert result.rows[SheetKey.UNITS] == 2
    cell = load_workbook(exported)["幸福里"]["B2"]
    assert cell.value == "@凤凰花园幸福里" and cell.data_type == "s" and cell.quotePrefix
    plan = _plan(database, admin, exported)
    assert plan.count(RowAction.UNCHANGED) == len(plan.rows) == 11
