"""Adding, renaming, moving and retiring organisation entries, and who may."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import Grid, Post, PostKind, Unit, reference_id
from app.services.china_time import today_in_china
from app.services.disputes.cases import create_case
from app.services.disputes.inputs import NewCase
from app.services.errors import PermissionDenied, ValidationError
from app.services.organisation import (
    InUse,
    NodeForm,
    NodeKey,
    OrgKind,
    add_node,
    load_tree,
    move_node,
    rename_node,
    retire_node,
)
from app.services.permissions import Actor
from app.services.rosters import StaffForm, add_staff, fill_post


def _build(session: Any, admin: Actor) -> dict[str, NodeKey]:
    keys: dict[str, NodeKey] = {}
    keys["district"] = add_node(
        session, admin, NodeForm(OrgKind.DISTRICT, None, "光明区", "440311")
    )
    keys["street"] = add_node(
        session, admin, NodeForm(OrgKind.STREET, keys["district"], "凤凰街道", "FH")
    )
    for name, code in (("凤凰社区", "FH-C1"), ("塘家社区", "FH-C2")):
        keys[code] = add_node(
            session, admin, NodeForm(OrgKind.COMMUNITY, keys["street"], name, code)
        )
    keys["unit"] = add_node(
        session,
        admin,
        NodeForm(
            OrgKind.UNIT,
            keys["FH-C1"],
            "凤凰花园幸福里",
            "FH-U1",
            choice_id=reference_id("unit_type", "residential"),
        ),
    )
    keys["grid"] = add_node(
        session, admin, NodeForm(OrgKind.GRID, keys["FH-C1"], "第01小分格", "FH-G1")
    )
    keys["dept"] = add_node(
        session,
        admin,
        NodeForm(
            OrgKind.DEPARTMENT,
            keys["street"],
            "党建办",
            choice_id=reference_id("department_kind", "street_office"),
        ),
    )
    keys["team"] = add_node(session, admin, NodeForm(OrgKind.TEAM, keys["street"], "星灯"))
    return keys


@pytest.fixture
def admin(role_actor: Any) -> Actor:
    return role_actor("admin")


def test_an_administrator_builds_the_organisation_and_units_get_their_posts(
    database: Any, admin: Actor
) -> None:
    with database.session("t") as session:
        keys = _build(session, admin)
    with database.session("t") as session:
        tree = load_tree(session, admin)
        posts = session.scalar(
            select(func.count()).select_from(Post).where(Post.unit_id == keys["unit"].id)
        )
    names = [node.name for node in tree.nodes]
    assert names[:4] == ["光明区", "凤凰街道", "凤凰社区", "凤凰花园幸福里"]
    unit = next(n for n in tree.nodes if n.key == keys["unit"])
    assert unit.parent == keys["FH-C1"] and unit.detail == "住宅小区"
    assert posts and posts >= 6  # 格长, 副格长, four basic posts at least
    assert tree.can_edit


def test_rename_move_and_the_codes_and_places_they_refuse(database: Any, admin: Actor) -> None:
    with database.session("t") as session:
        keys = _build(session, admin)
    with database.session("t") as session:
        rename_node(session, admin, keys["unit"], "凤凰花园一期幸福里", 1)
        move_node(session, admin, keys["grid"], keys["FH-C2"], 1)
        with pytest.raises(ValidationError) as taken:
            add_node(session, admin, NodeForm(OrgKind.GRID, keys["FH-C1"], "又一格", "FH-G1"))
        assert taken.value.field == "code" and "FH-G1" in str(taken.value)
        with pytest.raises(ValidationError) as placed:
            move_node(session, admin, keys["grid"], keys["street"], None)
        assert placed.value.field == "parent"
    with database.session("t") as session:
        assert session.get(Unit, keys["unit"].id).name == "凤凰花园一期幸福里"
        assert session.get(Grid, keys["grid"].id).community_id == keys["FH-C2"].id
        with pytest.raises(Exception, match="changed elsewhere"):
            rename_node(session, admin, keys["unit"], "旧名", 1)


def test_retiring_a_unit_with_an_open_case_or_a_filled_post_names_them(
    database: Any, admin: Actor
) -> None:
    with database.session("t") as session:
        keys = _build(session, admin)
    with database.session("t") as session:
        post_id = session.scalar(
            select(Post.id)
            .join(PostKind, PostKind.id == Post.post_kind_id)
            .where(Post.unit_id == keys["unit"].id, PostKind.tier == "basic")
        )
        staff_id = add_staff(
            session,
            admin,
            StaffForm("张三", "13800138000", keys["dept"].id, street_id=keys["street"].id),
        )
        fill_post(session, admin, post_id=post_id, staff_id=staff_id, start_date=today_in_china())
        create_case(
            session,
            admin,
            NewCase("欠薪", "labour", "general", "hotline", unit_id=keys["unit"].id),
        )
    with database.session("t") as session, pytest.raises(InUse) as refused:
        retire_node(session, admin, keys["unit"], None)
    message = str(refused.value)
    assert "凤凰花园幸福里" in message
    assert refused.value.params["cases"] == 1 and refused.value.params["posts"] == 1
    with database.session("t") as session:
        assert session.get(Unit, keys["unit"].id).deleted_at is None


def test_retiring_what_nothing_uses_tombstones_it_and_its_posts(
    database: Any, admin: Actor
) -> None:
    with database.session("t") as session:
        keys = _build(session, admin)
    with database.session("t") as session:
        with pytest.raises(InUse) as refused:
            retire_node(session, admin, keys["FH-C1"], None)
        assert refused.value.params == {"name": "凤凰社区", "grids": 1, "units": 1}
        retire_node(session, admin, keys["unit"], None)
        retire_node(session, admin, keys["team"], None)
    with database.session("t") as session:
        assert session.get(Unit, keys["unit"].id).deleted_at is not None
        live_posts = session.scalar(
            select(func.count())
            .select_from(Post)
            .where(Post.unit_id == keys["unit"].id, Post.deleted_at.is_(None))
        )
        assert live_posts == 0
        assert keys["unit"] not in {n.key for n in load_tree(session, admin).nodes}


def test_supervisors_read_and_street_accounts_stay_in_their_street(
    database: Any, admin: Actor, role_actor: Any
) -> None:
    with database.session("t") as session:
        keys = _build(session, admin)
        other = add_node(
            session, admin, NodeForm(OrgKind.STREET, keys["district"], "塘家街道", "TJ")
        )
    supervisor = role_actor("supervisor")
    street_admin = dataclasses.replace(admin, street_id=keys["street"].id)
    with database.session("t") as session:
        tree = load_tree(session, supervisor)
        assert not tree.can_edit and len(tree.nodes) > 5
        with pytest.raises(PermissionDenied):
            rename_node(session, supervisor, keys["unit"], "改名", None)
        with pytest.raises(PermissionDenied):
            add_node(session, street_admin, NodeForm(OrgKind.COMMUNITY, other, "外街社区", "TJ-C1"))
        with pytest.raises(PermissionDenied):
            add_node(
                session, street_admin, NodeForm(OrgKind.STREET, keys["district"], "新街道", "XX")
            )
        add_node(
            session, street_admin, NodeForm(OrgKind.GRID, keys["FH-C2"], "第02小分格", "FH-G2")
        )
        seen = {n.key for n in load_tree(session, street_admin).nodes}
    assert other not in seen and keys["street"] in seen


def test_an_ended_secondment_no_longer_keeps_the_unit(database: Any, admin: Actor) -> None:
    with database.session("t") as session:
        keys = _build(session, admin)
        post_id = session.scalar(select(Post.id).where(Post.unit_id == keys["unit"].id))
        staff_id = add_staff(
            session,
            admin,
            StaffForm("李四", "13900139000", keys["dept"].id, street_id=keys["street"].id),
        )
        start = today_in_china() - timedelta(days=100)
        fill_post(
            session,
            admin,
            post_id=post_id,
            staff_id=staff_id,
            start_date=start,
            end_date=today_in_china() - timedelta(days=1),
        )
    with database.session("t") as session:
        retire_node(session, admin, keys["unit"], None)


def test_post_templates_are_added_changed_and_retired_for_later_units(
    database: Any, admin: Actor
) -> None:
    park = NodeKey(OrgKind.UNIT_TYPE, reference_id("unit_type", "smart_park"))
    with database.session("t") as session:
        keys = _build(session, admin)
        before = {n.name: n.detail for n in load_tree(session, admin).children(park)}
        assert before["基础岗"] == "4"
        basic = next(n for n in load_tree(session, admin).children(park) if n.name == "基础岗")
        rename_node(session, admin, basic.key, "", basic.version, count=6)
        with pytest.raises(ValidationError) as twice:
            add_node(
                session,
                admin,
                NodeForm(OrgKind.POST_TEMPLATE, park, choice_id=reference_id("post_kind", "head")),
            )
        assert twice.value.field == "choice_id"
        unit = add_node(
            session,
            admin,
            NodeForm(OrgKind.UNIT, keys["FH-C2"], "智造园幸福里", "FH-U9", choice_id=park.id),
        )
        basic_posts = session.scalar(
            select(func.count())
            .select_from(Post)
            .join(PostKind, PostKind.id == Post.post_kind_id)
            .where(Post.unit_id == unit.id, PostKind.code == "basic")
        )
        assert basic_posts == 6
        retire_node(session, admin, basic.key, None)
        assert "基础岗" not in {n.name for n in load_tree(session, admin).children(park)}
