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
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import (
    Connection,
    Table,
    and_,
    bindparam,
    delete,
    func,
    insert,
    literal,
    select,
    union_all,
    update,
)

from app.models import Base, SyncBase
from app.models.audit_trail import lock_desk
from app.services.auth import is_demo_database
from app.services.database import Database, current_revisions
from app.services.errors import N_, DomainError
from app.services.sync import inflight, state
from app.services.sync.driver_rows import binder, loaded_rows
from app.services.sync.pull_apply import apply_pulled, replaced_here
from app.services.sync.tables import Scope, SyncTable, refers_to_itself, synced_tables
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
    #: changes made here to district data this desk may not send, replaced by the
    #: centre's rows
    replaced: int = 0
    #: rows the centre refused (a code another desk took first, ...), with the reasons;
    #: they stay pending here
    refused: list[str] = field(default_factory=list)
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


def op_id(desk_id: str, table: str, row_id: uuid.UUID, stored: Sequence[object]) -> uuid.UUID:
    """The same change of the same row from the same desk always has the same id:
    ``stored`` is the row as SQLite holds it (text, numbers, ``None``; without ``dirty``
    and ``server_seq``), in the order of the table's columns."""
    digest = hashlib.sha256(repr(tuple(stored)).encode()).hexdigest()
    return uuid.uuid5(_OP_NAMESPACE, f"{desk_id}/{table}/{row_id}/{digest}")


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
            chain_id = lock_desk(conn)
            self.desk_id = state.get(conn, state.SYNC_DESK_KEY) or chain_id

    def _check_cancel(self) -> None:
        if self.cancelled():
            raise SyncCancelled

    # push -------------------------------------------------------------------------
    def push(self) -> None:
        inflight.settle(self.database, self.transport)
        specs = [s for s in synced_tables() if may_push(s, self.scope)]
        with self.database.engine.connect() as conn:
            dirty = _dirty_counts(conn, synced_tables())
        total = sum(dirty[s.name] for s in specs)
        self.report.held_back = sum(
            dirty[s.name] for s in synced_tables() if not may_push(s, self.scope)
        )
        done = 0
        batch: list[tuple[RowChange, int]] = []
        for spec in specs:
            after: int | None = None
            while True:
                self._check_cancel()
                # a table whose rows name rows of the same table goes up in one batch,
                # so a parent never arrives after its child
                limit = None if refers_to_itself(spec.table) else PUSH_BATCH - len(batch)
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
        self, spec: SyncTable, after: int | None, limit: int | None
    ) -> tuple[list[tuple[RowChange, int]], int | None]:
        """Up to ``limit`` changed rows past ``after``, and where the next read starts.
        Paged by rowid, the order of the index on ``dirty``: paging by id would sort
        every changed row of the table again for each page."""
        t = spec.table
        names = [c.name for c in t.columns]
        columns = ", ".join(names)
        query = f"SELECT {columns}, rowid FROM {t.name} WHERE dirty = 1"
        params: tuple[object, ...] = ()
        if after is not None:
            query += " AND rowid > ?"
            params = (after,)
        query += " ORDER BY rowid"
        if limit is not None:
            query += " LIMIT ?"
            params += (limit,)
        content = [n for n, name in enumerate(names) if name not in ("dirty", "server_seq")]
        with self.database.engine.connect() as conn:
            fetched = conn.exec_driver_sql(query, params).fetchall()
            rows = loaded_rows(conn.dialect, t, (r[:-1] for r in fetched))
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
        for row, stored in zip(rows, fetched, strict=True):
            base = bases.get(row["id"])
            change = RowChange(
                op_id=op_id(self.desk_id, t.name, row["id"], [stored[n] for n in content]),
                table=t.name,
                row_id=row["id"],
                values=row,
                base_seq=base.base_seq if base is not None else row["server_seq"],
                base=base.base if base is not None else None,
                author=str(row.get("updated_by") or ""),
            )
            changes.append((change, int(row["version"])))
        last = int(fetched[-1][-1]) if limit is not None and len(fetched) == limit else None
        return changes, last

    def _send(self, batch: list[tuple[RowChange, int]]) -> int:
        with self.database.engine.begin() as conn:
            inflight.record(conn, [change for change, _version in batch])
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
                    if change.op_id in outcomes and outcomes[change.op_id].outcome != "refused"
                ],
            )
            inflight.clear(conn)
            self.checkpoint("push.before_local_commit")
        self.checkpoint("push.after_local_commit")
        for o in result.outcomes:
            if o.outcome == "refused":
                self.report.refused.append(f"{o.row_id}: {'; '.join(o.conflicts)}")
                continue
            self.report.merged += o.outcome == "merged"
            self.report.conflicts += len(o.conflicts)
        self.report.pushed += len(batch)
        return len(batch)

    # pull -------------------------------------------------------------------------
    def pull(self) -> None:
        specs = [s for s in synced_tables() if may_pull(s, self.scope)]
        with self.database.engine.connect() as conn:
            marks = state.marks(conn)
        # district data changed here on a desk that may not send it: the centre's rows
        # replace those changes (they could never go up), so the table is read again
        with self.database.engine.connect() as conn:
            dirty = _dirty_counts(conn, [s for s in specs if not may_push(s, self.scope)])
        held = {name for name, count in dirty.items() if count}
        for name in held:
            marks[name] = 0
        changed = self.transport.changed_tables({s.name: marks.get(s.name, 0) for s in specs})
        for number, spec in enumerate(specs, 1):
            if spec.name not in changed:
                continue
            mark = marks.get(spec.name, 0)
            centre_wins = spec.scope is Scope.SHARED and not may_push(spec, self.scope)
            while True:
                self._check_cancel()
                pulled = self.transport.pull(spec.name, mark, PULL_BATCH)
                self.checkpoint("pull.after_fetch")
                if not pulled.rows and pulled.last_seq == mark:
                    break  # nothing new: no local transaction (each commit is a disk sync)
                with self.database.engine.begin() as conn:
                    if centre_wins:
                        self.report.replaced += replaced_here(conn, spec, pulled.rows)
                    failed = apply_pulled(conn, spec, pulled.rows, centre_wins=centre_wins)
                    # a row that cannot be stored here holds the mark before it, so it
                    # comes again until the row in its way is corrected
                    stuck = min((int(str(row["server_seq"])) for row, _ in failed), default=0)
                    state.set_mark(conn, spec.name, stuck - 1 if failed else pulled.last_seq)
                    self.checkpoint("pull.before_local_commit")
                self.checkpoint("pull.after_local_commit")
                self.report.pulled += len(pulled.rows) - len(failed)
                self.report.refused += [f"{row['id']}: {why}" for row, why in failed]
                mark = pulled.last_seq
                if failed or not pulled.more:
                    break
            self.progress("pull", number, len(specs))


