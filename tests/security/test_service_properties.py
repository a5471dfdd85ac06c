"""Random text, numbers, dates and ids fed to every service that takes user input: each
call is refused with a domain error that wrote nothing, or stores what it was given."""

from __future__ import annotations

import csv
import re
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.models import Dispute, Post, PostKind, ResidentMeeting, Secondment, Staff, Volunteer
from app.models import WarningLead as Lead
from app.services.disputes import (
    CaseChanges,
    DemandInput,
    LeadInput,
    MeetingInput,
    NewCase,
    add_note,
    create_case,
    edit_case,
    hand_lead_to_police,
    raise_lead,
    record_meeting,
)
from app.services.errors import DomainError
from app.services.roster_io import apply_plan, plan_import
from app.services.rosters import (
    StaffForm,
    VolunteerForm,
    add_staff,
    add_volunteer,
    end_secondment,
    fill_post,
    update_secondment,
    update_staff,
    update_volunteer,
)
from tests.helpers.sample_street import UNIT_NAMES
from tests.security.input_street import (
    ACTOR,
    NOW,
    InputStreet,
    counts_of,
    open_input_street,
)

# The database is made once per module; each example compares row counts around its
# own call, so the autouse per-test folders fixture is harmless across examples.
EXAMPLES = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
CASE_NUMBER = re.compile(r"JF20\d{6}-\d{4}-[0-9A-F]{3}")
MOBILE = re.compile(r"1[3-9]\d{9}")

# -- what a hostile or careless caller hands over ---------------------------------------

NASTY = ["\ud800", "\x00", "\x07", "\n", "\t", "\u202e", "\u200b", "\ufeff", "𠀾", "１", "١", " "]
characters = st.one_of(st.characters(), st.sampled_from(NASTY))
texts = st.text(characters, max_size=50)
any_text = st.one_of(texts, texts, st.none(), st.integers(), st.floats(), st.binary(max_size=5))
numbers = st.one_of(
    st.integers(-5, 50),
    st.integers(),
    st.floats(),
    st.decimals(),
    st.booleans(),
    st.text(max_size=6),
    st.none(),
)
moments = st.one_of(
    st.datetimes(timezones=st.sampled_from([UTC, timezone(timedelta(hours=8)), None])),
    st.datetimes(
        min_value=NOW.replace(tzinfo=None) - timedelta(days=900),
        max_value=NOW.replace(tzinfo=None),
        timezones=st.just(UTC),
    ),
    st.text(max_size=12),
    st.none(),
)
days = st.one_of(
    st.dates(),
    st.dates(min_value=date(2020, 1, 1), max_value=date(2026, 3, 3)),
    st.datetimes(),
    st.text(max_size=12),
    st.none(),
)
codes = st.one_of(st.sampled_from(["labour", "general", "reception", "minor", "other"]), texts)
mobiles = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)
ARABIC_INDIC = {ord("0") + digit: 0x0660 + digit for digit in range(10)}
phones = st.one_of(mobiles, mobiles.map(lambda m: m.translate(ARABIC_INDIC)), any_text)


@pytest.fixture(scope="module")
def street() -> Iterator[InputStreet]:
    with tempfile.TemporaryDirectory() as folder:
        opened = open_input_street(Path(folder) / "properties.sqlite")
        yield opened
        opened.db.dispose()


def _ids(street: InputStreet, *known: Any) -> st.SearchStrategy[Any]:
    """Ids a caller should not send: unknown, not ids at all, or missing."""
    hostile = st.one_of(st.uuids(), st.text(max_size=8), st.none(), st.integers())
    return st.one_of(st.sampled_from(known), hostile) if known else hostile


def _refused_or_stored(street: InputStreet, call: Callable[[Any], Any]) -> Any:
    """The call's result, or None when it was refused with a domain error that wrote
    nothing; any other exception fails the test."""
    before = counts_of(street.db)
    try:
        with street.db.session() as session:
            result = call(session)
    except DomainError as exc:
        assert str(exc)
        assert counts_of(street.db) == before
        event(f"refused: {type(exc).__name__} {getattr(exc, 'field', '')}")
        return None
    event("stored")
    return result


