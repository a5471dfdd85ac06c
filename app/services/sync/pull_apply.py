"""Writing the centre's rows on the desk."""

from __future__ import annotations

from sqlalchemy import Connection, Table, bindparam, delete, func, select, update
from sqlalchemy.exc import IntegrityError

from app.models import SyncBase
from app.services.sync.driver_rows import bound_rows
from app.services.sync.tables import SyncTable, refers_to_itself

_BASES: Table = SyncBase.__table__  # type: ignore[assignment]


def apply_pulled(
    conn: Connection,
    spec: SyncTable,
    rows: list[dict[str, object]],
    *,
    centre_wins: bool = False,
) -> list[tuple[dict[str, object], str]]:
    """Write the centre's rows here, as they came, except over rows changed here since:
    those go up with their base at the next push and merge on the centre. With
    ``centre_wins`` (district data this desk may not send) the centre's row replaces
    the local change, which could never go up.

    Rows that cannot be stored (a row changed here holds the same code) are returned
    with the reason; the others are stored all the same.
    """
    if not rows:
        return []
    if centre_wins:
        _forget_local_changes(conn, spec, [row["id"] for row in rows])
    savepoint = conn.begin_nested()
    try:
        _apply(conn, spec, rows)
        savepoint.commit()
        return []
    except IntegrityError:
        savepoint.rollback()
    failed = []
    for row in rows:
        savepoint = conn.begin_nested()
        try:
            _apply(conn, spec, [row])
            savepoint.commit()
        except IntegrityError as exc:
            savepoint.rollback()
            failed.append((row, str(exc.orig).strip().splitlines()[0]))
    return failed


def replaced_here(conn: Connection, spec: SyncTable, rows: list[dict[str, object]]) -> int:
    """How many of these rows were changed here (what ``centre_wins`` replaces)."""
    table = spec.table
    ids = [row["id"] for row in rows]
    query = select(func.count()).select_from(table).where(table.c.id.in_(ids), table.c.dirty)
    return int(conn.scalar(query) or 0)


def _forget_local_changes(conn: Connection, spec: SyncTable, ids: list[object]) -> None:
    table = spec.table
    conn.execute(update(table).where(table.c.id.in_(ids)).values(dirty=False))
    conn.execute(delete(_BASES).where(_BASES.c.table_name == spec.name, _BASES.c.row_id.in_(ids)))


def _apply(conn: Connection, spec: SyncTable, rows: list[dict[str, object]]) -> None:
    """Write the centre's rows here, as they came, except over rows changed here since:
    those go up with their base at the next push and merge on the centre."""
    if not rows:
        return
    table = spec.table
    for row in rows:
        row["dirty"] = False
    if refers_to_itself(table) and conn.dialect.name == "sqlite":
        # rows come in the centre's order, a child possibly before its parent: the
        # checks wait for the commit (this setting ends with the transaction)
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    if spec.append_only:
        ids = [r["id"] for r in rows]
        known = set(conn.scalars(select(table.c.id).where(table.c.id.in_(ids))))
        new = [r for r in rows if r["id"] not in known]
        if new:
            conn.exec_driver_sql(_insert_sql(table), bound_rows(conn.dialect, table, new))
        numbered = [
            {"row_key": r["id"], "new_seq": r["server_seq"]} for r in rows if r["id"] in known
        ]
        if numbered:
            conn.execute(
                update(table)
                .where(table.c.id == bindparam("row_key"))
                .values(server_seq=bindparam("new_seq"), dirty=False),
                numbered,
            )
        return
    assignments = ", ".join(
        f"{c.name} = excluded.{c.name}" for c in table.columns if c.name != "id"
    )
    conn.exec_driver_sql(
        f"{_insert_sql(table)} ON CONFLICT (id) DO UPDATE SET {assignments}"
        f" WHERE {table.name}.dirty = 0",
        bound_rows(conn.dialect, table, rows),
    )


def _insert_sql(table: Table) -> str:
    names = ", ".join(c.name for c in table.columns)
    marks = ", ".join("?" for _ in table.columns)
    return f"INSERT INTO {table.name} ({names}) VALUES ({marks})"