def _dirty_counts(conn: Connection, specs: Sequence[SyncTable]) -> dict[str, int]:
    """The changed rows of each table, in one statement (one round trip, not one a table)."""
    if not specs:
        return {}
    counts = [
        select(literal(s.name).label("name"), func.count().label("count"))
        .select_from(s.table)
        .where(s.table.c.dirty.is_(True))
        for s in specs
    ]
    return {name: int(count) for name, count in conn.execute(union_all(*counts))}


def _mark_batch_sent(conn: Connection, sent: list[tuple[RowChange, int, PushOutcome]]) -> None:
    """Each sent row clean as the centre holds it, its base gone: one statement per table
    and kind. A row changed here while it travelled keeps its newer change
    (``_keep_newer_change``)."""
    by_table: dict[str, list[tuple[RowChange, int, PushOutcome]]] = {}
    for item in sent:
        by_table.setdefault(item[0].table, []).append(item)
    for name, items in by_table.items():
        table = Base.metadata.tables[name]
        same_version = and_(
            table.c.id == bindparam("row_key"), table.c.version == bindparam("sent_version")
        )
        with_rows = [(c, v, o) for c, v, o in items if o.row is not None]
        bare = [(c, v, o) for c, v, o in items if o.row is None]
        key = binder(conn.dialect, table.c.id)
        if bare:
            conn.exec_driver_sql(
                f"UPDATE {name} SET dirty = 0, server_seq = ? WHERE id = ? AND version = ?",
                [(o.server_seq or None, key(c.row_id), v) for c, v, o in bare],
            )
        if with_rows:
            # the centre's row, whatever it holds (merged, in conflict, sent before)
            columns = [c.name for c in table.columns if c.name not in ("id", "dirty")]
            conn.execute(
                update(table)
                .where(same_version)
                .values(dirty=False, **{c: bindparam(f"v_{c}") for c in columns}),
                [
                    {
                        "row_key": c.row_id,
                        "sent_version": v,
                        **{f"v_{col}": o.row[col] for col in columns},  # type: ignore[index]
                    }
                    for c, v, o in with_rows
                ],
            )
        ids = [c.row_id for c, _v, _o in items]
        still_dirty: set[uuid.UUID] = set()
        for start in range(0, len(ids), _IN_CHUNK):
            chunk = ids[start : start + _IN_CHUNK]
            # "+dirty": by the keys, not by the index on dirty (every changed row)
            keys = [key(row_id) for row_id in chunk]
            found = conn.exec_driver_sql(
                f"SELECT id FROM {name} WHERE id IN ({', '.join('?' * len(keys))}) AND +dirty = 1",
                tuple(keys),
            )
            dirty_keys = {k for (k,) in found}
            still_dirty.update(
                row_id for row_id, k in zip(chunk, keys, strict=True) if k in dirty_keys
            )
            done = [row_id for row_id in chunk if row_id not in still_dirty]
            if done:
                conn.execute(
                    delete(_BASES).where(_BASES.c.table_name == name, _BASES.c.row_id.in_(done))
                )
        for change, _version, outcome in items:
            if change.row_id in still_dirty:
                _keep_newer_change(conn, change, outcome)


def _keep_newer_change(conn: Connection, change: RowChange, outcome: PushOutcome) -> None:
    """Changed here while it travelled: what the centre now holds is the base of the
    newer change, which merges against it at the next push."""
    table = Base.metadata.tables[change.table]
    base_key = and_(_BASES.c.table_name == change.table, _BASES.c.row_id == change.row_id)
    central = outcome.row if outcome.row is not None else change.values
    conn.execute(delete(_BASES).where(base_key))
    conn.execute(
        update(table).where(table.c.id == change.row_id).values(server_seq=outcome.server_seq)
    )
    conn.execute(
        insert(_BASES).values(
            table_name=change.table,
            row_id=change.row_id,
            base_seq=outcome.server_seq,
            base=encode_row(table, central),
        )
    )
