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

from app.models import (
    CrisisRecord,
    Dispute,
    DisputeEvent,
    DisputeSource,
    DisputeStage,
    DisputeTeamMember,
    FollowUp,
    Institution,
    InstitutionKind,
    MeetingDemand,
    Post,
    PostKind,
    PostTemplate,
    PsychGroup,
    PsychPerson,
    PsychService,
    PsychServiceKind,
    Referral,
    ReferralStep,
    ResidentMeeting,
    ServiceItem,
    Severity,
    Staff,
    StageTransition,
    Street,
    TaskForce,
    Unit,
    UnitType,
    User,
    Volunteer,
    VolunteerTeam,
    WarningLead,
    reference_id,
)
from app.services import auth
from app.services.database import Database, open_sqlite
from app.services.demo.generator import add_open_disputes, write_demo_database
from app.services.demo.names import RARE_CHARACTERS, SYNTHETIC_AREA_CODE, id_check_character
from app.services.demo.psych import GROUP_SERVICES
from app.services.disputes.team import TEAM_BY_SEVERITY
from app.services.errors import DomainError, ValidationError

AS_OF = date(2024, 12, 7)
SEED = 7
MOBILE = re.compile(r"1[3-9]\d{9}")


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


def test_counts_reported_match_the_tables(
    demo_file: tuple[Path, dict[str, int]], session: Session
) -> None:
    _, counts = demo_file
    assert counts["unit"] == count(session, Unit)
    assert counts["dispute_event"] == count(session, DisputeEvent)
    assert list(counts)[:2] == ["district", "street"]


def test_one_street_with_39_units_of_all_five_types(session: Session) -> None:
    assert session.scalars(select(Street.name)).all() == ["凤凰街道"]
    assert count(session, Unit) == 39
    types = Counter(
        session.scalars(select(UnitType.code).join(Unit, Unit.unit_type_id == UnitType.id))
    )
    assert set(types) == {
        "commercial",
        "smart_park",
        "residential",
        "urban_village",
        "construction",
    }
    names = session.scalars(select(Unit.name)).all()
    assert "凤凰城商务区幸福里" in names and "塘家工业园幸福里" in names
    assert all(name.endswith("幸福里") for name in names)
    assert count(session, TaskForce) == 5


