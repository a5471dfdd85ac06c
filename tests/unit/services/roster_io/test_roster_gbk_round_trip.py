"""A CSV export that Excel or WPS saved again in GBK: rare characters come back as "?",
and the import still finds the same people, by their mobile numbers."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from app.models import Staff, Volunteer
from app.services.roster_io import RowAction, apply_plan, export_roster, plan_import
from app.services.roster_io.matching import lost_characters_only
from app.services.rosters import VolunteerForm, add_volunteer, load_staff, load_volunteers


def _resaved_in_gbk(path: Path) -> Path:
    """What Excel on Chinese Windows writes for "CSV (逗号分隔)": GBK, "?" for the rest."""
    text = path.read_text(encoding="utf-8-sig")
    target = path.with_name("gbk.csv")
    target.write_bytes(text.encode("gbk", errors="replace"))
    return target


def _people(db) -> int:
    with db.session() as session:
        return sum(
            session.scalar(select(func.count()).select_from(m)) or 0 for m in (Staff, Volunteer)
        )


def test_a_gbk_round_trip_finds_the_same_people(database, people, street, actor, tmp_path):
    with database.session() as session:
        add_volunteer(session, actor, VolunteerForm("郭𠀾", "13500135000", skills="巡逻"))
        add_volunteer(session, actor, VolunteerForm("𪚥明", "13400134000"))
    exported = tmp_path / "roster.csv"
    with database.session() as session:
        result = export_roster(session, actor, exported)
    assert set(result.names_outside_gbk) == {"王𠀾", "郭𠀾", "𪚥明"}
    gbk = _resaved_in_gbk(exported)
    assert "郭?" in gbk.read_bytes().decode("gbk")
    before = _people(database)
    with database.session() as session:
        plan = plan_import(session, actor, gbk)
    assert {r.action for r in plan.rows} == {RowAction.UNCHANGED}, plan.rows
    assert {r.name for r in plan.rows} >= {"郭𠀾", "王𠀾", "𪚥明"}
    assert not plan.has_writes
    with database.session() as session:
        apply_plan(session, actor, plan)
    assert _people(database) == before
    with database.session() as session:
        names = {r.name for r in load_volunteers(session, actor).rows}
        names |= {r.name for r in load_staff(session, actor).rows}
    assert {"郭𠀾", "王𠀾", "𪚥明"} <= names
    assert not any("?" in name for name in names)


def test_a_changed_field_still_updates_the_person_whose_name_lost_characters(
    database, street, actor, tmp_path
):
    with database.session() as session:
        add_volunteer(session, actor, VolunteerForm("郭𠀾", "13500135000", skills="巡逻"))
    path = tmp_path / "v.csv"
    path.write_bytes("姓名,手机,技能\n郭?,135 0013 5000,调解\n".encode("gbk"))
    with database.session() as session:
        plan = plan_import(session, actor, path)
    (row,) = plan.rows
    assert (row.action, row.name, row.changes) == (RowAction.UPDATE, "郭𠀾", ("skills",))
    with database.session() as session:
        apply_plan(session, actor, plan)
    with database.session() as session:
        (volunteer,) = load_volunteers(session, actor).rows
    assert (volunteer.name, volunteer.skills) == ("郭𠀾", "调解")


def test_a_known_mobile_with_another_name_renames_instead_of_adding(
    database, street, actor, tmp_path
):
    with database.session() as session:
        add_volunteer(session, actor, VolunteerForm("郭晓", "13500135000"))
    path = tmp_path / "v.csv"
    path.write_text("姓名,手机,技能\n郭小,13500135000,\n", encoding="utf-8")
    with database.session() as session:
        plan = plan_import(session, actor, path)
    (row,) = plan.rows
    assert (row.action, row.changes) == (RowAction.UPDATE, ("name",))
    with database.session() as session:
        apply_plan(session, actor, plan)
    with database.session() as session:
        assert [r.name for r in load_volunteers(session, actor).rows] == ["郭小"]


def test_a_new_person_whose_name_lost_characters_is_refused(database, street, actor, tmp_path):
    path = tmp_path / "v.csv"
    path.write_bytes("姓名,手机,技能\n郭?,13500135000,\n".encode("gbk"))
    with database.session() as session:
        plan = plan_import(session, actor, path)
    (row,) = plan.rows
    assert row.action == RowAction.ERROR
    assert row.problems[0].field == "name" and "UTF-8" in str(row.problems[0])


def test_lost_characters_only_where_the_file_has_a_question_mark():
    assert lost_characters_only("郭?", "郭𠀾")
    assert lost_characters_only("??明", "𪚥𠀾明")
    assert not lost_characters_only("郭?", "郭")
    assert not lost_characters_only("李?", "郭𠀾")
    assert not lost_characters_only("郭𠀾", "郭𠀾")
    assert not lost_characters_only("郭明", "郭𠀾")


def test_an_xlsx_export_names_no_gbk_problem(database, people, actor, tmp_path):
    with database.session() as session:
        result = export_roster(session, actor, tmp_path / "roster.xlsx")
    assert result.names_outside_gbk == ()
