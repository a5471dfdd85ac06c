"""A clerk of one street can neither read nor write another street's roster.

Every public service of ``app.services.rosters`` and ``app.services.roster_io`` that
takes an actor is found by walking the packages, so a new service without a case here
fails the first test; each is then called with the other street's ids.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

import app.services.roster_io as roster_io
import app.services.rosters as rosters
from app.models import AuditEntry, Secondment, reference_id
from app.services.errors import PermissionDenied
from app.services.permissions import Actor, Permission
from app.services.roster_io import apply_plan, export_roster, plan_import
from app.services.rosters import (
    StaffForm,
    VolunteerForm,
    add_staff,
    add_volunteer,
    create_posts_from_template,
    create_unit,
    delete_staff,
    delete_volunteer,
    end_secondment,
    fill_post,
    load_form_choices,
    load_roster_overview,
    load_roster_start,
    load_staff,
    load_staff_choices,
    load_tree,
    load_volunteers,
    update_secondment,
    update_staff,
    update_volunteer,
    vacancy_summary,
    write_street_rosters_pdf,
    write_unit_roster_pdf,
)
from app.services.rosters.editing import resolve_street
from app.services.rosters.filter_choices import roster_filter_choices
from app.services.rosters.form_choices import form_street
from app.services.rosters.roster_snapshot import load_roster_snapshot
from app.services.street_scope import SCOPE_MARK
from tests.helpers.sample_street import UNIT_NAMES, SampleStreet, build_sample_street

#: Public functions taking an actor that are not services on an existing street.
NOT_STREET_SERVICES = {
    "build_sample_street",  # creates a street of its own
    "run_roster_command",  # the command line, calling the services below as its actor
}


@dataclass
class Other:
    """The other street's records, and a file and plan to import into it."""

    street: SampleStreet
    staff_id: Any
    volunteer_id: Any
    post_id: Any
    free_post_id: Any
    secondment_id: Any
    csv: Path
    plan: Any
    out: Path


def _clerk(street_id: Any) -> Actor:
    return Actor(
        "clerk_fh", "凤凰文员", "clerk", frozenset(p.value for p in Permission), street_id=street_id
    )


@pytest.fixture
def scene(database: Any, tmp_path: Path) -> tuple[Actor, Other, SampleStreet]:
    system = Actor.system("seed")
    with database.session("seed") as session:
        own = build_sample_street(session, system, "FH")
        other = build_sample_street(session, system, "XX")
        unit = other.unit_ids[UNIT_NAMES[0]]
        staff_id = add_staff(
            session,
            system,
            StaffForm(
                "他街人",
                "13800000001",
                other.department_ids["党建办"],
                street_id=other.street_id,
            ),
        )
        volunteer_id = add_volunteer(
            session,
            system,
            VolunteerForm(
                "他街志愿者", "13800000002", team_id=other.team_ids["星灯"], unit_id=unit
            ),
        )
        tree = load_tree(session, system, street_id=other.street_id)
        post_ids = [
            post.id
            for community in tree[0].children
            for unit_node in community.children
            for post in unit_node.children
        ]
        secondment_id = fill_post(session, system, post_ids[0], staff_id, date(2024, 1, 1))
    csv = tmp_path / "other.csv"
    csv.write_text("类别,姓名,手机,队伍\n志愿者,新人,13800000003,星灯\n", encoding="utf-8-sig")
    with database.session("seed") as session:
        plan = plan_import(session, system, csv, street_id=other.street_id)
    found = Other(
        other,
        staff_id,
        volunteer_id,
        post_ids[0],
        post_ids[1],
        secondment_id,
        csv,
        plan,
        tmp_path / "other_roster.xlsx",
    )
    return _clerk(own.street_id), found, own


def _version(session: Any, model: Any, row_id: Any) -> int:
    return int(session.get(model, row_id).version)