def test_posts_of_every_unit_follow_the_template(session: Session) -> None:
    template: dict[Any, Counter[Any]] = defaultdict(Counter)
    for type_id, kind_id, number in session.execute(
        select(PostTemplate.unit_type_id, PostTemplate.post_kind_id, PostTemplate.count)
    ):
        template[type_id][kind_id] += number
    posts: dict[Any, Counter[Any]] = defaultdict(Counter)
    for unit_id, kind_id in session.execute(select(Post.unit_id, Post.post_kind_id)):
        posts[unit_id][kind_id] += 1
    for unit_id, type_id in session.execute(select(Unit.id, Unit.unit_type_id)):
        assert posts[unit_id] == template[type_id]
        tiers = Counter(
            session.scalars(
                select(PostKind.tier)
                .join(Post, Post.post_kind_id == PostKind.id)
                .where(Post.unit_id == unit_id)
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
    posts = count(session, Post)
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


def test_volunteers_teams_and_phone_numbers(session: Session) -> None:
    assert 1850 <= count(session, Volunteer) <= 2150
    assert count(session, Volunteer, Volunteer.grid_id.is_(None)) == 0
    psych_teams = session.scalars(
        select(VolunteerTeam.name).where(VolunteerTeam.is_psychological)
    ).all()
    assert len(psych_teams) == 5
    assert any("星灯" in name for name in psych_teams) and any(
        "萤火" in name for name in psych_teams
    )
    psych_members = count(
        session,
        Volunteer,
        Volunteer.team_id.in_(select(VolunteerTeam.id).where(VolunteerTeam.is_psychological)),
    )
    assert psych_members > 0
    phones = [
        *session.scalars(select(Volunteer.phone)),
        *session.scalars(select(Staff.phone)),
        *session.scalars(select(PsychPerson.phone)),
    ]
    assert phones and all(MOBILE.fullmatch(phone) for phone in phones)
    assert all(session.scalars(select(Volunteer.skills)))


def test_a_handful_of_names_use_rare_characters(session: Session) -> None:
    names = [*session.scalars(select(Volunteer.name)), *session.scalars(select(Staff.name))]
    rare = [name for name in names if any(char in RARE_CHARACTERS for char in name)]
    assert 1 <= len(rare) <= 0.02 * len(names)
    assert all(2 <= len(name) <= 4 for name in names)


def test_happiness_lists_cover_all_25_categories(session: Session) -> None:
    lists = session.scalars(
        select(ServiceItem.category_id).where(ServiceItem.catalogue == "happiness_list")
    ).all()
    assert len(lists) == 128
    assert len(set(lists)) == 25
    statuses = set(
        session.scalars(select(ServiceItem.status).where(ServiceItem.catalogue == "project"))
    )
    assert statuses == {"proposed", "selected", "decided"}


def test_a_year_of_disputes_with_a_realistic_mix(session: Session) -> None:
    total = count(session, Dispute)
    # ~1,350 meeting demands (each a case) + ~500 direct cases + lead cases
    assert 1600 <= total <= 2200
    sources = Counter(
        code_of(session, DisputeSource)[source]
        for source in session.scalars(select(Dispute.source_id))
    )
    assert len(sources) == 6
    severities = Counter(
        code_of(session, Severity)[s] for s in session.scalars(select(Dispute.severity_id))
    )
    assert severities["minor"] + severities["general"] > 0.85 * total
    assert 0.01 * total <= severities["major"] <= 0.12 * total

    labour = reference_id("dispute_category", "labour")
    share: dict[str, float] = {}
    for unit_type in ("smart_park", "construction", "residential"):
        rows = (
            session.execute(
                select(Dispute.category_id)
                .join(Unit, Unit.id == Dispute.unit_id)
                .where(Unit.unit_type_id == reference_id("unit_type", unit_type))
            )
            .scalars()
            .all()
        )
        share[unit_type] = sum(1 for c in rows if c == labour) / len(rows)
    assert share["smart_park"] > 0.4 and share["construction"] > 0.4
    assert share["residential"] < 0.15

    stages = Counter(
        code_of(session, DisputeStage)[s] for s in session.scalars(select(Dispute.stage_id))
    )
    assert stages["closed"] > 0.75 * total
    for stage in ("received", "accepted", "mediating", "escalated", "resolved", "follow_up"):
        assert stages[stage] > 0, stage


def test_labour_cases_carry_people_and_amounts(session: Session) -> None:
    labour = session.execute(
        select(Dispute.people_involved, Dispute.amount_owed).where(
            Dispute.category_id == reference_id("dispute_category", "labour")
        )
    ).all()
    assert labour and all(people >= 1 and amount > 0 for people, amount in labour)
    assert (
        count(
            session,
            Dispute,
            Dispute.category_id == reference_id("dispute_category", "family"),
            Dispute.amount_owed > 0,
        )
        == 0
    )


def check_histories(session: Session, dispute_ids: list[Any] | None = None) -> int:
    """Every case's events replay allowed moves and end in the case's stage."""
    allowed = set(
        session.execute(select(StageTransition.from_stage_id, StageTransition.to_stage_id))
    )
    first = reference_id("dispute_stage", "received")
    closed = reference_id("dispute_stage", "closed")
    events: dict[Any, list[DisputeEvent]] = defaultdict(list)
    for event in session.scalars(select(DisputeEvent).order_by(DisputeEvent.at)):
        events[event.dispute_id].append(event)
    query = select(Dispute)
    if dispute_ids is not None:
        query = query.where(Dispute.id.in_(dispute_ids))
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
    assert check_histories(session) == count(session, Dispute)


def test_teams_follow_severity(session: Session) -> None:
    accepted = reference_id("dispute_stage", "accepted")
    escalated = reference_id("dispute_stage", "escalated")
    went_through: dict[Any, set[Any]] = defaultdict(set)
    for dispute_id, stage_id in session.execute(
        select(DisputeEvent.dispute_id, DisputeEvent.to_stage_id).where(
            DisputeEvent.to_stage_id.in_([accepted, escalated])
        )
    ):
        went_through[dispute_id].add(stage_id)
    roles: dict[Any, list[str]] = defaultdict(list)
    for dispute_id, role in session.execute(
        select(DisputeTeamMember.dispute_id, DisputeTeamMember.role)
    ):
        roles[dispute_id].append(role)
    severities = code_of(session, Severity)
    severity = {
        case: severities[s] for case, s in session.execute(select(Dispute.id, Dispute.severity_id))
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
            Dispute.id.in_(list(went_through)), Dispute.owner_staff_id.is_(None)
        )
    ).scalar_one()
    assert unowned == 0


def test_meetings_demands_and_their_cases(session: Session) -> None:
    meetings = count(session, ResidentMeeting)
    demands = count(session, MeetingDemand)
    on_spot = count(session, MeetingDemand, MeetingDemand.resolved_on_spot)
    assert 400 <= meetings <= 500
    assert 2.5 <= demands / meetings <= 3.5
    assert 0.25 <= on_spot / demands <= 0.42
    # Every demand opens exactly one case, as meeting intake does.
    cases = session.execute(
        select(
            MeetingDemand.resolved_on_spot,
            Dispute.source_id,
            Dispute.stage_id,
            Dispute.resolution_method_id,
            Dispute.received_at,
            Dispute.closed_at,
        ).join(Dispute, Dispute.demand_id == MeetingDemand.id)
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
    leads = count(session, WarningLead)
    assert 80 <= leads <= 120
    assert 0.3 * leads <= count(session, WarningLead, WarningLead.is_gathering) <= 0.7 * leads
    handed = (
        session.execute(
            select(WarningLead.police_receipt).where(WarningLead.handed_to_police_at.is_not(None))
        )
        .scalars()
        .all()
    )
    assert all(handed)
    linked = count(session, Dispute, Dispute.lead_id.is_not(None))
    assert linked > 10
    assert (
        count(
            session,
            Dispute,
            Dispute.lead_id.is_not(None),
            Dispute.source_id != reference_id("dispute_source", "early_warning"),
        )
        == 0
    )


def test_psychological_registry(session: Session) -> None:
    groups = code_of(session, PsychGroup)
    sizes = Counter(groups[g] for g in session.scalars(select(PsychPerson.group_id)))
    assert sizes["general"] > sizes["key"] > sizes["special"] > sizes["high_risk"] > 0

    kinds = code_of(session, PsychServiceKind)
    for group_id, kind_id in session.execute(
        select(PsychPerson.group_id, PsychService.kind_id).join(
            PsychService, PsychService.person_id == PsychPerson.id
        )
    ):
        assert kinds[kind_id] in GROUP_SERVICES[groups[group_id]]

    institution_kinds = code_of(session, InstitutionKind)
    kind_of = {
        i: institution_kinds[k]
        for i, k in session.execute(select(Institution.id, Institution.kind_id))
    }
    emergencies = (
        session.execute(select(Referral.to_institution_id).where(Referral.is_emergency))
        .scalars()
        .all()
    )
    assert emergencies and all(kind_of[target] == "hospital" for target in emergencies)
    last_step: dict[Any, str] = {}
    for referral_id, status in session.execute(
        select(ReferralStep.referral_id, ReferralStep.status).order_by(ReferralStep.at)
    ):
        last_step[referral_id] = status
    for referral_id, status in session.execute(select(Referral.id, Referral.status)):
        assert last_step[referral_id] == status

    high_risk = set(
        session.scalars(
            select(PsychPerson.id).where(
                PsychPerson.group_id == reference_id("psych_group", "high_risk")
            )
        )
    )
    in_crisis = set(session.scalars(select(CrisisRecord.person_id)))
    assert high_risk <= in_crisis
    assert count(session, FollowUp) > sizes["key"]


def test_platform_sites_for_the_street(session: Session) -> None:
    kinds = Counter(
        code
        for code in session.scalars(
            select(InstitutionKind.code).join(
                Institution, Institution.kind_id == InstitutionKind.id
            )
        )
    )
    assert kinds["district_centre"] == 1 and kinds["street_care_space"] == 1
    assert kinds["community_room"] == 7 and kinds["grid_site"] == 47
    assert kinds["hospital"] >= 1 and kinds["school"] >= 1
    parent = session.scalar(
        select(Institution.parent_id).where(
            Institution.kind_id == reference_id("institution_kind", "street_care_space")
        )
    )
    assert parent == reference_id("institution", "district_centre")


def test_id_numbers_are_valid_and_belong_to_no_one(session: Session) -> None:
    rows = session.execute(
        select(PsychPerson.id_number, PsychPerson.birth_year, PsychPerson.gender)
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
        street_id = session.scalar(select(Street.id))
        users = {u.username: u for u in session.scalars(select(User))}
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
            assert session.scalars(select(Street.name).order_by(Street.code)).all() == [
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
            before = count(session, Dispute, Dispute.stage_id != closed)
            existing = set(session.scalars(select(Dispute.id)))
            added = add_open_disputes(session, 300, seed=SEED, as_of=AS_OF)
        assert added["dispute"] == 300
        with db.session() as session:
            assert count(session, Dispute, Dispute.stage_id != closed) == before + 300
            new_ids = [i for i in session.scalars(select(Dispute.id)) if i not in existing]
            stages = Counter(
                session.scalars(select(Dispute.stage_id).where(Dispute.id.in_(new_ids)))
            )
            assert closed not in stages
            assert len(stages) == 6
            assert check_histories(session, new_ids) == 300
    finally:
        db.dispose()
