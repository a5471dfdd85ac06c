"""The desk's side of a sync: push what this desk changed, then pull what the centre has.

Push: dirty rows, parents first, in batches; each batch is one central transaction, and
only once the centre has committed it are the rows marked clean here, in one local
transaction. Pull: per table, rows past this desk's high-water mark, each batch applied
in one local transaction that also moves the mark, so an interrupted sync resumes and
repeats nothing. ``checkpoint`` names each step between the two sides; fault tests cut
the connection or kill the process there.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Connection, Table, and_, bindparam, delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.models import Base, SyncBase
from app.models.audit_trail import lock_desk
from app.services.auth import is_demo_database
from app.services.database import Database, current_revisions
from app.services.errors import N_, DomainError
from app.services.sync import state
from app.services.sync.tables import Scope, SyncTable, synced_tables
from app.services.sync.transport import (
    CentralRefused,
    DeskScope,
    PushOutcome,
    RowChange,
    Transport,
)
from app.services.sync.values import encode_row

PUSH_BATCH = 2000
PULL_BATCH = 5000
_IN_CHUNK = 5000
_OP_NAMESPACE = uuid.UUID("7f0b5c8e-2d1a-4c3e-9b6f-5a4d3c2b1a00")
_BASES: Table = SyncBase.__table__  # type: ignore[assignment]

Progress = Callable[[str, int, int], None]
Checkpoint = Callable[[str], None]


class SyncCancelled(Exception):
    pass


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    merged: int = 0
    conflicts: int = 0
    #: rows this desk may not send (shared data on a desk that does not administer it)
    held_back: int = 0
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    finished_at: datetime | None = None


def _no_checkpoint(_step: str) -> None:
    return None


def _no_progress(_stage: str, _done: int, _total: int) -> None:
    return None


def check_schema(database: Database, transport: Transport) -> None:
    mine, theirs = frozenset(current_revisions(database.engine)), transport.heads()
    if mine == theirs:
        return
    if theirs - mine and not mine - theirs:
        raise CentralRefused(
            N_("The central database is newer than this desk; update StreetDesk first.")
        )
    raise CentralRefused(
        N_(
            "The central database is older than this desk; ask the administrator to"
            " upgrade it (streetdesk central init)."
        )
    )


def sync_now(
    database: Database,
    transport: Transport,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    checkpoint: Checkpoint | None = None,
) -> SyncReport:
    """Push, then pull; raises ``CentralRefused`` or ``TransportError`` and leaves both
    sides whole whatever step it stops at."""
    with database.session() as session:
        if is_demo_database(session):
            raise DomainError(N_("A demo database never syncs."))
    check_schema(database, transport)
    scope = transport.scope()
    run = _Run(database, transport, scope, progress or _no_progress, cancelled, checkpoint)
    run.push()
    run.pull()
    with database.engine.begin() as conn:
        state.put(conn, state.LAST_SYNCED_KEY, datetime.now(UTC).isoformat())
        state.forget(conn, state.LAST_ERROR_KEY)
    run.report.finished_at = datetime.now(UTC)
    return run.report


def may_push(spec: SyncTable, scope: DeskScope) -> bool:
    if spec.psych and not scope.psych:
        return False
    return spec.scope is not Scope.SHARED or scope.administers


def may_pull(spec: SyncTable, scope: DeskScope) -> bool:
    return spec.scope is not Scope.OWN and (scope.psych or not spec.psych)


def op_id(desk_id: str, table: str, row: dict[str, object]) -> uuid.UUID:
    """The same change of the same row from the same desk always has the same id."""
    content = json.dumps(row, sort_keys=True, ensure_ascii=False, default=str)
    digest = hashlib.sha256(content.encode()).hexdigest()
    return uuid.uuid5(_OP_NAMESPACE, f"{desk_id}/{table}/{row['id']}/{digest}")


class _Run:
    def __init__(
        self,
        database: Database,
        transport: Transport,
        scope: DeskScope,
        progress: Progress,
        cancelled: Callable[[], bool] | None,
        checkpoint: Checkpoint | None,
    ) -> None:
        self.database = database
        self.transport = transport
        self.scope = scope
        self.progress = progress
        self.cancelled = cancelled or (lambda: False)
        self.checkpoint = checkpoint or _no_checkpoint
        self.report = SyncReport()
        with database.engine.begin() as conn:
            self.desk_id = lock_desk(conn)

    def _check_cancel(self) -> None:
        if self.cancelled():
            raise SyncCancelled

    # push -------------------------------------------------------------------------
    def push(self) -> None:
        specs = [s for s in synced_tables() if may_push(s, self.scope)]
        with self.database.engine.connect() as conn:
            total = sum(_dirty_count(conn, s.table) for s in specs)
            self.report.held_back = sum(
                _dirty_count(conn, s.table) for s in synced_tables() if not may_push(s, self.scope)
            )
        done = 0
        batch: list[tuple[RowChange, int]] = []
        for spec in specs:
            after: uuid.UUID | None = None
            while True:
                self._check_cancel()
                # a table whose rows name rows of the same table goes up in one batch,
                # so a parent never arrives after its child
                limit = None if _refers_to_itself(spec.table) else PUSH_BATCH - len(batch)
                changes, after = self._read_dirty(spec, after, limit)
                batch += changes
                if len(batch) >= PUSH_BATCH:
                    done += self._send(batch)
                    batch = []
                    self.progress("push", done, total)
                if after is None:
                    break
        if batch:
            done += self._send(batch)
            self.progress("push", done, total)

    def _read_dirty(
        self, spec: SyncTable, after: uuid.UUID | None, limit: int | None
    ) -> tuple[list[tuple[RowChange, int]], uuid.UUID | None]:
        t = spec.table
        query = select(t).where(t.c.dirty.is_(True)).order_by(t.c.id).limit(limit)
        if after is not None:
            query = query.where(t.c.id > after)
        with self.database.engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(query).mappings()]
            bases = (
                {
                    b.row_id: b
                    for b in conn.execute(
                        select(_BASES).where(
                            _BASES.c.table_name == t.name,
                            _BASES.c.row_id.in_([r["id"] for r in rows]),
                        )
                    )
                }
                if rows and not spec.append_only
                else {}
            )
        changes = []
        for row in rows:
            base = bases.get(row["id"])
            encoded = encode_row(t, row)
            encoded.pop("dirty", None)
            encoded.pop("server_seq", None)
            change = RowChange(
                op_id=op_id(self.desk_id, t.name, encoded),
                table=t.name,
                row_id=row["id"],
                values=row,
                base_seq=base.base_seq if base is not None else row["server_seq"],
                base=base.base if base is not None else None,
                author=str(row.get("updated_by") or ""),
            )
            changes.append((change, int(row["version"])))
        last = rows[-1]["id"] if len(rows) == limit else None
        return changes, last

    def _send(self, batch: list[tuple[RowChange, int]]) -> int:
        self.checkpoint("push.before_send")
        result = self.transport.push(
            self.desk_id, self.scope.desk_name, [change for change, _version in batch]
        )
        self.checkpoint("push.after_send")
        outcomes = {o.op_id: o for o in result.outcomes}
        with self.database.engine.begin() as conn:
            _mark_batch_sent(
                conn,
                [
                    (change, version, outcomes[change.op_id])
                    for change, version in batch
                    if change.op_id in outcomes
                ],
            )
            self.checkpoint("push.before_local_commit")
        self.checkpoint("push.after_local_commit")
        for o in result.outcomes:
            self.report.merged += o.outcome == "merged"
            self.report.conflicts += len(o.conflicts)
        self.report.pushed += len(batch)
        return len(batch)

    # pull -------------------------------------------------------------------------
    def pull(self) -> None:
        specs = [s for s in synced_tables() if may_pull(s, self.scope)]
        with self.database.engine.connect() as conn:
            marks = state.marks(conn)
        for number, spec in enumerate(specs, 1):
            mark = marks.get(spec.name, 0)
            while True:
                self._check_cancel()
                pulled = self.transport.pull(spec.name, mark, PULL_BATCH)
                self.checkpoint("pull.after_fetch")
                if not pulled.rows and pulled.last_seq == mark:
                    break  # nothing new: no local transaction (each commit is a disk sync)
                with self.database.engine.begin() as conn:
                    apply_pulled(conn, spec, pulled.rows)
                    state.set_mark(conn, spec.name, pulled.last_seq)
                    self.checkpoint("pull.before_local_commit")
                self.checkpoint("pull.after_local_commit")
                self.report.pulled += len(pulled.rows)
                mark = pulled.last_seq
                if not pulled.more:
                    break
            self.progress("pull", number, len(specs))


def _refers_to_itself(table: Table) -> bool:
    return any(fk.column.table is table for fk in table.foreign_keys)


def _dirty_count(conn: Connection, table: Table) -> int:
    return int(
        conn.scalar(select(func.count()).select_from(table).where(table.c.dirty.is_(True))) or 0
    )


def _new_seq(change: RowChange, outcome: PushOutcome) -> int | None:
    if outcome.outcome == "applied" or outcome.outcome == "repeated":
        return outcome.server_seq or None
    # merged or in conflict: the centre's row differs; keep the old base sequence so the
    # pull brings the centre's row whatever its number
    return change.base_seq


def _mark_batch_sent(conn: Connection, sent: list[tuple[RowChange, int, PushOutcome]]) -> None:
    """Each sent row clean with its new sequence and its base gone, one statement per
    table; a row changed here while it travelled keeps its newer change (``_mark_sent``)."""
    by_table: dict[str, list[tuple[RowChange, int, PushOutcome]]] = {}
    for item in sent:
        by_table.setdefault(item[0].table, []).append(item)
    for name, items in by_table.items():
        table = Base.metadata.tables[name]
        conn.execute(
            update(table)
            .where(table.c.id == bindparam("row_key"), table.c.version == bindparam("sent_version"))
            .values(dirty=False, server_seq=bindparam("new_seq")),
            [
                {"row_key": c.row_id, "sent_version": v, "new_seq": _new_seq(c, o)}
                for c, v, o in items
            ],
        )
        ids = [c.row_id for c, _v, _o in items]
        still_dirty: set[uuid.UUID] = set()
        for start in range(0, len(ids), _IN_CHUNK):
            chunk = ids[start : start + _IN_CHUNK]
            still_dirty.update(
                conn.scalars(select(table.c.id).where(table.c.id.in_(chunk), table.c.dirty))
            )
            done = [row_id for row_id in chunk if row_id not in still_dirty]
            if done:
                conn.execute(
                    delete(_BASES).where(_BASES.c.table_name == name, _BASES.c.row_id.in_(done))
                )
        for change, _version, outcome in items:
            if change.row_id in still_dirty:
                _mark_sent(conn, change, outcome)


def _mark_sent(conn: Connection, change: RowChange, outcome: PushOutcome) -> None:
    """Changed here while it travelled: the centre now holds what was sent, which is
    the base of the newer change."""
    table = Base.metadata.tables[change.table]
    base_key = and_(_BASES.c.table_name == change.table, _BASES.c.row_id == change.row_id)
    sent = encode_row(table, change.values)
    conn.execute(
        update(table).where(table.c.id == change.row_id).values(server_seq=outcome.server_seq)
    )
    conn.execute(delete(_BASES).where(base_key))
    conn.execute(
        insert(_BASES).values(
            table_name=change.table, row_id=change.row_id, base_seq=outcome.server_seq, base=sent
        )
    )


def apply_pulled(conn: Connection, spec: SyncTable, rows: list[dict[str, object]]) -> None:
    """Write the centre's rows here, as they came, except over rows changed here since:
    those go up with their base at the next push and merge on the centre."""
    if not rows:
        return
    table = spec.table
    for row in rows:
        row["dirty"] = False
    if _refers_to_itself(table) and conn.dialect.name == "sqlite":
        # rows come in the centre's order, a child possibly before its parent: the
        # checks wait for the commit (this setting ends with the transaction)
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    if spec.append_only:
        ids = [r["id"] for r in rows]
        known = set(conn.scalars(select(table.c.id).where(table.c.id.in_(ids))))
        new = [r for r in rows if r["id"] not in known]
        if new:
            conn.execute(insert(table), new)
        for r in rows:
            if r["id"] in known:
                conn.execute(
                    update(table)
                    .where(table.c.id == r["id"])
                    .values(server_seq=r["server_seq"], dirty=False)
                )
        return
    statement = sqlite_insert(table)
    columns = {c.name: statement.excluded[c.name] for c in table.columns if c.name != "id"}
    conn.execute(
        statement.on_conflict_do_update(
            index_elements=[table.c.id], set_=columns, where=table.c.dirty.is_(False)
        ),
        rows,
    )