def fold_width(text: str | None) -> str | None:
    """Full-width ASCII as typed on a Chinese keyboard, folded the way rosters store it."""
    if text is None:
        return None
    return text.translate({code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20})


visible = st.characters(categories=["L", "N", "P", "S"])
valid_text = st.text(visible, min_size=1, max_size=30)
valid_people = st.integers(1, 5000)
valid_count = st.integers(0, 5000)
valid_amount = st.decimals(min_value=0, max_value=10**9, places=2)
valid_moment = st.datetimes(
    min_value=NOW.replace(tzinfo=None) - timedelta(days=700),
    max_value=NOW.replace(tzinfo=None),
    timezones=st.just(UTC),
)
#: stands for "the record this example just wrote" until it exists
CURRENT = object()
valid_day = st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 3, 3))


def draw_fields(
    data: st.DataObject, fields: dict[str, tuple[st.SearchStrategy[Any], st.SearchStrategy[Any]]]
) -> dict[str, Any]:
    """Each field valid, except up to two drawn from what a hostile caller would send."""
    bad = data.draw(st.sets(st.sampled_from(sorted(fields)), max_size=2), label="corrupted")
    return {
        name: data.draw(hostile if name in bad else valid, label=name)
        for name, (valid, hostile) in fields.items()
    }


def _stripped(value: object) -> str:
    """What a text field stores: nothing for None, otherwise the trimmed text."""
    assert value is None or isinstance(value, str)
    return (value or "").strip()


# -- disputes ---------------------------------------------------------------------------


@EXAMPLES
@given(data=st.data())
def test_receiving_a_case(street: InputStreet, data: st.DataObject) -> None:
    roster = street.roster
    values = draw_fields(
        data,
        {
            "title": (valid_text, any_text),
            "category": (st.sampled_from(["labour", "neighbourhood"]), codes),
            "severity": (st.sampled_from(["general", "minor", "major"]), codes),
            "source": (st.sampled_from(["reception", "hotline"]), codes),
            "unit_id": (st.sampled_from([roster.park_id, roster.garden_id]), _ids(street)),
            "description": (valid_text, any_text),
            "people_involved": (valid_people, numbers),
            "amount_owed": (valid_amount, numbers),
            "received_at": (valid_moment, moments),
            "note": (valid_text, any_text),
        },
    )
    ref = _refused_or_stored(street, lambda s: create_case(s, ACTOR, NewCase(**values), now=NOW))
    if ref is None:
        return
    assert CASE_NUMBER.fullmatch(ref.number)
    with street.db.session() as session:
        stored = session.get(Dispute, ref.id)
        assert stored is not None
        assert stored.title == _stripped(values["title"])
        assert stored.people_involved == values["people_involved"]
        assert type(stored.people_involved) is int
        assert stored.amount_owed == Decimal(str(values["amount_owed"]))


@pytest.fixture(scope="module")
def case_id(street: InputStreet) -> Any:
    with street.db.session() as session:
        new = NewCase("欠薪", "labour", "general", "reception", unit_id=street.roster.park_id)
        return create_case(session, ACTOR, new, now=NOW).id


def _version(street: InputStreet, model: type, row_id: Any) -> int:
    with street.db.session() as session:
        return int(session.get(model, row_id).version)  # type: ignore[union-attr]


