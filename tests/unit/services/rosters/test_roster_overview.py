"""What the Rosters pane opens on and the rules it shows it by: posts vacant today and
those left by an ended secondment, where each unit sits, the units of a tree node, and
vacancies per unit type."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from app.services.china_time import today_in_china
from app.services.rosters import (
    NodeKind,
    Scope,
    StaffForm,
    TreeNode,
    UnitVacancies,
    VacancyCount,
    add_staff,
    end_secondment,
    expired_vacancies,
    fill_post,
    in_scope,
    load_roster_overview,
    tier_rank,
    units_in_scope,
    vacancies_by_unit_type,
)
from tests.helpers.roster_dialogs import post_of
from tests.helpers.sample_street import UNIT_NAMES

STREET, COMMUNITY, TYPE_A, TYPE_B = (uuid.uuid4() for _ in range(4))


def _unit(name: str, type_id: uuid.UUID, type_name: str, posts: int, filled: int) -> UnitVacancies:
    return UnitVacancies(uuid.uuid4(), name, type_id, type_name, VacancyCount(posts, filled))


def test_a_unit_is_in_scope_when_every_id_the_node_sets_matches() -> None:
    unit_scope = Scope(STREET, COMMUNITY, TYPE_A, uuid.uuid4())
    assert in_scope(unit_scope, Scope())
    assert in_scope(unit_scope, Scope(street_id=STREET))
    assert in_scope(unit_scope, Scope(street_id=STREET, unit_type_id=TYPE_A))
    assert not in_scope(unit_scope, Scope(street_id=STREET, unit_type_id=TYPE_B))
    assert not in_scope(unit_scope, Scope(community_id=uuid.uuid4()))
    assert not in_scope(None, Scope())
    # a post's id narrows the people, not the units
    assert in_scope(unit_scope, Scope(unit_id=unit_scope.unit_id, post_id=uuid.uuid4()))


def test_vacancies_per_unit_type_sum_to_the_total() -> None:
    units = [
        _unit("凤凰商务", TYPE_A, "商务楼宇", 10, 7),
        _unit("梧桐园区", TYPE_B, "智慧园区", 6, 6),
        _unit("银杏商务", TYPE_A, "商务楼宇", 4, 1),
    ]
    types, total = vacancies_by_unit_type(units)
    assert [(t.unit_type, t.units, t.count) for t in types] == [
        ("商务楼宇", 2, VacancyCount(14, 8)),
        ("智慧园区", 1, VacancyCount(6, 6)),
    ]
    assert total == VacancyCount(20, 14) and total.vacant == 6


def test_expired_vacancies_count_only_vacant_posts_left_by_an_ended_secondment() -> None:
    def post(vacant: bool, type_id: uuid.UUID) -> TreeNode:
        return TreeNode(
            NodeKind.POST,
            uuid.uuid4(),
            "格长",
            Scope(unit_type_id=type_id),
            posts=1,
            vacancies=1 if vacant else 0,
        )

    left, refilled, never, other_type = (
        post(True, TYPE_A),
        post(False, TYPE_A),
        post(True, TYPE_A),
        post(True, TYPE_B),
    )
    unit = TreeNode(
        NodeKind.UNIT, uuid.uuid4(), "凤凰商务", Scope(), children=(left, refilled, never)
    )
    other = TreeNode(NodeKind.UNIT, uuid.uuid4(), "梧桐园区", Scope(), children=(other_type,))
    ended = {left.id: date(2024, 1, 31), refilled.id: None, other_type.id: None}
    assert expired_vacancies([unit, other], ended, None) == 2
    assert expired_vacancies([unit, other], ended, TYPE_A) == 1
    assert expired_vacancies([other], ended, TYPE_A) == 0


def test_post_tiers_sort_head_first_and_unknown_last() -> None:
    tiers = ["specialist", "basic", "", "head", "deputy"]
    assert sorted(tiers, key=tier_rank) == ["head", "deputy", "basic", "specialist", ""]


def test_the_overview_knows_vacant_and_expired_posts_and_where_units_sit(
    database: Any, actor: Any, street: Any
) -> None:
    today = today_in_china()
    with database.session("seed") as session:
        unit_id = street.unit_ids[UNIT_NAMES[0]]
        head, deputy = post_of(session, unit_id, "head"), post_of(session, unit_id, "deputy")
        department = next(iter(street.department_ids.values()))
        person = add_staff(session, actor, StaffForm("张三", "13800138000", department))
        filled = fill_post(session, actor, head, person, today - timedelta(days=30))
        # someone else, back in their department since: the deputy post was left by them
        other = add_staff(session, actor, StaffForm("王五", "13900139000", department))
        ended = fill_post(session, actor, deputy, other, today - timedelta(days=60))
        end_secondment(session, actor, ended, today - timedelta(days=10))
    with database.session("clerk1") as session:
        overview = load_roster_overview(session, actor)
    assert filled is not None
    assert head not in overview.vacant_posts and head not in overview.expired
    assert deputy in overview.expired and overview.expired[deputy] == today - timedelta(days=10)
    assert deputy in overview.vacant_posts  # nobody holds it today: it can be filled
    units = units_in_scope(overview, Scope(street_id=street.street_id), None)
    assert {u.unit_id for u in units} == set(street.unit_ids.values())
    assert overview.unit_scopes[unit_id].unit_id == unit_id
    assert [u.unit for u in units_in_scope(overview, Scope(), None, UNIT_NAMES[0])] == [
        UNIT_NAMES[0]
    ]
    assert expired_vacancies(overview.tree, overview.expired, None) == 1
