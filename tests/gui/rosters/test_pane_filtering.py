"""Filtering people as the pane does on each keystroke: the same rows as a fresh select,
however the query was typed, and Chinese names found by 张, zhang, zs or a phone part."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypinyin import Style, lazy_pinyin

from app.services.rosters import PeopleFilter, PostStatus
from app.services.rosters.filter_choices import roster_filter_choices
from app.views.rosters.people_filtering import PeopleFiltering
from tests.helpers.roster_pane import demo_actor, demo_database, roster_data, volunteer_table


@pytest.fixture
def loaded(tmp_path: Path) -> Any:
    database = demo_database(tmp_path)
    actor = demo_actor(database)
    yield database, actor, roster_data(database, actor), volunteer_table(database, actor)
    database.dispose()


def test_typing_on_and_back_gives_the_rows_a_fresh_select_gives(loaded: Any) -> None:
    _, _, data, volunteers = loaded
    unit = data.tree[0].children[0].children[0]
    for table, scope in ((volunteers, None), (data.staff, unit.scope), (volunteers, unit.scope)):
        filtering = PeopleFiltering(table)
        for query in ("z", "zh", "zha", "zhan", "zha", "", "13", "138", "x", "王", "w"):
            flt = PeopleFilter(query=query, scope=scope)
            assert filtering.select(flt) == table.select(flt), query


def test_chinese_name_is_found_by_character_pinyin_initials_and_phone(loaded: Any) -> None:
    volunteers = loaded[3]
    target = next(r for r in volunteers.rows if r.name.startswith("张") and len(r.name) == 2)
    filtering = PeopleFiltering(volunteers)
    position = list(volunteers.rows).index(target)
    initials = "".join(lazy_pinyin(target.name, style=Style.FIRST_LETTER))
    for query in ("张", "zhang", "zh", initials, target.phone[3:8]):
        assert position in filtering.select(PeopleFilter(query=query)), query
    assert all(
        "张" in volunteers.rows[i].name or "zh" in volunteers.keys[i]
        for i in filtering.select(PeopleFilter(query="zhang"))
    )


def test_a_filter_change_starts_from_the_whole_table(loaded: Any) -> None:
    database, actor, data, _ = loaded
    with database.session() as session:
        choices = roster_filter_choices(session, actor)
    filtering = PeopleFiltering(data.staff)
    vacant = frozenset({PostStatus.VACANT, PostStatus.EXPIRED})
    narrowed = filtering.select(PeopleFilter(query="j", statuses=vacant))
    assert all(data.staff.rows[i].is_vacant for i in narrowed)
    widened = filtering.select(PeopleFilter(query="j"))
    assert set(narrowed) < set(widened)
    kind_id = choices.post_kinds[0][0]
    heads = filtering.select(PeopleFilter(post_kind_id=kind_id))
    assert heads and all(data.staff.rows[i].post_kind_id == kind_id for i in heads)
