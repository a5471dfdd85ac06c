"""One database holding a dispute street and a roster street, for the hostile-input tests."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Base
from app.services.database import Database, open_sqlite
from app.services.permissions import Actor
from tests.helpers.disputes import Roster, build_roster
from tests.helpers.sample_street import SampleStreet, build_sample_street

#: A fixed "now": a working Wednesday in March 2026.
NOW = datetime(2026, 3, 4, 2, 0, tzinfo=UTC)
ACTOR = Actor.system("clerk1")


@dataclass
class InputStreet:
    db: Database
    roster: Roster
    sample: SampleStreet


def open_input_street(path: Path) -> InputStreet:
    db = open_sqlite(path)
    with db.session("seed") as session:
        roster = build_roster(session)
        sample = build_sample_street(session, ACTOR, code="SX")
    return InputStreet(db, roster, sample)


def row_counts(session: Session) -> dict[str, int]:
    """Rows per table, to show that a refused call wrote nothing."""
    return {
        table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
        for table in Base.metadata.sorted_tables
    }


def counts_of(db: Database) -> dict[str, int]:
    with db.session() as session:
        return row_counts(session)


def new_id() -> uuid.UUID:
    return uuid.uuid4()
