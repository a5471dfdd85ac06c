"""``central init``: the database made if missing, migrated, its central objects
installed, optionally filled from a desk file, and its first administrator."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from app.services import auth
from app.services.account_rules import check_password_rules, normalise_username
from app.services.central.objects import CentralObjects, install_central_objects, quoted
from app.services.central.seed import seed_central
from app.services.database import Database, open_url
from app.services.errors import N_, DatabaseProblem
from app.services.permissions import Actor

CENTRAL_AUTHOR = "central init"
_MAINTENANCE_DATABASES = ("postgres", "template1")


@dataclass(frozen=True)
class FirstAdmin:
    username: str
    password: str
    display_name: str = ""


@dataclass
class InitReport:
    database: str
    created: bool
    objects: CentralObjects | None = None
    seeded: dict[str, int] = field(default_factory=dict)
    admin: str = ""


def central_url(url: str) -> URL:
    """``url`` parsed, if it names a PostgreSQL database."""
    try:
        target = make_url(url)
    except ArgumentError:
        target = None
    if target is None or not target.drivername.startswith("postgresql") or not target.database:
        raise DatabaseProblem(
            N_("The central database must be given as a PostgreSQL URL with a database name.")
        )
    return target


def unreachable(url: str, exc: DBAPIError) -> DatabaseProblem:
    """A failed connection to the centre, in a line the administrator can act on."""
    detail = str(exc.orig).splitlines()
    return DatabaseProblem(
        N_("The central database {database} cannot be reached ({detail})."),
        database=central_url(url).database or "",
        detail=detail[0] if detail else "?",
    )


def ensure_database(url: str) -> bool:
    """Create the database of ``url`` when it does not exist; returns whether it did."""
    target = central_url(url)
    name = target.database or ""
    problem: DBAPIError | None = None
    for maintenance in _MAINTENANCE_DATABASES:
        engine = create_engine(target.set(database=maintenance), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                found = conn.execute(
                    text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}
                ).first()
                if found:
                    return False
                conn.exec_driver_sql(f"CREATE DATABASE {quoted(name)}")
                return True
        except DBAPIError as exc:
            problem = exc
        finally:
            engine.dispose()
    detail = str(problem.orig if problem is not None else "").splitlines()
    if problem is not None and getattr(problem.orig, "sqlstate", None) is None:
        raise DatabaseProblem(
            N_("The central database {database} cannot be reached ({detail})."),
            database=name,
            detail=detail[0] if detail else "?",
        )
    raise DatabaseProblem(
        N_("The central database {database} does not exist and cannot be made ({detail})."),
        database=name,
        detail=detail[0] if detail else "?",
    )


def check_first_admin(admin: FirstAdmin) -> None:
    """Refuse a bad name or a weak password before anything is changed."""
    normalise_username(admin.username)
    check_password_rules(admin.password)


def create_central_admin(database: Database, admin: FirstAdmin) -> str:
    """An administrator of the district: the admin role, no street."""
    with database.session(CENTRAL_AUTHOR) as session:
        user = auth.create_user(
            session,
            Actor.system(CENTRAL_AUTHOR),
            admin.username,
            admin.display_name or admin.username,
            admin.password,
            "admin",
            None,
        )
        return user.username


def init_central(
    url: str, admin: FirstAdmin | None = None, seed_from: Database | None = None
) -> InitReport:
    """Everything ``central init`` does; safe to run again (after an update, to migrate
    the centre and bring its objects up to date)."""
    if admin is not None:
        check_first_admin(admin)
    created = ensure_database(url)
    report = InitReport(make_url(url).database or "", created)
    database = open_url(url)
    try:
        with database.engine.begin() as conn:
            report.objects = install_central_objects(conn)
        if seed_from is not None:
            with database.engine.begin() as conn:
                report.seeded = seed_central(conn, seed_from)
        if admin is not None:
            report.admin = create_central_admin(database, admin)
    finally:
        database.dispose()
    return report
