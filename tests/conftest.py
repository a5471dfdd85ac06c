"""Shared fixtures: offscreen Qt, a fresh migrated SQLite database per test, actors."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.actors import actor_with_role

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True, scope="session")
def _memory_keyring() -> Iterator[object]:
    """Database keys go to a keyring in memory, shared by the run (demo templates made
    once are copied into many tests); a key file named by the developer is ignored."""
    import keyring

    from tests.helpers.memory_keyring import MemoryKeyring

    os.environ.pop("STREETDESK_KEY_FILE", None)
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Config and data folders per test, so no test touches the real user's files."""
    monkeypatch.setenv("STREETDESK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("STREETDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite"


@pytest.fixture
def database(db_path: Path) -> Iterator[object]:
    """A fresh, migrated SQLite database (reference data seeded, no demo data)."""
    from app.services.database import open_sqlite

    db = open_sqlite(db_path)
    yield db
    db.dispose()


@pytest.fixture
def system_actor() -> object:
    from app.services.permissions import Actor

    return Actor.system("tester")


@pytest.fixture
def role_actor(database: object) -> object:
    """``role_actor("clerk")``: an actor with exactly what the seeded role holds."""
    return lambda role_code: actor_with_role(database, role_code)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A new, empty PostgreSQL database for one test, dropped after it.

    In CI a missing server fails the test; elsewhere the test is skipped.
    """
    from tests.helpers.postgres import scratch_database

    with scratch_database("streetdesk_test") as url:
        yield url
