"""The 情理法 three-person team: proposing members from the roster and assigning them.

Which places a case needs follows its severity (major: street, department, police and a
leader; general: street and department; minor: the unit's grid staff). Each place is
proposed to the candidate with the fewest open cases as a team member; the clerk may
pick anyone else who fits the place.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, distinct, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.models import (
    Department,
    DepartmentKind,
    Dispute,
    DisputeTeamMember,
    Post,
    PostKind,
    Secondment,
    Severity,
    Staff,
    utcnow,
)
from app.services.china_time import local_date
from app.services.disputes.case_store import (
    EVENT_TEAM,
    append_event,
    check_roster_links,
    get_case,
    lock_case,
)
from app.services.disputes.cases import CaseRef
from app.services.disputes.checks import NOTE_LIMIT, clean_text
from app.services.disputes.stage_rules import load_stage_graph
from app.services.errors import N_, ValidationError
from app.services.permissions import Actor, Permission, require
from app.services.pinyin_search import pinyin_sort_key

#: Places each severity asks for, in the order they are filled.
TEAM_BY_SEVERITY: dict[str, tuple[str, ...]] = {
    "major": ("qing", "li", "fa", "leader"),
    "general": ("qing", "li"),
    "minor": ("grid",),
}
#: For severities a district adds: by rank, the nearest seeded one.
_TEAM_BY_RANK = {3: "major", 2: "general", 1: "minor"}
#: Department kind whose staff fit each three-person place.
_KIND_OF_ROLE = {"qing": "street_office", "li": "functional", "fa": "police"}
_TIER_ORDER = {"head": 0, "deputy": 1, "basic": 2, "specialist": 3}


@dataclass(frozen=True, slots=True)
class StaffChoice:
    staff_id: uuid.UUID
    name: str
    department: str
    #: open cases this person is already a team member on (this case not counted)
    open_cases: int
    is_leader: bool


@dataclass(frozen=True, slots=True)
class TeamSlot:
    role: str
    proposed: StaffChoice | None
    #: everyone who fits the place, least busy first
    candidates: tuple[StaffChoice, ...]


@dataclass(frozen=True)
class TeamProposal:
    dispute_id: uuid.UUID
    version: int
    severity: str
    slots: tuple[TeamSlot, ...]

    def assignment(self) -> dict[str, uuid.UUID]:
        """The proposal as ``assign_team`` takes it (places with nobody left out)."""
        return {slot.role: slot.proposed.staff_id for slot in self.slots if slot.proposed}


def required_roles(session: Session, severity_id: uuid.UUID) -> tuple[str, ...]:
    severity = session.get(Severity, severity_id)
    if severity is None:
        return TEAM_BY_SEVERITY["general"]
    if severity.code in TEAM_BY_SEVERITY:
        return TEAM_BY_SEVERITY[severity.code]
    nearest = _TEAM_BY_RANK.get(max(1, min(3, severity.rank)), "general")
    return TEAM_BY_SEVERITY[nearest]


def _workloads(session: Session, exclude: uuid.UUID) -> dict[uuid.UUID, int]:
    graph = load_stage_graph(session)
    open_ids = [stage.id for stage in graph.open_stages]
    rows = session.execute(
        select(DisputeTeamMember.staff_id, func.count(distinct(DisputeTeamMember.dispute_id)))
        .join(Dispute, Dispute.id == DisputeTeamMember.dispute_id)
        .where(
            DisputeTeamMember.deleted_at.is_(None),
            Dispute.deleted_at.is_(None),
            Dispute.stage_id.in_(open_ids),
            Dispute.id != exclude,
        )
        .group_by(DisputeTeamMember.staff_id)
    )
    return dict(rows.all())


def _live_staff() -> Select[uuid.UUID, str, str, bool, str]:
    return (
        select(Staff.id, Staff.name, Department.name, Staff.is_leader, DepartmentKind.code)
        .join(Department, Department.id == Staff.department_id)
        .join(DepartmentKind, DepartmentKind.id == Department.kind_id)
        .where(Staff.deleted_at.is_(None), Department.deleted_at.is_(None))
    )


def _grid_staff(session: Session, unit_id: uuid.UUID | None, today: date) -> dict[uuid.UUID, int]:
    """Staff seconded into the unit's posts today, with the rank of their highest post."""
    if unit_id is None:
        return {}
    rows = session.execute(
        select(Secondment.staff_id, PostKind.tier)
        .join(Post, Post.id == Secondment.post_id)
        .join(PostKind, PostKind.id == Post.post_kind_id)
        .where(
            Post.unit_id == unit_id,
            Post.deleted_at.is_(None),
            Secondment.deleted_at.is_(None),
            Secondment.start_date <= today,
            or_(Secondment.end_date.is_(None), Secondment.end_date >= today),
        )
    )
    ranks: dict[uuid.UUID, int] = {}
    for staff_id, tier in rows:
        rank = _TIER_ORDER.get(tier, len(_TIER_ORDER))
        ranks[staff_id] = min(rank, ranks.get(staff_id, rank))
    return ranks


