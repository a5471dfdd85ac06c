"""Announcements seen on the change hub, for assertions."""

from __future__ import annotations

import uuid
from typing import Any

from app.views.changes import Area, Changes


def announced_once(seen: list[Any], area: str) -> frozenset[uuid.UUID]:
    """The ids of ``area`` in the one announcement made (fails on none or several)."""
    assert len(seen) == 1, f"{len(seen)} announcements: {seen}"
    changes = seen[0]
    assert isinstance(changes, Changes) and changes.touches(Area(area)), changes
    ids = changes.ids(Area(area))
    assert ids is not None, "the rows written were not named"
    return ids
