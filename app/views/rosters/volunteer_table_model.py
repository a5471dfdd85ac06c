"""The volunteers of the mass prevention forces (群防群治力量)."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from app.services.rosters import VolunteerRow
from app.views.models.row_table_model import Column
from app.views.rosters.model_support import name_key, text_key
from app.views.rosters.people_filtering import volunteer_identity
from app.views.rosters.people_table_model import PeopleTableModel
from app.views.translation_marks import QT_TRANSLATE_NOOP


def _text(value: Callable[[VolunteerRow], str]) -> Callable[[VolunteerRow], str]:
    return lambda row: text_key(value(row))


def _name(r: VolunteerRow) -> str:
    return r.name


def _team(r: VolunteerRow) -> str:
    return r.team


def _grid(r: VolunteerRow) -> str:
    return r.grid


def _unit(r: VolunteerRow) -> str:
    return r.unit


def _skills(r: VolunteerRow) -> str:
    return r.skills


COLUMNS: tuple[Column[VolunteerRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("VolunteerTableModel", "Name"), _name, sort=lambda r: name_key(r.name)
    ),
    Column(QT_TRANSLATE_NOOP("VolunteerTableModel", "Mobile"), lambda r: r.phone),
    Column(QT_TRANSLATE_NOOP("VolunteerTableModel", "Team"), _team, sort=_text(_team)),
    Column(QT_TRANSLATE_NOOP("VolunteerTableModel", "Grid"), _grid, sort=_text(_grid)),
    Column(QT_TRANSLATE_NOOP("VolunteerTableModel", "Unit"), _unit, sort=_text(_unit)),
    Column(QT_TRANSLATE_NOOP("VolunteerTableModel", "Skills"), _skills, sort=_text(_skills)),
)


class VolunteerTableModel(PeopleTableModel[VolunteerRow]):
    NAME, PHONE, TEAM, GRID, UNIT, SKILLS = range(6)
    context = "VolunteerTableModel"
    columns = COLUMNS

    def identity(self, row: VolunteerRow) -> Hashable:
        return volunteer_identity(row)