@EXAMPLES
@given(data=st.data())
def test_editing_a_case_and_adding_a_note(
    street: InputStreet, case_id: Any, data: st.DataObject
) -> None:
    roster = street.roster
    values = draw_fields(
        data,
        {
            "version": (st.just(CURRENT), numbers),
            "title": (st.one_of(st.none(), valid_text), any_text),
            "description": (st.one_of(st.none(), valid_text), any_text),
            "category": (st.sampled_from([None, "labour", "neighbourhood"]), codes),
            "unit_id": (st.sampled_from([None, roster.park_id, roster.garden_id]), _ids(street)),
            "owner_staff_id": (st.sampled_from([None, roster.staff["li"]]), _ids(street)),
            "people_involved": (st.one_of(st.none(), valid_people), numbers),
            "amount_owed": (st.one_of(st.none(), valid_amount), numbers),
            "note": (valid_text, any_text),
            "case": (st.just(case_id), _ids(street)),
        },
    )
    version, target = values.pop("version"), values.pop("case")
    if version is CURRENT:
        version = _version(street, Dispute, case_id)
    changes = CaseChanges(**values)
    ref = _refused_or_stored(street, lambda s: edit_case(s, ACTOR, target, version, changes))
    if ref is not None:
        with street.db.session() as session:
            stored = session.get(Dispute, case_id)
            assert stored is not None and stored.version == ref.version
            if changes.people_involved is not None:
                assert stored.people_involved == changes.people_involved
            if changes.title is not None:
                assert stored.title == _stripped(changes.title)
    note = data.draw(st.one_of(valid_text, any_text))
    _refused_or_stored(street, lambda s: add_note(s, ACTOR, target, note, now=NOW))


@EXAMPLES
@given(data=st.data())
def test_recording_a_meeting(street: InputStreet, data: st.DataObject) -> None:
    demands = tuple(
        DemandInput(
            **draw_fields(
                data,
                {
                    "text": (valid_text, any_text),
                    "resolved_on_spot": (st.booleans(), st.booleans()),
                    "outcome": (valid_text, any_text),
                    "title": (st.one_of(st.just(""), valid_text), any_text),
                    "category": (st.sampled_from(["labour", "other"]), codes),
                    "severity": (st.sampled_from(["general", "minor"]), codes),
                    "people_involved": (valid_people, numbers),
                    "amount_owed": (valid_amount, numbers),
                },
            )
        )
        for _ in range(data.draw(st.integers(0, 2)))
    )
    values = draw_fields(
        data,
        {
            "unit_id": (st.just(street.roster.park_id), _ids(street)),
            "held_on": (valid_day, days),
            "topic": (valid_text, any_text),
            "attendees": (valid_count, numbers),
            "host": (valid_text, any_text),
        },
    )
    meeting = MeetingInput(**values, demands=demands)
    result = _refused_or_stored(street, lambda s: record_meeting(s, ACTOR, meeting, now=NOW))
    if result is None:
        return
    assert len(result.cases) == len(demands)
    assert all(CASE_NUMBER.fullmatch(case.number) for case in result.cases)
    with street.db.session() as session:
        stored = session.get(ResidentMeeting, result.meeting_id)
        assert stored is not None and stored.attendees == meeting.attendees
        assert stored.held_on == meeting.held_on and stored.topic == _stripped(meeting.topic)


@EXAMPLES
@given(data=st.data())
def test_raising_a_lead_and_handing_it_to_the_police(
    street: InputStreet, data: st.DataObject
) -> None:
    values = draw_fields(
        data,
        {
            "summary": (valid_text, any_text),
            "channel": (st.sampled_from(["online", "offline"]), texts),
            "level": (st.sampled_from(["red", "orange", "yellow", "blue"]), texts),
            "unit_id": (st.just(street.roster.park_id), _ids(street)),
            "captured_at": (valid_moment, moments),
            "people_estimate": (valid_count, numbers),
            "is_gathering": (st.booleans(), st.booleans()),
        },
    )
    # drawn before any call, so a replayed example draws the same whatever the database holds
    hand_over = draw_fields(
        data,
        {
            "lead": (st.just(CURRENT), _ids(street)),
            "version": (st.just(CURRENT), numbers),
            "receipt": (valid_text, any_text),
            "at": (st.just(None), moments),
        },
    )
    row = _refused_or_stored(street, lambda s: raise_lead(s, ACTOR, LeadInput(**values), now=NOW))
    if row is None:
        return
    assert row.lead.summary == _stripped(values["summary"])
    if hand_over["lead"] is CURRENT:
        hand_over["lead"] = row.lead.id
    if hand_over["version"] is CURRENT:
        hand_over["version"] = row.version
    handed = _refused_or_stored(
        street,
        lambda s: hand_lead_to_police(
            s,
            ACTOR,
            hand_over["lead"],
            hand_over["version"],
            hand_over["receipt"],
            at=hand_over["at"],
            now=NOW,
        ),
    )
    with street.db.session() as session:
        stored = session.get(Lead, row.lead.id)
        assert stored is not None
        if handed is not None:
            assert stored.police_receipt == _stripped(hand_over["receipt"])


