"""Plain, frozen row data the Rosters pane shows: tree nodes, people rows, vacancy counts.

No ORM object leaves the services; a view keeps these values and asks again after a write.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class NodeKind(StrEnum):
    STREET = "street"
    COMMUNITY = "community"
    UNIT_TYPE = "unit_type"
    UNIT = "unit"
    POST = "post"


class PostStatus(StrEnum):
    """Where a staff row stands on the day the rows were loaded."""

    ACTIVE = "active"  # seconded into the post now (or from a future start date)
    EXPIRED = "expired"  # the latest secondment ended before today: the post is vacant
    UNASSIGNED = "unassigned"  # never seconded
    VACANT = "vacant"  # a post nobody fills: the row has no person


@dataclass(frozen=True, slots=True)
class Scope:
    """Which rows a tree node stands for: every id that is set must match."""

    street_id: uuid.UUID | None = None
    community_id: uuid.UUID | None = None
    unit_type_id: uuid.UUID | None = None
    unit_id: uuid.UUID | None = None
    post_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class TreeNode:
    """street → community (or unit type) → 幸福里 unit → post, with vacancy counts."""

    kind: NodeKind
    id: uuid.UUID
    label: str
    scope: Scope
    posts: int = 0
    vacancies: int = 0
    children: tuple[TreeNode, ...] = ()
    #: for units and posts: the unit type's code (commercial, smart_park, ...)
    unit_type_code: str = ""
    #: for posts: head | deputy | basic | specialist, and who fills it ("" when vacant)
    tier: str = ""
    occupant: str = ""

    def walk(self) -> list[TreeNode]:
        """This node and every descendant, depth first."""
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


@dataclass(frozen=True, slots=True)
class StaffRow:
    """A staff member in a post, a staff member without a post, or a vacant post."""

    staff_id: uuid.UUID | None
    staff_version: int
    name: str
    phone: str
    title: str
    department_id: uuid.UUID | None
    department: str
    status: PostStatus
    secondment_id: uuid.UUID | None = None
    secondment_version: int = 0
    post_id: uuid.UUID | None = None
    post: str = ""
    post_kind_id: uuid.UUID | None = None
    tier: str = ""
    unit_id: uuid.UUID | None = None
    unit: str = ""
    unit_type_id: uuid.UUID | None = None
    community_id: uuid.UUID | None = None
    street_id: uuid.UUID | None = None
    start_date: date | None = None
    end_date: date | None = None

    @property
    def is_vacant(self) -> bool:
        return self.status in (PostStatus.VACANT, PostStatus.EXPIRED)


@dataclass(frozen=True, slots=True)
class VolunteerRow:
    """A volunteer of the mass prevention forces (群防群治力量)."""

    volunteer_id: uuid.UUID
    version: int
    name: str
    phone: str
    team_id: uuid.UUID | None
    team: str
    grid_id: uuid.UUID | None
    grid: str
    unit_id: uuid.UUID | None
    unit: str
    skills: str
    street_id: uuid.UUID
    community_id: uuid.UUID | None = None
    unit_type_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class VacancyCount:
    posts: int = 0
    filled: int = 0

    @property
    def vacant(self) -> int:
        return self.posts - self.filled

    def __add__(self, other: VacancyCount) -> VacancyCount:
        return VacancyCount(self.posts + other.posts, self.filled + other.filled)


@dataclass(frozen=True, slots=True)
class UnitVacancies:
    unit_id: uuid.UUID
    unit: str
    unit_type_id: uuid.UUID
    unit_type: str
    count: VacancyCount
    #: post kind label → vacant posts of that kind
    vacant_by_kind: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class VacancySummary:
    """Vacancies at a glance: per unit, per unit type and the street total."""

    units: tuple[UnitVacancies, ...]
    by_type: tuple[tuple[str, VacancyCount], ...]
    total: VacancyCount = field(default_factory=VacancyCount)
