"""Fixtures for the dispute services: the database, a roster and actors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from app.models import reference_id
from app.services.database import Database
from app.services.permissions import Actor, permissions_of_role
from tests.helpers.disputes import Roster, build_roster


@pytest.fixture
def db(database: Any) -> Database:
    assert isinstance(database, Database)
    return database


@pytest.fixture
def roster(db: Database) -> Roster:
    with db.session("seed") as session:
        return build_roster(session)


@pytest.fixture
def actor() -> Actor:
    return Actor.system("clerk1")


@pytest.fixture
def role_actor(db: Database) -> Callable[[str], Actor]:
    """An actor holding exactly the seeded permissions of a role."""

    def make(role_code: str) -> Actor:
        with db.session() as session:
            perms = permissions_of_role(session, reference_id("role", role_code))
        return Actor(f"{role_code}_user", f"{role_code} user", role_code, perms)

    return make
