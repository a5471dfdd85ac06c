"""What an organisation import's dry run reports and what a confirmed import writes:
plain frozen values."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from app.services.organisation.nodes import OrgKind
from app.services.organisation.workbook.layout import SheetKey
from app.services.roster_io.plan_rows import RowAction, RowProblem


@dataclass(frozen=True)
class OrgPlanRow:
    sheet: str
    row_number: int
    sheet_key: SheetKey
    action: RowAction
    code: str = ""
    name: str = ""
    problems: tuple[RowProblem, ...] = ()
    #: for an update: the columns (headers) that change
    changes: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntryWrite:
    entity: OrgKind
    id: uuid.UUID
    #: None: a new entry; otherwise the version the plan saw
    version: int | None
    values: Mapping[str, object]


@dataclass(frozen=True)
class OrgPlan:
    file_name: str
    rows: tuple[OrgPlanRow, ...]
    writes: tuple[EntryWrite, ...]
    ignored_headers: tuple[str, ...] = ()

    def count(self, action: RowAction, sheet_key: SheetKey | None = None) -> int:
        return sum(
            1
            for row in self.rows
            if row.action == action and (sheet_key is None or row.sheet_key == sheet_key)
        )

    @property
    def errors(self) -> list[OrgPlanRow]:
        return [row for row in self.rows if row.action == RowAction.ERROR]

    @property
    def has_writes(self) -> bool:
        return bool(self.writes)

    def fingerprint(self) -> tuple[object, ...]:
        """What the plan would do, to tell whether the database moved since the dry run."""
        return tuple((r.sheet_key, r.row_number, r.action, r.changes) for r in self.rows)
