"""Posts from templates, filling posts, vacancies and the roster tree."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, Post, PostKind, PostTemplate, Unit
from app.services.errors import ValidationError
from app.services.rosters import (
    NodeKind,
    StaffForm,
    add_staff,
    create_posts_from_template,
    end_secondment,
    fill_post,
    load_tree,
    update_secondment,
    vacancy_summary,
)
from tests.helpers.sample_street import UNIT_NAMES

TODAY = date(2024, 6, 1)


def _posts_by_tier(session, unit_id):
    rows = session.execute(
        select(PostKind.tier, func.count())
        .join(Post, Post.post_kind_id == PostKind.id)
        .where(Post.unit_id == unit_id)
        .group_by(PostKind.tier)
    ).all()
    return dict(rows)


def _template_specialists(session, unit_type_id):
    return session.scalar(
        select(func.sum(PostTemplate.count))
        .join(PostKind, PostKind.id == PostTemplate.post_kind_id)
        .where(PostTemplate.unit_type_id == unit_type_id, PostKind.tier == "specialist")
    )


def _post_of(session, unit_id, tier):
    return session.scalars(
        select(Post.id)
        .join(PostKind, PostKind.id == Post.post_kind_id)
        .where(Post.unit_id == unit_id, PostKind.tier == tier)
        .order_by(Post.sort_order)
    ).all()


def _staff(session, actor, street, name="张三", phone="13800138000"):
    return add_staff(session, actor, StaffForm(name, phone, street.department_ids["党建办"]))


def test_each_unit_gets_its_template_posts(database, street, actor):
    with database.session() as session:
        for unit_id in street.unit_ids.values():
            unit = session.get(Unit, unit_id)
            tiers = _posts_by_tier(session, unit_id)
            assert tiers["head"] == 1 and tiers["deputy"] == 1 and tiers["basic"] == 4
            assert tiers["specialist"] == _template_specialists(session, unit.unit_type_id)
            assert create_posts_from_template(session, actor, unit_id) == []


def test_tree_street_community_unit_post(database, street, actor):
    with database.session() as session:
        (root,) = load_tree(session, actor, today=TODAY)
    assert root.kind == NodeKind.STREET and root.label == "凤凰街道"
    assert [c.kind for c in root.children] == [NodeKind.COMMUNITY] * 2
    units = [n for n in root.walk() if n.kind == NodeKind.UNIT]
    assert sorted(u.label for u in units) == sorted(UNIT_NAMES)
    posts = [n for n in root.walk() if n.kind == NodeKind.POST]
    assert root.posts == len(posts) == root.vacancies
    first = units[0]
    assert first.children[0].tier == "head" and first.children[0].label == "格长"
    assert [p.label for p in first.children if p.tier == "basic"] == [
        f"基础岗 {i}" for i in range(1, 5)
    ]


def test_tree_grouped_by_unit_type(database, street, actor):
    with database.session() as session:
        (root,) = load_tree(session, actor, group_by=NodeKind.UNIT_TYPE, language="en")
    assert [c.label for c in root.children] == [
        "Commercial district",
        "Smart-manufacturing park",
        "Residential compound",
        "Urban village",
        "Construction site",
    ]
    assert all(len(c.children) == 1 for c in root.children)


def test_filling_a_post_removes_one_vacancy(database, street, actor):
    unit_id = street.unit_ids[UNIT_NAMES[0]]
    with database.session() as session:
        before = vacancy_summary(session, actor, today=TODAY)
        staff_id = _staff(session, actor, street)
        fill_post(session, actor, _post_of(session, unit_id, "head")[0], staff_id, TODAY)
    with database.session() as session:
        after = vacancy_summary(session, actor, today=TODAY)
        (root,) = load_tree(session, actor, today=TODAY)
    assert after.total.vacant == before.total.vacant - 1
    assert after.total.posts == before.total.posts
    unit = next(u for u in after.units if u.unit_id == unit_id)
    assert unit.count.filled == 1 and ("格长", 1) not in unit.vacant_by_kind
    head = next(n for n in root.walk() if n.kind == NodeKind.POST and n.occupant)
    assert head.occupant == "张三" and head.vacancies == 0


def test_one_grid_head_per_unit(database, street, actor):
    unit_id = street.unit_ids[UNIT_NAMES[1]]
    with database.session() as session:
        head_post = _post_of(session, unit_id, "head")[0]
        first = _staff(session, actor, street)
        second = _staff(session, actor, street, "李四", "13900139000")
        fill_post(session, actor, head_post, first, date(2024, 1, 1), date(2024, 3, 31))
        with pytest.raises(ValidationError) as caught:
            fill_post(session, actor, head_post, second, date(2024, 3, 1))
        assert caught.value.field == "post_id"
        assert caught.value.params["name"] == "张三"
        # the next day after the first ends is free
        fill_post(session, actor, head_post, second, date(2024, 4, 1))


def test_dates_must_be_in_order(database, street, actor):
    unit_id = street.unit_ids[UNIT_NAMES[2]]
    with database.session() as session:
        staff_id = _staff(session, actor, street)
        post = _post_of(session, unit_id, "basic")[0]
        with pytest.raises(ValidationError) as caught:
            fill_post(session, actor, post, staff_id, date(2024, 5, 1), date(2024, 4, 1))
        assert caught.value.field == "end_date"
        with pytest.raises(ValidationError) as caught:
            fill_post(session, actor, post, staff_id, None)
        assert caught.value.field == "start_date"


def test_expired_secondment_is_a_vacancy(database, street, actor):
    unit_id = street.unit_ids[UNIT_NAMES[3]]
    with database.session() as session:
        staff_id = _staff(session, actor, street)
        post = _post_of(session, unit_id, "deputy")[0]
        sec = fill_post(session, actor, post, staff_id, date(2024, 1, 1), date(2024, 5, 31))
    with database.session() as session:
        on_last_day = vacancy_summary(session, actor, today=date(2024, 5, 31)).total
        next_day = vacancy_summary(session, actor, today=date(2024, 6, 1)).total
    assert next_day.vacant == on_last_day.vacant + 1
    with database.session() as session:
        update_secondment(
            session,
            actor,
            sec,
            loaded_version=1,
            start_date=date(2024, 1, 1),
            end_date=None,
        )
        assert vacancy_summary(session, actor, today=TODAY).total.vacant == on_last_day.vacant


def test_end_secondment_records_reason_and_audit(database, street, actor):
    unit_id = street.unit_ids[UNIT_NAMES[4]]
    with database.session() as session:
        staff_id = _staff(session, actor, street)
        sec = fill_post(
            session, actor, _post_of(session, unit_id, "basic")[1], staff_id, date(2024, 1, 1)
        )
    with database.session() as session:
        with pytest.raises(ValidationError):
            end_secondment(session, actor, sec, date(2023, 12, 31), loaded_version=1)
        end_secondment(session, actor, sec, date(2024, 2, 29), loaded_version=1, reason="调回")
    with database.session() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "secondment")
        ).all()
    assert actions == ["create", "update"]
