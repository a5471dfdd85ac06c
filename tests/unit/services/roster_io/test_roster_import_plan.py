"""The dry run: headers by name, value clean-up, updates, duplicates and row errors."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.models import Secondment, Staff, Volunteer
from app.services.errors import ConflictError, ValidationError
from app.services.roster_io import RowAction, apply_plan, plan_import
from app.services.rosters import StaffForm, add_staff, load_staff, load_volunteers
from tests.helpers.sample_street import UNIT_NAMES


def write_xlsx(path, sheets):
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def _count(db, model):
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_headers_by_name_in_any_order_with_english_and_remarks(database, street, actor, tmp_path):
    path = write_xlsx(
        tmp_path / "v.xlsx",
        {
            "Sheet1": [["凤凰街道志愿者名单"], []],  # a title and a blank row above the header
            "Volunteers": [
                [" Skills ", "MOBILE", "Team", "备注", "姓名（必填）"],
                ["巡逻", "138 0013 8000", "星灯", "x", " 张三 "],
            ],
        },
    )
    with database.session() as session:
        plan = plan_import(session, actor, path)
    (row,) = plan.rows
    assert (row.action, row.name, row.phone, row.row_number) == (
        RowAction.ADD,
        "张三",
        "13800138000",
        2,
    )
    assert plan.ignored_headers == ("Volunteers: 备注",)
    assert _count(database, Volunteer) == 0  # a plan writes nothing


def test_title_row_above_headers_and_row_numbers(database, street, actor, tmp_path):
    path = write_xlsx(
        tmp_path / "s.xlsx",
        {
            "人员": [
                ["下沉人员名单"],
                ["姓名", "手机", "部门", "幸福里", "岗位", "开始日期", "结束日期"],
                [
                    "张三",
                    "１３８００１３８０００",
                    "党建办",
                    UNIT_NAMES[0],
                    "格长",
                    "2024/3/1",
                    None,
                ],
                ["李四", 13900139000, "劳动办", UNIT_NAMES[0], "基础岗", "2024年3月1日", 45657],
                ["王五", "13700137000", "派出所", UNIT_NAMES[0], "基础岗 2", datetime(2024, 3, 1)],
                ["赵六", "13600136000", "派出所", UNIT_NAMES[0], "基础岗", "2024-02-30"],
            ]
        },
    )
    with database.session() as session:
        plan = plan_import(session, actor, path)
    actions = {r.row_number: r.action for r in plan.rows}
    assert actions == {3: RowAction.ADD, 4: RowAction.ADD, 5: RowAction.ADD, 6: RowAction.ERROR}
    (bad,) = plan.errors
    assert bad.problems[0].field == "start_date" and "2024-02-30" in str(bad.problems[0])
    with database.session() as session:
        apply_plan(session, actor, plan, skip_invalid=True)
    with database.session() as session:
        rows = {r.name: r for r in load_staff(session, actor, today=date(2024, 6, 1)).rows}
    assert rows["张三"].phone == "13800138000" and rows["张三"].post == "格长"
    assert rows["李四"].end_date == date(2024, 12, 31)  # Excel serial 45657
    assert rows["王五"].start_date == date(2024, 3, 1)
    assert rows["李四"].post_id != rows["王五"].post_id
    assert "赵六" not in rows


@pytest.mark.parametrize(
    ("row", "field"),
    [
        (["", "13800138000", "党建办"], "name"),
        (["张三", "12345", "党建办"], "phone"),
        (["张三", "13800138000", ""], "department"),
        (["张三", "13800138000", "不存在办"], "department"),
        (["张三", "13800138000", "党建办", "不存在幸福里", "格长", "2024-01-01"], "unit"),
        (["张三", "13800138000", "党建办", UNIT_NAMES[0], "厨师", "2024-01-01"], "post"),
        (["张三", "13800138000", "党建办", UNIT_NAMES[0], "格长", ""], "start_date"),
        (
            ["张三", "13800138000", "党建办", UNIT_NAMES[0], "格长", "2024-05-01", "2024-04-01"],
            "end_date",
        ),
        (["张三", "13800138000", "党建办", UNIT_NAMES[0], "", "2024-01-01"], "post"),
    ],
)
def test_row_errors_name_field_and_row(database, street, actor, tmp_path, row, field):
    header = ["姓名", "手机", "部门", "幸福里", "岗位", "开始日期", "结束日期"]
    path = write_xlsx(tmp_path / "s.xlsx", {"人员": [header, row]})
    with database.session() as session:
        plan = plan_import(session, actor, path)
    (planned,) = plan.rows
    assert planned.action == RowAction.ERROR and planned.row_number == 2
    assert field in {p.field for p in planned.problems}
    assert all(str(p) for p in planned.problems)
    with database.session() as session, pytest.raises(ValidationError):
        apply_plan(session, actor, plan)


def test_duplicates_updates_and_second_grid_head(database, street, actor, tmp_path):
    with database.session() as session:
        add_staff(session, actor, StaffForm("李四", "13900139000", street.department_ids["劳动办"]))
    header = ["姓名", "手机", "部门", "职务", "幸福里", "岗位", "开始日期"]
    u0 = UNIT_NAMES[0]
    path = write_xlsx(
        tmp_path / "s.xlsx",
        {
            "人员": [
                header,
                ["张三", "13800138000", "党建办", "", u0, "格长", "2024-01-01"],
                ["张三", "138 0013 8000", "党建办", "", u0, "格长", "2024-01-01"],
                ["李四", "13900139000", "劳动办", "科员", u0, "格长", "2024-02-01"],
                ["李四", "13900139000", "派出所", "科员", None, None, None],
                ["王五", "13700137000", "派出所", "", u0, "副格长", "2024-01-01"],
                ["王五", "13700137000", "派出所", "", u0, "基础岗", "2024-01-01"],
            ]
        },
    )
    with database.session() as session:
        plan = plan_import(session, actor, path)
    by_row = {r.row_number: r for r in plan.rows}
    assert by_row[2].action == RowAction.ADD
    assert by_row[3].action == RowAction.DUPLICATE and by_row[3].duplicate_of == 2
    # 李四 exists, but the unit already gets a grid head from row 2
    assert by_row[4].action == RowAction.ERROR and "张三" in str(by_row[4].problems[0])
    assert by_row[5].action == RowAction.UPDATE and set(by_row[5].changes) == {
        "department_id",
        "title",
    }
    assert by_row[6].action == RowAction.ADD and by_row[7].action == RowAction.ADD
    with database.session() as session:
        apply_plan(session, actor, plan, skip_invalid=True)
    with database.session() as session:
        li = session.scalars(select(Staff).where(Staff.name == "李四")).one()
        assert li.title == "科员" and li.version == 2
        assert session.scalar(select(func.count()).select_from(Secondment)) == 3


def test_a_change_after_the_dry_run_is_a_conflict(database, street, actor, tmp_path):
    path = write_xlsx(
        tmp_path / "s.xlsx",
        {"志愿者": [["姓名", "手机"], ["张三", "13800138000"], ["李四", "13900139000"]]},
    )
    with database.session() as session:
        plan = plan_import(session, actor, path)
    with database.session() as session:
        from app.services.rosters import VolunteerForm, add_volunteer

        add_volunteer(session, actor, VolunteerForm("李四", "13900139000"))
    with database.session() as session, pytest.raises(ConflictError):
        apply_plan(session, actor, plan)
    with database.session() as session:
        assert len(load_volunteers(session, actor)) == 1  # all or nothing: 张三 not written


def test_csv_with_kind_column_in_gb18030(database, street, actor, tmp_path):
    text = (
        "类别,姓名,手机,部门,队伍\n"
        "人员,张三,13800138000,党建办,\n"
        "志愿者,李四,13900139000,,萤火\n"
        "访客,王五,13700137000,,\n"
    )
    path = tmp_path / "mixed.csv"
    path.write_bytes(text.encode("gb18030"))
    with database.session() as session:
        plan = plan_import(session, actor, path)
    assert [(r.kind, r.action) for r in plan.rows] == [
        ("staff", RowAction.ADD),
        ("volunteer", RowAction.ADD),
        (None, RowAction.ERROR),
    ]
    assert plan.rows[2].problems[0].field == "kind"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_csv_encodings_keep_rare_characters(database, street, actor, tmp_path, encoding):
    path = tmp_path / "v.csv"
    path.write_bytes("姓名,手机,技能\n王𠀾,13800138000,'=1+2\n".encode(encoding))
    with database.session() as session:
        apply_plan(session, actor, plan_import(session, actor, path))
    with database.session() as session:
        (row,) = load_volunteers(session, actor).rows
    assert (row.name, row.skills) == ("王𠀾", "=1+2")