# -- rosters ----------------------------------------------------------------------------


def _post(session: Any, street: InputStreet, index: int) -> Any:
    return session.scalars(
        select(Post.id)
        .join(PostKind, PostKind.id == Post.post_kind_id)
        .where(Post.unit_id == street.sample.unit_ids[UNIT_NAMES[index % len(UNIT_NAMES)]])
        .order_by(Post.sort_order)
    ).first()


valid_name = st.text(st.characters(categories=["L"]), min_size=1, max_size=20)
valid_phone = st.one_of(mobiles, mobiles.map(lambda m: m.translate(ARABIC_INDIC)))


@EXAMPLES
@given(data=st.data())
def test_adding_and_editing_staff(street: InputStreet, data: st.DataObject) -> None:
    sample = street.sample
    with street.db.session() as session:
        post_id = _post(session, street, data.draw(st.integers(0, 4)))
    values = draw_fields(
        data,
        {
            "name": (valid_name, any_text),
            "phone": (valid_phone, phones),
            "department_id": (st.sampled_from(list(sample.department_ids.values())), _ids(street)),
            "title": (valid_text, any_text),
            "street_id": (st.just(sample.street_id), _ids(street)),
            "post_id": (st.sampled_from([None, post_id]), _ids(street)),
            "start_date": (valid_day, days),
            "end_date": (st.one_of(st.none(), valid_day), days),
        },
    )
    edit = draw_fields(
        data,
        {
            "version": (st.just(CURRENT), numbers),
            "name": (valid_name, any_text),
            "phone": (valid_phone, phones),
            "title": (valid_text, any_text),
        },
    )
    staff_id = _refused_or_stored(street, lambda s: add_staff(s, ACTOR, StaffForm(**values)))
    if staff_id is None:
        return
    with street.db.session() as session:
        stored = session.get(Staff, staff_id)
        assert stored is not None and stored.name == _stripped(fold_width(values["name"]))
        assert MOBILE.fullmatch(stored.phone)
    version = edit.pop("version")
    if version is CURRENT:
        version = _version(street, Staff, staff_id)
    changed = StaffForm(**edit, department_id=values["department_id"])
    if _refused_or_stored(street, lambda s: update_staff(s, ACTOR, staff_id, version, changed)):
        pass
    with street.db.session() as session:
        stored = session.get(Staff, staff_id)
        assert stored is not None and MOBILE.fullmatch(stored.phone)


@EXAMPLES
@given(data=st.data())
def test_adding_and_editing_volunteers(street: InputStreet, data: st.DataObject) -> None:
    sample = street.sample
    values = draw_fields(
        data,
        {
            "name": (valid_name, any_text),
            "phone": (valid_phone, phones),
            "team_id": (st.sampled_from([None, *sample.team_ids.values()]), _ids(street)),
            "grid_id": (st.sampled_from([None, *sample.grid_ids.values()]), _ids(street)),
            "unit_id": (st.sampled_from([None, *sample.unit_ids.values()]), _ids(street)),
            "skills": (valid_text, any_text),
            "street_id": (st.just(sample.street_id), _ids(street)),
        },
    )
    edit = draw_fields(
        data,
        {
            "version": (st.just(CURRENT), numbers),
            "name": (valid_name, any_text),
            "phone": (valid_phone, phones),
        },
    )
    volunteer_id = _refused_or_stored(
        street, lambda s: add_volunteer(s, ACTOR, VolunteerForm(**values))
    )
    if volunteer_id is None:
        return
    with street.db.session() as session:
        stored = session.get(Volunteer, volunteer_id)
        assert stored is not None and stored.name == _stripped(fold_width(values["name"]))
        assert stored.skills == _stripped(fold_width(values["skills"]))
        assert MOBILE.fullmatch(stored.phone)
    version = edit.pop("version")
    if version is CURRENT:
        version = _version(street, Volunteer, volunteer_id)
    changed = VolunteerForm(**edit, street_id=sample.street_id)
    _refused_or_stored(street, lambda s: update_volunteer(s, ACTOR, volunteer_id, version, changed))


