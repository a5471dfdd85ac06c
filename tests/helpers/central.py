"""Central databases for tests: a new PostgreSQL database, the roles ``central init`` and
``central enrol`` made on it dropped afterwards (roles belong to the cluster and outlive
the database), and a demo desk file of two streets to fill it from."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.services.central.names import desk_group
from tests.helpers.postgres import scratch_database

_two_streets: Path | None = None


def two_street_demo(folder: Path) -> Path:
    """A copy in ``folder`` of a scale-2 demo desk file (two streets), made once per run."""
    global _two_streets
    if _two_streets is None:
        from app.services.demo.generator import write_demo_database

        made = Path(tempfile.mkdtemp(prefix="central-demo-"))
        atexit.register(shutil.rmtree, made, True)
        write_demo_database(made / "demo.sqlite", scale=2, seed=1)
        _two_streets = made / "demo.sqlite"
    target = folder / "desk.sqlite"
    shutil.copyfile(_two_streets, target)
    return target


def drop_central_roles(url: str) -> None:
    """Drop the desk group of ``url``'s database and every role in it."""
    name = make_url(url).database or ""
    group = desk_group(name)
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            roles = list(
                conn.execute(
                    text(
                        "SELECT m.rolname FROM pg_auth_members a"
                        " JOIN pg_roles g ON g.oid = a.roleid"
                        " JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = :group"
                    ),
                    {"group": group},
                ).scalars()
            )
            roles.append(group)
            for role in roles:
                exists = conn.execute(
                    text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}
                ).first()
                if exists:
                    conn.exec_driver_sql(f'DROP OWNED BY "{role}"')
                    conn.exec_driver_sql(f'DROP ROLE "{role}"')
    finally:
        engine.dispose()


@contextmanager
def central_database() -> Iterator[str]:
    """A new, empty PostgreSQL database; afterwards its roles and then it are dropped."""
    with scratch_database("streetdesk_central") as url:
        try:
            yield url
        finally:
            drop_central_roles(url)


def desk_url(url: str, role: str) -> str:
    """``url`` as the desk role would connect (trust authentication on loopback)."""
    return make_url(url).set(username=role, password=None).render_as_string(False)


def libpq_dsn(url: str, role: str) -> str:
    given = make_url(url)
    return f"host={given.host} port={given.port or 5432} dbname={given.database} user={role}"
