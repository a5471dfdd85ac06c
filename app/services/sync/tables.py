"""Which tables sync, in which direction, and how a row finds the street it belongs to.

The centre's row-level security and the desk's engine both read this one list.

- ``SHARED`` rows (organisation above the street, reference data, rules) are the
  district's: every desk pulls them; only an administering desk may push them.
- ``STREET`` rows carry ``street_id``; a desk reads and writes its own street's only.
  Where ``street_id`` may be empty (a district-wide account or institution) the row is
  shared.
- ``VIA`` rows belong to the street of their parent row (``parent`` through ``via``).
- ``PSYCH`` rows are identifiable psychological records: as ``STREET``/``VIA``, and only
  for desks enrolled for the psychological registry.
- ``OWN`` rows (the audit log, the log of views of psychological records) go up from
  the desk that wrote them and never down again.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import cache

from sqlalchemy import Table

from app.models import Base


class Scope(enum.Enum):
    SHARED = "shared"
    STREET = "street"
    VIA = "via"
    OWN = "own"


@dataclass(frozen=True)
class SyncTable:
    name: str
    scope: Scope
    #: for VIA: the column naming the parent row, and the parent table
    via: str = ""
    parent: str = ""
    psych: bool = False
    #: append-only history: rows are inserted once and never merged
    append_only: bool = False

    @property
    def table(self) -> Table:
        return Base.metadata.tables[self.name]


_SHARED = [
    "department_kind",
    "dispute_category",
    "dispute_source",
    "dispute_stage",
    "district",
    "institution_kind",
    "post_kind",
    "psych_group",
    "psych_rule",
    "psych_service_kind",
    "resolution_method",
    "role",
    "service_category",
    "severity",
    "unit_type",
    "workday_override",
    "dispute_deadline_rule",
    "dispute_warning_rule",
    "post_template",
    "role_permission",
    "stage_transition",
    "street",
]
_STREET = [
    "app_user",
    "community",
    "department",
    "volunteer_team",
    "staff",
    "unit",
    "resident_meeting",
    "service_item",
    "task_force",
    "warning_lead",
    "institution",
    "volunteer",
    "dispute",
    "sync_conflict",
]
_VIA = {
    "grid": ("community_id", "community"),
    "post": ("unit_id", "unit"),
    "meeting_demand": ("meeting_id", "resident_meeting"),
    "secondment": ("staff_id", "staff"),
    "dispute_event": ("dispute_id", "dispute"),
    "dispute_team_member": ("dispute_id", "dispute"),
}
_PSYCH_VIA = {
    "crisis_record": ("person_id", "psych_person"),
    "follow_up": ("person_id", "psych_person"),
    "psych_case_link": ("person_id", "psych_person"),
    "psych_crisis": ("person_id", "psych_person"),
    "psych_service": ("person_id", "psych_person"),
    "referral": ("person_id", "psych_person"),
    "psych_crisis_step": ("crisis_id", "psych_crisis"),
    "referral_step": ("referral_id", "referral"),
}
#: tables that never leave the desk
LOCAL_TABLES = frozenset({"sync_state", "sync_base", "sync_inflight", "alembic_version"})


def _spec(name: str) -> SyncTable:
    append_only = "dirty" in Base.metadata.tables[name].c and _is_append_only(name)
    if name in _SHARED or name == "reference_revision":
        return SyncTable(name, Scope.SHARED, append_only=append_only)
    if name in ("audit_log", "psych_access"):
        return SyncTable(name, Scope.OWN, psych=name == "psych_access", append_only=True)
    if name in _STREET:
        return SyncTable(name, Scope.STREET, append_only=append_only)
    if name == "psych_person":
        return SyncTable(name, Scope.STREET, psych=True)
    if name in _VIA:
        via, parent = _VIA[name]
        return SyncTable(name, Scope.VIA, via, parent, append_only=append_only)
    if name in _PSYCH_VIA:
        via, parent = _PSYCH_VIA[name]
        return SyncTable(name, Scope.VIA, via, parent, psych=True, append_only=append_only)
    raise LookupError(f"table {name} has no sync rule; add it to app/services/sync/tables.py")


def _is_append_only(name: str) -> bool:
    from app.models import AppendOnly

    return any(
        getattr(mapper.local_table, "name", None) == name and issubclass(mapper.class_, AppendOnly)
        for mapper in Base.registry.mappers
    )


@cache
def synced_tables() -> tuple[SyncTable, ...]:
    """Every synced table, parents before children."""
    return tuple(
        _spec(table.name) for table in Base.metadata.sorted_tables if table.name not in LOCAL_TABLES
    )


@cache
def by_name() -> dict[str, SyncTable]:
    return {spec.name: spec for spec in synced_tables()}


def street_path(spec: SyncTable) -> list[tuple[str, str]]:
    """The (column, parent table) steps from a VIA row up to a row with ``street_id``."""
    steps: list[tuple[str, str]] = []
    while spec.scope is Scope.VIA:
        steps.append((spec.via, spec.parent))
        spec = by_name()[spec.parent]
    return steps


def refers_to_itself(table: Table) -> bool:
    """Rows that name rows of the same table (an institution's parent)."""
    return any(fk.column.table is table for fk in table.foreign_keys)
