"""What the roster forms offer to choose from, for one street.

Departments and teams with the street's own labels, grids, 幸福里 units, the posts that
are vacant today and the staff who can fill one, each with pinyin search keys so a clerk
finds 张三 by typing 张, ``zhang``, ``zs`` or part of the mobile number.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.services.permissions import Actor, Permission
from app.services.pinyin_search import search_keys, text_keys, text_sort_key
from app.services.rosters.filter_choices import roster_filter_choices
from app.services.rosters.people import load_staff
from app.services.rosters.rows import NodeKind, PostStatus
from app.services.rosters.tree import load_tree
from app.services.street_scope import street_service


@dataclass(frozen=True, slots=True)
class FormOption:
    """One entry of a form's list: what it shows, the id it stands for, its search keys."""

    label: str
    value: uuid.UUID
    keys: str


@dataclass(frozen=True, slots=True)
class StaffChoice:
    """A staff member to second into a post, with what they hold now."""

    staff_id: uuid.UUID
    name: str
    phone: str
    department: str
    #: "凤凰商务幸福里 · 格长", several joined by "；"; empty when not seconded today
    posts: str
    keys: str


@dataclass(frozen=True)
class FormChoices:
    street_id: uuid.UUID | None
    departments: tuple[FormOption, ...] = ()
    teams: tuple[FormOption, ...] = ()
    grids: tuple[FormOption, ...] = ()
    units: tuple[FormOption, ...] = ()
    #: posts nobody holds today, labelled "unit · post"
    vacant_posts: tuple[FormOption, ...] = ()
    staff: tuple[StaffChoice, ...] = field(default_factory=tuple)


def _option(label: str, value: uuid.UUID) -> FormOption:
    return FormOption(label, value, text_keys(label))


def _sorted(options: list[FormOption]) -> tuple[FormOption, ...]:
    return tuple(sorted(options, key=lambda o: text_sort_key(o.label)))


def _grid_label(keys: list[str]) -> str:
    """A grid is indexed by its name and its code (folded); the name is the key with
    Chinese in it, the code the plain one."""
    named = sorted(k for k in keys if not k.isascii())
    return (named or sorted(keys))[0]


@street_service(Permission.ROSTER_VIEW)
def form_street(session: Session, actor: Actor, street_id: uuid.UUID | None) -> uuid.UUID | None:
    """The street meant: as given, the actor's, or the only one on this desk."""
    if street_id is not None:
        return street_id
    if actor.street_id is not None:
        return actor.street_id
    streets = load_tree(session, actor)
    return streets[0].id if len(streets) == 1 else None


@street_service(Permission.ROSTER_VIEW)
def load_form_choices(
    session: Session,
    actor: Actor,
    street_id: uuid.UUID | None,
    language: str,
    *,
    with_staff: bool = False,
) -> FormChoices:
    """Everything a person or post form chooses from, for one street."""
    from app.services.roster_io.lookups import load_lookups  # roster_io builds on rosters

    street = form_street(session, actor, street_id)
    filters = roster_filter_choices(session, actor, street_id=street, language=language)
    departments = tuple(_option(label, value) for value, label in filters.departments)
    teams = tuple(_option(label, value) for value, label in filters.teams)
    grids: list[FormOption] = []
    if street is not None:
        grid_keys: dict[uuid.UUID, list[str]] = {}
        for key, ids in load_lookups(session, street).grids.ids.items():
            for grid_id in ids:
                grid_keys.setdefault(grid_id, []).append(key)
        grids = [_option(_grid_label(keys), grid_id) for grid_id, keys in grid_keys.items()]
    units: list[FormOption] = []
    vacant: list[FormOption] = []
    for root in load_tree(session, actor, street_id=street, language=language):
        for node in root.walk():
            if node.kind != NodeKind.UNIT:
                continue
            units.append(_option(node.label, node.id))
            for post in node.children:
                if post.kind == NodeKind.POST and post.vacancies:
                    vacant.append(_option(f"{node.label} · {post.label}", post.id))
    return FormChoices(
        street_id=street,
        departments=departments,
        teams=teams,
        grids=_sorted(grids),
        units=_sorted(units),
        vacant_posts=tuple(vacant),
        staff=load_staff_choices(session, actor, street, language) if with_staff else (),
    )


@street_service(Permission.ROSTER_VIEW)
def load_staff_choices(
    session: Session, actor: Actor, street_id: uuid.UUID | None, language: str
) -> tuple[StaffChoice, ...]:
    """Every live staff member of the street once, in pinyin order, with their posts."""
    people: dict[uuid.UUID, StaffChoice] = {}
    posts: dict[uuid.UUID, list[str]] = {}
    for row in load_staff(session, actor, street_id=street_id, language=language).rows:
        if row.staff_id is None:
            continue
        if row.status == PostStatus.ACTIVE:
            posts.setdefault(row.staff_id, []).append(f"{row.unit} · {row.post}")
        if row.staff_id not in people:
            people[row.staff_id] = StaffChoice(
                row.staff_id,
                row.name,
                row.phone,
                row.department,
                "",
                search_keys(row.name, row.phone, row.department),
            )
    return tuple(
        StaffChoice(
            p.staff_id, p.name, p.phone, p.department, "；".join(posts.get(p.staff_id, [])), p.keys
        )
        for p in people.values()
    )
