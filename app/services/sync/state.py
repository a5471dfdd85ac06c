"""The desk's sync bookkeeping in ``sync_state``: high-water marks, the last sync, the
central profile. Local only; never synced."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, Table, delete, insert, select, update

from app.models import SyncState

_STATE: Table = SyncState.__table__  # type: ignore[assignment]
MARK_PREFIX = "mark:"
LAST_SYNCED_KEY = "last_synced_at"
LAST_ERROR_KEY = "last_sync_error"
PROFILE_KEY = "central_profile"
#: the desk as the centre knows it, when it is no longer its audit chain's desk id (a
#: restored snapshot starts a new chain): changes keep the op ids they were sent with
SYNC_DESK_KEY = "sync_desk_id"


def get(conn: Connection, key: str) -> str | None:
    return conn.execute(select(_STATE.c.value).where(_STATE.c.key == key)).scalar()


def put(conn: Connection, key: str, value: str) -> None:
    if conn.execute(update(_STATE).where(_STATE.c.key == key).values(value=value)).rowcount == 0:
        conn.execute(insert(_STATE).values(key=key, value=value))


def forget(conn: Connection, key: str) -> None:
    conn.execute(delete(_STATE).where(_STATE.c.key == key))


def marks(conn: Connection) -> dict[str, int]:
    rows = conn.execute(
        select(_STATE.c.key, _STATE.c.value).where(_STATE.c.key.startswith(MARK_PREFIX))
    )
    return {key[len(MARK_PREFIX) :]: int(value) for key, value in rows}


def set_mark(conn: Connection, table: str, seq: int) -> None:
    put(conn, MARK_PREFIX + table, str(seq))


def last_synced(conn: Connection) -> datetime | None:
    value = get(conn, LAST_SYNCED_KEY)
    return datetime.fromisoformat(value) if value else None