def _pools(
    session: Session, dispute: Dispute, today: date
) -> dict[str, list[tuple[StaffChoice, int]]]:
    """Candidates per place, each with a tie-breaking rank (grid posts: 格长 first)."""
    workloads = _workloads(session, dispute.id)
    grid = _grid_staff(session, dispute.unit_id, today)
    pools: dict[str, list[tuple[StaffChoice, int]]] = {role: [] for role in ("qing", "li", "fa")}
    pools["leader"] = []
    pools["grid"] = []
    rows = session.execute(
        _live_staff().where(or_(Staff.street_id == dispute.street_id, Staff.id.in_(list(grid))))
    )
    for staff_id, name, department, is_leader, kind in rows:
        choice = StaffChoice(staff_id, name, department, workloads.get(staff_id, 0), is_leader)
        if staff_id in grid:
            pools["grid"].append((choice, grid[staff_id]))
        if is_leader:
            pools["leader"].append((choice, 0))
        for role, role_kind in _KIND_OF_ROLE.items():
            if kind == role_kind:
                pools[role].append((choice, 0))
    for pool in pools.values():
        pool.sort(key=lambda item: (item[0].open_cases, item[1], pinyin_sort_key(item[0].name)))
    return pools


def propose_team(
    session: Session, actor: Actor, dispute_id: uuid.UUID, *, now: datetime | None = None
) -> TeamProposal:
    """A team for the case: the places its severity needs, least busy fitting person each."""
    require(actor, Permission.DISPUTE_VIEW)
    dispute = get_case(session, actor, dispute_id)
    today = local_date(now or utcnow())
    pools = _pools(session, dispute, today)
    taken: set[uuid.UUID] = set()
    slots = []
    for role in required_roles(session, dispute.severity_id):
        candidates = tuple(choice for choice, _rank in pools[role])
        proposed = next((c for c in candidates if c.staff_id not in taken), None)
        if proposed is not None:
            taken.add(proposed.staff_id)
        slots.append(TeamSlot(role, proposed, candidates))
    severity = session.get(Severity, dispute.severity_id)
    return TeamProposal(
        dispute.id, dispute.version, severity.code if severity else "", tuple(slots)
    )


def assign_team(
    session: Session,
    actor: Actor,
    dispute_id: uuid.UUID,
    expected_version: int,
    members: Mapping[str, uuid.UUID],
    *,
    note: str = "",
    now: datetime | None = None,
) -> CaseRef:
    """Set the case's team (the proposal or the clerk's changes to it); a ``team`` event
    records who left and who joined."""
    require(actor, Permission.DISPUTE_EDIT)
    now = now or utcnow()
    dispute = lock_case(session, actor, dispute_id, expected_version)
    check_roster_links(session, dispute)
    roles = required_roles(session, dispute.severity_id)
    for role in roles:
        if role not in members:
            raise ValidationError(
                role, N_("This case's severity needs a team member in the {role} place."), role=role
            )
    if len(set(members.values())) != len(members):
        raise ValidationError("team", N_("Each place in the team needs a different person."))
    pools = _pools(session, dispute, local_date(now))
    names: dict[str, str] = {}
    for role, staff_id in members.items():
        if role not in pools:
            raise ValidationError("team", N_("{role} is not a place in the team."), role=role)
        fitting = {choice.staff_id: choice for choice, _rank in pools[role]}
        if staff_id not in fitting:
            staff = session.get(Staff, staff_id) if isinstance(staff_id, uuid.UUID) else None
            raise ValidationError(
                role,
                N_("{name} cannot take the {role} place: not on the roster for it."),
                name=staff.name if staff else "?",
                role=role,
            )
        names[role] = fitting[staff_id].name
    current = session.scalars(
        select(DisputeTeamMember).where(
            DisputeTeamMember.dispute_id == dispute.id, DisputeTeamMember.deleted_at.is_(None)
        )
    ).all()
    before = {}
    kept = set()
    for member in current:
        staff = session.get(Staff, member.staff_id)
        before[member.role] = staff.name if staff else "?"
        if members.get(member.role) == member.staff_id:
            kept.add(member.role)
        else:
            member.deleted_at = now
    for role, staff_id in members.items():
        if role not in kept:
            session.add(DisputeTeamMember(dispute_id=dispute.id, staff_id=staff_id, role=role))
    # The team shows on the card: changing it is a change of the case.
    flag_modified(dispute, "updated_at")
    append_event(
        session,
        dispute,
        actor,
        EVENT_TEAM,
        now,
        note=clean_text("note", note, NOTE_LIMIT),
        data={"before": before, "after": names},
    )
    session.flush()
    graph = load_stage_graph(session)
    return CaseRef(
        dispute.id, dispute.number, dispute.version, graph.stage_by_id(dispute.stage_id).code
    )
