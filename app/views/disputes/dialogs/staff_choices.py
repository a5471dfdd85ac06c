"""Who can be chosen as a case owner, and which units a case can belong to, as combo
choices searchable by pinyin. Read inside an operation's unit of work
(``app.views.disputes.operations``)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from app.services.disputes import filter_choices
from app.services.permissions import Actor, Permission
from app.services.pinyin_search import pinyin_sort_key, search_keys, text_keys
from app.services.rosters import load_staff
from app.views.widgets.pinyin_combo import Choice

if TYPE_CHECKING:
    from app.services.unit_of_work import Session


def staff_label(name: str, department: str) -> str:
    return f"{name}（{department}）" if department else name


def owner_choices(session: Session, actor: Actor, street_id: uuid.UUID | None) -> list[Choice]:
    """Everyone on the street's roster (name and department), in pinyin order.

    A role that cannot read the roster still sees the people who already own cases.
    """
    if not actor.can(Permission.ROSTER_VIEW):
        owners = filter_choices(session, actor).owners
        return [Choice(owner.name, owner.staff_id) for owner in owners]
    seen: set[uuid.UUID] = set()
    choices = []
    for row in load_staff(session, actor, street_id=street_id).rows:
        if row.staff_id is None or row.staff_id in seen:
            continue
        seen.add(row.staff_id)
        choices.append(
            Choice(
                staff_label(row.name, row.department),
                row.staff_id,
                search_keys(row.name, row.department),
            )
        )
    choices.sort(key=lambda choice: pinyin_sort_key(choice.label))
    return choices


def unit_choices(session: Session, actor: Actor, language: str) -> list[Choice]:
    """The street's live units with their type, in pinyin order."""
    choices = filter_choices(session, actor)
    return [
        Choice(
            f"{unit.name}（{choices.labels.name('unit_type', unit.unit_type, language)}）",
            unit.id,
            text_keys(unit.name),
        )
        for unit in choices.units
    ]
