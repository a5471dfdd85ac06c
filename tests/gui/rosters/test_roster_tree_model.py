"""The roster tree model, without any widget: Qt's model tester, counts, colours, and the
narrowing to one unit type or to vacant posts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.services.rosters import NodeKind, TreeNode
from app.views.models.roles import ROW_ROLE
from app.views.rosters.model_support import EXPIRED_COLOUR, VACANT_COLOUR
from app.views.rosters.roster_tree_model import RosterTreeModel, node_key
from tests.helpers.roster_pane import demo_actor, demo_database, roster_data


@pytest.fixture
def database(tmp_path: Path) -> Any:
    database = demo_database(tmp_path)
    yield database
    database.dispose()


def _walk(model: RosterTreeModel, parent: QModelIndex | None = None) -> list[QModelIndex]:
    parent = parent or QModelIndex()
    out = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        out.append(index)
        out.extend(_walk(model, index))
    return out


def _nodes(model: RosterTreeModel, kind: NodeKind) -> list[tuple[QModelIndex, TreeNode]]:
    return [(i, i.data(ROW_ROLE)) for i in _walk(model) if i.data(ROW_ROLE).kind == kind]


def _model(data: Any) -> RosterTreeModel:
    model = RosterTreeModel()
    model.set_tree(data.tree, data.expired)
    return model


def test_tree_passes_the_model_tester_in_both_groupings(qtmodeltester: Any, database: Any) -> None:
    actor = demo_actor(database)
    for group_by in (NodeKind.COMMUNITY, NodeKind.UNIT_TYPE):
        model = _model(roster_data(database, actor, group_by))
        qtmodeltester.check(model)
        kinds = {i.data(ROW_ROLE).kind for i in _walk(model)}
        assert kinds == {NodeKind.STREET, group_by, NodeKind.UNIT, NodeKind.POST}


def test_every_unit_has_the_template_posts_and_counts_add_up(database: Any) -> None:
    data = roster_data(database, demo_actor(database))
    model = _model(data)
    units = _nodes(model, NodeKind.UNIT)
    assert len(units) == len(data.summary.units)
    for index, unit in units:
        tiers = [child.tier for child in unit.children]
        assert tiers.count("head") == 1 and tiers.count("deputy") == 1
        assert tiers.count("basic") == 4 and tiers.count("specialist") >= 1
        vacant = sum(child.vacancies for child in unit.children)
        count = index.siblingAtColumn(RosterTreeModel.VACANT).data()
        assert count == f"{vacant} / {len(unit.children)}"
    street = model.index(0, RosterTreeModel.VACANT)
    total = data.summary.total
    assert street.data() == f"{total.vacant} / {total.posts}"


def test_vacant_posts_are_red_and_posts_left_by_an_ended_secondment_orange(
    database: Any,
) -> None:
    data = roster_data(database, demo_actor(database))
    model = _model(data)
    posts = _nodes(model, NodeKind.POST)
    colour = Qt.ItemDataRole.ForegroundRole
    expired = [(i, n) for i, n in posts if n.vacancies and n.id in data.expired]
    never = [(i, n) for i, n in posts if n.vacancies and n.id not in data.expired]
    filled = [(i, n) for i, n in posts if not n.vacancies]
    assert expired and filled
    for index, node in expired:
        assert index.data(colour) == EXPIRED_COLOUR
        assert data.expired[node.id].isoformat() in index.data(Qt.ItemDataRole.ToolTipRole)
    for index, _node in never:
        assert index.data(colour) == VACANT_COLOUR
    for index, node in filled:
        assert index.data(colour) is None
        assert node.occupant in index.data()


def test_narrowing_to_a_unit_type_and_to_vacant_posts_recounts(
    qtmodeltester: Any, database: Any
) -> None:
    data = roster_data(database, demo_actor(database))
    model = _model(data)
    type_id = data.choices.unit_types[2][0]
    model.set_narrowing(type_id, False)
    qtmodeltester.check(model)
    units = _nodes(model, NodeKind.UNIT)
    expected = [u for u in data.summary.units if u.unit_type_id == type_id]
    assert {n.id for _, n in units} == {u.unit_id for u in expected}
    assert model.index(0, RosterTreeModel.VACANT).data() == (
        f"{sum(u.count.vacant for u in expected)} / {sum(u.count.posts for u in expected)}"
    )
    model.set_narrowing(None, True)
    qtmodeltester.check(model)
    posts = _nodes(model, NodeKind.POST)
    assert posts and all(node.vacancies for _, node in posts)
    assert len(posts) == data.summary.total.vacant
    # units without a vacancy are gone; the street stays
    assert len(_nodes(model, NodeKind.UNIT)) == sum(1 for u in data.summary.units if u.count.vacant)
    model.set_narrowing(None, False)
    assert len(_nodes(model, NodeKind.POST)) == data.summary.total.posts


def test_nodes_are_found_by_key(database: Any) -> None:
    data = roster_data(database, demo_actor(database))
    model = _model(data)
    by_key = model.indexes_by_key()
    for index, unit in _nodes(model, NodeKind.UNIT):
        assert by_key[node_key(unit)] == index
        assert model.index_of(node_key(unit)) == index
        assert model.parent(index).data(ROW_ROLE).kind == NodeKind.COMMUNITY
