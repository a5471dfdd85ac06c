"""What a batch carried to the centre, kept until the centre answers.

A push can reach the centre and commit there while the answer is lost (a cut connection,
a killed desk). The desk then still holds its rows dirty with the base from before the
push, and an edit it makes before the next sync would meet its own first change on the
centre as if another desk had made it: a conflict of the desk with itself.

So before a batch goes up, what each row sends and its op id are written here in one
local transaction, and cleared in the one that marks the rows sent. Before the next push
sends anything, ``settle`` asks the centre which of any leftover ops it applied: for
those, what was sent becomes the row's base, so only what changed here since goes over
whatever the centre made of the first push (taken, merged or in conflict). The base's
sequence number stays the old one: the centre's row has moved past it, so the centre
merges against the sent values rather than taking the desk's row whole, which would
undo what another desk's change merged into it. An op the centre never applied leaves
the old base as it was. A restored snapshot brings the records it was taken with, and
they are settled the same way (op ids keep the desk's old name).

Append-only rows are never merged, so they are not kept here.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, Table, delete, insert, select

from app.models import Base, SyncBase, SyncInflight
from app.services.database import Database
from app.services.sync.tables import by_name
from app.services.sync.transport import RowChange, Transport
from app.services.sync.values import encode_row

_INFLIGHT: Table = SyncInflight.__table__  # type: ignore[assignment]
_BASES: Table = SyncBase.__table__  # type: ignore[assignment]
_CHUNK = 5000


def record(conn: Connection, changes: Iterable[RowChange]) -> None:
    """Keep what ``changes`` send, before they are sent (one bulk insert)."""
    # none left here is unsettled: the push settled them before its first batch and
    # every answered batch clears its own
    conn.execute(delete(_INFLIGHT))
    rows = [
        {
            "table_name": c.table,
            "row_id": c.row_id,
            "op_id": c.op_id,
            "sent": encode_row(by_name()[c.table].table, c.values),
        }
        for c in changes
        if not by_name()[c.table].append_only
    ]
    if rows:
        conn.execute(insert(_INFLIGHT), rows)


def clear(conn: Connection) -> None:
    """The centre answered for the batch: nothing is in flight any more."""
    conn.execute(delete(_INFLIGHT))


def settle(database: Database, transport: Transport) -> int:
    """Give the rows of an unanswered batch the centre applied what they sent as their
    base; returns how many. Costs nothing when the last push was answered."""
    with database.engine.connect() as conn:
        records = conn.execute(select(_INFLIGHT)).all()
    if not records:
        return 0
    applied = transport.applied([r.op_id for r in records])
    by_table: dict[str, dict[uuid.UUID, dict[str, object]]] = {}
    for r in records:
        if r.op_id in applied:
            by_table.setdefault(r.table_name, {})[r.row_id] = r.sent
    settled = 0
    with database.engine.begin() as conn:
        for name, sent in by_table.items():
            settled += _new_bases(conn, Base.metadata.tables[name], sent)
        clear(conn)
    return settled


def _new_bases(conn: Connection, table: Table, sent: dict[uuid.UUID, dict[str, object]]) -> int:
    ids = list(sent)
    # a row no longer dirty has nothing left to push, and a base kept for it would be
    # taken for the base of its next change
    seqs: dict[uuid.UUID, int | None] = {}
    for chunk in _chunks(ids):
        dirty = select(table.c.id, table.c.server_seq).where(
            table.c.id.in_(chunk), table.c.dirty.is_(True)
        )
        seqs.update((row_id, seq) for row_id, seq in conn.execute(dirty))
        # a row with a base sends the base's sequence number, as the push does
        bases = select(_BASES.c.row_id, _BASES.c.base_seq).where(
            _BASES.c.table_name == table.name,
            _BASES.c.row_id.in_([i for i in chunk if i in seqs]),
        )
        seqs.update((row_id, seq) for row_id, seq in conn.execute(bases))
    for chunk in _chunks(list(seqs)):
        conn.execute(
            delete(_BASES).where(_BASES.c.table_name == table.name, _BASES.c.row_id.in_(chunk))
        )
    if seqs:
        conn.execute(
            insert(_BASES),
            [
                {"table_name": table.name, "row_id": i, "base_seq": seq, "base": sent[i]}
                for i, seq in seqs.items()
            ],
        )
    return len(seqs)


def _chunks(ids: Sequence[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])
