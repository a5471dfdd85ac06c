"""Filling a new central database from an existing desk file.

Every synced table is copied, parents before children, with PostgreSQL's COPY; the
centre's stamping trigger gives each row its sequence number. The desk's own tables
(its sync marks, its bases) stay behind. Reference rows the migrations already wrote on
the centre are replaced by the desk's, which may have been edited since.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from psycopg import sql
from psycopg.types.json import Json
from sqlalchemy import JSON, Connection, Table, func, select

from app.services.database import Database
from app.services.errors import N_, ValidationError
from app.services.sync.tables import Scope, SyncTable, synced_tables

BATCH_ROWS = 2000
_SEED_TABLE = "sd_seed_rows"


def records_held(conn: Connection) -> int:
    """How many rows of the centre are more than what the migrations wrote: outside the
    shared tables, a migration's row has a fixed id (a name-based UUID, version 5) and
    any other row was written by someone."""
    held = 0
    for spec in synced_tables():
        if spec.scope is not Scope.SHARED:
            held += conn.exec_driver_sql(
                f"SELECT count(*) FROM {spec.name} WHERE substr(id::text, 15, 1) <> '5'"
            ).scalar_one()
    return held


def _self_references(table: Table) -> list[str]:
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _parents_first(rows: Sequence[Any], columns: list[str]) -> list[Any]:
    """Rows ordered so that a row pointing at another row of its table comes after it."""
    waiting = list(rows)
    ids = {row.id for row in rows}
    placed: set[object] = set()
    ordered: list[Any] = []
    while waiting:
        ready = [
            row
            for row in waiting
            if all(
                getattr(row, c) is None or getattr(row, c) in placed or getattr(row, c) not in ids
                for c in columns
            )
        ]
        if not ready:
            ready = waiting  # a cycle: left to the foreign keys to refuse
        ordered += ready
        placed.update(row.id for row in ready)
        chosen = {id(row) for row in ready}
        waiting = [row for row in waiting if id(row) not in chosen]
    return ordered


def _desk_rows(desk: Database, table: Table) -> Iterator[tuple[object, ...]]:
    json_columns = [isinstance(column.type, JSON) for column in table.columns]
    with desk.engine.connect() as conn:
        result = conn.execute(select(table).order_by(table.c.id))
        self_refs = _self_references(table)
        rows: Any = _parents_first(result.all(), self_refs) if self_refs else result
        for row in rows:
            yield tuple(
                Json(value) if is_json and value is not None else value
                for value, is_json in zip(row, json_columns, strict=True)
            )


def _copy(conn: Connection, target: str, columns: list[str], rows: Iterator[tuple]) -> int:
    raw: Any = conn.connection.driver_connection
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(target), sql.SQL(", ").join(map(sql.Identifier, columns))
    )
    count = 0
    with raw.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)
            count += 1
    return count


def _merge(conn: Connection, spec: SyncTable, columns: list[str], rows: Iterator[tuple]) -> int:
    """Rows into a table the migrations already filled: the desk's version wins."""
    conn.exec_driver_sql(f"CREATE TEMP TABLE {_SEED_TABLE} (LIKE {spec.name}) ON COMMIT DROP")
    count = _copy(conn, _SEED_TABLE, columns, rows)
    names = ", ".join(columns)
    if spec.append_only:
        resolution = "DO NOTHING"
    else:
        updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns if c != "id")
        resolution = f"DO UPDATE SET {updates}"
    conn.exec_driver_sql(
        f"INSERT INTO {spec.name} ({names}) SELECT {names} FROM {_SEED_TABLE}"
        f" ON CONFLICT (id) {resolution}"
    )
    conn.exec_driver_sql(f"DROP TABLE {_SEED_TABLE}")
    return count


def seed_central(conn: Connection, desk: Database) -> dict[str, int]:
    """Copy every synced table of ``desk`` into the centre, in the caller's transaction;
    returns rows copied per table. Refused when the centre already holds records."""
    if records_held(conn):
        raise ValidationError(
            "seed",
            N_(
                "The central database already holds records; only an empty one can be"
                " filled from a desk file."
            ),
        )
    counts: dict[str, int] = {}
    for spec in synced_tables():
        # COPY FROM is refused where row-level security applies: the owner of a centre
        # who is not a superuser is exempted for this transaction only
        conn.exec_driver_sql(f"ALTER TABLE {spec.name} NO FORCE ROW LEVEL SECURITY")
        columns = [column.name for column in spec.table.columns]
        rows = _desk_rows(desk, spec.table)
        if conn.scalar(select(func.count()).select_from(spec.table)):
            counts[spec.name] = _merge(conn, spec, columns, rows)
        else:
            counts[spec.name] = _copy(conn, spec.name, columns, rows)
        conn.exec_driver_sql(f"ALTER TABLE {spec.name} FORCE ROW LEVEL SECURITY")
    return counts
