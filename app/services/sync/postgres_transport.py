"""The transport that speaks to the district's PostgreSQL directly.

Each push is one central transaction: rows are staged with COPY into temporary tables
and written with one INSERT and one UPDATE per table, so row-level security checks every
row and the centre's trigger numbers each one (``server_seq``). Every change's op id is
recorded in ``sd_applied`` in the same transaction, so a batch sent again after a cut
connection is answered from there and changes nothing.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from psycopg.types.json import Json
from sqlalchemy import JSON, Connection, Engine, Table, select, text
from sqlalchemy.exc import IntegrityError, ProgrammingError

from app.models import Base
from app.services.errors import N_
from app.services.sync.driver_rows import loaded_rows, select_all
from app.services.sync.merge import Merged, merge_row
from app.services.sync.tables import Scope, SyncTable, by_name, street_path
from app.services.sync.transport import (
    CentralRefused,
    DeskScope,
    PulledRows,
    PushOutcome,
    PushResult,
    RowChange,
)
from app.services.sync.values import data_columns, decode_row, encode

_CONFLICTS = Base.metadata.tables["sync_conflict"]


class PostgresTransport:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def close(self) -> None:
        self.engine.dispose()

    def heads(self) -> frozenset[str]:
        with self.engine.connect() as conn:
            return frozenset(conn.scalars(text("SELECT version_num FROM alembic_version")))

    def scope(self) -> DeskScope:
        with self.engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT desk_name, street_id, psych, administers FROM sd_desk"
                    " WHERE role_name = current_user"
                )
            ).first()
        if row is None:
            raise CentralRefused(N_("This desk is not enrolled with the central database."))
        return DeskScope(row.desk_name, row.street_id, bool(row.psych), bool(row.administers))

    def changed_tables(self, marks: dict[str, int]) -> frozenset[str]:
        if not marks:
            return frozenset()
        parts = []
        params: dict[str, int] = {}
        for number, (table, mark) in enumerate(sorted(marks.items())):
            by_name()[table]  # only known tables reach the SQL text
            parts.append(
                f"SELECT '{table}' WHERE EXISTS"
                f" (SELECT 1 FROM {table} WHERE server_seq > :m{number})"
            )
            params[f"m{number}"] = mark
        with self.engine.connect() as conn:
            return frozenset(conn.scalars(text(" UNION ALL ".join(parts)), params))

    def pull(self, table: str, after_seq: int, limit: int) -> PulledRows:
        t = by_name()[table].table
        with self.engine.connect() as conn:
            fetched = conn.exec_driver_sql(
                f"{select_all(t)} WHERE server_seq > %s ORDER BY server_seq LIMIT %s",
                (after_seq, limit + 1),
            ).fetchall()
            rows = loaded_rows(conn.dialect, t, fetched[:limit])
        more = len(fetched) > limit
        last = int(str(rows[-1]["server_seq"])) if rows else after_seq
        return PulledRows(table, rows, last, more)

    def applied(self, op_ids: list[uuid.UUID]) -> frozenset[uuid.UUID]:
        with self.engine.connect() as conn:
            return frozenset(_already_applied(conn, op_ids))

    def push(self, desk_id: str, desk_name: str, changes: list[RowChange]) -> PushResult:
        outcomes: list[PushOutcome] = []
        with self.engine.begin() as conn:
            done = _already_applied(conn, [c.op_id for c in changes])
            fresh: dict[str, list[RowChange]] = {}
            for change in changes:
                if change.op_id in done:
                    outcomes.append(done[change.op_id])
                else:
                    fresh.setdefault(change.table, []).append(change)
            applied: list[PushOutcome] = []
            as_sent: set[uuid.UUID] = set()
            for name, group in fresh.items():
                written, exact = _write_table(conn, by_name()[name], desk_name, group)
                applied += written
                as_sent |= exact
            _record_applied(conn, [o for o in applied if o.outcome != "refused"])
            outcomes += applied
            outcomes = _with_central_rows(conn, changes, outcomes, as_sent)
        return PushResult(outcomes)


def _already_applied(conn: Connection, op_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, PushOutcome]:
    if not op_ids:
        return {}
    rows = conn.execute(
        text(
            "SELECT op_id, row_id, server_seq FROM sd_applied"
            " WHERE op_id = ANY(:ops) AND desk_role = current_user"
        ),
        {"ops": list(op_ids)},
    )
    return {r.op_id: PushOutcome(r.op_id, r.row_id, r.server_seq, "repeated") for r in rows}


def _write_table(
    conn: Connection, spec: SyncTable, desk_name: str, changes: list[RowChange]
) -> tuple[list[PushOutcome], set[uuid.UUID]]:
    """One table's share of a push, and the op ids of rows the centre now holds exactly
    as the desk sent them. If the centre refuses some row (a code another desk took
    first, a row outside this desk's scope), the others still go in, each in its own
    savepoint, and the refused ones say why and stay pending on the desk."""
    savepoint = conn.begin_nested()
    try:
        writer = _TableWriter(conn, spec, desk_name)
        outcomes = writer.write(changes)
        savepoint.commit()
        return outcomes, writer.as_sent
    except (IntegrityError, ProgrammingError):
        savepoint.rollback()
    outcomes = []
    as_sent: set[uuid.UUID] = set()
    for change in changes:
        savepoint = conn.begin_nested()
        try:
            writer = _TableWriter(conn, spec, desk_name)
            outcomes += writer.write([change])
            as_sent |= writer.as_sent
            savepoint.commit()
        except (IntegrityError, ProgrammingError) as exc:
            savepoint.rollback()
            reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
            outcomes.append(_refused(change, reason))
    return outcomes, as_sent


def _refused(change: RowChange, reason: str) -> PushOutcome:
    return PushOutcome(change.op_id, change.row_id, 0, "refused", (reason,))


def _with_central_rows(
    conn: Connection,
    changes: list[RowChange],
    outcomes: list[PushOutcome],
    as_sent: set[uuid.UUID],
) -> list[PushOutcome]:
    """Attach the centre's row to every outcome whose row may differ from what the desk
    sent: even where the centre took the desk's values, its stamps may be its own (the
    same edit already made by another desk), and a desk whose pull has passed the row
    would keep its copy for good. A row written exactly as sent needs only its number."""
    tables = {c.op_id: c.table for c in changes}
    wanted: dict[str, list[uuid.UUID]] = {}
    for o in outcomes:
        spec = by_name()[tables[o.op_id]]
        if o.op_id in as_sent:
            continue
        if o.outcome != "refused" and not spec.append_only and spec.scope is not Scope.OWN:
            wanted.setdefault(spec.name, []).append(o.row_id)
    rows: dict[uuid.UUID, dict[str, object]] = {}
    for name, ids in wanted.items():
        t = by_name()[name].table
        fetched = conn.exec_driver_sql(f"{select_all(t)} WHERE id = ANY(%s)", (ids,))
        rows.update((r["id"], r) for r in loaded_rows(conn.dialect, t, fetched))
    return [
        replace(o, row=rows[o.row_id], server_seq=_seq(rows[o.row_id]))
        if o.row_id in rows and tables[o.op_id] in wanted
        else o
        for o in outcomes
    ]


def _record_applied(conn: Connection, outcomes: list[PushOutcome]) -> None:
    if not outcomes:
        return
    _stage(
        conn,
        "sd_stage_applied",
        "op_id uuid, row_id uuid, server_seq bigint, outcome text, conflicts text",
        (
            (o.op_id, o.row_id, o.server_seq, o.outcome, json.dumps(list(o.conflicts)))
            for o in outcomes
        ),
        ("op_id", "row_id", "server_seq", "outcome", "conflicts"),
    )
    conn.execute(
        text(
            "INSERT INTO sd_applied (op_id, table_name, row_id, server_seq, outcome, conflicts)"
            " SELECT op_id, '', row_id, server_seq, outcome, conflicts::jsonb"
            " FROM sd_stage_applied"
        )
    )


def _stage(
    conn: Connection,
    name: str,
    columns_sql: str,
    rows: Iterable[Sequence[object]],
    columns: Sequence[str],
) -> None:
    """Rows into a temporary table with COPY (temporary tables have no row security)."""
    conn.execute(text(f"CREATE TEMP TABLE {name} ({columns_sql}) ON COMMIT DROP"))
    _copy_in(conn, name, rows, columns)


def _copy_in(
    conn: Connection, name: str, rows: Iterable[Sequence[object]], columns: Sequence[str]
) -> None:
    raw: Any = conn.connection.driver_connection
    with (
        raw.cursor() as cursor,
        cursor.copy(f"COPY {name} ({', '.join(columns)}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(row)


def _copy_row(columns: list[str], json_columns: list[int], row: dict[str, object]) -> list[object]:
    values = [row[c] for c in columns]
    for number in json_columns:
        # COPY takes text: a JSON column's scalar (a conflict's value, say "2026-05-01")
        # must go as JSON text too, or PostgreSQL reads it as malformed JSON
        if values[number] is not None:
            values[number] = Json(values[number])
    return values


class _TableWriter:
    """Writes one table's share of a push."""

    def __init__(self, conn: Connection, spec: SyncTable, desk_name: str) -> None:
        self.conn = conn
        self.spec = spec
        self.table: Table = spec.table
        self.desk_name = desk_name
        self.columns = [c.name for c in self.table.columns]
        self.data = data_columns(self.table)
        self.json = {c.name for c in self.table.columns if isinstance(c.type, JSON)}
        #: op ids of the rows written exactly as the desk sent them
        self.as_sent: set[uuid.UUID] = set()

    def write(self, changes: list[RowChange]) -> list[PushOutcome]:
        if self.spec.append_only:
            return self._append(changes)
        current = self._current([c.row_id for c in changes])
        inserts = [c for c in changes if c.row_id not in current]
        updates: list[tuple[RowChange, dict[str, object], Merged]] = []
        for change in changes:
            if change.row_id in current:
                central = current[change.row_id]
                moved = central["server_seq"] != change.base_seq
                if moved and change.base_seq is None:
                    moved = central["server_seq"] != self._last_applied_seq(change.row_id)
                base = decode_row(self.table, change.base) if change.base is not None else None
                merged = merge_row(self.data, base, change.values, central, central_moved=moved)
                updates.append((change, central, merged))
        seqs = self._insert([c.values for c in inserts])
        self.as_sent.update(c.op_id for c in inserts if c.row_id in seqs)
        rows_to_update = []
        for change, central, merged in updates:
            if merged.desk_taken or merged.conflicts:
                row = _updated_row(change, central, merged)
                rows_to_update.append(row)
                if self._same_as_sent(row, change.values):
                    self.as_sent.add(change.op_id)
        written = self._update(rows_to_update)
        self.as_sent -= {c.op_id for c, _, _ in updates if c.row_id not in written}
        seqs.update(written)
        outcomes = [
            PushOutcome(c.op_id, c.row_id, seqs[c.row_id], "applied")
            if c.row_id in seqs
            else _refused(c, N_("Another street's record, or not this desk's to write."))
            for c in inserts
        ]
        for change, central, merged in updates:
            if (merged.desk_taken or merged.conflicts) and change.row_id not in written:
                # row security hid the row from the update: not this desk's to change
                outcomes.append(_refused(change, N_("Not this desk's to write.")))
                continue
            for conflict in merged.conflicts:
                self._record_conflict(change, central, conflict)
            kind = "applied" if not merged.conflicts else "conflict"
            if kind == "applied" and (merged.values != {k: change.values[k] for k in self.data}):
                kind = "merged"
            seq = seqs.get(change.row_id) or _seq(central)
            outcomes.append(
                PushOutcome(
                    change.op_id,
                    change.row_id,
                    seq,
                    kind,
                    tuple(c.field for c in merged.conflicts),
                )
            )
        return outcomes

    def _same_as_sent(self, row: dict[str, object], sent: dict[str, object]) -> bool:
        return all(row[c] == sent.get(c) for c in self.columns if c not in ("server_seq", "dirty"))

    def _current(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, object]]:
        t = self.table
        fetched = self.conn.exec_driver_sql(
            f"{select_all(t)} WHERE id = ANY(%s) FOR UPDATE", (ids,)
        )
        return {r["id"]: r for r in loaded_rows(self.conn.dialect, t, fetched)}

    def _last_applied_seq(self, row_id: uuid.UUID) -> int | None:
        return self.conn.scalar(
            text(
                "SELECT max(server_seq) FROM sd_applied"
                " WHERE row_id = :row AND desk_role = current_user"
            ),
            {"row": row_id},
        )

    def _staged(self, rows: list[dict[str, object]]) -> str:
        name = f"sd_stage_{self.table.name}"
        self.conn.execute(text(f"DROP TABLE IF EXISTS {name}"))
        # the columns spelled out: LIKE would need the right to read the table, which a
        # desk does not have on the logs it may only append to
        dialect = self.conn.dialect
        columns = ", ".join(
            f"{c.name} {c.type.compile(dialect=dialect)}" for c in self.table.columns
        )
        self.conn.execute(text(f"CREATE TEMP TABLE {name} ({columns}) ON COMMIT DROP"))
        json_columns = [n for n, c in enumerate(self.columns) if c in self.json]
        _copy_in(
            self.conn,
            name,
            (_copy_row(self.columns, json_columns, row) for row in rows),
            self.columns,
        )
        return name

    def _insert(self, rows: list[dict[str, object]]) -> dict[uuid.UUID, int]:
        if not rows:
            return {}
        stage = self._staged(rows)
        names = ", ".join(self.columns)
        if self.spec.scope is Scope.OWN:
            self._append_own(stage, names, [row["id"] for row in rows])
            return {row["id"]: 0 for row in rows}  # type: ignore[misc]
        result = self.conn.execute(
            text(
                f"INSERT INTO {self.table.name} ({names}) SELECT {names} FROM {stage}"
                " ON CONFLICT (id) DO NOTHING RETURNING id, server_seq"
            )
        )
        return {r.id: r.server_seq for r in result}

    def _append_own(self, stage: str, names: str, ids: list[object]) -> None:
        """A desk may append to the logs but not read them, so ON CONFLICT (which reads)
        is not allowed; rows already there (a file that seeded the centre) are skipped
        one by one, in savepoints, only when the whole insert found some."""
        insert_all = text(f"INSERT INTO {self.table.name} ({names}) SELECT {names} FROM {stage}")
        savepoint = self.conn.begin_nested()
        try:
            self.conn.execute(insert_all)
            savepoint.commit()
            return
        except IntegrityError:
            savepoint.rollback()
        one = text(
            f"INSERT INTO {self.table.name} ({names}) SELECT {names} FROM {stage} WHERE id = :id"
        )
        for row_id in ids:
            savepoint = self.conn.begin_nested()
            try:
                self.conn.execute(one, {"id": row_id})
                savepoint.commit()
            except IntegrityError:
                savepoint.rollback()

    def _update(self, rows: list[dict[str, object]]) -> dict[uuid.UUID, int]:
        if not rows:
            return {}
        stage = self._staged(rows)
        changed = [c for c in self.columns if c not in ("id", "created_at", "server_seq")]
        assignments = ", ".join(f"{c} = s.{c}" for c in changed)
        result = self.conn.execute(
            text(
                f"UPDATE {self.table.name} AS t SET {assignments} FROM {stage} AS s"
                " WHERE t.id = s.id RETURNING t.id, t.server_seq"
            )
        )
        return {r.id: r.server_seq for r in result}

    def _append(self, changes: list[RowChange]) -> list[PushOutcome]:
        seqs = self._insert([c.values for c in changes])
        if self.spec.scope is not Scope.OWN:
            missing = [c.row_id for c in changes if c.row_id not in seqs]
            if missing:
                t = self.table
                query = select(t.c.id, t.c.server_seq).where(t.c.id.in_(missing))
                seqs.update((row_id, seq) for row_id, seq in self.conn.execute(query))
        return [PushOutcome(c.op_id, c.row_id, seqs.get(c.row_id, 0), "applied") for c in changes]

    def _record_conflict(
        self, change: RowChange, central: dict[str, object], conflict: Any
    ) -> None:
        self.conn.execute(
            _CONFLICTS.insert(),
            {
                "id": uuid.uuid4(),
                "street_id": self._street_of(central),
                "table_name": self.table.name,
                "row_id": change.row_id,
                "field": conflict.field,
                "central_value": encode(conflict.central),
                "desk_value": encode(conflict.desk),
                "base_value": encode(conflict.base),
                "central_by": central.get("updated_by", ""),
                "central_at": central.get("updated_at"),
                "desk_by": change.author,
                "desk_at": change.values.get("updated_at"),
                "desk_name": self.desk_name,
                "choice": "",
                "resolved_by": "",
                "resolved_at": None,
                "created_at": change.values.get("updated_at"),
                "updated_at": change.values.get("updated_at"),
                "version": 1,
                "updated_by": change.author,
                "deleted_at": None,
                "dirty": False,
            },
        )

    def _street_of(self, row: dict[str, object]) -> object:
        if "street_id" in row:
            return row["street_id"]
        parent_id = row.get(self.spec.via)
        for _column, parent in street_path(self.spec):
            t = Base.metadata.tables[parent]
            found = self.conn.execute(select(t).where(t.c.id == parent_id)).mappings().first()
            if found is None:
                return None
            if "street_id" in found:
                return found["street_id"]
            parent_id = found[by_name()[parent].via]
        return None


def _updated_row(
    change: RowChange, central: dict[str, object], merged: Merged
) -> dict[str, object]:
    row = dict(central)
    row.update(merged.values)
    row["version"] = int(str(central["version"] or 0)) + 1
    if merged.desk_taken:
        row["updated_at"] = change.values["updated_at"]
        row["updated_by"] = change.author
    return row


def _seq(row: dict[str, object]) -> int:
    return int(str(row["server_seq"] or 0))
