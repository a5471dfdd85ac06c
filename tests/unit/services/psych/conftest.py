"""Fixtures for the registry services: a database with a small registry, and actors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from app.models import reference_id
from app.services.database import Database
from app.services.permissions import Actor, permissions_of_role
from tests.helpers.psych_registry import SampleRegistry, build_sample_registry


@pytest.fixture
def db(database: Any) -> Database:
    assert isinstance(database, Database)
    return database


@pytest.fixture
def registry(db: Database) -> SampleRegistry:
    with db.session("seed") as session:
        return build_sample_registry(session, Actor.system("seed"))


@pytest.fixture
def as_role(db: Database) -> Callable[[str], Actor]:
    """An actor holding exactly the seeded permissions of a role."""

    def make(role_code: str) -> Actor:
        with db.session() as session:
            perms = permissions_of_role(session, reference_id("role", role_code))
        return Actor(f"{role_code}_user", f"{role_code} user", role_code, perms)

    return make


@pytest.fixture
def registry_with(registry: SampleRegistry) -> SampleRegistry:
    """The registry, under a name that does not shadow the registry service module."""
    return registry
