"""The demo-data generator: one street as the report describes it, deterministic, safe."""

from __future__ import annotations

import re
import shutil
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app import models as m
from app.models import reference_id
from app.services import auth
from app.services.database import Database, open_sqlite
from app.services.demo.generator import add_open_disputes, write_demo_database
from app.services.demo.names import RARE_CHARACTERS, SYNTHETIC_AREA_CODE, id_check_character
from app.services.demo.psych import GROUP_SERVICES
from app.services.disputes.team import TEAM_BY_SEVERITY
from app.services.errors import DomainError, ValidationError
from app.services.psych.referrals import NEXT_STEPS

AS_OF = date(2024, 12, 7)
SEED = 7
MOBILE = re.compile(r"1[3-9]\d{9}")
UNIT_TYPES = ("commercial", "smart_park", "residential", "urban_village", "construction")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    counts = write_demo_database(path, scale=1, seed=SEED, as_of=AS_OF)
    return path, counts


@pytest.fixture(scope="module")
def demo_db(demo_file: tuple[Path, dict[str, int]]) -> Iterator[Database]:
    db = open_sqlite(demo_file[0])
    yield db
    db.dispose()


@pytest.fixture
def session(demo_db: Database) -> Iterator[Session]:
    session = demo_db.new_session("tester")
    yield session
    session.rollback()
    session.close()


