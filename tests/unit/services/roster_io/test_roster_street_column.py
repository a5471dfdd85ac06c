"""The roster file's 街道 column: a district account imports into the street it names,
and a file that names no known street, or several, is refused with what to do."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from app.services.errors import ValidationError
from app.services.permissions import Actor
from app.services.roster_io import RowAction, export_roster, plan_import
from app.services.rosters import VolunteerForm, add_volunteer
from tests.helpers.sample_street import build_sample_street


def _csv(path: Path, rows: list[str]) -> Path:
    path.write_text("类别,姓名,手机,队伍,街道\n" + "\n".join(rows) + "\n", encoding="utf-8-sig")
    return path


def test_a_district_account_imports_into_the_street_the_file_names(
    database: Any, tmp_path: Path
) -> None:
    district = Actor.system("district")
    with database.session("t") as session:
        build_sample_street(session, district, "FH")
        second = build_sample_street(session, district, "XT")
        add_volunteer(
            session,
            district,
            VolunteerForm("王五", "13700137000", street_id=second.street_id),
        )
    with database.session("t") as session:
        export_roster(session, district, tmp_path / "xt.xlsx", street_id=second.street_id)
        plan = plan_import(session, district, tmp_path / "xt.xlsx")
    assert plan.street_id == second.street_id and plan.count(RowAction.UNCHANGED) == 1
    sheet = load_workbook(tmp_path / "xt.xlsx")["志愿者"]
    assert sheet["G1"].value == "街道" and sheet["G2"].value == "XT"
    path = _csv(tmp_path / "v.csv", ["志愿者,张三,13800138000,星灯,XT"])
    with database.session("t") as session:
        assert plan_import(session, district, path).street_id == second.street_id
        assert plan_import(session, district, path).count(RowAction.ADD) == 1


def test_an_unknown_street_or_several_are_refused(database: Any, tmp_path: Path) -> None:
    district = Actor.system("district")
    with database.session("t") as session:
        build_sample_street(session, district, "FH")
    unknown = _csv(tmp_path / "u.csv", ["志愿者,张三,13800138000,星灯,QQ"])
    several = _csv(
        tmp_path / "s.csv",
        ["志愿者,张三,13800138000,星灯,FH", "志愿者,李四,13900139000,星灯,XT"],
    )
    with database.session("t") as session:
        with pytest.raises(ValidationError, match="import the organisation first"):
            plan_import(session, district, unknown)
        with pytest.raises(ValidationError, match=r"several streets \(FH、XT\)"):
            plan_import(session, district, several)
