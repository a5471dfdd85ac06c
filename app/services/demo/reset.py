"""Replacing the demo database with a freshly generated set, for a role allowed to."""

from __future__ import annotations

from app.services import audit
from app.services.auth import is_demo_database
from app.services.database import Database, open_sqlite
from app.services.demo.generator import write_demo_database
from app.services.errors import N_, DomainError
from app.services.permissions import Actor, Permission, require


def reset_demo_database(
    database: Database, actor: Actor, *, scale: int = 1, seed: int = 1
) -> Database:
    """Throw the demo data away and generate it anew; returns the reopened database.

    Refused unless the actor's role allows ``demo.reset`` and the database is marked
    as demo data; ``database`` is closed and must not be used afterwards. The reset is
    recorded in the new database's audit log, the old one being gone.
    """
    require(actor, Permission.DEMO_RESET)
    if database.path is None:
        raise DomainError(N_("Only the demo database on this desk can be reset."))
    with database.session() as session:
        if not is_demo_database(session):
            raise DomainError(N_("Only the demo database on this desk can be reset."))
    path = database.path
    database.dispose()
    write_demo_database(path, scale=scale, seed=seed)
    fresh = open_sqlite(path)
    with fresh.session(actor.username) as session:
        audit.record(session, actor.username, "reset_demo", "database", path.name)
    return fresh
