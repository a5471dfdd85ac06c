"""Actors for tests, holding exactly what a seeded role grants."""

from __future__ import annotations


def actor_with_role(database: object, role_code: str) -> object:
    """An actor holding exactly the permissions the seeded role has."""
    from app.models import reference_id
    from app.services.permissions import Actor, permissions_of_role

    with database.session() as session:  # type: ignore[attr-defined]
        perms = permissions_of_role(session, reference_id("role", role_code))
    return Actor(f"{role_code}_user", f"{role_code} user", role_code, perms)
