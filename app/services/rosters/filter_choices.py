"""What the Rosters pane's filters offer: unit types, departments, post kinds and teams.

Labels are in the user's language; when the scope spans several streets, a department's
or a team's label names its street, since every street has its own 党建办.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import Department, PostKind, Street, UnitType, VolunteerTeam
from app.services.permissions import Actor, Permission
from app.services.pinyin_search import text_sort_key
from app.services.rosters.occupancy import TIER_ORDER, label
from app.services.street_scope import street_service

Choice = tuple[uuid.UUID, str]


@dataclass(frozen=True, slots=True)
class RosterFilterChoices:
    unit_types: tuple[Choice, ...] = ()
    departments: tuple[Choice, ...] = ()
    #: (id, label, tier) in tier then template order
    post_kinds: tuple[tuple[uuid.UUID, str, str], ...] = ()
    teams: tuple[Choice, ...] = ()


def _by_street(
    rows: list[tuple[uuid.UUID, str, uuid.UUID | None]], streets: dict[uuid.UUID, str]
) -> tuple[Choice, ...]:
    many = len(streets) > 1
    out = [
        (
            row_id,
            f"{name}（{streets[sid]}）"
            if many and sid in streets and streets[sid] not in name
            else name,
        )
        for row_id, name, sid in rows
    ]
    out.sort(key=lambda choice: text_sort_key(choice[1]))
    return tuple(out)


@street_service(Permission.ROSTER_VIEW)
def roster_filter_choices(
    session: Session,
    actor: Actor,
    *,
    street_id: uuid.UUID | None = None,
    language: str = "zh_CN",
) -> RosterFilterChoices:
    """Live reference rows and the departments and teams of the streets in scope."""
    street_id = street_id if street_id is not None else actor.street_id
    street_query = select(Street.id, Street.name).where(Street.deleted_at.is_(None))
    if street_id is not None:
        street_query = street_query.where(Street.id == street_id)
    streets = {sid: name for sid, name in session.execute(street_query)}

    unit_types = tuple(
        (type_id, label(zh, en, language))
        for type_id, zh, en in session.execute(
            select(UnitType.id, UnitType.name_zh, UnitType.name_en)
            .where(UnitType.deleted_at.is_(None))
            .order_by(UnitType.sort_order)
        )
    )
    kinds = [
        (kind_id, label(zh, en, language), tier, order)
        for kind_id, zh, en, tier, order in session.execute(
            select(
                PostKind.id, PostKind.name_zh, PostKind.name_en, PostKind.tier, PostKind.sort_order
            ).where(PostKind.deleted_at.is_(None))
        )
    ]
    kinds.sort(key=lambda k: (TIER_ORDER.get(k[2], 9), k[3]))

    dept_query = select(Department.id, Department.name, Department.street_id).where(
        Department.deleted_at.is_(None)
    )
    team_query = select(VolunteerTeam.id, VolunteerTeam.name, VolunteerTeam.street_id).where(
        VolunteerTeam.deleted_at.is_(None)
    )
    if street_id is not None:
        # district departments (no street) second staff into every street
        dept_query = dept_query.where(
            or_(Department.street_id == street_id, Department.street_id.is_(None))
        )
        team_query = team_query.where(VolunteerTeam.street_id == street_id)
    departments = [(row[0], row[1], row[2]) for row in session.execute(dept_query)]
    teams = [(row[0], row[1], row[2]) for row in session.execute(team_query)]
    return RosterFilterChoices(
        unit_types=unit_types,
        departments=_by_street(departments, streets),
        post_kinds=tuple((k[0], k[1], k[2]) for k in kinds),
        teams=_by_street(teams, streets),
    )
