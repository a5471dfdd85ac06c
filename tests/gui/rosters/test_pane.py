"""The Rosters pane on the demo data, driven by real keys and clicks: the tree chooses
whose rows show, the search box filters on every keystroke, filters narrow the tree and
the tables, the vacancy tab leads to a vacant post."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt

from app.services.rosters import NodeKind, PostStatus
from app.views.models.roles import ROW_ROLE
from app.views.rosters.staff_table_model import StaffTableModel
from app.views.rosters.volunteer_table_model import VolunteerTableModel
from tests.helpers.keyboard import type_text
from tests.helpers.roster_pane import (
    click_index,
    click_tab,
    demo_database,
    open_pane,
    visible_rows,
)


@pytest.fixture
def database(tmp_path: Path) -> Any:
    database = demo_database(tmp_path)
    yield database
    database.dispose()


def _tree_indexes(model: Any, kind: NodeKind, parent: QModelIndex | None = None) -> list[Any]:
    parent = parent or QModelIndex()
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data(ROW_ROLE).kind == kind:
            found.append(index)
        found.extend(_tree_indexes(model, kind, index))
    return found


def test_opens_on_the_street_with_its_staff_and_vacancies_at_a_glance(
    qtbot: Any, database: Any
) -> None:
    pane = open_pane(qtbot, database)
    data = pane.data
    street = pane.selected_node()
    assert street is not None and street.kind == NodeKind.STREET
    assert pane.staff_model.rowCount() == len(data.staff.rows)
    assert pane.volunteer_model.total() == len(pane.volunteers.rows) > 1000
    total = data.summary.total
    strip = pane.strip.text()
    assert f">{total.vacant}</span>" in strip and "个岗位空缺" in strip
    assert str(total.posts) in strip
    assert pane.tabs.tabText(pane.TAB_VACANCIES) == f"空岗（{total.vacant}）"
    assert pane.staff_model.headerData(0, Qt.Orientation.Horizontal) == "姓名"
    # the street's communities are open: units show without a click
    assert pane.tree.isExpanded(pane.tree_model.index(0, 0))


def test_each_keystroke_refilters_by_pinyin_initials_chinese_and_phone(
    qtbot: Any, database: Any
) -> None:
    pane = open_pane(qtbot, database)
    search, model = pane.filters.search, pane.staff_model
    everyone = model.rowCount()
    qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
    counts = []
    for key in "zh":
        qtbot.keyClick(search, key)
        counts.append(model.rowCount())
    assert everyone > counts[0] >= counts[1] > 0
    keys = pane.data.staff.keys
    assert all("zh" in keys[i] for i in model.visible_indices())
    qtbot.keyClick(search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(search, Qt.Key.Key_Backspace)
    assert model.rowCount() == everyone
    type_text(qtbot, search, "张")
    assert model.rowCount() > 0
    assert all("张" in row.name for row in visible_rows(model))
    person = next(row for row in visible_rows(model) if row.phone)
    search.clear()
    qtbot.keyClicks(search, person.phone[-6:])
    assert person in visible_rows(model)
    # the volunteers tab filters by the same text when it is shown
    click_tab(qtbot, pane, pane.TAB_VOLUNTEERS)
    assert visible_rows(pane.volunteer_model) == []
    volunteer = pane.volunteers.rows[500]
    search.clear()
    qtbot.keyClicks(search, volunteer.phone[-7:])
    volunteers = visible_rows(pane.volunteer_model)
    assert volunteer in volunteers
    assert all(volunteer.phone[-7:] in v.phone for v in volunteers)
    assert pane.count_label.text().startswith(f"显示 {len(volunteers):,} /")


def test_choosing_a_unit_in_the_tree_shows_its_posts_and_its_volunteers(
    qtbot: Any, database: Any
) -> None:
    pane = open_pane(qtbot, database)
    unit_index = _tree_indexes(pane.tree_model, NodeKind.UNIT)[3]
    unit = unit_index.data(ROW_ROLE)
    click_index(qtbot, pane.tree, unit_index)
    assert pane.selected_node() == unit
    staff = visible_rows(pane.staff_model)
    assert {row.post_id for row in staff if row.status != PostStatus.EXPIRED} >= {
        child.id for child in unit.children
    } - {row.post_id for row in staff if row.status == PostStatus.EXPIRED}
    assert staff and all(row.unit_id == unit.id for row in staff)
    assert f"{unit.label}" in pane.strip.text()
    assert f">{unit.vacancies}</span>" in pane.strip.text()
    click_tab(qtbot, pane, pane.TAB_VOLUNTEERS)
    volunteers = visible_rows(pane.volunteer_model)
    assert volunteers and all(v.unit_id == unit.id for v in volunteers)
    # a post of the unit keeps the unit's volunteers and narrows the staff to the post
    post_index = pane.tree_model.index(0, 0, unit_index)
    click_index(qtbot, pane.tree, post_index)
    assert visible_rows(pane.volunteer_model) == volunteers
    click_tab(qtbot, pane, pane.TAB_STAFF)
    post = post_index.data(ROW_ROLE)
    assert {row.post_id for row in visible_rows(pane.staff_model)} == {post.id}


def test_status_and_type_filters_narrow_the_table_and_the_tree(qtbot: Any, database: Any) -> None:
    pane = open_pane(qtbot, database)
    status = pane.filters.status
    status.setFocus()
    while pane.filters.status_key() != "vacant":
        qtbot.keyClick(status, Qt.Key.Key_Down)
    rows = visible_rows(pane.staff_model)
    assert rows and all(row.is_vacant for row in rows)
    posts = _tree_indexes(pane.tree_model, NodeKind.POST)
    assert posts and all(index.data(ROW_ROLE).vacancies for index in posts)
    colour = Qt.ItemDataRole.ForegroundRole
    assert all(pane.staff_model.index(i, 0).data(colour) is not None for i in range(len(rows)))
    unit_type = pane.filters.unit_type
    unit_type.setFocus()
    qtbot.keyClick(unit_type, Qt.Key.Key_Down)
    type_id = pane.filters.unit_type_id()
    assert type_id == pane.data.choices.unit_types[0][0]
    rows = visible_rows(pane.staff_model)
    assert all(row.unit_type_id == type_id and row.is_vacant for row in rows)
    units = _tree_indexes(pane.tree_model, NodeKind.UNIT)
    assert units and all(index.data(ROW_ROLE).scope.unit_type_id == type_id for index in units)
    vacant_of_type = sum(
        u.count.vacant for u in pane.data.summary.units if u.unit_type_id == type_id
    )
    assert pane.strip.vacant == vacant_of_type


def test_the_vacancy_tab_leads_to_the_unit_s_vacant_posts(qtbot: Any, database: Any) -> None:
    pane = open_pane(qtbot, database)
    click_tab(qtbot, pane, pane.TAB_VACANCIES)
    types = pane.vacancy_view.type_model
    assert types.rowCount() == 5
    assert sum(types.row_at(r).count.vacant for r in range(5)) == pane.strip.vacant
    view = pane.vacancy_view.unit_view
    # sorted with the most vacancies first
    top = view.model().index(0, 0)
    unit = top.data(Qt.ItemDataRole.UserRole + 2)
    assert unit.count.vacant == max(u.count.vacant for u in pane.data.summary.units)
    click_index(qtbot, view, top, double=True)
    assert pane.tabs.currentIndex() == pane.TAB_STAFF
    assert pane.selected_node().id == unit.unit_id
    rows = visible_rows(pane.staff_model)
    assert rows and all(row.is_vacant and row.unit_id == unit.unit_id for row in rows)
    assert len([r for r in rows if r.status == PostStatus.VACANT]) == unit.count.vacant
    chosen = pane.selected_person()
    assert chosen.status == PostStatus.VACANT and chosen.staff_id is None
    assert pane.actions_.fill.isEnabled()


def test_sorting_by_a_header_click_keeps_pinyin_for_names(qtbot: Any, database: Any) -> None:
    pane = open_pane(qtbot, database)
    click_tab(qtbot, pane, pane.TAB_VOLUNTEERS)
    header = pane.volunteer_view.horizontalHeader()
    x = header.sectionViewportPosition(VolunteerTableModel.PHONE) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    phones = [row.phone for row in visible_rows(pane.volunteer_model)]
    assert phones == sorted(phones) or phones == sorted(phones, reverse=True)
    x = header.sectionViewportPosition(VolunteerTableModel.NAME) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert pane.volunteer_model.visible_indices() == list(range(len(pane.volunteers.rows)))


def test_grouping_by_unit_type_rebuilds_the_tree(qtbot: Any, database: Any) -> None:
    pane = open_pane(qtbot, database)
    button = pane.toolbar.widgetForAction(pane.actions_.group)
    with qtbot.waitSignals([pane.loaded, pane.volunteers_loaded], timeout=20_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    groups = _tree_indexes(pane.tree_model, NodeKind.UNIT_TYPE)
    assert [g.data() for g in groups] == [label for _, label in pane.data.choices.unit_types]
    assert _tree_indexes(pane.tree_model, NodeKind.COMMUNITY) == []


def test_staff_columns_are_the_ones_asked_for(qtbot: Any, database: Any) -> None:
    pane = open_pane(qtbot, database)
    headers = [
        pane.staff_model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(len(StaffTableModel.columns))
    ]
    assert headers == ["姓名", "手机", "派出部门", "岗位", "幸福里", "派驻开始", "派驻结束", "状态"]
    headers = [
        pane.volunteer_model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(len(VolunteerTableModel.columns))
    ]
    assert headers == ["姓名", "手机", "队伍", "网格", "幸福里", "技能"]


def test_a_district_user_opens_on_all_streets_and_can_narrow_to_one(
    qtbot: Any, database: Any
) -> None:
    from app.services.permissions import Actor
    from app.views.pane_context import PaneContext
    from app.views.rosters.pane import RostersPane
    from tests.helpers.sample_street import build_sample_street

    district = Actor.system("district")
    with database.session("test") as session:
        second = build_sample_street(session, district, code="XT")
    pane = RostersPane(PaneContext(database, district, "zh_CN"))
    qtbot.addWidget(pane)
    with qtbot.waitSignals([pane.loaded, pane.volunteers_loaded], timeout=20_000):
        pane.resize(1300, 800)
        pane.show()
    top = pane.tree_model.index(0, 0)
    assert pane.tree_model.rowCount() == 1 and top.data() == "全部街道"
    assert pane.tree_model.rowCount(top) == 2
    assert pane.selected_node().scope.street_id is None
    assert pane.staff_model.rowCount() == len(pane.data.staff.rows)
    assert {row.street_id for row in visible_rows(pane.staff_model)} >= {second.street_id}
    assert "全部街道" in pane.strip.text()
    streets = [pane.tree_model.index(r, 0, top) for r in range(2)]
    new_street = next(i for i in streets if i.data(ROW_ROLE).id == second.street_id)
    click_index(qtbot, pane.tree, new_street)
    rows = visible_rows(pane.staff_model)
    # the new street has posts but nobody in them yet
    assert rows and all(r.street_id == second.street_id and r.is_vacant for r in rows)
    click_index(qtbot, pane.tree, top)
    assert pane.staff_model.rowCount() == len(pane.data.staff.rows)
