"""What an import matches file text against: the street's departments, teams, grids,
units, post kinds and posts, the people already on the roster and who holds which post."""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import (
    Community,
    Department,
    Grid,
    Post,
    PostKind,
    Secondment,
    Staff,
    Unit,
    Volunteer,
    VolunteerTeam,
)
from app.services.errors import N_, ValidationError
from app.services.rosters.occupancy import TIER_ORDER
from app.services.rosters.validation import normalise_phone

_TRAILING_NUMBER = re.compile(r"\d+$")


def fold_name(text: str) -> str:
    """Names compare without width, case or spaces (text in the file is typed by hand)."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def person_phone(phone: str) -> str:
    """A stored number in the form imports compare (older rows may hold spaces or +86)."""
    try:
        return normalise_phone(phone)
    except ValidationError:
        return phone.strip()


@dataclass
class NameIndex:
    """Folded name or code → ids; a name two rows share is ambiguous."""

    ids: dict[str, list[uuid.UUID]] = field(default_factory=lambda: defaultdict(list))
    #: text as a file wrote it → the id it named (a file repeats a few names thousands
    #: of times)
    _found: dict[str, uuid.UUID] = field(default_factory=dict)

    def add(self, row_id: uuid.UUID, *names: str) -> None:
        self._found.clear()
        for name in {fold_name(n) for n in names if n}:
            if row_id not in self.ids[name]:
                self.ids[name].append(row_id)

    def find(self, text: str, field_name: str, what: str) -> uuid.UUID:
        known = self._found.get(text)
        if known is not None:
            return known
        found = self.ids.get(fold_name(text), [])
        if not found:
            raise ValidationError(field_name, _UNKNOWN[what], value=text)
        if len(found) > 1:
            raise ValidationError(
                field_name, N_("{value} names more than one entry; use its code."), value=text
            )
        self._found[text] = found[0]
        return found[0]


_UNKNOWN = {
    "department": N_("There is no department {value} in this street."),
    "team": N_("There is no volunteer team {value} in this street."),
    "grid": N_("There is no grid {value} in this street."),
    "unit": N_("There is no 幸福里 unit {value} in this street."),
    "post": N_("{value} is not a post kind (格长, 副格长, 基础岗, or a specialist post)."),
}


@dataclass(frozen=True)
class Holding:
    """A live secondment, as the import sees it."""

    secondment_id: uuid.UUID | None
    version: int
    staff_id: uuid.UUID
    staff_name: str
    post_id: uuid.UUID
    start: date
    end: date | None


@dataclass(frozen=True)
class ExistingStaff:
    id: uuid.UUID
    version: int
    name: str
    department_id: uuid.UUID
    title: str


@dataclass(frozen=True)
class ExistingVolunteer:
    id: uuid.UUID
    version: int
    name: str
    team_id: uuid.UUID | None
    grid_id: uuid.UUID | None
    unit_id: uuid.UUID | None
    skills: str


ExistingPerson = ExistingStaff | ExistingVolunteer


@dataclass
class RosterLookups:
    street_id: uuid.UUID
    departments: NameIndex = field(default_factory=NameIndex)
    teams: NameIndex = field(default_factory=NameIndex)
    grids: NameIndex = field(default_factory=NameIndex)
    units: NameIndex = field(default_factory=NameIndex)
    post_kinds: NameIndex = field(default_factory=NameIndex)
    kind_tier: dict[uuid.UUID, str] = field(default_factory=dict)
    #: (unit, post kind) → post ids in the unit's order
    posts: dict[tuple[uuid.UUID, uuid.UUID], list[uuid.UUID]] = field(default_factory=dict)
    post_place: dict[uuid.UUID, tuple[uuid.UUID, uuid.UUID]] = field(default_factory=dict)
    holdings: dict[uuid.UUID, list[Holding]] = field(default_factory=lambda: defaultdict(list))
    staff: dict[tuple[str, str], list[ExistingStaff]] = field(
        default_factory=lambda: defaultdict(list)
    )
    volunteers: dict[tuple[str, str], list[ExistingVolunteer]] = field(
        default_factory=lambda: defaultdict(list)
    )
    #: mobile number → the people of each kind with it (people are matched by it first)
    staff_phones: dict[str, list[ExistingStaff]] = field(default_factory=lambda: defaultdict(list))
    volunteer_phones: dict[str, list[ExistingVolunteer]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def post_kind(self, text: str) -> uuid.UUID:
        """基础岗, "基础岗 2" (a numbered post as the tree shows it), 格长, Grid head, code."""
        stripped = _TRAILING_NUMBER.sub("", fold_name(text))
        return self.post_kinds.find(stripped or text, "post", "post")

    def posts_to_check(self, unit_id: uuid.UUID, kind_id: uuid.UUID) -> list[uuid.UUID]:
        """Posts whose holders a new holder must not overlap: every 格长 post of the unit
        for a 格长 (one head per unit), otherwise just the posts of the kind."""
        if self.kind_tier.get(kind_id) == "head":
            return [
                post
                for (unit, kind), posts in self.posts.items()
                if unit == unit_id and self.kind_tier.get(kind) == "head"
                for post in posts
            ]
        return self.posts.get((unit_id, kind_id), [])


def load_lookups(session: Session, street_id: uuid.UUID) -> RosterLookups:
    """Everything a plan resolves, in a handful of queries."""
    found = RosterLookups(street_id)
    for row_id, name in session.execute(
        select(Department.id, Department.name).where(
            Department.deleted_at.is_(None),
            or_(Department.street_id == street_id, Department.street_id.is_(None)),
        )
    ):
        found.departments.add(row_id, name)
    for row_id, name in session.execute(
        select(VolunteerTeam.id, VolunteerTeam.name).where(
            VolunteerTeam.deleted_at.is_(None),
            or_(VolunteerTeam.street_id == street_id, VolunteerTeam.street_id.is_(None)),
        )
    ):
        found.teams.add(row_id, name)
    for row_id, name, code in session.execute(
        select(Grid.id, Grid.name, Grid.code)
        .join(Community, Community.id == Grid.community_id)
        .where(Grid.deleted_at.is_(None), Community.street_id == street_id)
    ):
        found.grids.add(row_id, name, code)
    unit_ids: set[uuid.UUID] = set()
    for row_id, name, code in session.execute(
        select(Unit.id, Unit.name, Unit.code).where(
            Unit.deleted_at.is_(None), Unit.street_id == street_id
        )
    ):
        found.units.add(row_id, name, code)
        unit_ids.add(row_id)
    for row_id, code, zh, en, tier in session.execute(
        select(PostKind.id, PostKind.code, PostKind.name_zh, PostKind.name_en, PostKind.tier).where(
            PostKind.deleted_at.is_(None)
        )
    ):
        found.post_kinds.add(row_id, code, zh, en)
        found.kind_tier[row_id] = tier
    post_rows = session.execute(
        select(Post.id, Post.unit_id, Post.post_kind_id, Post.sort_order)
        .join(Unit, Unit.id == Post.unit_id)
        .where(Post.deleted_at.is_(None), Unit.street_id == street_id)
    ).all()
    for post_id, unit_id, kind_id, _ in sorted(
        post_rows, key=lambda r: (TIER_ORDER.get(found.kind_tier.get(r[2], ""), 9), r[3], str(r[0]))
    ):
        if unit_id in unit_ids:
            found.posts.setdefault((unit_id, kind_id), []).append(post_id)
            found.post_place[post_id] = (unit_id, kind_id)
    for sec_id, version, staff_id, name, post_id, start, end in session.execute(
        select(
            Secondment.id,
            Secondment.version,
            Secondment.staff_id,
            Staff.name,
            Secondment.post_id,
            Secondment.start_date,
            Secondment.end_date,
        )
        .join(Staff, Staff.id == Secondment.staff_id)
        .where(Secondment.deleted_at.is_(None), Staff.deleted_at.is_(None))
    ):
        if post_id in found.post_place:
            found.holdings[post_id].append(
                Holding(sec_id, version, staff_id, name, post_id, start, end)
            )
    for row_id, version, name, phone, dept, title in session.execute(
        select(
            Staff.id, Staff.version, Staff.name, Staff.phone, Staff.department_id, Staff.title
        ).where(Staff.deleted_at.is_(None), Staff.street_id == street_id)
    ):
        staff = ExistingStaff(row_id, version, name, dept, title)
        found.staff[(name, person_phone(phone))].append(staff)
        found.staff_phones[person_phone(phone)].append(staff)
    for row_id, version, name, phone, team, grid, unit, skills in session.execute(
        select(
            Volunteer.id,
            Volunteer.version,
            Volunteer.name,
            Volunteer.phone,
            Volunteer.team_id,
            Volunteer.grid_id,
            Volunteer.unit_id,
            Volunteer.skills,
        ).where(Volunteer.deleted_at.is_(None), Volunteer.street_id == street_id)
    ):
        volunteer = ExistingVolunteer(row_id, version, name, team, grid, unit, skills)
        found.volunteers[(name, person_phone(phone))].append(volunteer)
        found.volunteer_phones[person_phone(phone)].append(volunteer)
    return found
