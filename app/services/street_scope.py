"""A desk user bound to a street reads and writes only that street's records.

Every roster service is declared with ``@street_service(permission)``, which checks the
permission and then each street-bound id among the call's arguments: a ``street_id``,
or the id of a staff member, volunteer, unit, post, secondment, community, grid,
department or volunteer team, given directly or as a field of a form or plan. An id
of another street's record is refused before the service runs. A user with no street
(the district, the machine's own tools) sees every street.

The check lives here, in one place, so a new service only has to be declared; a test
walks every public roster service with another street's ids.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import uuid
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.models import (
    Community,
    Department,
    Grid,
    Post,
    Secondment,
    Staff,
    Unit,
    Volunteer,
    VolunteerTeam,
)
from app.services.errors import N_, PermissionDenied
from app.services.permissions import Actor, Permission, require

P = ParamSpec("P")
R = TypeVar("R")

#: Marks a function as declared through ``street_service`` (read by the tests).
SCOPE_MARK = "__street_permission__"


def _owner_queries() -> dict[str, Callable[[uuid.UUID], Select[Any]]]:
    """For each id argument name, the query of the street its record belongs to."""
    return {
        "staff_id": lambda i: select(Staff.street_id).where(Staff.id == i),
        "volunteer_id": lambda i: select(Volunteer.street_id).where(Volunteer.id == i),
        "unit_id": lambda i: select(Unit.street_id).where(Unit.id == i),
        "community_id": lambda i: select(Community.street_id).where(Community.id == i),
        "department_id": lambda i: select(Department.street_id).where(Department.id == i),
        "team_id": lambda i: select(VolunteerTeam.street_id).where(VolunteerTeam.id == i),
        "grid_id": lambda i: (
            select(Community.street_id)
            .join(Grid, Grid.community_id == Community.id)
            .where(Grid.id == i)
        ),
        "post_id": lambda i: (
            select(Unit.street_id).join(Post, Post.unit_id == Unit.id).where(Post.id == i)
        ),
        "secondment_id": lambda i: (
            select(Unit.street_id)
            .join(Post, Post.unit_id == Unit.id)
            .join(Secondment, Secondment.post_id == Post.id)
            .where(Secondment.id == i)
        ),
    }


_OWNER_QUERIES = _owner_queries()


def _as_id(value: object) -> uuid.UUID | None:
    if isinstance(value, uuid.UUID):
        return value
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            return None  # not an id at all: the service's own validation says so
    return None


def refuse_other_street(actor: Actor, street_id: uuid.UUID | None) -> None:
    """Raise unless ``street_id`` is the actor's street (or either has none)."""
    if actor.street_id is not None and street_id is not None and street_id != actor.street_id:
        raise PermissionDenied(N_("This belongs to another street; your account works on yours."))


def check_ids(session: Session, actor: Actor, named: dict[str, object]) -> None:
    """Refuse when any street-bound id in ``named`` belongs to another street.

    Ids of records that do not exist pass: the service reports them in its own words.
    A department or team without a street serves the whole district and passes too.
    """
    if actor.street_id is None:
        return
    for name, value in named.items():
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            check_ids(
                session,
                actor,
                {f.name: getattr(value, f.name) for f in dataclasses.fields(value)},
            )
            continue
        row_id = _as_id(value)
        if row_id is None:
            continue
        if name == "street_id":
            refuse_other_street(actor, row_id)
        elif name in _OWNER_QUERIES:
            refuse_other_street(actor, session.scalar(_OWNER_QUERIES[name](row_id)))


def street_service(permission: Permission) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Declare a service taking ``session`` and ``actor``: permission, then street scope."""

    def declare(service: Callable[P, R]) -> Callable[P, R]:
        signature = inspect.signature(service)
        for needed in ("session", "actor"):
            if needed not in signature.parameters:
                raise TypeError(f"{service.__qualname__} takes no {needed} argument")

        @functools.wraps(service)
        def checked(*args: P.args, **kwargs: P.kwargs) -> R:
            bound = signature.bind(*args, **kwargs)
            named = dict(bound.arguments)
            actor = named.pop("actor")
            session = named.pop("session")
            assert isinstance(actor, Actor) and isinstance(session, Session)
            require(actor, permission)
            check_ids(session, actor, named)
            return service(*args, **kwargs)

        setattr(checked, SCOPE_MARK, permission)
        return checked

    return declare
