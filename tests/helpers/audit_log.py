"""A long audit log written fast: rows with every column a real one has, inserted in
bulk past the session's audit trail (each row names its desk's previous hash, but the
hashes are random, not the trail's formula, so ``audit verify`` would flag these desks)."""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from app.services.database import Database

USERS = tuple(f"user{n:02d}" for n in range(60))
ACTIONS = (
    ("insert", 40),
    ("update", 35),
    ("tombstone", 4),
    ("sign_in", 8),
    ("sign_out", 6),
    ("view", 5),
    ("sign_in_failed", 1),
    ("export", 1),
)
ENTITIES = ("dispute", "dispute_event", "staff", "secondment", "volunteer", "psych_person")
FIELDS = ("title", "stage_id,stage_entered_at", "phone", "owner_staff_id", "name,phone")
COLUMNS = (
    "id, at, username, action, entity, entity_id, detail, desk_id, seq, prev_hash, row_hash,"
    " created_at, updated_at, version, updated_by, deleted_at, server_seq, dirty"
)


def _rows(
    count: int, end: datetime, desks: tuple[str, ...], seed: int
) -> Iterator[tuple[Any, ...]]:
    rng = random.Random(seed)
    pick = rng.random
    actions = [a for a, weight in ACTIONS for _ in range(weight)]
    details = [json.dumps({"fields": fields}) for fields in FIELDS]
    seqs = dict.fromkeys(desks, 0)
    hashes = dict.fromkeys(desks, "0" * 64)
    # a year of activity, oldest first, a few rows a minute
    at = end - timedelta(seconds=count * 30)
    steps = [timedelta(seconds=n) for n in range(1, 60)]
    for _ in range(count):
        at += steps[int(pick() * 59)]
        desk = desks[int(pick() * len(desks))]
        seqs[desk] += 1
        action = actions[int(pick() * len(actions))]
        entity = "app_user" if action.startswith("sign") else ENTITIES[int(pick() * 6)]
        detail = details[int(pick() * 5)] if action == "update" else "{}"
        row_hash = f"{rng.getrandbits(256):064x}"
        stamp = at.isoformat(sep=" ", timespec="microseconds")
        user = USERS[int(rng.paretovariate(1.2)) % len(USERS)]
        record = f"{rng.getrandbits(128):032x}"
        yield (
            f"{rng.getrandbits(128):032x}",
            stamp,
            user,
            action,
            entity,
            f"{record[:8]}-{record[8:12]}-{record[12:16]}-{record[16:20]}-{record[20:]}",
            detail,
            desk,
            seqs[desk],
            hashes[desk],
            row_hash,
            stamp,
            stamp,
            1,
            user,
            None,
            None,
            1,
        )
        hashes[desk] = row_hash


def fill_audit_log(
    database: Database,
    count: int,
    *,
    end: datetime | None = None,
    desks: int = 3,
    seed: int = 7,
) -> tuple[str, ...]:
    """Append ``count`` rows ending at ``end`` (now), from ``desks`` desks of their own;
    returns the desk ids.

    The table's indexes and guards are dropped for the insert and made again after it
    (one sorted build each instead of a million scattered updates), all in one
    transaction, so the file is never left without them."""
    end = (end or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    desk_ids = tuple(
        str(uuid.UUID(int=random.Random(seed + n).getrandbits(128))) for n in range(desks)
    )
    marks = ", ".join("?" * len(COLUMNS.split(",")))
    raw = database.engine.raw_connection()
    try:
        # the driver's own connection takes the rows as a stream, never all at once
        sqlite = raw.driver_connection
        assert sqlite is not None
        sqlite.execute("PRAGMA cache_size = -200000")
        sqlite.execute("BEGIN")
        schema = sqlite.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'audit_log'"
            " AND type IN ('index', 'trigger') AND sql IS NOT NULL"
        ).fetchall()
        for kind, name, _sql in schema:
            sqlite.execute(f"DROP {kind.upper()} {name}")
        sqlite.executemany(
            f"INSERT INTO audit_log ({COLUMNS}) VALUES ({marks})", _rows(count, end, desk_ids, seed)
        )
        for _kind, _name, sql in schema:
            sqlite.execute(sql)
        raw.commit()
    finally:
        raw.close()
    return desk_ids
