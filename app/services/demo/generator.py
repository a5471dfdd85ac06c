"""Writing a demo database: the whole district generated from one seed.

The same ``seed`` and ``as_of`` give the same rows, ids included. A demo database is
built in a file beside the target and moved over it only when complete, and a file that
is not a demo database is never replaced.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app.models import District
from app.services import audit
from app.services.auth import is_demo_database
from app.services.china_time import today_in_china
from app.services.database import forget_key, open_sqlite, peek_engine
from app.services.demo.accounts import build_demo_accounts
from app.services.demo.case_mix import DIRECT_CASES_PER_STREET, CaseSeed
from app.services.demo.catalogue import build_catalogue
from app.services.demo.disputes import direct_seeds, mark_stalled, open_seeds, write_cases
from app.services.demo.lifecycle import Lifecycle
from app.services.demo.meetings import build_leads, build_meetings
from app.services.demo.organisation import build_district
from app.services.demo.psych import build_institutions, build_registry
from app.services.demo.rows import DEMO_AUTHOR, DemoRun
from app.services.demo.staffing import build_staffing
from app.services.demo.street_staff import load_street_staff
from app.services.demo.volunteers import build_volunteers
from app.services.errors import N_, DomainError, ValidationError
from app.services.permissions import Actor

MIN_SCALE = 1
MAX_SCALE = 50
_SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def check_scale(scale: int) -> None:
    if (
        isinstance(scale, bool)
        or not isinstance(scale, int)
        or not (MIN_SCALE <= scale <= MAX_SCALE)
    ):
        raise ValidationError(
            "scale",
            N_("The scale must be a whole number from {low} to {high}."),
            low=MIN_SCALE,
            high=MAX_SCALE,
        )


def generate(
    session: Session, scale: int = 1, seed: int = 1, as_of: date | None = None
) -> dict[str, int]:
    """Fill an empty, migrated database with ``scale`` streets; returns rows per table.

    Everything dated falls in the year before ``as_of`` (today when not given).
    """
    check_scale(scale)
    as_of = as_of or today_in_china()
    if session.scalar(select(func.count()).select_from(District)):
        raise DomainError(N_("Demo data goes into an empty database; this one has a district."))
    run = DemoRun.start(seed, as_of)
    district = build_district(run, session, scale)
    build_staffing(run, session, district)
    hospitals, sites = build_institutions(run, district)
    build_volunteers(run, district)
    build_catalogue(run, session, district)
    run.write(session)

    streets = load_street_staff(session, as_of)
    life = Lifecycle.load(session)
    seeds: list[CaseSeed] = []
    for street in streets:
        seeds += build_meetings(run, street) + build_leads(run, street)
        seeds += direct_seeds(run, street, DIRECT_CASES_PER_STREET + run.rng.randint(-30, 30))
    mark_stalled(run.rng, life, seeds)
    write_cases(run, session, life, streets, seeds)
    build_registry(run, district, streets, hospitals, sites)
    build_demo_accounts(run, session, district.streets[0].id)
    run.write(session)
    counts = run.ordered_counts()
    _record_generated(session, counts, scale=scale, seed=seed)
    _edit_reference_data(session)
    return counts


def _edit_reference_data(session: Session) -> None:
    """The district's one change to the seeded lists, so the demo shows a revision."""
    from app.services.reference_admin import list_reference_rows, save_reference_row

    actor = Actor.system(DEMO_AUTHOR)
    key_group = next(
        row
        for row in list_reference_rows(session, actor, "psych_group").rows
        if row.values["code"] == "key"
    )
    save_reference_row(
        session,
        actor,
        "psych_group",
        key_group.id,
        dict(key_group.values, followup_days=21),
        note="区心理服务中心：重点群体每三周随访一次",
    )


def add_open_disputes(
    session: Session, count: int, seed: int = 1, as_of: date | None = None
) -> dict[str, int]:
    """Add ``count`` open cases spread over the open stages and the streets (for the
    kanban benchmark); returns rows per table."""
    if count < 0:
        raise ValidationError("count", N_("The number of cases cannot be negative."))
    as_of = as_of or today_in_china()
    # A stream of its own, so its ids never repeat those ``generate`` drew from ``seed``.
    run = DemoRun.start(f"open-disputes:{seed}:{count}", as_of)
    streets = [street for street in load_street_staff(session, as_of) if street.units]
    if not streets:
        raise DomainError(N_("There is no street with units to add cases to."))
    life = Lifecycle.load(session)
    write_cases(run, session, life, streets, open_seeds(run, life, streets, count))
    run.write(session)
    counts = run.ordered_counts()
    _record_generated(session, counts, open_disputes=count, seed=seed)
    return counts


def _record_generated(session: Session, counts: dict[str, int], **what: object) -> None:
    """One audit row for a generator run: its rows are written in bulk, past the
    session's per-row audit trail, and this row says what they were."""
    audit.record(
        session, DEMO_AUTHOR, "generate", "demo", "", rows=sum(counts.values()), **what, **counts
    )


def write_demo_database(
    path: Path, scale: int = 1, seed: int = 1, as_of: date | None = None
) -> dict[str, int]:
    """Build a demo database and move it over ``path`` in one step; returns rows per table.

    Refuses when ``path`` holds anything but a demo database. Close any open connection
    to ``path`` first: the file is replaced, not changed in place.
    """
    check_scale(scale)
    path = Path(path)
    refuse_unless_demo(path)
    building = path.with_name(f".{path.name}.building-{os.getpid()}")
    _remove(building, *_SQLITE_SIDE_FILES, "")
    try:
        database = open_sqlite(building, demo=True)
        try:
            with database.session(DEMO_AUTHOR) as session:
                counts = generate(session, scale, seed, as_of)
            with database.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            database.dispose()
        # A stale write-ahead log of the old file would be replayed into the new one.
        _remove(path, *_SQLITE_SIDE_FILES)
        forget_key(path)
        os.replace(building, path)
    finally:
        _remove(building, *_SQLITE_SIDE_FILES, "")
    return counts


def refuse_unless_demo(path: Path) -> None:
    """Raise unless ``path`` is missing, empty or a database marked as demo data."""
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return
    demo = False
    if path.is_file():
        try:
            engine = peek_engine(path)
        except DomainError:
            engine = None
        if engine is not None:
            try:
                with Session(engine) as session:
                    demo = is_demo_database(session)
            except SQLAlchemyError:
                demo = False
            finally:
                engine.dispose()
    if not demo:
        raise DomainError(
            N_(
                "{path} holds data that is not demo data, so it was left as it is."
                " Choose another file for the demo database."
            ),
            path=str(path),
        )


def _remove(path: Path, *suffixes: str) -> None:
    for suffix in suffixes:
        Path(f"{path}{suffix}").unlink(missing_ok=True)
