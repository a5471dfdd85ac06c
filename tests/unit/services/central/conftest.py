from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.central import drop_central_roles


@pytest.fixture
def central_url(postgres_url: str) -> Iterator[str]:
    """A fresh PostgreSQL database; the roles made on it are dropped before it is
    (roles belong to the cluster and outlive the database)."""
    try:
        yield postgres_url
    finally:
        drop_central_roles(postgres_url)
