"""Input of the wrong type reaching a service is refused as a domain error naming the
field, never a TypeError, AttributeError, StatementError or UnicodeEncodeError, and
nothing is written."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.services.disputes import MeetingInput, NewCase, create_case, record_meeting
from app.services.errors import ValidationError
from app.services.rosters import StaffForm, VolunteerForm, add_staff, add_volunteer
from tests.security.input_street import ACTOR, NOW, InputStreet, counts_of, open_input_street


@pytest.fixture
def street(tmp_path: Path) -> Iterator[InputStreet]:
    opened = open_input_street(tmp_path / "bad-input.sqlite")
    yield opened
    opened.db.dispose()


def _case(street: InputStreet, **changes: Any) -> NewCase:
    values: dict[str, Any] = {
        "title": "工地欠薪纠纷",
        "category": "labour",
        "severity": "general",
        "source": "reception",
        "unit_id": street.roster.park_id,
        "received_at": NOW,
    }
    values.update(changes)
    return NewCase(**values)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"people_involved": "5"}, "people_involved"),
        ({"title": 123}, "title"),
        ({"unit_id": "not-a-uuid"}, "unit"),
        ({"street_id": "not-a-uuid", "unit_id": None}, "street"),
        ({"lead_id": "not-a-uuid"}, "lead"),
        ({"received_at": "2026-03-01T10:00:00+08:00"}, "received_at"),
        ({"description": ["a list"]}, "description"),
    ],
)
def test_a_case_with_a_value_of_the_wrong_type_is_refused(
    street: InputStreet, changes: dict[str, Any], field: str
) -> None:
    before = counts_of(street.db)
    with pytest.raises(ValidationError) as caught, street.db.session() as session:
        create_case(session, ACTOR, _case(street, **changes), now=NOW)
    assert caught.value.field == field
    assert counts_of(street.db) == before


@pytest.mark.parametrize("held_on", ["2026-02-30", "2026-02-01", 20260201, None])
def test_a_meeting_date_that_is_not_a_date_is_refused(street: InputStreet, held_on: Any) -> None:
    before = counts_of(street.db)
    meeting = MeetingInput(street.roster.park_id, held_on, "欠薪问题座谈")
    with pytest.raises(ValidationError) as caught, street.db.session() as session:
        record_meeting(session, ACTOR, meeting, now=NOW)
    assert caught.value.field == "held_on"
    assert counts_of(street.db) == before


def test_a_meeting_in_a_unit_that_is_not_an_id_is_refused(street: InputStreet) -> None:
    meeting = MeetingInput("not-a-uuid", date(2026, 3, 1), "欠薪问题座谈")  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught, street.db.session() as session:
        record_meeting(session, ACTOR, meeting, now=NOW)
    assert caught.value.field == "unit"


@pytest.mark.parametrize("name", ["张\ud800三", "\udfff"])
def test_a_lone_surrogate_in_a_staff_name_is_refused(street: InputStreet, name: str) -> None:
    before = counts_of(street.db)
    form = StaffForm(name, "13800138000", street.sample.department_ids["党建办"])
    with pytest.raises(ValidationError) as caught, street.db.session() as session:
        add_staff(session, ACTOR, form)
    assert caught.value.field == "name"
    assert counts_of(street.db) == before


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "李\ud83d四"}, "name"),
        ({"skills": "调解\udc00"}, "skills"),
        ({"unit_id": "not-a-uuid"}, "unit_id"),
        ({"phone": 13.8}, "phone"),
    ],
)
def test_bad_volunteer_values_are_refused(
    street: InputStreet, changes: dict[str, Any], field: str
) -> None:
    values: dict[str, Any] = {"name": "李四", "phone": "13900139000"}
    values.update(changes)
    before = counts_of(street.db)
    with pytest.raises(ValidationError) as caught, street.db.session() as session:
        add_volunteer(session, ACTOR, VolunteerForm(**values))
    assert caught.value.field == field
    assert counts_of(street.db) == before
