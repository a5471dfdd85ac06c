"""A central database for sync tests, and desks that have joined it."""

from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path

from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.exc import DBAPIError

from app.models import Community, District, Street
from app.services.central.objects import install_central_objects
from app.services.database import Database, make_engine, open_sqlite, upgrade
from app.services.sync.postgres_transport import PostgresTransport
from app.services.sync.tables import synced_tables


def install_central(engine: Engine) -> None:
    """The centre's objects as ``central init`` installs them, and the connecting
    (maintenance) user entered as an administering desk, so tests may sync as it."""
    with engine.begin() as conn:
        install_central_objects(conn)
        conn.execute(
            text(
                "INSERT INTO sd_desk (role_name, desk_name, street_id, psych, administers)"
                " VALUES (current_user, 'test desk', NULL, true, true) ON CONFLICT DO NOTHING"
            )
        )


def _template_name() -> str:
    """Named for the code that builds it, so a changed migration or central object builds
    a new one."""
    root = Path(__file__).resolve().parents[2]
    digest = hashlib.sha256()
    built_by = [
        *(root / "app" / "migrations" / "versions").glob("*.py"),
        *(root / "app" / "services" / "central").glob("*.py"),
        root / "app" / "services" / "sync" / "tables.py",
    ]
    for path in sorted(built_by):
        digest.update(path.read_bytes())
    digest.update(Path(__file__).read_bytes())
    return f"streetdesk_central_template_{digest.hexdigest()[:12]}"


def central_engine(url: str) -> Engine:
    """A migrated central database at ``url`` (which the caller made and drops): a copy
    of a template migrated once, since migrating PostgreSQL takes seconds."""
    parsed = make_url(url)
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    template = _template_name()
    try:
        with admin.connect() as conn:
            exists = conn.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": template}
            )
            if not exists:
                building = f"{template}_building_{os.getpid()}"
                conn.execute(text(f'DROP DATABASE IF EXISTS "{building}"'))
                conn.execute(text(f'CREATE DATABASE "{building}"'))
                engine = make_engine(parsed.set(database=building).render_as_string(False))
                upgrade(engine)
                install_central(engine)
                engine.dispose()
                try:
                    conn.execute(text(f'ALTER DATABASE "{building}" RENAME TO "{template}"'))
                except DBAPIError:  # built meanwhile by another run
                    conn.execute(text(f'DROP DATABASE "{building}"'))
            conn.execute(text(f'DROP DATABASE "{parsed.database}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{parsed.database}" TEMPLATE "{template}"'))
    finally:
        admin.dispose()
    return make_engine(url)


def new_desk(path: Path) -> Database:
    """A new desk file that has taken the centre's rows (the seeded reference data is
    the centre's already)."""
    database = open_sqlite(path)
    with database.engine.begin() as conn:
        for spec in synced_tables():
            if spec.name != "audit_log":
                conn.execute(text(f"UPDATE {spec.name} SET dirty = 0"))
    return database


def transport(url: str) -> PostgresTransport:
    return PostgresTransport(make_engine(url))


def add_community(desk: Database, author: str = "clerk") -> uuid.UUID:
    """A district, a street and a community written on ``desk``; the community's id."""
    with desk.session(author) as s:
        district = District(code="D1", name="示范区")
        s.add(district)
        s.flush()
        street = Street(district_id=district.id, code="S1", name="幸福街道")
        s.add(street)
        s.flush()
        community = Community(street_id=street.id, code="C1", name="幸福里社区")
        s.add(community)
        s.flush()
        return community.id
