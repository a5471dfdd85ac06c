"""What the roster dialogs offer to choose from, as the pinyin combos take it.

The lists themselves (departments and teams with the street's own labels, grids,
幸福里 units, vacant posts, staff with their posts) come from the roster services through
``operations.form_choices``; this only turns them into combo entries.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from app.services.rosters import FormChoices, FormOption, StaffChoice
from app.views.widgets.pinyin_combo import Choice

__all__ = ["RosterChoices", "StaffChoice"]


def _choices(options: tuple[FormOption, ...]) -> tuple[Choice, ...]:
    return tuple(Choice(option.label, option.value, option.keys) for option in options)


@dataclass(frozen=True)
class RosterChoices:
    street_id: uuid.UUID | None
    departments: tuple[Choice, ...] = ()
    teams: tuple[Choice, ...] = ()
    grids: tuple[Choice, ...] = ()
    units: tuple[Choice, ...] = ()
    #: posts nobody holds today, labelled "unit · post"
    vacant_posts: tuple[Choice, ...] = ()
    staff: tuple[StaffChoice, ...] = field(default_factory=tuple)

    @classmethod
    def of(cls, found: FormChoices) -> RosterChoices:
        return cls(
            street_id=found.street_id,
            departments=_choices(found.departments),
            teams=_choices(found.teams),
            grids=_choices(found.grids),
            units=_choices(found.units),
            vacant_posts=_choices(found.vacant_posts),
            staff=found.staff,
        )
