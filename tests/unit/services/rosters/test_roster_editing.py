"""Adding, editing and tombstoning staff and volunteers; validation and conflicts."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.models import AuditEntry, Post, PostKind, Secondment, Staff, Volunteer, reference_id
from app.services.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.services.permissions import Actor, permissions_of_role
from app.services.rosters import (
    StaffForm,
    VolunteerForm,
    add_staff,
    add_volunteer,
    delete_staff,
    delete_volunteer,
    load_staff,
    load_volunteers,
    update_staff,
    update_volunteer,
    vacancy_summary,
)
from app.services.rosters.validation import normalise_phone
from tests.helpers.sample_street import UNIT_NAMES


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13800138000", "13800138000"),
        (" 138 0013 8000 ", "13800138000"),
        ("１３８００１３８０００", "13800138000"),
        ("138-0013-8000", "13800138000"),
        ("+86 138 0013 8000", "13800138000"),
        ("19912345678", "19912345678"),
    ],
)
def test_mobile_numbers_are_normalised(typed, stored):
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize("typed", ["", "12800138000", "1380013800", "138001380001", "0755-1234567"])
def test_bad_mobile_numbers_name_the_field(typed):
    with pytest.raises(ValidationError) as caught:
        normalise_phone(typed)
    assert caught.value.field == "phone"
    assert str(caught.value)


def _form(street, **changes):
    values = {
        "name": "张三",
        "phone": "13800138000",
        "department_id": street.department_ids["党建办"],
    }
    values.update(changes)
    return StaffForm(**values)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "  "}, "name"),
        ({"name": "名" * 41}, "name"),
        ({"phone": "12345"}, "phone"),
        ({"department_id": None}, "department_id"),
        (
            {"post_id": "any", "start_date": date(2024, 2, 1), "end_date": date(2024, 1, 1)},
            "end_date",
        ),
    ],
)
def test_staff_validation_keeps_the_field(database, street, actor, changes, field):
    with database.session() as session, pytest.raises(ValidationError) as caught:
        add_staff(session, actor, _form(street, **changes))
    assert caught.value.field == field
    with database.session() as session:
        assert session.scalar(select(Staff.id)) is None


def test_same_name_and_phone_twice_is_refused(database, street, actor):
    with database.session() as session:
        add_staff(session, actor, _form(street))
    with database.session() as session, pytest.raises(ValidationError) as caught:
        add_staff(session, actor, _form(street, phone="138 0013 8000"))
    assert caught.value.field == "phone"


def test_edit_with_a_stale_version_conflicts(database, street, actor):
    with database.session() as session:
        staff_id = add_staff(session, actor, _form(street))
    with database.session() as session:
        update_staff(session, actor, staff_id, 1, _form(street, title="副主任"))
    with database.session() as session:
        assert session.get(Staff, staff_id).version == 2
        with pytest.raises(ConflictError):
            update_staff(session, actor, staff_id, 1, _form(street, title="主任"))
    with database.session() as session:
        assert session.get(Staff, staff_id).title == "副主任"


def test_add_with_a_post_then_delete_frees_the_post(database, street, actor):
    unit_id = street.unit_ids[UNIT_NAMES[0]]
    with database.session() as session:
        post_id = session.scalars(
            select(Post.id)
            .join(PostKind, PostKind.id == Post.post_kind_id)
            .where(Post.unit_id == unit_id, PostKind.tier == "deputy")
        ).one()
        staff_id = add_staff(
            session, actor, _form(street, post_id=post_id, start_date=date(2024, 1, 1))
        )
    with database.session() as session:
        filled = vacancy_summary(session, actor, today=date(2024, 6, 1)).total
        delete_staff(session, actor, staff_id, 1, today=date(2024, 6, 1))
    with database.session() as session:
        staff = session.get(Staff, staff_id)
        assert staff is not None and staff.deleted_at is not None  # a tombstone, not a DELETE
        sec = session.scalars(select(Secondment).where(Secondment.staff_id == staff_id)).one()
        assert sec.end_date == date(2024, 6, 1)
        after = vacancy_summary(session, actor, today=date(2024, 6, 2)).total
        assert after.vacant == filled.vacant + 1
        assert all(r.staff_id != staff_id for r in load_staff(session, actor).rows)
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "staff")
        ).all()
        assert actions == ["create", "tombstone"]
        with pytest.raises(NotFound):
            update_staff(session, actor, staff_id, 2, _form(street))


def test_volunteer_edit_and_delete(database, street, actor):
    unit_id = street.unit_ids[UNIT_NAMES[2]]
    with database.session() as session:
        vid = add_volunteer(session, actor, VolunteerForm("钱七", "13500135000", unit_id=unit_id))
    with database.session() as session:
        update_volunteer(
            session,
            actor,
            vid,
            1,
            VolunteerForm("钱七", "13500135001", unit_id=unit_id, skills="心理疏导"),
        )
        with pytest.raises(ConflictError):
            delete_volunteer(session, actor, vid, 1)
    with database.session() as session:
        row = load_volunteers(session, actor).rows[0]
        assert (row.phone, row.skills, row.version) == ("13500135001", "心理疏导", 2)
        delete_volunteer(session, actor, vid, 2)
    with database.session() as session:
        assert len(load_volunteers(session, actor)) == 0
        assert session.get(Volunteer, vid).deleted_at is not None


def _actor_with_role(database, role):
    with database.session() as session:
        perms = permissions_of_role(session, reference_id("role", role))
    return Actor(f"{role}1", role, role, perms)


def test_roles_without_roster_edit_cannot_write(database, street):
    supervisor = _actor_with_role(database, "supervisor")
    clerk = _actor_with_role(database, "clerk")
    with database.session() as session:
        load_staff(session, supervisor)
        with pytest.raises(PermissionDenied):
            add_staff(session, supervisor, _form(street))
        add_staff(session, clerk, _form(street))
