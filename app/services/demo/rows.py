"""The generator's row buffer: deterministic ids, fixed stamps and bulk inserts.

Bulk inserts skip the session's ``before_flush`` stamping, so every row carries the
sync-mixin columns itself; they are derived from ``as_of`` so two runs with the same
seed write the same rows (only the demo accounts' password hashes differ).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from typing import Any, TypeVar, cast

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from app.models import (
    Community,
    Crisis,
    CrisisRecord,
    CrisisStep,
    Department,
    Dispute,
    DisputeEvent,
    DisputeTeamMember,
    District,
    FollowUp,
    Grid,
    Institution,
    MeetingDemand,
    Post,
    PsychAccess,
    PsychPerson,
    PsychService,
    Referral,
    ReferralStep,
    ResidentMeeting,
    Secondment,
    ServiceItem,
    Staff,
    Street,
    TaskForce,
    Unit,
    User,
    Volunteer,
    VolunteerTeam,
    WarningLead,
)
from app.models.base import Base
from app.services.china_time import CHINA_TZ

#: ``updated_by`` of every generated row.
DEMO_AUTHOR = "demo"
#: Rows per executemany batch.
BATCH = 5000

#: Parents before children, and the order the counts are reported in.
INSERT_ORDER: tuple[type[Base], ...] = (
    District,
    Street,
    Community,
    Unit,
    Grid,
    Department,
    Staff,
    TaskForce,
    Post,
    Secondment,
    Institution,
    VolunteerTeam,
    Volunteer,
    ServiceItem,
    ResidentMeeting,
    MeetingDemand,
    WarningLead,
    Dispute,
    DisputeTeamMember,
    DisputeEvent,
    PsychPerson,
    PsychService,
    Referral,
    ReferralStep,
    CrisisRecord,
    FollowUp,
    Crisis,
    CrisisStep,
    PsychAccess,
    User,
)

T = TypeVar("T")


def weighted(rng: random.Random, options: Sequence[tuple[T, float]]) -> T:
    """One option drawn by weight (the options' order is part of the determinism)."""
    values = [value for value, _ in options]
    weights = [weight for _, weight in options]
    return rng.choices(values, weights=weights)[0]


def local_datetime(day: date, hour: float) -> datetime:
    """A Beijing-time moment on ``day`` (``hour`` may carry minutes) as UTC."""
    minutes = round(hour * 60)
    moment = datetime.combine(day, time(0, 0), CHINA_TZ) + timedelta(minutes=minutes)
    return moment.astimezone(UTC)


def _table_name(model: type[Base]) -> str:
    return str(model.__tablename__)


@dataclass
class DemoRun:
    """One generation: its random stream, its period and the rows waiting to be written."""

    rng: random.Random
    as_of: date
    counts: dict[str, int] = field(default_factory=dict)
    _rows: dict[type[Base], list[dict[str, Any]]] = field(default_factory=dict)

    @classmethod
    def start(cls, seed: int | str, as_of: date) -> DemoRun:
        return cls(rng=random.Random(seed), as_of=as_of)

    @cached_property
    def period_end(self) -> datetime:
        """Midnight at the start of ``as_of``, Beijing time: every generated moment is before."""
        return local_datetime(self.as_of, 0)

    @property
    def stamp(self) -> datetime:
        """``created_at`` / ``updated_at`` of every row: fixed, so runs agree."""
        return self.period_end

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def day_in_period(self, days_back: int = 365) -> date:
        """A day within the last ``days_back`` days before ``as_of``."""
        return self.as_of - timedelta(days=self.rng.randint(1, days_back))

    def office_time(self, day: date) -> datetime:
        """A moment in working hours (most cases arrive 8:30–18:00, a few in the evening)."""
        if self.rng.random() < 0.85:
            hour = self.rng.uniform(8.5, 18.0)
        else:
            hour = self.rng.uniform(18.0, 22.0)
        return local_datetime(day, hour)

    def update(self, model: type[Base], row_id: uuid.UUID, **fields: Any) -> None:
        """Change fields of a row buffered earlier (the latest row of ``model`` first)."""
        for row in reversed(self._rows[model]):
            if row["id"] == row_id:
                row.update(fields)
                return
        raise KeyError(row_id)

    def add(self, model: type[Base], **fields: Any) -> uuid.UUID:
        """Buffer one row; ``id`` is drawn from the stream unless given."""
        row_id = fields.pop("id", None) or self.new_id()
        stamp = self.stamp
        row = {
            "id": row_id,
            **fields,
            "created_at": stamp,
            "updated_at": stamp,
            "version": 1,
            "updated_by": DEMO_AUTHOR,
            "deleted_at": None,
            "server_seq": None,
            "dirty": True,
        }
        self._rows.setdefault(model, []).append(row)
        return row_id

    def write(self, session: Session) -> None:
        """Insert every buffered row, parents first, and count them."""
        unknown = [model for model in self._rows if model not in INSERT_ORDER]
        if unknown:
            raise ValueError(f"no insert order for {unknown}")
        for model in INSERT_ORDER:
            rows = self._rows.pop(model, [])
            # A Core insert on the table: the ORM's bulk path splits a batch wherever a
            # column is None in one row and not the next, down to one statement per row.
            table = cast(Table, model.__table__)
            for offset in range(0, len(rows), BATCH):
                session.execute(insert(table), rows[offset : offset + BATCH])
            if rows:
                name = _table_name(model)
                self.counts[name] = self.counts.get(name, 0) + len(rows)

    def ordered_counts(self) -> dict[str, int]:
        order = [_table_name(model) for model in INSERT_ORDER]
        return {name: self.counts[name] for name in order if name in self.counts}
