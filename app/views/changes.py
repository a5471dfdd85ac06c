"""What a write changed, by typed area, and the one hub that announces it.

A write operation turns the tables its unit of work touched into ``Changes`` and announces
them once on the ``ChangeHub``. Each pane declares the areas it listens to and refreshes
only the rows named (or everything in an area when a bulk statement named no rows).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    import uuid

    from app.services.unit_of_work import ChangeSet


class Area(enum.Enum):
    """What a pane may listen to. One table belongs to one area."""

    ORGANISATION = "organisation"  # district, streets, communities, grids, units, departments
    ROSTERS = "rosters"  # staff, posts, secondments, volunteers, teams
    DISPUTES = "disputes"  # cases, their teams and events, resident meetings
    LEADS = "leads"  # early-warning leads
    DISPUTE_RULES = "dispute_rules"  # deadline and warning rules, the working calendar
    PSYCH = "psych"  # persons in care, services, referrals, crises, follow-ups
    ACCOUNTS = "accounts"  # users and sign-in state
    AUDIT = "audit"
    REFERENCE = "reference"  # seeded reference lists, roles and permissions
    SYNC = "sync"


_TABLE_AREAS: dict[str, Area] = {
    **dict.fromkeys(
        ("district", "street", "community", "grid", "department", "institution", "unit"),
        Area.ORGANISATION,
    ),
    **dict.fromkeys(
        (
            "staff",
            "secondment",
            "post",
            "post_template",
            "task_force",
            "volunteer_team",
            "volunteer",
            "service_item",
        ),
        Area.ROSTERS,
    ),
    **dict.fromkeys(
        (
            "dispute",
            "dispute_team_member",
            "dispute_event",
            "resident_meeting",
            "meeting_demand",
        ),
        Area.DISPUTES,
    ),
    "warning_lead": Area.LEADS,
    **dict.fromkeys(
        ("dispute_deadline_rule", "dispute_warning_rule", "workday_override"),
        Area.DISPUTE_RULES,
    ),
    **dict.fromkeys(
        (
            "psych_person",
            "psych_service",
            "referral",
            "referral_step",
            "crisis_record",
            "follow_up",
            "psych_crisis",
            "psych_crisis_step",
            "psych_case_link",
            "psych_rule",
        ),
        Area.PSYCH,
    ),
    # a view of a record writes to this log; it changes nothing a list shows
    "psych_access": Area.AUDIT,
    "app_user": Area.ACCOUNTS,
    "audit_log": Area.AUDIT,
    "sync_state": Area.SYNC,
}


def area_of_table(table: str) -> Area:
    """The area a table's rows belong to; tables not listed are reference data."""
    return _TABLE_AREAS.get(table, Area.REFERENCE)


@dataclass(frozen=True)
class Changes:
    """Areas a write touched, each with the ids of its rows (``None``: any row)."""

    areas: Mapping[Area, frozenset[uuid.UUID] | None] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.areas)

    def touches(self, *areas: Area) -> bool:
        return any(area in self.areas for area in areas)

    def ids(self, area: Area) -> frozenset[uuid.UUID] | None:
        """The rows of ``area`` written; ``None`` if they cannot be named (reload all),
        an empty set if the area was not touched."""
        if area not in self.areas:
            return frozenset()
        return self.areas[area]

    @classmethod
    def of(cls, area: Area, ids: Iterable[uuid.UUID | None] | None = None) -> Changes:
        """``ids`` None: any row of the area; ids that are None are left out."""
        if ids is None:
            return cls({area: None})
        return cls({area: frozenset(i for i in ids if i is not None)})

    @classmethod
    def from_change_set(cls, change_set: ChangeSet) -> Changes:
        areas: dict[Area, set[uuid.UUID] | None] = {}
        for table, ids in change_set.tables.items():
            area = area_of_table(table)
            if ids is None or (area in areas and areas[area] is None):
                areas[area] = None
                continue
            areas.setdefault(area, set())
            known = areas[area]
            if known is not None:
                known.update(ids)
        return cls({a: frozenset(i) if i is not None else None for a, i in areas.items()})


class ChangeHub(QObject):
    """After a write: ``changed(Changes)``, once; each pane filters for its areas."""

    changed = Signal(object)

    def announce(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
