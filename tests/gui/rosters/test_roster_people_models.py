"""The staff and volunteer table models, without any widget: Qt's model tester, pinyin
order, header sorting, colours of vacant posts, and reloads that repaint only changes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from app.services.pinyin_search import pinyin_sort_key
from app.services.rosters import PeopleTable, PostStatus
from app.views.models.roles import ROW_ROLE, SORT_ROLE
from app.views.rosters.model_support import EXPIRED_COLOUR, VACANT_COLOUR
from app.views.rosters.people_filtering import changed_rows, staff_identity
from app.views.rosters.staff_table_model import StaffTableModel
from app.views.rosters.volunteer_table_model import VolunteerTableModel
from tests.helpers.roster_pane import demo_actor, demo_database, roster_data, volunteer_table


@pytest.fixture
def loaded(tmp_path: Path) -> Any:
    database = demo_database(tmp_path)
    actor = demo_actor(database)
    data = roster_data(database, actor)
    volunteers = volunteer_table(database, actor)
    yield data, volunteers
    database.dispose()


def _staff_model(data: Any) -> StaffTableModel:
    model = StaffTableModel()
    model.set_table(data.staff, list(range(len(data.staff.rows))))
    return model


def _column(model: Any, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def test_staff_model_passes_the_model_tester_loaded_filtered_and_sorted(
    qtmodeltester: Any, loaded: Any
) -> None:
    data, _ = loaded
    model = _staff_model(data)
    assert model.rowCount() == len(data.staff.rows) > 100
    qtmodeltester.check(model)
    model.set_visible(list(range(0, len(data.staff.rows), 3)))
    model.sort(StaffTableModel.UNIT, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_volunteer_model_passes_the_model_tester(qtmodeltester: Any, loaded: Any) -> None:
    _, volunteers = loaded
    model = VolunteerTableModel()
    model.set_table(volunteers, list(range(0, len(volunteers.rows), 7)))
    qtmodeltester.check(model)
    assert model.total() == len(volunteers.rows) > 1000


def test_people_show_in_pinyin_order_and_vacant_posts_last(loaded: Any) -> None:
    data, volunteers = loaded
    model = _staff_model(data)
    rows = [model.row_at(i) for i in range(model.rowCount())]
    people = [row for row in rows if row.staff_id is not None]
    keys = [pinyin_sort_key(row.name) for row in people]
    assert keys == sorted(keys)
    first_vacant = next(i for i, row in enumerate(rows) if row.staff_id is None)
    assert all(row.staff_id is None for row in rows[first_vacant:])
    v_model = VolunteerTableModel()
    v_model.set_table(volunteers, list(range(len(volunteers.rows))))
    names = _column(v_model, VolunteerTableModel.NAME)
    assert [pinyin_sort_key(n) for n in names] == sorted(pinyin_sort_key(n) for n in names)


def test_header_sort_orders_by_the_sort_role_and_keeps_the_selected_row(loaded: Any) -> None:
    data, _ = loaded
    model = _staff_model(data)
    held = QPersistentModelIndex(model.index(5, StaffTableModel.PHONE))
    held_row = held.data(ROW_ROLE)
    model.sort(StaffTableModel.PHONE, Qt.SortOrder.AscendingOrder)
    phones = _column(model, StaffTableModel.PHONE, SORT_ROLE)
    assert phones == sorted(phones)
    assert held.data(ROW_ROLE) == held_row
    model.sort(StaffTableModel.START, Qt.SortOrder.DescendingOrder)
    starts = _column(model, StaffTableModel.START, SORT_ROLE)
    assert starts == sorted(starts, reverse=True)
    assert held.data(ROW_ROLE) == held_row
    # a filter keeps the chosen order
    model.set_visible(list(range(0, len(data.staff.rows), 2)))
    starts = _column(model, StaffTableModel.START, SORT_ROLE)
    assert starts == sorted(starts, reverse=True)
    model.sort(StaffTableModel.NAME, Qt.SortOrder.AscendingOrder)
    assert model.visible_indices() == sorted(model.visible_indices())


def test_vacant_posts_show_in_red_and_ended_secondments_in_orange(loaded: Any) -> None:
    data, _ = loaded
    model = _staff_model(data)
    by_status: dict[PostStatus, list[int]] = {}
    for position in range(model.rowCount()):
        by_status.setdefault(model.row_at(position).status, []).append(position)
    assert by_status[PostStatus.VACANT] and by_status[PostStatus.EXPIRED]
    colour = Qt.ItemDataRole.ForegroundRole
    for position in by_status[PostStatus.VACANT]:
        assert model.index(position, StaffTableModel.POST).data(colour) == VACANT_COLOUR
        assert model.index(position, StaffTableModel.NAME).data() not in ("", None)
    for position in by_status[PostStatus.EXPIRED]:
        assert model.index(position, StaffTableModel.STATUS).data(colour) == EXPIRED_COLOUR
    for position in by_status[PostStatus.ACTIVE][:20]:
        assert model.index(position, StaffTableModel.NAME).data(colour) is None


def test_a_reload_with_the_same_rows_repaints_only_the_changed_row(qtbot: Any, loaded: Any) -> None:
    data, _ = loaded
    model = _staff_model(data)
    rows = list(data.staff.rows)
    rows[3] = replace(rows[3], phone="13900000000", staff_version=rows[3].staff_version + 1)
    changed_table = PeopleTable(tuple(rows), lambda: data.staff.keys, data.staff.loaded_on)
    changed = changed_rows(data.staff.rows, changed_table.rows, staff_identity)
    assert changed == [3]
    seen: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles=(): seen.append((top.row(), bottom.row())))
    with qtbot.assertNotEmitted(model.modelReset):
        assert model.replace_rows(changed_table, changed, list(range(len(rows))))
    assert seen == [(3, 3)]
    assert model.index(3, StaffTableModel.PHONE).data() == "13900000000"
    # rows that came, went or moved: the view resets instead
    assert changed_rows(rows, rows[1:], staff_identity) is None
    assert changed_rows(rows, [rows[1], rows[0], *rows[2:]], staff_identity) is None
    assert not model.replace_rows(changed_table, [], list(range(0, len(rows), 2)))
    assert model.rowCount() == len(rows)


def test_headers_are_translated(loaded: Any) -> None:
    model = StaffTableModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[StaffTableModel.NAME] == "姓名"
    assert len(set(headers)) == len(headers)
