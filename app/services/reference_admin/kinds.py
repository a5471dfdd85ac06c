"""The reference lists an administrator may edit, described field by field.

Each kind names its table and its fields; a field is text, a whole number, an amount, a
yes/no (or "either"), a choice from another list, or the fields a stage move asks for.
A choice holds what identifies the chosen entry: a code for the coded lists, an id for
institutions and streets. Services and screens read the same description, so a new
editable list is one entry here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.models import (
    DeadlineRule,
    DisputeCategory,
    DisputeSource,
    DisputeStage,
    Institution,
    InstitutionKind,
    PsychGroup,
    ServiceCategory,
    ServiceItem,
    Severity,
    StageTransition,
    Street,
    WarningRule,
)

#: Field types.
TEXT, CODE, WHOLE, AMOUNT, FLAG, EITHER, CHOICE, MOVE_FIELDS = (
    "text",
    "code",
    "whole",
    "amount",
    "flag",
    "either",
    "choice",
    "move_fields",
)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str
    #: the model column (the field's name unless given)
    column: str = ""
    required: bool = True
    limit: int = 80
    low: int = 0
    high: int = 1_000_000
    #: CHOICE: the list the value is chosen from (see ``choices``)
    choices: str = ""

    @property
    def attribute(self) -> str:
        return self.column or self.name


@dataclass(frozen=True)
class KindSpec:
    key: str
    model: Any
    fields: tuple[FieldSpec, ...]
    #: the fields shown first in a list, in order
    order_by: tuple[str, ...] = ("sort_order", "code")
    #: a change may recolour cards or move their deadlines: preview it before saving
    rule: bool = False

    def field(self, name: str) -> FieldSpec:
        return next(spec for spec in self.fields if spec.name == name)


def _coded(*extra: FieldSpec) -> tuple[FieldSpec, ...]:
    return (
        FieldSpec("code", CODE, limit=40),
        FieldSpec("name_zh", TEXT, limit=80),
        FieldSpec("name_en", TEXT, required=False, limit=120),
        *extra,
        FieldSpec("sort_order", WHOLE, high=9999),
    )


#: Lists a choice field may name: the model and the column that identifies an entry.
CHOICE_TABLES: dict[str, tuple[Any, str]] = {
    "severity": (Severity, "code"),
    "stage": (DisputeStage, "code"),
    "institution_kind": (InstitutionKind, "code"),
    "service_category": (ServiceCategory, "code"),
    "institution": (Institution, "id"),
    "street": (Street, "id"),
}
#: Fixed lists (value, Chinese, English).
FIXED_CHOICES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "colour": (
        ("red", "红色预警", "Red"),
        ("orange", "橙色预警", "Orange"),
        ("yellow", "黄色预警", "Yellow"),
        ("blue", "蓝色预警", "Blue"),
    ),
    "catalogue": (
        ("project", "服务项目库", "Service project library"),
        ("happiness_list", "幸福清单", "Happiness list"),
    ),
    "item_status": (
        ("proposed", "群众提", "Proposed by residents"),
        ("selected", "书记选", "Selected by the secretary"),
        ("decided", "组织定", "Decided by the organisation"),
    ),
}

KINDS: tuple[KindSpec, ...] = (
    KindSpec("category", DisputeCategory, _coded()),
    KindSpec("source", DisputeSource, _coded()),
    KindSpec("stage", DisputeStage, _coded(FieldSpec("is_terminal", FLAG))),
    KindSpec(
        "move",
        StageTransition,
        (
            FieldSpec("from_stage", CHOICE, column="from_stage_id", choices="stage"),
            FieldSpec("to_stage", CHOICE, column="to_stage_id", choices="stage"),
            FieldSpec("required_fields", MOVE_FIELDS, required=False, limit=200),
        ),
        order_by=("from_stage", "to_stage"),
    ),
    KindSpec(
        "deadline",
        DeadlineRule,
        (
            FieldSpec("severity", CHOICE, column="severity_id", choices="severity"),
            FieldSpec("stage", CHOICE, column="stage_id", choices="stage"),
            FieldSpec("working_days", WHOLE, high=365),
        ),
        order_by=("stage", "severity"),
        rule=True,
    ),
    KindSpec(
        "warning",
        WarningRule,
        (
            FieldSpec("code", CODE, limit=40),
            FieldSpec("priority", WHOLE, high=9999),
            FieldSpec("colour", CHOICE, choices="colour"),
            FieldSpec("severity", CHOICE, column="severity_id", required=False, choices="severity"),
            FieldSpec("min_people", WHOLE, required=False),
            FieldSpec("min_amount", AMOUNT, required=False),
            FieldSpec("overdue", EITHER, required=False),
            FieldSpec("name_zh", TEXT, limit=120),
            FieldSpec("name_en", TEXT, required=False, limit=200),
        ),
        order_by=("priority", "code"),
        rule=True,
    ),
    KindSpec(
        "institution",
        Institution,
        (
            FieldSpec("name", TEXT, limit=120),
            FieldSpec("kind", CHOICE, column="kind_id", choices="institution_kind"),
            FieldSpec("parent", CHOICE, column="parent_id", required=False, choices="institution"),
            FieldSpec("street", CHOICE, column="street_id", required=False, choices="street"),
        ),
        order_by=("kind", "name"),
    ),
    KindSpec(
        "psych_group",
        PsychGroup,
        _coded(
            FieldSpec("rank", WHOLE, high=99), FieldSpec("followup_days", WHOLE, low=1, high=366)
        ),
        order_by=("rank", "code"),
    ),
    KindSpec("service_category", ServiceCategory, _coded()),
    KindSpec(
        "service_item",
        ServiceItem,
        (
            FieldSpec("title", TEXT, limit=120),
            FieldSpec("catalogue", CHOICE, choices="catalogue"),
            FieldSpec("category", CHOICE, column="category_id", choices="service_category"),
            FieldSpec("status", CHOICE, choices="item_status"),
            FieldSpec("street", CHOICE, column="street_id", choices="street"),
            FieldSpec("description", TEXT, required=False, limit=2000),
        ),
        order_by=("catalogue", "category", "title"),
    ),
)

_BY_KEY = {kind.key: kind for kind in KINDS}


def kind_spec(key: str) -> KindSpec:
    from app.services.errors import N_, NotFound

    found = _BY_KEY.get(key)
    if found is None:
        raise NotFound(N_("There is no reference list {kind}."), kind=key)
    return found
