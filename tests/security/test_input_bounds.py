"""Values out of any sensible range are refused, or normalised where they mean the same
thing, by the shared validators every service uses."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.models import Dispute, Post, PostKind, Staff, Volunteer
from app.services.disputes import (
    CaseChanges,
    DemandInput,
    LeadInput,
    MeetingInput,
    NewCase,
    create_case,
    edit_case,
    raise_lead,
    record_meeting,
)
from app.services.errors import ValidationError
from app.services.roster_io import RowAction, plan_import
from app.services.rosters import (
    StaffForm,
    VolunteerForm,
    add_staff,
    add_volunteer,
    fill_post,
    update_secondment,
)
from tests.helpers.sample_street import UNIT_NAMES
from tests.security.input_street import ACTOR, NOW, InputStreet, counts_of, open_input_street


@pytest.fixture
def street(tmp_path: Path) -> Iterator[InputStreet]:
    opened = open_input_street(tmp_path / "bounds.sqlite")
    yield opened
    opened.db.dispose()


def _refused(street: InputStreet, field: str, call: Any) -> ValidationError:
    before = counts_of(street.db)
    with pytest.raises(ValidationError) as caught, street.db.session() as session:
        call(session)
    assert caught.value.field == field
    assert counts_of(street.db) == before
    return caught.value


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


# -- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize("year", [1, 1899, 1999])
def test_a_case_received_before_2000_is_refused_not_numbered_wrongly(
    street: InputStreet, year: int
) -> None:
    received = datetime(year, 6, 1, 2, 0, tzinfo=UTC)
    error = _refused(
        street,
        "received_at",
        lambda s: create_case(s, ACTOR, _case(street, received_at=received), now=NOW),
    )
    assert error.params["earliest"] == "2000-01-01"


def test_case_numbers_keep_their_shape(street: InputStreet) -> None:
    with street.db.session() as session:
        ref = create_case(
            session, ACTOR, _case(street, received_at=datetime(2000, 1, 1, 4, tzinfo=UTC)), now=NOW
        )
    assert ref.number.startswith("JF20000101-0001-")


@pytest.mark.parametrize("held_on", [date(1, 1, 1), date(1899, 12, 31)])
def test_a_meeting_before_2000_is_refused(street: InputStreet, held_on: date) -> None:
    meeting = MeetingInput(street.roster.park_id, held_on, "欠薪问题座谈")
    _refused(street, "held_on", lambda s: record_meeting(s, ACTOR, meeting, now=NOW))


@pytest.mark.parametrize("year", [1, 1899])
def test_a_lead_captured_before_2000_is_refused(street: InputStreet, year: int) -> None:
    lead = LeadInput(
        "群内有人号召聚集",
        "online",
        "orange",
        unit_id=street.roster.park_id,
        captured_at=datetime(year, 5, 5, tzinfo=UTC),
    )
    _refused(street, "captured_at", lambda s: raise_lead(s, ACTOR, lead, now=NOW))


def _post(session: Any, street: InputStreet, tier: str = "basic") -> Any:
    return session.scalars(
        select(Post.id)
        .join(PostKind, PostKind.id == Post.post_kind_id)
        .where(Post.unit_id == street.sample.unit_ids[UNIT_NAMES[0]], PostKind.tier == tier)
        .order_by(Post.sort_order)
    ).first()


def _staff(session: Any, street: InputStreet, name: str = "张三") -> Any:
    form = StaffForm(
        name,
        "13800138000",
        street.sample.department_ids["党建办"],
        street_id=street.sample.street_id,
    )
    return add_staff(session, ACTOR, form)


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [
        (date(1, 1, 1), None, "start_date"),
        (date(1899, 3, 1), None, "start_date"),
        (date(9999, 12, 31), None, "start_date"),
        (date(2024, 3, 1), date(9999, 12, 31), "end_date"),
    ],
)
def test_a_secondment_out_of_range_is_refused(
    street: InputStreet, start: date, end: date | None, field: str
) -> None:
    with street.db.session() as session:
        staff_id = _staff(session, street)
    _refused(
        street,
        field,
        lambda s: fill_post(s, ACTOR, _post(s, street), staff_id, start, end),
    )
    with street.db.session() as session:
        secondment = fill_post(session, ACTOR, _post(session, street), staff_id, date(2024, 3, 1))
        version = 1
    _refused(
        street,
        field,
        lambda s: update_secondment(
            s, ACTOR, secondment, loaded_version=version, start_date=start, end_date=end
        ),
    )


def test_an_imported_secondment_in_year_9999_is_a_row_error(
    street: InputStreet, tmp_path: Path
) -> None:
    path = tmp_path / "人员.csv"
    path.write_text(
        "姓名,手机,部门,幸福里,岗位,开始日期\n"
        f"张三,13800138000,党建办,{UNIT_NAMES[0]},基础岗,9999-01-01\n"
        f"李四,13900139000,党建办,{UNIT_NAMES[0]},基础岗,0001-01-01\n",
        encoding="utf-8",
    )
    with street.db.session() as session:
        plan = plan_import(session, ACTOR, path, street_id=street.sample.street_id)
    assert [row.action for row in plan.rows] == [RowAction.ERROR, RowAction.ERROR]
    assert [row.problems[0].field for row in plan.rows] == ["start_date", "start_date"]
    assert not plan.has_writes


# -- counts and amounts -----------------------------------------------------------------


@pytest.mark.parametrize("people", [2.5, 2.0, True, 10**15, Decimal("3")])
def test_people_involved_must_be_a_whole_number_in_range(street: InputStreet, people: Any) -> None:
    _refused(
        street,
        "people_involved",
        lambda s: create_case(s, ACTOR, _case(street, people_involved=people), now=NOW),
    )


def test_editing_people_involved_to_a_fraction_is_refused(street: InputStreet) -> None:
    with street.db.session() as session:
        ref = create_case(session, ACTOR, _case(street), now=NOW)
    _refused(
        street,
        "people_involved",
        lambda s: edit_case(s, ACTOR, ref.id, ref.version, CaseChanges(people_involved=2.5)),  # type: ignore[arg-type]
    )
    with street.db.session() as session:
        stored = session.get(Dispute, ref.id)
        assert stored is not None and stored.people_involved == 1


@pytest.mark.parametrize(
    "amount", [Decimal("0.005"), "0.005", 0.005, Decimal("12.345"), Decimal("NaN"), "1e400"]
)
def test_an_amount_beyond_the_fen_is_refused_not_rounded(street: InputStreet, amount: Any) -> None:
    _refused(
        street,
        "amount_owed",
        lambda s: create_case(s, ACTOR, _case(street, amount_owed=amount), now=NOW),
    )


def test_an_amount_to_the_fen_is_kept(street: InputStreet) -> None:
    with street.db.session() as session:
        ref = create_case(session, ACTOR, _case(street, amount_owed=Decimal("1234.50")), now=NOW)
    with street.db.session() as session:
        stored = session.get(Dispute, ref.id)
        assert stored is not None and stored.amount_owed == Decimal("1234.50")


def test_ten_to_the_fifteen_attendees_are_refused(street: InputStreet) -> None:
    meeting = MeetingInput(street.roster.park_id, date(2026, 3, 1), "座谈", attendees=10**15)
    _refused(street, "attendees", lambda s: record_meeting(s, ACTOR, meeting, now=NOW))


def test_a_demand_with_a_fractional_count_writes_no_meeting(street: InputStreet) -> None:
    demand = DemandInput("厂区噪音扰民", people_involved=2.5)  # type: ignore[arg-type]
    meeting = MeetingInput(street.roster.park_id, date(2026, 3, 1), "座谈", demands=(demand,))
    _refused(
        street,
        "demands.0.people_involved",
        lambda s: record_meeting(s, ACTOR, meeting, now=NOW),
    )


def test_a_lead_estimating_ten_to_the_fifteen_people_is_refused(street: InputStreet) -> None:
    lead = LeadInput(
        "聚集", "offline", "red", unit_id=street.roster.park_id, people_estimate=10**15
    )
    _refused(street, "people_estimate", lambda s: raise_lead(s, ACTOR, lead, now=NOW))


# -- mobile numbers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "١٣٨٠٠١٣٨٠٠٠",  # Arabic-Indic
        "۱۳۸۰۰۱۳۸۰۰۰",  # Extended Arabic-Indic
        "१३८००१३८०००",  # Devanagari
        "１３８００１３８０００",  # full-width
    ],
)
def test_mobile_digits_of_any_script_are_stored_as_ascii_and_found_as_duplicates(
    street: InputStreet, typed: str
) -> None:
    with street.db.session() as session:
        volunteer_id = add_volunteer(
            session, ACTOR, VolunteerForm("李四", typed, street_id=street.sample.street_id)
        )
    with street.db.session() as session:
        stored = session.get(Volunteer, volunteer_id)
        assert stored is not None and stored.phone == "13800138000"
    error = _refused(
        street,
        "phone",
        lambda s: add_volunteer(
            s, ACTOR, VolunteerForm("李四", "13800138000", street_id=street.sample.street_id)
        ),
    )
    assert error.params["phone"] == "13800138000"


# -- names ------------------------------------------------------------------------------

BAD_NAMES = [
    "张\x00三",  # NUL
    "张三\x07",  # BEL
    "张\n三",  # newline
    "张\t三",  # tab
    "\u202e三张",  # right-to-left override
    "张\u2066三",  # isolate
    "\u200b",  # zero-width space only
    "\u200b\u200d\ufeff",  # zero-width characters only
    "张\u200b三",  # a zero-width space inside a name
    "张\u2028三",  # line separator
]


@pytest.mark.parametrize("name", BAD_NAMES)
def test_roster_names_with_control_or_invisible_characters_are_refused(
    street: InputStreet, name: str
) -> None:
    _refused(street, "name", lambda s: _staff(s, street, name))
    _refused(
        street,
        "name",
        lambda s: add_volunteer(
            s, ACTOR, VolunteerForm(name, "13900139000", street_id=street.sample.street_id)
        ),
    )


@pytest.mark.parametrize("name", BAD_NAMES)
def test_imported_names_with_control_or_invisible_characters_are_row_errors(
    street: InputStreet, tmp_path: Path, name: str
) -> None:
    path = tmp_path / "志愿者.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([["姓名", "手机", "技能"], [name, "13900139000", "调解"]])
    if "\x00" in name:  # a NUL makes the whole file unreadable as text
        _refused(
            street, "file", lambda s: plan_import(s, ACTOR, path, street_id=street.sample.street_id)
        )
        return
    with street.db.session() as session:
        plan = plan_import(session, ACTOR, path, street_id=street.sample.street_id)
    (row,) = plan.rows
    assert row.action == RowAction.ERROR and row.problems[0].field == "name"
    assert not plan.has_writes


@pytest.mark.parametrize("name", ["王𠀾", "欧阳娜娜", "Mary Smith", "阿依古丽·买买提", "﨑"])
def test_real_names_are_kept_as_typed(street: InputStreet, name: str) -> None:
    with street.db.session() as session:
        staff_id = _staff(session, street, name)
    with street.db.session() as session:
        stored = session.get(Staff, staff_id)
        assert stored is not None and stored.name == name


@pytest.mark.parametrize("title", ["\u202eabc", "a\nb", "\x1b[31m"])
def test_case_titles_are_one_line_of_visible_text(street: InputStreet, title: str) -> None:
    _refused(street, "title", lambda s: create_case(s, ACTOR, _case(street, title=title), now=NOW))
