"""Which person on the roster a file's row is about: by mobile number first, then name.

Excel and WPS on Chinese Windows save CSV in GBK, which has no room for rare characters
such as 𠀾 or 𪚥: they come back as "?". A row whose name differs from a roster name only
where the file has "?" is that person, and the roster's name is kept. A row with the
mobile number of one person but another name renames that person (the plan shows it).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services.errors import N_
from app.services.roster_io.layout import PersonKind
from app.services.roster_io.lookups import ExistingPerson, RosterLookups
from app.services.roster_io.plan_rows import RowProblem

LOST_CHARACTER = "?"


@dataclass(frozen=True)
class Match:
    """The person a row is about (None: a new person) and the name to keep for them."""

    person: ExistingPerson | None = None
    name: str = ""
    problem: RowProblem | None = None


def lost_characters_only(file_name: str, roster_name: str) -> bool:
    """True when the names differ only where the file has "?" (one per lost character)."""
    return (
        LOST_CHARACTER in file_name
        and len(file_name) == len(roster_name)
        and file_name != roster_name
        and all(f in (r, LOST_CHARACTER) for f, r in zip(file_name, roster_name, strict=True))
    )


def match_person(lookups: RosterLookups, kind: PersonKind, name: str, phone: str) -> Match:
    if kind == PersonKind.STAFF:
        same: list[ExistingPerson] = list(lookups.staff.get((name, phone), []))
        by_phone: list[ExistingPerson] = list(lookups.staff_phones.get(phone, []))
    else:
        same = list(lookups.volunteers.get((name, phone), []))
        by_phone = list(lookups.volunteer_phones.get(phone, []))
    if len(same) > 1:
        return _problem(N_("More than one person on the roster has this name and mobile number."))
    if same:
        return Match(same[0], name)
    lost = [p for p in by_phone if lost_characters_only(name, p.name)]
    if len(lost) == 1:
        return Match(lost[0], lost[0].name)
    if len(by_phone) > 1:
        return _problem(
            N_(
                "More than one person on the roster has this mobile number, none of them"
                " with this name."
            )
        )
    if LOST_CHARACTER in name:
        return _problem(
            N_(
                "The name has “?” where characters were lost: the file was saved in an"
                " encoding (GBK) that cannot hold them. Save it as .xlsx or CSV UTF-8 and"
                " check it again."
            )
        )
    if by_phone:
        return Match(by_phone[0], name)
    return Match(None, name)


def _problem(message: str) -> Match:
    return Match(problem=RowProblem("name", message))
