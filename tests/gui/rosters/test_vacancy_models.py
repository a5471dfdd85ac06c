"""Vacancies at a glance, without any widget: per unit and per unit type, totals that agree
with the services' summary, units in a tree node's scope."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.services.rosters import (
    NodeKind,
    Scope,
    VacancyCount,
    expired_vacancies,
    units_in_scope,
    vacancies_by_unit_type,
)
from app.views.models.roles import SORT_ROLE
from app.views.rosters.model_support import VACANT_COLOUR
from app.views.rosters.type_vacancy_model import TypeVacancyModel
from app.views.rosters.unit_vacancy_model import UnitVacancyModel
from tests.helpers.roster_pane import demo_actor, demo_database, roster_data


@pytest.fixture
def data(tmp_path: Path) -> Any:
    database = demo_database(tmp_path)
    yield roster_data(database, demo_actor(database))
    database.dispose()


def test_totals_per_type_agree_with_the_summary(data: Any) -> None:
    types, total = vacancies_by_unit_type(data.summary.units)
    assert total == data.summary.total
    assert {t.unit_type: t.count for t in types} == dict(data.summary.by_type)
    assert sum(t.units for t in types) == len(data.summary.units)
    assert len(types) == 5


def test_models_pass_the_model_tester_and_mark_vacancies(qtmodeltester: Any, data: Any) -> None:
    units = UnitVacancyModel()
    units.set_rows(list(data.summary.units))
    qtmodeltester.check(units)
    types = TypeVacancyModel()
    types.set_rows(vacancies_by_unit_type(data.summary.units)[0])
    qtmodeltester.check(types)
    colour = Qt.ItemDataRole.ForegroundRole
    for row in range(units.rowCount()):
        unit = units.row_at(row)
        vacant = units.index(row, UnitVacancyModel.VACANT)
        assert vacant.data(SORT_ROLE) == unit.count.vacant
        assert vacant.data(colour) == (VACANT_COLOUR if unit.count.vacant else None)
        kinds = units.index(row, UnitVacancyModel.KINDS).data()
        assert bool(kinds) == bool(unit.count.vacant)
        for kind, _number in unit.vacant_by_kind:
            assert kind in kinds


def test_units_in_a_community_and_of_a_type(data: Any) -> None:
    street = data.tree[0]
    community = street.children[1]
    assert community.kind == NodeKind.COMMUNITY
    units = units_in_scope(data, community.scope, None, "")
    assert {u.unit_id for u in units} == {child.id for child in community.children}
    assert sum((u.count for u in units), VacancyCount()).vacant == community.vacancies
    type_id = units[0].unit_type_id
    same_type = units_in_scope(data, Scope(street_id=street.id), type_id, "")
    assert same_type and all(u.unit_type_id == type_id for u in same_type)
    # the search box narrows units by name, pinyin included
    name = units[0].unit
    assert [u.unit for u in units_in_scope(data, community.scope, None, name)] == [name]


def test_vacancies_left_by_ended_secondments_are_counted(data: Any) -> None:
    expected = sum(
        1
        for node in data.tree[0].walk()
        if node.kind == NodeKind.POST and node.vacancies and node.id in data.expired
    )
    assert expected > 0
    assert expired_vacancies(data.tree, data.expired, None) == expected


def test_the_vacancy_tab_sorts_through_proxies_that_pass_the_model_tester(
    qtmodeltester: Any, qtbot: Any, data: Any
) -> None:
    from app.views.rosters.vacancy_view import VacancyView

    view = VacancyView()
    qtbot.addWidget(view)
    total = view.show_units(data.summary.units)
    assert total == data.summary.total
    qtmodeltester.check(view.type_proxy)
    qtmodeltester.check(view.unit_proxy)
    # most vacancies first, as numbers (10 before 9)
    vacant = [
        view.unit_proxy.index(row, UnitVacancyModel.VACANT).data(SORT_ROLE)
        for row in range(view.unit_proxy.rowCount())
    ]
    assert vacant == sorted(vacant, reverse=True) and len(vacant) == len(data.summary.units)