CASES: dict[str, Callable[[Any, Actor, Other], object]] = {
    "resolve_street": lambda s, a, o: resolve_street(s, a, o.street.street_id),
    "add_staff": lambda s, a, o: add_staff(
        s, a, StaffForm("越界", "13900000001", o.street.department_ids["党建办"])
    ),
    "update_staff": lambda s, a, o: update_staff(
        s, a, o.staff_id, 1, StaffForm("改名", "13800000001", o.street.department_ids["党建办"])
    ),
    "delete_staff": lambda s, a, o: delete_staff(s, a, o.staff_id, 1),
    "add_volunteer": lambda s, a, o: add_volunteer(
        s, a, VolunteerForm("越界", "13900000002", team_id=o.street.team_ids["星灯"])
    ),
    "update_volunteer": lambda s, a, o: update_volunteer(
        s, a, o.volunteer_id, 1, VolunteerForm("改名", "13800000002")
    ),
    "delete_volunteer": lambda s, a, o: delete_volunteer(s, a, o.volunteer_id, 1),
    "roster_filter_choices": lambda s, a, o: roster_filter_choices(
        s, a, street_id=o.street.street_id
    ),
    "load_staff": lambda s, a, o: load_staff(s, a, street_id=o.street.street_id),
    "load_volunteers": lambda s, a, o: load_volunteers(s, a, street_id=o.street.street_id),
    "load_tree": lambda s, a, o: load_tree(s, a, street_id=o.street.street_id),
    "vacancy_summary": lambda s, a, o: vacancy_summary(s, a, street_id=o.street.street_id),
    "load_roster_snapshot": lambda s, a, o: load_roster_snapshot(
        s, a, street_id=o.street.street_id
    ),
    "load_roster_overview": lambda s, a, o: load_roster_overview(
        s, a, street_id=o.street.street_id
    ),
    "load_roster_start": lambda s, a, o: load_roster_start(s, a, street_id=o.street.street_id),
    "form_street": lambda s, a, o: form_street(s, a, o.street.street_id),
    "load_form_choices": lambda s, a, o: load_form_choices(s, a, o.street.street_id, "zh_CN"),
    "load_staff_choices": lambda s, a, o: load_staff_choices(s, a, o.street.street_id, "zh_CN"),
    "create_unit": lambda s, a, o: create_unit(
        s,
        a,
        street_id=o.street.street_id,
        unit_type_id=reference_id("unit_type", "commercial"),
        code="XX-U9",
        name="越界幸福里",
    ),
    "create_posts_from_template": lambda s, a, o: create_posts_from_template(
        s, a, o.street.unit_ids[UNIT_NAMES[1]]
    ),
    "fill_post": lambda s, a, o: fill_post(s, a, o.free_post_id, o.staff_id, date(2024, 2, 1)),
    "end_secondment": lambda s, a, o: end_secondment(s, a, o.secondment_id, date(2024, 6, 30)),
    "update_secondment": lambda s, a, o: update_secondment(
        s,
        a,
        o.secondment_id,
        loaded_version=None,
        start_date=date(2024, 1, 2),
        end_date=None,
    ),
    "write_unit_roster_pdf": lambda s, a, o: write_unit_roster_pdf(
        s, a, o.street.unit_ids[UNIT_NAMES[0]], o.out.with_suffix(".pdf")
    ),
    "write_street_rosters_pdf": lambda s, a, o: write_street_rosters_pdf(
        s, a, o.street.street_id, o.out.with_suffix(".pdf")
    ),
    "plan_import": lambda s, a, o: plan_import(s, a, o.csv, street_id=o.street.street_id),
    "apply_plan": lambda s, a, o: apply_plan(s, a, o.plan),
    "export_roster": lambda s, a, o: export_roster(s, a, o.out, street_id=o.street.street_id),
}


def _services() -> dict[str, Callable[..., object]]:
    found: dict[str, Callable[..., object]] = {}
    for package in (rosters, roster_io):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, fn in vars(module).items():
                if name.startswith("_") or not inspect.isfunction(fn):
                    continue
                if fn.__module__ != module.__name__:
                    continue
                if "actor" in inspect.signature(fn).parameters:
                    found[name] = fn
    return found


def test_every_roster_service_is_declared_with_its_street_scope_and_has_a_case() -> None:
    services = _services()
    assert set(services) - NOT_STREET_SERVICES == set(CASES)
    undeclared = [n for n, fn in services.items() if n not in NOT_STREET_SERVICES]
    assert [n for n in undeclared if not hasattr(services[n], SCOPE_MARK)] == []


@pytest.mark.parametrize("name", sorted(CASES))
def test_another_streets_ids_are_refused(database: Any, scene: Any, name: str) -> None:
    clerk, other, _own = scene
    with database.session() as session:
        audits = session.scalar(select(func.count()).select_from(AuditEntry))
        secondments = session.scalar(select(func.count()).select_from(Secondment))
    with pytest.raises(PermissionDenied), database.session() as session:
        CASES[name](session, clerk, other)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audits
        assert session.scalar(select(func.count()).select_from(Secondment)) == secondments
    assert not other.out.exists() and not other.out.with_suffix(".pdf").exists()


def test_the_own_street_still_reads_and_writes(database: Any, scene: Any) -> None:
    clerk, other, own = scene
    with database.session() as session:
        staff = load_staff(session, clerk)
        assert {row.street_id for row in staff.rows} == {own.street_id}
        new = add_staff(
            session, clerk, StaffForm("本街人", "13900000009", own.department_ids["党建办"])
        )
        assert new is not None
        result = export_roster(session, clerk, other.out)
    assert result.staff_rows == 1 and other.out.exists()


def test_a_district_user_without_a_street_sees_every_street(database: Any, scene: Any) -> None:
    _clerk_fh, other, _own = scene
    district = _clerk(None)
    with database.session() as session:
        rows = load_volunteers(session, district, street_id=other.street.street_id)
    assert len(rows) == 1
