"""A sample street (one unit of each type, departments, grids, teams) per test."""

from __future__ import annotations

import pytest

from app.services.permissions import Actor
from tests.helpers.sample_street import SampleStreet, build_sample_street


@pytest.fixture
def actor() -> Actor:
    return Actor.system("clerk1")


@pytest.fixture
def street(database: object, actor: Actor) -> SampleStreet:
    with database.session("seed") as session:  # type: ignore[attr-defined]
        return build_sample_street(session, actor)
