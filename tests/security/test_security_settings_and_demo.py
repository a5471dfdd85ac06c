"""Settings changes and the demo reset are refused in the services, not only greyed out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.services.auth import mark_demo_database
from app.services.database import open_sqlite
from app.services.demo.reset import reset_demo_database
from app.services.errors import DomainError, PermissionDenied
from app.services.settings import (
    AppConfig,
    config_path,
    load_config,
    remember_language,
    save_settings,
)


def test_a_clerk_cannot_change_the_desk_settings(role_actor: Any) -> None:
    with pytest.raises(PermissionDenied):
        save_settings(role_actor("clerk"), AppConfig(central_url="postgresql://evil/db"))
    assert not config_path().exists()


def test_an_administrator_can(role_actor: Any) -> None:
    save_settings(role_actor("admin"), AppConfig(idle_lock_minutes=30))
    assert load_config().idle_lock_minutes == 30


def test_choosing_the_language_keeps_the_other_settings(role_actor: Any) -> None:
    save_settings(role_actor("admin"), AppConfig(central_url="postgresql+psycopg://desk@hq/sd"))
    remember_language("en")
    config = load_config()
    assert (config.language, config.central_url) == ("en", "postgresql+psycopg://desk@hq/sd")


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    db = open_sqlite(path)
    with db.session() as session:
        mark_demo_database(session)
    db.dispose()
    return path


def test_a_clerk_cannot_reset_the_demo_data(demo_file: Path, role_actor: Any) -> None:
    before = demo_file.read_bytes()
    database = open_sqlite(demo_file)
    try:
        with pytest.raises(PermissionDenied):
            reset_demo_database(database, role_actor("clerk"))
    finally:
        database.dispose()
    assert demo_file.read_bytes() == before


def test_a_real_desk_is_never_reset(db_path: Path, database: Any, role_actor: Any) -> None:
    before = db_path.read_bytes()
    with pytest.raises(DomainError, match="demo"):
        reset_demo_database(database, role_actor("admin"))
    assert db_path.read_bytes() == before