@pytest.fixture(scope="module")
def staff_id(street: InputStreet) -> Any:
    form = StaffForm(
        "下沉干部",
        "13512345678",
        street.sample.department_ids["党建办"],
        street_id=street.sample.street_id,
    )
    with street.db.session() as session:
        return add_staff(session, ACTOR, form)


@EXAMPLES
@given(data=st.data())
def test_secondments(street: InputStreet, staff_id: Any, data: st.DataObject) -> None:
    with street.db.session() as session:
        post_id = _post(session, street, data.draw(st.integers(0, 4)))
    values = draw_fields(
        data,
        {
            "post_id": (st.just(post_id), _ids(street)),
            "staff_id": (st.just(staff_id), _ids(street)),
            "start_date": (valid_day, days),
            "end_date": (st.one_of(st.none(), valid_day), days),
        },
    )
    dates = draw_fields(
        data,
        {
            "loaded_version": (st.just(CURRENT), numbers),
            "start_date": (valid_day, days),
            "end_date": (st.one_of(st.none(), valid_day), days),
        },
    )
    ending = draw_fields(data, {"end_date": (valid_day, days), "reason": (valid_text, any_text)})
    secondment_id = _refused_or_stored(street, lambda s: fill_post(s, ACTOR, **values))
    if secondment_id is None:
        return
    with street.db.session() as session:
        stored = session.get(Secondment, secondment_id)
        assert stored is not None
        assert (stored.start_date, stored.end_date) == (values["start_date"], values["end_date"])
    if dates["loaded_version"] is CURRENT:
        dates["loaded_version"] = _version(street, Secondment, secondment_id)
    _refused_or_stored(street, lambda s: update_secondment(s, ACTOR, secondment_id, **dates))
    _refused_or_stored(street, lambda s: end_secondment(s, ACTOR, secondment_id, **ending))
    # the staff member's posts are freed again for the next example
    with street.db.session() as session:
        session.get(Secondment, secondment_id).deleted_at = NOW  # type: ignore[union-attr]


cells = st.one_of(texts, mobiles, st.just(""))


@EXAMPLES
@given(data=st.data())
def test_importing_roster_rows(street: InputStreet, data: st.DataObject) -> None:
    header = ["姓名", "手机", "部门", "幸福里", "岗位", "开始日期", "结束日期", "职务"]
    rows = [
        [
            data.draw(cells),
            data.draw(cells),
            data.draw(st.one_of(st.sampled_from(["党建办", "劳动办"]), cells)),
            data.draw(st.one_of(st.sampled_from(UNIT_NAMES), cells)),
            data.draw(st.one_of(st.sampled_from(["基础岗", "格长"]), cells)),
            data.draw(st.one_of(days.map(str), cells)),
            data.draw(st.one_of(days.map(str), cells)),
            data.draw(cells),
        ]
        for _ in range(data.draw(st.integers(1, 4)))
    ]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "人员.csv"
        try:
            with path.open("w", encoding="utf-8", newline="") as out:
                csv.writer(out).writerows([header, *rows])
        except UnicodeEncodeError:
            return  # a lone surrogate cannot be written to a file at all
        plan = _refused_or_stored(
            street,
            lambda s: plan_import(s, ACTOR, path, street_id=street.sample.street_id),
        )
    if plan is None:
        return
    result = _refused_or_stored(street, lambda s: apply_plan(s, ACTOR, plan))
    if plan.errors:
        assert result is None
