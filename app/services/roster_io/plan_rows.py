"""What a dry run reports and what a confirmed import writes: plain frozen values."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date
from enum import StrEnum

from app.services.roster_io.layout import PersonKind


class RowAction(StrEnum):
    ADD = "add"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    ERROR = "error"


@dataclass(frozen=True)
class RowProblem:
    field: str
    message: str
    params: Mapping[str, object] = dataclass_field(default_factory=dict)

    def __str__(self) -> str:
        return self.message.format(**self.params)


@dataclass(frozen=True)
class PlanRow:
    sheet: str
    row_number: int
    kind: PersonKind | None
    action: RowAction
    name: str = ""
    phone: str = ""
    problems: tuple[RowProblem, ...] = ()
    #: for a duplicate: the row it repeats
    duplicate_of: int | None = None
    #: for an update: the fields that change
    changes: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonWrite:
    kind: PersonKind
    person_id: uuid.UUID
    #: None: a new person; otherwise the version the plan saw
    version: int | None
    values: Mapping[str, object]


@dataclass(frozen=True)
class SecondmentWrite:
    secondment_id: uuid.UUID
    version: int | None
    staff_id: uuid.UUID
    post_id: uuid.UUID
    start: date
    end: date | None


@dataclass(frozen=True)
class ImportPlan:
    file_name: str
    street_id: uuid.UUID
    rows: tuple[PlanRow, ...]
    ignored_headers: tuple[str, ...]
    people: tuple[PersonWrite, ...]
    secondments: tuple[SecondmentWrite, ...]

    def count(self, action: RowAction) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def errors(self) -> list[PlanRow]:
        return [row for row in self.rows if row.action == RowAction.ERROR]

    @property
    def has_writes(self) -> bool:
        return bool(self.people or self.secondments)
