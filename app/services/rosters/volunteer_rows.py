"""Loading the volunteers (群防群治力量) of the Rosters pane: tens of thousands of rows.

The load keeps the stored values and sorts them in pinyin order; a ``VolunteerRow`` is
built the first time the view reads that row, and filters read the stored values
directly. Team, grid and unit names come from small lookups keyed by the stored id, so
the big query touches the volunteer table only.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import fields
from datetime import date
from typing import Any, overload

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Grid, Unit, Volunteer, VolunteerTeam
from app.services.china_time import today_in_china
from app.services.permissions import Actor, Permission
from app.services.pinyin_search import person_keys, pinyin_sort_key, text_keys
from app.services.rosters.people import PeopleTable
from app.services.rosters.raw_ids import IdCache, raw_id
from app.services.rosters.rows import VolunteerRow
from app.services.street_scope import street_service

# positions in a stored row
_ID, _VERSION, _NAME, _PHONE, _TEAM, _GRID, _UNIT, _SKILLS, _STREET = range(9)
_FIELDS = frozenset(f.name for f in fields(VolunteerRow))
_NO_TEAM: tuple[uuid.UUID | None, str] = (None, "")
_NO_GRID: tuple[uuid.UUID | None, str, uuid.UUID | None] = (None, "", None)
_NO_UNIT: tuple[uuid.UUID | None, str, uuid.UUID | None, uuid.UUID | None] = (
    None,
    "",
    None,
    None,
)


class VolunteerRows(Sequence[VolunteerRow]):
    """The loaded volunteers in pinyin order; each row is built on first read and kept."""

    def __init__(
        self,
        stored: list[tuple[Any, ...]],
        ids: IdCache,
        teams: dict[Any, tuple[uuid.UUID | None, str]],
        grids: dict[Any, tuple[uuid.UUID | None, str, uuid.UUID | None]],
        units: dict[Any, tuple[uuid.UUID | None, str, uuid.UUID | None, uuid.UUID | None]],
    ) -> None:
        self._stored = stored
        self._built: list[VolunteerRow | None] = [None] * len(stored)
        self._ids = ids
        self._teams, self._grids, self._units = teams, grids, units

    def __len__(self) -> int:
        return len(self._stored)

    @overload
    def __getitem__(self, index: int) -> VolunteerRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[VolunteerRow]: ...

    def __getitem__(self, index: int | slice) -> VolunteerRow | list[VolunteerRow]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        row = self._built[index]
        if row is None:
            row = self._built[index] = self._build(self._stored[index])
        return row

    def _build(self, s: tuple[Any, ...]) -> VolunteerRow:
        team = self._teams.get(s[_TEAM], _NO_TEAM)
        grid = self._grids.get(s[_GRID], _NO_GRID)
        unit = self._units.get(s[_UNIT], _NO_UNIT)
        street = self._ids(s[_STREET])
        assert street is not None
        return VolunteerRow(
            self._ids.fresh(s[_ID]),
            s[_VERSION],
            s[_NAME],
            s[_PHONE],
            team[0],
            team[1],
            grid[0],
            grid[1],
            unit[0],
            unit[1],
            s[_SKILLS],
            street,
            grid[2] or unit[2],
            unit[3],
        )

    def field(self, index: int, name: str, missing: object) -> object:
        """A row's attribute for filtering, read from the stored values where it can be."""
        s = self._stored[index]
        if name == "unit_id":
            return self._units.get(s[_UNIT], _NO_UNIT)[0]
        if name == "street_id":
            return self._ids(s[_STREET])
        if name == "team_id":
            return self._teams.get(s[_TEAM], _NO_TEAM)[0]
        if name == "grid_id":
            return self._grids.get(s[_GRID], _NO_GRID)[0]
        if name == "unit_type_id":
            return self._units.get(s[_UNIT], _NO_UNIT)[3]
        if name == "community_id":
            return self._grids.get(s[_GRID], _NO_GRID)[2] or self._units.get(s[_UNIT], _NO_UNIT)[2]
        if name not in _FIELDS:
            return missing
        return getattr(self[index], name)

    def keys(self) -> tuple[str, ...]:
        """Search keys per row: name and phone, plus team, grid, unit and skills, which
        repeat across thousands of rows and are keyed once per combination."""
        shared_keys: dict[tuple[Any, Any, Any, str], str] = {}
        teams, grids, units = self._teams, self._grids, self._units
        out: list[str] = []
        append = out.append
        for s in self._stored:
            context = (s[_TEAM], s[_GRID], s[_UNIT], s[_SKILLS])
            shared = shared_keys.get(context)
            if shared is None:
                shared = shared_keys[context] = text_keys(
                    teams.get(s[_TEAM], _NO_TEAM)[1],
                    grids.get(s[_GRID], _NO_GRID)[1],
                    units.get(s[_UNIT], _NO_UNIT)[1],
                    s[_SKILLS],
                )
            append(person_keys(s[_NAME], s[_PHONE]) + shared)
        return tuple(out)


@street_service(Permission.ROSTER_VIEW)
def load_volunteers(
    session: Session,
    actor: Actor,
    *,
    street_id: uuid.UUID | None = None,
    today: date | None = None,
) -> PeopleTable[VolunteerRow]:
    """Every live volunteer in scope with team, grid and unit names, in pinyin order."""
    street_id = street_id if street_id is not None else actor.street_id
    ids = IdCache()
    teams = {
        raw: (ids(raw), name)
        for raw, name in session.execute(select(raw_id(VolunteerTeam.id), VolunteerTeam.name))
    }
    grids = {
        raw: (ids(raw), name, ids(community))
        for raw, name, community in session.execute(
            select(raw_id(Grid.id), Grid.name, raw_id(Grid.community_id))
        )
    }
    units = {
        raw: (ids(raw), name, ids(community), ids(unit_type))
        for raw, name, community, unit_type in session.execute(
            select(raw_id(Unit.id), Unit.name, raw_id(Unit.community_id), raw_id(Unit.unit_type_id))
        )
    }
    query = select(
        raw_id(Volunteer.id),
        Volunteer.version,
        Volunteer.name,
        Volunteer.phone,
        raw_id(Volunteer.team_id),
        raw_id(Volunteer.grid_id),
        raw_id(Volunteer.unit_id),
        Volunteer.skills,
        raw_id(Volunteer.street_id),
    ).where(Volunteer.deleted_at.is_(None))
    if street_id is not None:
        query = query.where(Volunteer.street_id == street_id)
    # Core execution: the ORM's row loading layer would double the time of this query
    stored: list[tuple[Any, ...]] = [tuple(r) for r in session.connection().execute(query)]
    stored.sort(key=lambda s: pinyin_sort_key(s[_NAME]))
    rows = VolunteerRows(stored, ids, teams, grids, units)
    return PeopleTable(rows, rows.keys, today or today_in_china(), rows.field)
