"""Reference lists the dispute services read (codes, ids, labels), loaded in a few queries.

Cards carry codes; views turn a code into a label in the user's language with
``Labels.name(kind, code, language)``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    DisputeCategory,
    DisputeSource,
    ResolutionMethod,
    Severity,
    UnitType,
)
from app.services.errors import N_, ValidationError

#: Team roles of the 情理法 three-person team, plus the leader and the unit's grid staff.
TEAM_ROLES: dict[str, tuple[str, str]] = {
    "qing": ("情（属地街道）", "Street (qing)"),
    "li": ("理（职能部门）", "Department (li)"),
    "fa": ("法（公安机关）", "Police (fa)"),
    "leader": ("领导干部", "Leader"),
    "grid": ("网格力量", "Grid staff"),
}

#: Where an escalated case goes when risk remains after the team.
ESCALATION_LEVELS: dict[str, tuple[str, str]] = {
    "leader_visit": ("领导干部约访", "Leader visit"),
    "special_reception": ("专场接待", "Special reception"),
    "family_visit": ("家访", "Family visit"),
    "district": ("提级至区", "Referred to the district"),
}

WARNING_COLOUR_LABELS: dict[str, tuple[str, str]] = {
    "red": ("红色预警", "Red"),
    "orange": ("橙色预警", "Orange"),
    "yellow": ("黄色预警", "Yellow"),
    "blue": ("蓝色预警", "Blue"),
}

_TABLES: dict[str, Any] = {
    "category": DisputeCategory,
    "severity": Severity,
    "source": DisputeSource,
    "resolution_method": ResolutionMethod,
    "unit_type": UnitType,
}


@dataclass(frozen=True, slots=True)
class RefItem:
    id: uuid.UUID
    code: str
    name_zh: str
    name_en: str
    sort_order: int

    def label(self, language: str) -> str:
        return self.name_zh if language.startswith("zh") else self.name_en


@dataclass(frozen=True)
class Labels:
    """Code → item for each reference list a card or a timeline names."""

    lists: dict[str, tuple[RefItem, ...]]

    def items(self, kind: str) -> tuple[RefItem, ...]:
        return self.lists.get(kind, ())

    def name(self, kind: str, code: str | None, language: str = "zh_CN") -> str:
        for item in self.items(kind):
            if item.code == code:
                return item.label(language)
        return code or ""


def _fixed(kind: str, table: dict[str, tuple[str, str]]) -> tuple[RefItem, ...]:
    return tuple(
        RefItem(uuid.uuid5(uuid.NAMESPACE_URL, f"{kind}:{code}"), code, zh, en, order)
        for order, (code, (zh, en)) in enumerate(table.items())
    )


@dataclass(frozen=True)
class ReferenceData:
    """Each list by code (live rows only) and by id (removed rows too)."""

    by_code: dict[str, dict[str, RefItem]]
    by_id: dict[str, dict[uuid.UUID, RefItem]]

    def id_of(self, kind: str, code: str, field: str | None = None) -> uuid.UUID:
        item = self.by_code[kind].get(code)
        if item is None:
            raise ValidationError(
                field or kind, N_("{code} is not a known entry of this list."), code=code
            )
        return item.id

    def code_of(self, kind: str, item_id: uuid.UUID | None) -> str:
        if item_id is None:
            return ""
        item = self.by_id[kind].get(item_id)
        return item.code if item else ""

    def labels(self, stages: tuple[RefItem, ...]) -> Labels:
        lists = {
            kind: tuple(sorted(items.values(), key=lambda item: item.sort_order))
            for kind, items in self.by_id.items()
        }
        lists["stage"] = stages
        lists["team_role"] = _fixed("team_role", TEAM_ROLES)
        lists["escalation_level"] = _fixed("escalation_level", ESCALATION_LEVELS)
        lists["colour"] = _fixed("colour", WARNING_COLOUR_LABELS)
        return Labels(lists)


def load_reference_data(session: Session) -> ReferenceData:
    by_code: dict[str, dict[str, RefItem]] = {}
    by_id: dict[str, dict[uuid.UUID, RefItem]] = {}
    for kind, model in _TABLES.items():
        rows = session.execute(
            select(
                model.id,
                model.code,
                model.name_zh,
                model.name_en,
                model.sort_order,
                model.deleted_at.is_(None),
            )
        ).all()
        # Removed entries still name the old cases that use them, but take no new ones.
        by_code[kind] = {row[1]: RefItem(*row[:5]) for row in rows if row[5]}
        by_id[kind] = {row[0]: RefItem(*row[:5]) for row in rows}
    return ReferenceData(by_code, by_id)
