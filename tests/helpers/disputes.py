"""Test helpers for the dispute services: a small street roster and ways to receive and
move cases."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from app.models import (
    Department,
    District,
    Post,
    Secondment,
    Staff,
    Street,
    Unit,
    reference_id,
)
from app.services.disputes import CaseRef, MoveInfo, NewCase, create_case, move_case
from app.services.permissions import Actor

#: A fixed "now" for clocks: a working Wednesday after the 2026 Spring Festival.
NOW = datetime(2026, 3, 4, 2, 0, tzinfo=UTC)


@dataclass
class Roster:
    street_id: uuid.UUID
    other_street_id: uuid.UUID
    park_id: uuid.UUID
    garden_id: uuid.UUID
    staff: dict[str, uuid.UUID] = field(default_factory=dict)


def _dept(session: Session, street_id: uuid.UUID, kind: str, name: str) -> Department:
    dept = Department(street_id=street_id, kind_id=reference_id("department_kind", kind), name=name)
    session.add(dept)
    session.flush()
    return dept


def _staff(
    session: Session, street_id: uuid.UUID, dept: Department, name: str, leader: bool = False
) -> uuid.UUID:
    person = Staff(street_id=street_id, department_id=dept.id, name=name, is_leader=leader)
    session.add(person)
    session.flush()
    return person.id


def _second(
    session: Session,
    staff_id: uuid.UUID,
    unit_id: uuid.UUID,
    kind: str,
    start: date,
    end: date | None = None,
) -> None:
    post = Post(unit_id=unit_id, post_kind_id=reference_id("post_kind", kind))
    session.add(post)
    session.flush()
    session.add(Secondment(staff_id=staff_id, post_id=post.id, start_date=start, end_date=end))


def build_roster(session: Session) -> Roster:
    district = District(code="GM", name="光明区")
    session.add(district)
    session.flush()
    street = Street(district_id=district.id, code="FH", name="凤凰街道")
    other = Street(district_id=district.id, code="YT", name="玉塘街道")
    session.add_all([street, other])
    session.flush()
    park = Unit(
        street_id=street.id,
        unit_type_id=reference_id("unit_type", "smart_park"),
        code="FH-01",
        name="凤凰智造园",
    )
    garden = Unit(
        street_id=street.id,
        unit_type_id=reference_id("unit_type", "residential"),
        code="FH-02",
        name="凤凰花园",
    )
    far = Unit(
        street_id=other.id,
        unit_type_id=reference_id("unit_type", "urban_village"),
        code="YT-01",
        name="玉塘村",
    )
    session.add_all([park, garden, far])
    session.flush()
    office = _dept(session, street.id, "street_office", "综治办")
    labour = _dept(session, street.id, "functional", "劳动办")
    housing = _dept(session, street.id, "functional", "住建办")
    police = _dept(session, street.id, "police", "凤凰派出所")
    roster = Roster(street.id, other.id, park.id, garden.id)
    s = roster.staff
    s["wang"] = _staff(session, street.id, office, "王芳")
    s["li"] = _staff(session, street.id, office, "李强")
    s["zhao"] = _staff(session, street.id, office, "赵书记", leader=True)
    s["zhang"] = _staff(session, street.id, labour, "张伟")
    s["chen"] = _staff(session, street.id, housing, "陈静")
    s["liu"] = _staff(session, street.id, police, "刘洋")
    s["sun"] = _staff(session, street.id, police, "孙磊")
    s["huang"] = _staff(session, street.id, office, "黄磊")
    s["zhou"] = _staff(session, street.id, office, "周敏")
    s["wu"] = _staff(session, street.id, office, "吴刚")
    _second(session, s["huang"], park.id, "head", date(2025, 1, 1))
    _second(session, s["zhou"], park.id, "basic", date(2025, 6, 1))
    # Wu's secondment to the park ended: he is no longer its grid staff.
    _second(session, s["wu"], park.id, "basic", date(2024, 1, 1), date(2025, 12, 31))
    session.flush()
    return roster


def receive(
    session: Session,
    actor: Actor,
    roster: Roster,
    *,
    title: str = "工地欠薪纠纷",
    category: str = "labour",
    severity: str = "general",
    source: str = "reception",
    unit: str = "park",
    people: int = 1,
    amount: Decimal | int = 0,
    received_at: datetime | None = None,
    now: datetime = NOW,
) -> CaseRef:
    unit_id = roster.park_id if unit == "park" else roster.garden_id
    return create_case(
        session,
        actor,
        NewCase(
            title=title,
            category=category,
            severity=severity,
            source=source,
            unit_id=unit_id,
            people_involved=people,
            amount_owed=Decimal(amount),
            received_at=received_at or now,
        ),
        now=now,
    )


def walk_to(
    session: Session,
    actor: Actor,
    roster: Roster,
    ref: CaseRef,
    stages: list[str],
    *,
    at: datetime | None = None,
    now: datetime = NOW,
) -> CaseRef:
    """Move a case through ``stages`` supplying whatever each move asks for."""
    info = MoveInfo(
        owner_staff_id=roster.staff["wang"],
        outcome="双方达成协议",
        resolution_method="mediation",
        reason="风险未消除",
        level="leader_visit",
        visit_result="当事人满意",
        at=at,
    )
    for stage in stages:
        ref = move_case(session, actor, ref.id, ref.version, stage, info, now=now)
    return ref