def count(session: Session, model: Any, *where: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def code_of(session: Session, model: Any) -> dict[Any, str]:
    return dict(session.execute(select(model.id, model.code)).all())


def test_one_street_with_39_units_of_all_five_types(
    demo_file: tuple[Path, dict[str, int]], session: Session
) -> None:
    counts = demo_file[1]
    assert list(counts)[:2] == ["district", "street"]
    assert counts["dispute_event"] == count(session, m.DisputeEvent)
    assert session.scalars(select(m.Street.name)).all() == ["凤凰街道"]
    assert count(session, m.Unit) == counts["unit"] == 39
    types = session.scalars(
        select(m.UnitType.code).join(m.Unit, m.Unit.unit_type_id == m.UnitType.id)
    )
    assert set(types) == set(UNIT_TYPES)
    names = session.scalars(select(m.Unit.name)).all()
    assert "凤凰城商务区幸福里" in names and "塘家工业园幸福里" in names
    assert all(name.endswith("幸福里") for name in names)
    assert count(session, m.TaskForce) == 5


def test_posts_of_every_unit_follow_the_template(session: Session) -> None:
    template: dict[Any, Counter[Any]] = defaultdict(Counter)
    for type_id, kind_id, number in session.execute(
        select(m.PostTemplate.unit_type_id, m.PostTemplate.post_kind_id, m.PostTemplate.count)
    ):
        template[type_id][kind_id] += number
    posts: dict[Any, Counter[Any]] = defaultdict(Counter)
    for unit_id, kind_id in session.execute(select(m.Post.unit_id, m.Post.post_kind_id)):
        posts[unit_id][kind_id] += 1
    for unit_id, type_id in session.execute(select(m.Unit.id, m.Unit.unit_type_id)):
        assert posts[unit_id] == template[type_id]
        tiers = Counter(
            session.scalars(
                select(m.PostKind.tier)
                .join(m.Post, m.Post.post_kind_id == m.PostKind.id)
                .where(m.Post.unit_id == unit_id)
            )
        )
        assert (tiers["head"], tiers["deputy"], tiers["basic"]) == (1, 1, 4)
        assert tiers["specialist"] >= 1


def test_most_posts_are_filled_and_some_are_vacant_or_expired(session: Session) -> None:
    today = AS_OF.isoformat()
    live = session.execute(
        text(
            "SELECT count(DISTINCT post_id) FROM secondment WHERE start_date <= :d"
            " AND (end_date IS NULL OR end_date >= :d)"
        ),
        {"d": today},
    ).scalar_one()
    expired_only = session.execute(
        text(
            "SELECT count(DISTINCT post_id) FROM secondment s WHERE end_date < :d"
            " AND end_reason = '' AND NOT EXISTS (SELECT 1 FROM secondment o"
            " WHERE o.post_id = s.post_id AND (o.end_date IS NULL OR o.end_date >= :d))"
        ),
        {"d": today},
    ).scalar_one()
    posts = count(session, m.Post)
    vacant = posts - live
    assert 0.03 * posts <= vacant <= 0.15 * posts
    assert 0.005 * posts <= expired_only <= 0.07 * posts
    seconded = session.execute(
        text(
            "SELECT count(DISTINCT s.staff_id) FROM secondment s JOIN post p ON p.id = s.post_id"
            " JOIN post_kind k ON k.id = p.post_kind_id WHERE k.tier = 'specialist'"
            " AND (s.end_date IS NULL OR s.end_date >= :d)"
        ),
        {"d": today},
    ).scalar_one()
    assert 120 <= seconded <= 150


def test_volunteers_teams_phones_and_names(session: Session) -> None:
    assert 1850 <= count(session, m.Volunteer) <= 2150
    assert count(session, m.Volunteer, m.Volunteer.grid_id.is_(None)) == 0
    psych_teams = session.scalars(
        select(m.VolunteerTeam.name).where(m.VolunteerTeam.is_psychological)
    ).all()
    assert len(psych_teams) == 5
    assert any("星灯" in name for name in psych_teams) and any(
        "萤火" in name for name in psych_teams
    )
    psych_members = count(
        session,
        m.Volunteer,
        m.Volunteer.team_id.in_(select(m.VolunteerTeam.id).where(m.VolunteerTeam.is_psychological)),
    )
    assert psych_members > 0
    phones = [
        *session.scalars(select(m.Volunteer.phone)),
        *session.scalars(select(m.Staff.phone)),
        *session.scalars(select(m.PsychPerson.phone)),
    ]
    assert phones and all(MOBILE.fullmatch(phone) for phone in phones)
    assert all(session.scalars(select(m.Volunteer.skills)))
    names = [*session.scalars(select(m.Volunteer.name)), *session.scalars(select(m.Staff.name))]
    rare = [name for name in names if any(char in RARE_CHARACTERS for char in name)]
    assert 1 <= len(rare) <= 0.02 * len(names)
    assert all(2 <= len(name) <= 4 for name in names)


def test_happiness_lists_cover_all_25_categories(session: Session) -> None:
    lists = session.scalars(
        select(m.ServiceItem.category_id).where(m.ServiceItem.catalogue == "happiness_list")
    ).all()
    assert len(lists) == 128
    assert len(set(lists)) == 25
    statuses = set(
        session.scalars(select(m.ServiceItem.status).where(m.ServiceItem.catalogue == "project"))
    )
    assert statuses == {"proposed", "selected", "decided"}


def test_a_year_of_disputes_with_a_realistic_mix(session: Session) -> None:
    total = count(session, m.Dispute)
    # ~1,350 meeting demands (each a case) + ~500 direct cases + lead cases
    assert 1600 <= total <= 2200
    sources = Counter(
        code_of(session, m.DisputeSource)[source]
        for source in session.scalars(select(m.Dispute.source_id))
    )
    assert len(sources) == 6
    severities = Counter(
        code_of(session, m.Severity)[s] for s in session.scalars(select(m.Dispute.severity_id))
    )
    assert severities["minor"] + severities["general"] > 0.85 * total
    assert 0.01 * total <= severities["major"] <= 0.12 * total

    labour = reference_id("dispute_category", "labour")
    share: dict[str, float] = {}
    for unit_type in ("smart_park", "construction", "residential"):
        rows = (
            session.execute(
                select(m.Dispute.category_id)
                .join(m.Unit, m.Unit.id == m.Dispute.unit_id)
                .where(m.Unit.unit_type_id == reference_id("unit_type", unit_type))
            )
            .scalars()
            .all()
        )
        share[unit_type] = sum(1 for c in rows if c == labour) / len(rows)
    assert share["smart_park"] > 0.4 and share["construction"] > 0.4
    assert share["residential"] < 0.15

    stages = Counter(
        code_of(session, m.DisputeStage)[s] for s in session.scalars(select(m.Dispute.stage_id))
    )
    assert stages["closed"] > 0.75 * total
    for stage in ("received", "accepted", "mediating", "escalated", "resolved", "follow_up"):
        assert stages[stage] > 0, stage


def test_labour_cases_carry_people_and_amounts(session: Session) -> None:
    labour = session.execute(
        select(m.Dispute.people_involved, m.Dispute.amount_owed).where(
            m.Dispute.category_id == reference_id("dispute_category", "labour")
        )
    ).all()
    assert labour and all(people >= 1 and amount > 0 for people, amount in labour)
    assert (
        count(
            session,
            m.Dispute,
            m.Dispute.category_id == reference_id("dispute_category", "family"),
            m.Dispute.amount_owed > 0,
        )
        == 0
    )


def check_histories(session: Session, dispute_ids: list[Any] | None = None) -> int:
    """Every case's events replay allowed moves and end in the case's stage."""
    allowed = set(
        session.execute(select(m.StageTransition.from_stage_id, m.StageTransition.to_stage_id))
    )
    first = reference_id("dispute_stage", "received")
    closed = reference_id("dispute_stage", "closed")
    events: dict[Any, list[m.DisputeEvent]] = defaultdict(list)
    for event in session.scalars(select(m.DisputeEvent).order_by(m.DisputeEvent.at)):
        events[event.dispute_id].append(event)
    query = select(m.Dispute)
    if dispute_ids is not None:
        query = query.where(m.Dispute.id.in_(dispute_ids))
    checked = 0
    for dispute in session.scalars(query):
        history = [e for e in events[dispute.id] if e.to_stage_id is not None]
        assert history[0].kind == "created" and history[0].to_stage_id == first
        assert history[0].at == dispute.received_at
        for before, after in pairwise(history):
            assert after.kind == "moved"
            assert after.from_stage_id == before.to_stage_id
            assert (after.from_stage_id, after.to_stage_id) in allowed
        assert history[-1].to_stage_id == dispute.stage_id, dispute.number
        assert history[-1].at == dispute.stage_entered_at
        assert (dispute.closed_at is not None) == (dispute.stage_id == closed)
        checked += 1
    return checked


def test_every_history_ends_at_the_current_stage(session: Session) -> None:
    assert check_histories(session) == count(session, m.Dispute)


def test_teams_follow_severity(session: Session) -> None:
    accepted = reference_id("dispute_stage", "accepted")
    escalated = reference_id("dispute_stage", "escalated")
    went_through: dict[Any, set[Any]] = defaultdict(set)
    for dispute_id, stage_id in session.execute(
        select(m.DisputeEvent.dispute_id, m.DisputeEvent.to_stage_id).where(
            m.DisputeEvent.to_stage_id.in_([accepted, escalated])
        )
    ):
        went_through[dispute_id].add(stage_id)
    roles: dict[Any, list[str]] = defaultdict(list)
    for dispute_id, role in session.execute(
        select(m.DisputeTeamMember.dispute_id, m.DisputeTeamMember.role)
    ):
        roles[dispute_id].append(role)
    severities = code_of(session, m.Severity)
    severity = {
        case: severities[s]
        for case, s in session.execute(select(m.Dispute.id, m.Dispute.severity_id))
    }
    assert set(roles) <= set(went_through)
    assert len(went_through) > 500
    for dispute_id, stages in went_through.items():
        wanted = set(TEAM_BY_SEVERITY[severity[dispute_id]])
        if escalated in stages:
            wanted.add("leader")
        assert set(roles[dispute_id]) == wanted
        assert len(roles[dispute_id]) == len(wanted)
    assert Counter(severity[case] for case in went_through)["major"] > 0
    unowned = session.execute(
        select(func.count()).where(
            m.Dispute.id.in_(list(went_through)), m.Dispute.owner_staff_id.is_(None)
        )
    ).scalar_one()
    assert unowned == 0


def test_meetings_demands_and_their_cases(session: Session) -> None:
    meetings = count(session, m.ResidentMeeting)
    demands = count(session, m.MeetingDemand)
    on_spot = count(session, m.MeetingDemand, m.MeetingDemand.resolved_on_spot)
    assert 400 <= meetings <= 500
    assert 2.5 <= demands / meetings <= 3.5
    assert 0.25 <= on_spot / demands <= 0.42
    # Every demand opens exactly one case, as meeting intake does.
    cases = session.execute(
        select(
            m.MeetingDemand.resolved_on_spot,
            m.Dispute.source_id,
            m.Dispute.stage_id,
            m.Dispute.resolution_method_id,
            m.Dispute.received_at,
            m.Dispute.closed_at,
        ).join(m.Dispute, m.Dispute.demand_id == m.MeetingDemand.id)
    ).all()
    assert len(cases) == demands
    closed = reference_id("dispute_stage", "closed")
    on_spot_method = reference_id("resolution_method", "on_spot")
    for spot, source, stage, method, received, closed_at in cases:
        assert source == reference_id("dispute_source", "meeting")
        if spot:
            assert (stage, method) == (closed, on_spot_method)
            assert closed_at - received < timedelta(seconds=1)
    assert sum(1 for c in cases if not c[0] and c[2] != closed) > 0


def test_early_warning_leads(session: Session) -> None:
    leads = count(session, m.WarningLead)
    assert 80 <= leads <= 120
    assert 0.3 * leads <= count(session, m.WarningLead, m.WarningLead.is_gathering) <= 0.7 * leads
    handed = (
        session.execute(
            select(m.WarningLead.police_receipt).where(
                m.WarningLead.handed_to_police_at.is_not(None)
            )
        )
        .scalars()
        .all()
    )
    assert all(handed)
    linked = count(session, m.Dispute, m.Dispute.lead_id.is_not(None))
    assert linked > 10
    assert (
        count(
            session,
            m.Dispute,
            m.Dispute.lead_id.is_not(None),
            m.Dispute.source_id != reference_id("dispute_source", "early_warning"),
        )
        == 0
    )


def test_psychological_registry(session: Session) -> None:
    groups = code_of(session, m.PsychGroup)
    sizes = Counter(groups[g] for g in session.scalars(select(m.PsychPerson.group_id)))
    assert sizes["general"] > sizes["key"] > sizes["special"] > sizes["high_risk"] > 0

    kinds = code_of(session, m.PsychServiceKind)
    for group_id, kind_id in session.execute(
        select(m.PsychPerson.group_id, m.PsychService.kind_id).join(
            m.PsychService, m.PsychService.person_id == m.PsychPerson.id
        )
    ):
        assert kinds[kind_id] in GROUP_SERVICES[groups[group_id]]

    institution_kinds = code_of(session, m.InstitutionKind)
    kind_of = {
        i: institution_kinds[k]
        for i, k in session.execute(select(m.Institution.id, m.Institution.kind_id))
    }
    emergencies = (
        session.execute(select(m.Referral.to_institution_id).where(m.Referral.is_emergency))
        .scalars()
        .all()
    )
    assert emergencies and all(kind_of[target] == "hospital" for target in emergencies)
    histories: dict[Any, list[str]] = {}
    for referral_id, status in session.execute(
        select(m.ReferralStep.referral_id, m.ReferralStep.status).order_by(m.ReferralStep.at)
    ):
        histories.setdefault(referral_id, []).append(status)
    for referral_id, status, shared in session.execute(
        select(m.Referral.id, m.Referral.status, m.Referral.shared_fields)
    ):
        steps = histories[referral_id]
        assert steps[0] == "sent" and steps[-1] == status and "name" in shared.split(",")
        assert all(b in NEXT_STEPS[a] for a, b in pairwise(steps)), steps
    ends = Counter(steps[-1] for steps in histories.values())
    assert ends["returned"] and ends["closed"] and ends["in_service"] and ends["declined"]

    high_risk = set(
        session.scalars(
            select(m.PsychPerson.id).where(
                m.PsychPerson.group_id == reference_id("psych_group", "high_risk")
            )
        )
    )
    in_crisis = set(session.scalars(select(m.CrisisRecord.person_id)))
    assert high_risk <= in_crisis
    assert count(session, m.FollowUp) > sizes["key"]


def test_platform_sites_for_the_street(session: Session) -> None:
    kinds = Counter(
        code
        for code in session.scalars(
            select(m.InstitutionKind.code).join(
                m.Institution, m.Institution.kind_id == m.InstitutionKind.id
            )
        )
    )
    assert kinds["district_centre"] == 1 and kinds["street_care_space"] == 1
    assert kinds["community_room"] == 7 and kinds["grid_site"] == 47
    assert kinds["hospital"] >= 1 and kinds["school"] >= 1
    parent = session.scalar(
        select(m.Institution.parent_id).where(
            m.Institution.kind_id == reference_id("institution_kind", "street_care_space")
        )
    )
    assert parent == reference_id("institution", "district_centre")


def test_id_numbers_are_valid_and_belong_to_no_one(session: Session) -> None:
    rows = session.execute(
        select(m.PsychPerson.id_number, m.PsychPerson.birth_year, m.PsychPerson.gender)
    ).all()
    assert rows
    for number, birth_year, gender in rows:
        assert len(number) == 18 and number[:17].isdigit()
        assert number.startswith(SYNTHETIC_AREA_CODE)
        assert number[17] == id_check_character(number[:17])
        assert int(number[6:10]) == birth_year
        date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
        assert int(number[16]) % 2 == (1 if gender == "M" else 0)


def test_demo_accounts_for_every_role(demo_db: Database) -> None:
    session = demo_db.new_session("tester")
    try:
        assert auth.is_demo_database(session)
        street_id = session.scalar(select(m.Street.id))
        users = {u.username: u for u in session.scalars(select(m.User))}
        for role in auth.ROLE_CODES:
            user = users[auth.demo_username(role)]
            assert user.display_name.startswith("演示-")
            assert user.street_id == street_id
            assert user.role_id == reference_id("role", role)
            actor = auth.sign_in_demo(session, role)
            assert actor.username == user.username
    finally:
        session.rollback()
        session.close()


DOMAIN_TABLES = {
    "dispute": "id, number, title, stage_id, received_at, owner_staff_id, amount_owed",
    "dispute_event": "id, dispute_id, at, kind, from_stage_id, to_stage_id, note",
    "volunteer": "id, name, phone, grid_id, team_id, skills",
    "psych_person": "id, name, id_number, group_id, ledger_opened_on",
    "secondment": "id, staff_id, post_id, start_date, end_date",
}


def table_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    db = open_sqlite(path)
    try:
        with db.engine.connect() as connection:
            return {
                table: list(connection.execute(text(f"SELECT {columns} FROM {table} ORDER BY id")))
                for table, columns in DOMAIN_TABLES.items()
            }
    finally:
        db.dispose()


def test_same_seed_same_data_other_seed_other_data(
    demo_file: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    again = tmp_path / "again.sqlite"
    write_demo_database(again, scale=1, seed=SEED, as_of=AS_OF)
    assert table_rows(again) == table_rows(demo_file[0])
    # Writing over an existing demo database is allowed and gives the new seed's data.
    write_demo_database(again, scale=1, seed=SEED + 1, as_of=AS_OF)
    other = table_rows(again)
    first = table_rows(demo_file[0])
    for table in DOMAIN_TABLES:
        assert other[table] != first[table], table
    assert not list(tmp_path.glob(".again.sqlite.building*"))


def test_refuses_to_overwrite_a_real_database(tmp_path: Path) -> None:
    real = tmp_path / "desk.sqlite"
    open_sqlite(real).dispose()
    before = real.read_bytes()
    with pytest.raises(DomainError) as raised:
        write_demo_database(real, scale=1, seed=SEED, as_of=AS_OF)
    assert "not demo data" in str(raised.value)
    assert real.read_bytes() == before

    notes = tmp_path / "notes.txt"
    notes.write_text("not a database", encoding="utf-8")
    with pytest.raises(DomainError):
        write_demo_database(notes, scale=1, seed=SEED, as_of=AS_OF)
    assert notes.read_text(encoding="utf-8") == "not a database"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["desk.sqlite", "notes.txt"]


@pytest.mark.parametrize("scale", [0, 51, -3])
def test_scale_out_of_range_is_refused(tmp_path: Path, scale: int) -> None:
    with pytest.raises(ValidationError) as raised:
        write_demo_database(tmp_path / "demo.sqlite", scale=scale, seed=SEED, as_of=AS_OF)
    assert raised.value.field == "scale"
    assert not list(tmp_path.iterdir())


def test_scale_two_doubles_the_street_counts(
    demo_file: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    one = demo_file[1]
    two = write_demo_database(tmp_path / "two.sqlite", scale=2, seed=SEED, as_of=AS_OF)
    assert two["street"] == 2 and two["district"] == 1
    for table in ("unit", "task_force", "post"):
        assert two[table] == 2 * one[table], table
    for table in ("volunteer", "dispute", "resident_meeting", "psych_person", "staff"):
        assert 1.8 * one[table] <= two[table] <= 2.2 * one[table], table
    db = open_sqlite(tmp_path / "two.sqlite")
    try:
        with db.session() as session:
            assert session.scalars(select(m.Street.name).order_by(m.Street.code)).all() == [
                "凤凰街道",
                "光明街道",
            ]
    finally:
        db.dispose()


def test_add_open_disputes_for_the_board(
    demo_file: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    copy = tmp_path / "board.sqlite"
    shutil.copy(demo_file[0], copy)
    db = open_sqlite(copy)
    try:
        closed = reference_id("dispute_stage", "closed")
        with db.session() as session:
            before = count(session, m.Dispute, m.Dispute.stage_id != closed)
            existing = set(session.scalars(select(m.Dispute.id)))
            added = add_open_disputes(session, 300, seed=SEED, as_of=AS_OF)
        assert added["dispute"] == 300
        with db.session() as session:
            assert count(session, m.Dispute, m.Dispute.stage_id != closed) == before + 300
            new_ids = [i for i in session.scalars(select(m.Dispute.id)) if i not in existing]
            stages = Counter(
                session.scalars(select(m.Dispute.stage_id).where(m.Dispute.id.in_(new_ids)))
            )
            assert closed not in stages
            assert len(stages) == 6
            assert check_histories(session, new_ids) == 300
    finally:
        db.dispose()
