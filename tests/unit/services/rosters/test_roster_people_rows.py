"""People rows: statuses, pinyin order, search and filters."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.models import Post, PostKind
from app.services.rosters import (
    NodeKind,
    PeopleFilter,
    PostStatus,
    StaffForm,
    VolunteerForm,
    add_staff,
    add_volunteer,
    fill_post,
    load_staff,
    load_tree,
    load_volunteers,
)
from tests.helpers.sample_street import UNIT_NAMES

TODAY = date(2024, 6, 1)


def _post(session, unit_id, tier):
    return session.scalars(
        select(Post.id)
        .join(PostKind, PostKind.id == Post.post_kind_id)
        .where(Post.unit_id == unit_id, PostKind.tier == tier)
        .order_by(Post.sort_order)
    ).first()


def _people(database, street, actor):
    """张三 heads unit 0, 李四's secondment in unit 1 expired, 王五 is not seconded."""
    depts = street.department_ids
    with database.session() as session:
        zhang = add_staff(
            session, actor, StaffForm("张三", "138 0013 8000", depts["党建办"], title="主任")
        )
        li = add_staff(session, actor, StaffForm("李四", "13900139000", depts["劳动办"]))
        add_staff(session, actor, StaffForm("王五", "13700137000", depts["派出所"]))
        u0, u1 = street.unit_ids[UNIT_NAMES[0]], street.unit_ids[UNIT_NAMES[1]]
        fill_post(session, actor, _post(session, u0, "head"), zhang, date(2024, 1, 1))
        fill_post(
            session, actor, _post(session, u1, "basic"), li, date(2023, 1, 1), date(2024, 3, 31)
        )
        team, grid = street.team_ids["星灯"], next(iter(street.grid_ids.values()))
        for name, phone in [
            ("赵六", "13600136000"),
            ("钱七", "13500135000"),
            ("孙八", "15000150000"),
        ]:
            add_volunteer(
                session,
                actor,
                VolunteerForm(name, phone, team_id=team, grid_id=grid, unit_id=u0, skills="调解"),
            )
        add_volunteer(session, actor, VolunteerForm("周九", "18800188000", unit_id=u1))


def test_staff_rows_show_active_expired_unassigned_and_vacant(database, street, actor):
    _people(database, street, actor)
    with database.session() as session:
        table = load_staff(session, actor, today=TODAY)
    people = [r for r in table.rows if r.staff_id is not None]
    assert [(r.name, r.status) for r in people] == [
        ("李四", PostStatus.EXPIRED),
        ("王五", PostStatus.UNASSIGNED),
        ("张三", PostStatus.ACTIVE),
    ]
    zhang = people[2]
    assert (zhang.phone, zhang.department, zhang.post, zhang.unit, zhang.start_date) == (
        "13800138000",
        "党建办",
        "格长",
        UNIT_NAMES[0],
        date(2024, 1, 1),
    )
    vacant = [r for r in table.rows if r.status == PostStatus.VACANT]
    with database.session() as session:
        (root,) = load_tree(session, actor, today=TODAY)
    assert len(vacant) == root.vacancies == root.posts - 1
    # the expired post is among the vacancies
    assert people[0].post_id in {r.post_id for r in vacant}


def test_search_by_character_pinyin_initials_and_phone(database, street, actor):
    _people(database, street, actor)
    with database.session() as session:
        table = load_staff(session, actor, today=TODAY)
    for query in ["张", "zhang", "zs", "0013 8", "１３８００"]:
        found = [table.rows[i].name for i in table.search(query) if table.rows[i].staff_id]
        assert found == ["张三"], query
    assert len(table.search("")) == len(table)
    # the post is searchable too: 格长 (ge zhang) finds every head post, filled or not
    heads = {table.rows[i].post for i in table.search("gezhang")}
    assert heads == {"格长", "副格长"}


def test_filters_by_scope_department_tier_and_vacancy(database, street, actor):
    _people(database, street, actor)
    u0 = street.unit_ids[UNIT_NAMES[0]]
    with database.session() as session:
        table = load_staff(session, actor, today=TODAY)
        (root,) = load_tree(session, actor, today=TODAY)
    unit_node = next(n for n in root.walk() if n.kind == NodeKind.UNIT and n.id == u0)
    in_unit = [table.rows[i] for i in table.select(PeopleFilter(scope=unit_node.scope))]
    assert len(in_unit) == unit_node.posts
    assert {r.unit_id for r in in_unit} == {u0}
    by_dept = table.select(PeopleFilter(department_id=street.department_ids["派出所"]))
    assert [table.rows[i].name for i in by_dept] == ["王五"]
    heads = [table.rows[i] for i in table.select(PeopleFilter(tier="head"))]
    assert len(heads) == len(UNIT_NAMES)
    assert sum(1 for r in heads if r.status == PostStatus.VACANT) == len(UNIT_NAMES) - 1
    vacant_in_unit = table.select(
        PeopleFilter(scope=unit_node.scope, statuses=frozenset({PostStatus.VACANT}))
    )
    assert len(vacant_in_unit) == unit_node.vacancies
    combined = table.select(PeopleFilter(query="zs", scope=unit_node.scope))
    assert [table.rows[i].name for i in combined] == ["张三"]


def test_volunteer_rows_in_pinyin_order_with_names(database, street, actor):
    _people(database, street, actor)
    u0 = street.unit_ids[UNIT_NAMES[0]]
    with database.session() as session:
        table = load_volunteers(session, actor)
        (root,) = load_tree(session, actor)
    assert [r.name for r in table.rows] == ["钱七", "孙八", "赵六", "周九"]
    qian = table.rows[0]
    assert (qian.team, qian.grid, qian.unit, qian.skills) == (
        "星灯",
        "第1网格",
        UNIT_NAMES[0],
        "调解",
    )
    post_node = next(n for n in root.walk() if n.kind == NodeKind.POST and n.scope.unit_id == u0)
    shown = [table.rows[i].name for i in table.select(PeopleFilter(scope=post_node.scope))]
    assert shown == ["钱七", "孙八", "赵六"]
    assert [table.rows[i].name for i in table.search("tiao jie")] == ["钱七", "孙八", "赵六"]
    assert [table.rows[i].name for i in table.search("zj")] == ["周九"]


def test_volunteer_filters_read_the_same_values_the_rows_show(database, street, actor):
    _people(database, street, actor)
    u0 = street.unit_ids[UNIT_NAMES[0]]
    with database.session() as session:
        table = load_volunteers(session, actor)
        (root,) = load_tree(session, actor)
    rows = list(table.rows)
    assert table.rows[1:3] == rows[1:3]
    community = next(n for n in root.walk() if n.kind == NodeKind.COMMUNITY and n.children)
    for flt, expected in [
        (PeopleFilter(team_id=street.team_ids["星灯"]), [r for r in rows if r.team == "星灯"]),
        (PeopleFilter(grid_id=rows[0].grid_id), [r for r in rows if r.grid_id == rows[0].grid_id]),
        (PeopleFilter(unit_type_id=rows[0].unit_type_id), [r for r in rows if r.unit_id == u0]),
        (
            PeopleFilter(scope=community.scope),
            [r for r in rows if r.community_id == community.id],
        ),
        (PeopleFilter(department_id=street.department_ids["党建办"]), []),
    ]:
        assert [table.rows[i] for i in table.select(flt)] == expected
    assert len(table.select(PeopleFilter(scope=community.scope))) == 3
