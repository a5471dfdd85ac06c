"""Shared fixtures: offscreen Qt, a fresh migrated SQLite database per test, actors."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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


def actor_with_role(database: object, role_code: str) -> object:
    """An actor holding exactly the permissions the seeded role has."""
    from app.models import reference_id
    from app.services.permissions import Actor, permissions_of_role

    with database.session() as session:  # type: ignore[attr-defined]
        perms = permissions_of_role(session, reference_id("role", role_code))
    return Actor(f"{role_code}_user", f"{role_code} user", role_code, perms)
