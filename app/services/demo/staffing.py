"""Departments, staff, the posts of every unit and the secondments that fill them.

Posts come from the ``post_template`` table. About 138 department staff per street are
seconded into specialist posts and community workers fill the head, deputy and basic
posts; about 5% of posts are vacant and 3% hold a secondment whose end date has passed,
so the vacancy view has something to show.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Department,
    Post,
    PostKind,
    PostTemplate,
    Secondment,
    Staff,
    TaskForce,
    UnitType,
    reference_id,
)
from app.services.demo.names import mobile_phone, person_name
from app.services.demo.organisation import DistrictInfo, StreetInfo
from app.services.demo.rows import DemoRun

SECONDED_PER_STREET = 138
VACANT_RATE = 0.05
EXPIRED_RATE = 0.03
COMMUNITY_STATION = "社区工作站"


@dataclass(frozen=True)
class DepartmentSpec:
    code: str
    #: the department is named street + suffix
    suffix: str
    kind: str
    #: specialist post kinds it seconds staff into
    posts: tuple[str, ...]
    #: dispute categories it speaks for as the 理 member of a three-person team
    categories: tuple[str, ...]
    office_staff: int


DEPARTMENTS = (
    DepartmentSpec("leadership", "街道领导班子", "street_office", (), (), 6),
    DepartmentSpec("party_building", "街道党建办", "street_office", ("party_building",), (), 4),
    DepartmentSpec("party_mass", "街道党群服务中心", "street_office", ("party_mass",), (), 5),
    DepartmentSpec(
        "public_service", "街道公共服务办", "street_office", ("labour", "social_affairs"), (), 5
    ),
    DepartmentSpec("economic", "街道经济服务办", "street_office", ("economic",), (), 4),
    DepartmentSpec("emergency", "街道应急管理办", "street_office", ("work_safety", "fire"), (), 4),
    DepartmentSpec("urban", "街道城市建设办", "street_office", ("urban_mgmt",), (), 4),
    DepartmentSpec("petition", "街道信访办", "street_office", ("petition",), (), 4),
    DepartmentSpec("safety", "街道平安建设办", "street_office", ("governance", "migrants"), (), 6),
    DepartmentSpec("labour_inspection", "劳动监察中队", "functional", ("labour",), ("labour",), 5),
    DepartmentSpec("market", "市场监管所", "functional", (), ("consumer",), 5),
    DepartmentSpec(
        "housing", "住房建设服务站", "functional", ("housing",), ("housing", "property"), 4
    ),
    DepartmentSpec("judicial", "司法所", "functional", (), ("neighbourhood", "family", "other"), 5),
    DepartmentSpec("land", "规划土地监察中队", "functional", ("land_inspection",), (), 4),
    DepartmentSpec("health", "社区健康服务中心", "functional", ("health",), (), 4),
    DepartmentSpec("psych", "社会心理服务站", "functional", ("psych",), (), 10),
    DepartmentSpec("police", "派出所", "police", (), (), 18),
)
OFFICE_TITLES = {"street_office": "科员", "functional": "工作人员", "police": "民警"}
LEADER_TITLES = {"street_office": "主任", "functional": "负责人", "police": "所长"}
END_REASONS = ("调回原部门", "岗位调整", "调任其他幸福里", "退休")


def department_name(street: StreetInfo, spec: DepartmentSpec) -> str:
    short = street.name if spec.suffix.startswith("街道") else street.short
    return short + spec.suffix.removeprefix("街道")


def spec_for_department(street_short: str, name: str) -> DepartmentSpec | None:
    """The spec a generated department was built from (by its name)."""
    for spec in DEPARTMENTS:
        if name.startswith(street_short) and name.endswith(spec.suffix.removeprefix("街道")):
            return spec
    return None


@dataclass(frozen=True)
class TemplateRow:
    kind_code: str
    tier: str
    count: int


def load_templates(session: Session) -> dict[str, list[TemplateRow]]:
    rows = session.execute(
        select(UnitType.code, PostKind.code, PostKind.tier, PostTemplate.count)
        .join(UnitType, UnitType.id == PostTemplate.unit_type_id)
        .join(PostKind, PostKind.id == PostTemplate.post_kind_id)
        .where(PostTemplate.deleted_at.is_(None))
        .order_by(UnitType.sort_order, PostKind.sort_order, PostKind.code)
    )
    templates: dict[str, list[TemplateRow]] = {}
    for type_code, kind_code, tier, count in rows:
        templates.setdefault(type_code, []).append(TemplateRow(kind_code, tier, count))
    return templates


class _Staffer:
    """Buffers staff rows of one street."""

    def __init__(self, run: DemoRun, street: StreetInfo) -> None:
        self.run = run
        self.street = street

    def person(self, department_id: uuid.UUID, title: str, leader: bool = False) -> uuid.UUID:
        rng = self.run.rng
        return self.run.add(
            Staff,
            street_id=self.street.id,
            department_id=department_id,
            name=person_name(rng),
            phone=mobile_phone(rng),
            title=title,
            is_leader=leader,
        )


def build_staffing(run: DemoRun, session: Session, district: DistrictInfo) -> None:
    """Buffer departments, staff, task forces, posts and secondments of every street."""
    templates = load_templates(session)
    for street in district.streets:
        _staff_street(run, street, district, templates)


def _staff_street(
    run: DemoRun,
    street: StreetInfo,
    district: DistrictInfo,
    templates: dict[str, list[TemplateRow]],
) -> None:
    rng = run.rng
    staffer = _Staffer(run, street)
    departments: dict[str, uuid.UUID] = {}
    leaders: list[uuid.UUID] = []
    for spec in DEPARTMENTS:
        dept_id = run.add(
            Department,
            street_id=street.id,
            kind_id=reference_id("department_kind", spec.kind),
            name=department_name(street, spec),
        )
        departments[spec.code] = dept_id
        head = staffer.person(
            dept_id,
            "街道办主任" if spec.code == "leadership" else LEADER_TITLES[spec.kind],
            leader=True,
        )
        if spec.code == "leadership":
            leaders.append(head)
        for _ in range(spec.office_staff - 1):
            is_leader = spec.code == "leadership"
            member = staffer.person(
                dept_id, "街道办副主任" if is_leader else OFFICE_TITLES[spec.kind], is_leader
            )
            if is_leader:
                leaders.append(member)

    for number, (type_id, type_name) in enumerate(district.unit_types.values()):
        run.add(
            TaskForce,
            street_id=street.id,
            unit_type_id=type_id,
            name=f"{street.name}{type_name}幸福里工作专班",
            leader_staff_id=leaders[number % len(leaders)],
        )

    stations: dict[uuid.UUID, uuid.UUID] = {}
    for community in street.communities:
        station = run.add(
            Department,
            street_id=street.id,
            kind_id=reference_id("department_kind", "street_office"),
            name=f"{community.name}{COMMUNITY_STATION}",
        )
        stations[community.id] = station
        staffer.person(station, "站长", leader=True)

    sources: dict[str, list[str]] = {}
    for spec in DEPARTMENTS:
        for kind in spec.posts:
            sources.setdefault(kind, []).append(spec.code)

    # Posts, then per post: filled, vacant (maybe after an ended secondment), or expired.
    specialist: dict[str, list[tuple[uuid.UUID, uuid.UUID]]] = {}
    for unit in street.units:
        order = 0
        for row in templates.get(unit.type_code, []):
            for _ in range(row.count):
                post_id = run.add(
                    Post,
                    unit_id=unit.id,
                    post_kind_id=reference_id("post_kind", row.kind_code),
                    sort_order=order,
                )
                order += 1
                if row.tier == "specialist":
                    source = departments[rng.choice(sources.get(row.kind_code, ["safety"]))]
                else:
                    source = stations[unit.community_id]
                state = rng.random()
                if state < VACANT_RATE:
                    if rng.random() < 0.5:
                        _ended(run, staffer, source, post_id, rng.choice(END_REASONS))
                elif state < VACANT_RATE + EXPIRED_RATE:
                    _ended(run, staffer, source, post_id, "")
                elif row.tier == "specialist":
                    specialist.setdefault(str(source), []).append((source, post_id))
                else:
                    title = rng.choice(("网格员", "社区专职工作者", "网格员"))
                    _second(run, staffer, source, staffer.person(source, title), post_id)

    # About 138 department staff fill the specialist posts; a few hold two.
    filled = sum(len(posts) for posts in specialist.values())
    ratio = min(1.0, SECONDED_PER_STREET / filled) if filled else 1.0
    for posts in specialist.values():
        source = posts[0][0]
        people = [
            staffer.person(source, "下沉骨干")
            for _ in range(max(1, min(len(posts), round(len(posts) * ratio))))
        ]
        for number, (_, post_id) in enumerate(posts):
            _second(run, staffer, source, people[number % len(people)], post_id)


def _second(
    run: DemoRun,
    staffer: _Staffer,
    department_id: uuid.UUID,
    staff_id: uuid.UUID,
    post_id: uuid.UUID,
) -> None:
    """A current secondment; now and then after an earlier holder's ended one."""
    rng = run.rng
    start = run.as_of - timedelta(days=rng.randint(40, 330))
    if rng.random() < 0.08:
        earlier = start - timedelta(days=rng.randint(90, 400))
        predecessor = staffer.person(department_id, OFFICE_TITLES["street_office"])
        _add_secondment(
            run, predecessor, post_id, earlier, start - timedelta(days=1), rng.choice(END_REASONS)
        )
    end: date | None = None
    if rng.random() < 0.3:
        end = run.as_of + timedelta(days=rng.randint(20, 300))
    _add_secondment(run, staff_id, post_id, start, end, "")


def _ended(
    run: DemoRun, staffer: _Staffer, department_id: uuid.UUID, post_id: uuid.UUID, reason: str
) -> None:
    """A secondment that ended before ``as_of`` and left the post empty.

    With a reason it was ended on purpose; without one its planned end date passed.
    """
    rng = run.rng
    end = run.as_of - timedelta(days=rng.randint(5, 120))
    start = end - timedelta(days=rng.randint(60, 300))
    staff_id = staffer.person(department_id, OFFICE_TITLES["street_office"])
    _add_secondment(run, staff_id, post_id, start, end, reason)


def _add_secondment(
    run: DemoRun,
    staff_id: uuid.UUID,
    post_id: uuid.UUID,
    start: date,
    end: date | None,
    reason: str,
) -> None:
    run.add(
        Secondment,
        staff_id=staff_id,
        post_id=post_id,
        start_date=start,
        end_date=end,
        end_reason=reason,
    )
