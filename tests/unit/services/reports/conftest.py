"""One scale-1 demo database for the report tests, built once and only read."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

DEMO_AS_OF = date(2026, 6, 30)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.services.demo.generator import write_demo_database

    path = tmp_path_factory.mktemp("reports") / "demo.sqlite"
    write_demo_database(path, scale=1, seed=7, as_of=DEMO_AS_OF)
    return path


@pytest.fixture
def demo(demo_file: Path) -> Iterator[object]:
    """The shared demo database, opened read-mostly (tests must not write to it)."""
    from app.services.database import open_sqlite

    database = open_sqlite(demo_file)
    yield database
    database.dispose()


@pytest.fixture
def demo_copy_path(demo_file: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database file, for tests that write."""
    path = tmp_path / "copy.sqlite"
    shutil.copyfile(demo_file, path)
    return path


@pytest.fixture
def demo_copy(demo_copy_path: Path) -> Iterator[object]:
    """The private copy, opened."""
    from app.services.database import open_sqlite

    database = open_sqlite(demo_copy_path)
    yield database
    database.dispose()
