"""The audit trail of every change, and the hash chain that makes it tamper-evident.

One session event (``record_changes``) writes an audit row for each synced row a flush
inserts, updates or tombstones, in the same transaction, so no service can forget it.
The same event chains every new audit row, the trail's and the services' own: per desk,
``seq`` counts up from 1 and ``row_hash`` covers the row's content and the hash of the
desk's previous row (``prev_hash``). Editing or removing a row breaks the chain there.

Rows the sync engine applies from the centre (``APPLYING_SYNC_KEY``) arrive audited and
chained by the desk that wrote them, so they are taken as they came.
"""

from __future__ import annotations

import hashlib
import json
import operator
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, event, insert, inspect, select, text
from sqlalchemy.orm import Session

from app.models.accounts import AuditEntry, SyncState
from app.models.base import APPLYING_SYNC_KEY, AUTHOR_KEY, SyncMixin, utcnow

#: ``sync_state`` key of this database's desk id, generated once.
DESK_ID_KEY = "desk_id"
#: ``prev_hash`` of a desk's first row.
GENESIS_HASH = "0" * 64
#: Columns the sync mixin stamps itself: not part of what a change is about.
STAMP_COLUMNS = frozenset(
    {"created_at", "updated_at", "version", "updated_by", "dirty", "server_seq"}
)
#: Actions of service-written audit rows that describe a change to the named record.
SERVICE_CHANGE_ACTIONS = frozenset({"create", "update", "tombstone"})
_PENDING_KEY = "_audit_rows_pending"
_USERNAME_LENGTH = 40
_BATCH = 5000
#: the encoding a row's hash covers (one encoder, not one per row)
_CANONICAL_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
#: UUIDs in their own order, compared as plain integers
_UUID_ORDER = operator.attrgetter("int")


def _at_text(at: datetime) -> str:
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def audit_row_hash(row: Mapping[Any, Any]) -> str:
    """The hash of one audit row's content and of the previous row's hash."""
    payload = [
        str(row["id"]),
        str(row["desk_id"]),
        int(row["seq"]),
        _at_text(row["at"]),
        str(row["username"]),
        str(row["action"]),
        str(row["entity"]),
        str(row["entity_id"]),
        row["detail"] or {},
        str(row["prev_hash"]),
    ]
    canonical = _CANONICAL_JSON.encode(payload)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def lock_desk(connection: Connection) -> str:
    """This database's desk id, holding the write lock that orders its audit chain.

    Taking the lock before the chain's head is read keeps two writers of one desk from
    giving two rows the same place in the chain.
    """
    table = cast(Table, SyncState.__table__)
    if connection.dialect.name == "postgresql":
        found = connection.execute(
            select(table.c.value).where(table.c.key == DESK_ID_KEY).with_for_update()
        ).scalar()
    else:
        connection.execute(
            text("UPDATE sync_state SET value = value WHERE key = :key"), {"key": DESK_ID_KEY}
        )
        found = connection.execute(select(table.c.value).where(table.c.key == DESK_ID_KEY)).scalar()
    if found:
        return str(found)
    desk_id = str(uuid.uuid4())
    connection.execute(insert(table).values(key=DESK_ID_KEY, value=desk_id))
    return desk_id


def chain_head(connection: Connection, desk_id: str) -> tuple[int, str]:
    """The last ``seq`` and ``row_hash`` of a desk's chain (0 and the genesis hash if none)."""
    table = cast(Table, AuditEntry.__table__)
    row = connection.execute(
        select(table.c.seq, table.c.row_hash)
        .where(table.c.desk_id == desk_id)
        .order_by(table.c.seq.desc())
        .limit(1)
    ).first()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS_HASH)


def _entry_fields(entry: AuditEntry) -> dict[str, Any]:
    keys = ("id", "desk_id", "seq", "at", "username", "action", "entity", "entity_id")
    fields: dict[str, Any] = {key: getattr(entry, key) for key in keys}
    fields.update(detail=entry.detail, prev_hash=entry.prev_hash)
    return fields


def _changed_columns(obj: SyncMixin) -> list[str]:
    state = inspect(obj)
    return [
        attr.key
        for attr in state.mapper.column_attrs
        if attr.key not in STAMP_COLUMNS and state.attrs[attr.key].history.has_changes()
    ]


def _table_name(obj: object) -> str:
    return str(getattr(type(obj), "__tablename__", type(obj).__name__))


def _changes(session: Session) -> list[tuple[str, uuid.UUID, str, str]]:
    """(table, record id, action, changed columns) of every synced row in this flush."""
    changes: list[tuple[str, uuid.UUID, str, str]] = []
    for obj in session.new:
        if isinstance(obj, SyncMixin) and not isinstance(obj, AuditEntry):
            if obj.id is None:
                obj.id = uuid.uuid4()
            changes.append((_table_name(obj), obj.id, "insert", ""))
    for obj in session.dirty:
        if not isinstance(obj, SyncMixin) or isinstance(obj, AuditEntry):
            continue
        changed = _changed_columns(obj)
        if not changed:
            continue
        tombstoned = "deleted_at" in changed and obj.deleted_at is not None
        action = "tombstone" if tombstoned else "update"
        changes.append((_table_name(obj), obj.id, action, ",".join(sorted(changed))))
    return changes


def record_changes(session: Session, flush_context: Any, instances: Any) -> None:
    """Audit the flush's changes and chain its new audit rows (a ``before_flush`` event)."""
    session.info.pop(_PENDING_KEY, None)
    if session.info.get(APPLYING_SYNC_KEY):
        return
    entries = [obj for obj in session.new if isinstance(obj, AuditEntry)]
    # A service that records the change itself, in the same flush, says more than the
    # trail would: its row stands for the record.
    recorded = {
        (entry.entity, str(entry.entity_id))
        for entry in entries
        if entry.action in SERVICE_CHANGE_ACTIONS
    }
    changes = [
        change for change in _changes(session) if (change[0], str(change[1])) not in recorded
    ]
    if not changes and not entries:
        return
    connection = session.connection()
    desk_id = lock_desk(connection)
    seq, prev_hash = chain_head(connection, desk_id)
    now = utcnow()
    author = str(session.info.get(AUTHOR_KEY, ""))
    for entry in sorted(entries, key=lambda e: e.at or now):
        seq += 1
        entry.id = entry.id or uuid.uuid4()
        entry.at = entry.at or now
        entry.username = (entry.username or "")[:_USERNAME_LENGTH]
        entry.entity = entry.entity or ""
        entry.entity_id = entry.entity_id or ""
        entry.detail = entry.detail or {}
        entry.desk_id, entry.seq, entry.prev_hash = desk_id, seq, prev_hash
        entry.row_hash = prev_hash = audit_row_hash(_entry_fields(entry))
    rows = _trail_rows(changes, desk_id, seq, prev_hash, now, author)
    if rows:
        session.info[_PENDING_KEY] = rows


def _trail_rows(
    changes: list[tuple[str, uuid.UUID, str, str]],
    desk_id: str,
    seq: int,
    prev_hash: str,
    now: datetime,
    author: str,
) -> list[dict[str, Any]]:
    """The trail's audit rows for ``changes``, chained after ``seq`` and ``prev_hash``.

    Each row's hash is ``audit_row_hash`` of it; the parts of the canonical text the
    rows share (desk, time, user, action, table, detail) are encoded once per batch."""
    rows: list[dict[str, Any]] = []
    username = author[:_USERNAME_LENGTH]
    no_detail: dict[str, Any] = {}  # one object for the batch: serialised once
    encode = _CANONICAL_JSON.encode
    before_seq = f"{encode(str(desk_id))},"
    after_seq = f",{encode(_at_text(now))},{encode(username)},"
    middles: dict[tuple[str, str], str] = {}
    details: dict[str, tuple[dict[str, Any], str]] = {"": (no_detail, "{}")}
    sha256 = hashlib.sha256
    prev_text = encode(str(prev_hash))
    # the batch's ids ascending with its seq: rows stored in the order they follow each
    # other, where the (at, id) indexes append instead of inserting at random places
    ids = sorted((uuid.uuid4() for _ in changes), key=_UUID_ORDER)
    for (table, record_id, action, fields), row_id in zip(changes, ids, strict=True):
        seq += 1
        middle = middles.get((action, table))
        if middle is None:
            middle = middles[(action, table)] = f"{encode(action)},{encode(table)},"
        detail = details.get(fields)
        if detail is None:
            detail = details[fields] = ({"fields": fields}, encode({"fields": fields}))
        entity_id = str(record_id)
        # str(uuid) and a hex digest need no escaping: quoted as they are
        canonical = (
            f'["{row_id}",{before_seq}{seq}{after_seq}{middle}'
            f"{encode(entity_id)},{detail[1]},{prev_text}]"
        )
        row_hash = sha256(canonical.encode("utf-8")).hexdigest()
        rows.append(
            {
                "id": row_id,
                "at": now,
                "username": username,
                "action": action,
                "entity": table,
                "entity_id": entity_id,
                "detail": detail[0],
                "desk_id": desk_id,
                "seq": seq,
                "prev_hash": prev_hash,
                "created_at": now,
                "updated_at": now,
                "version": 1,
                "updated_by": author,
                "deleted_at": None,
                "server_seq": None,
                "dirty": True,
                "row_hash": row_hash,
            }
        )
        prev_hash = row_hash
        prev_text = f'"{row_hash}"'
    return rows


def _column_values(values: list[Any], process: Callable[[Any], Any] | None) -> list[Any]:
    """One column's values through its bind processor; a column holding one value (the
    stamps, an empty detail) is processed once."""
    if process is None:
        return values
    first = values[0]
    if values.count(first) == len(values):
        return [process(first)] * len(values)
    return list(map(process, values))


def _defaults(column: Any, count: int) -> list[Any]:
    """A column the rows leave out, as the insert fills it: its Python-side default."""
    default = column.default
    if default is None:
        return [None] * count
    if default.is_callable:
        return [default.arg(None) for _ in range(count)]
    return [default.arg] * count


def _insert_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows that all give the same columns: the statement compiled once, each
    column's values through its type's bind processor, then the driver's
    ``executemany`` (what ``connection.execute(insert(table), rows)`` does, without its
    per-row bookkeeping, which costs more than the insert itself for thousands of rows)."""
    if not rows:
        return
    dialect = connection.dialect
    keys = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    names = list(compiled.positiontup or ()) if compiled.positional else keys
    columns = [
        _column_values(
            [row[name] for row in rows] if name in keys else _defaults(table.c[name], len(rows)),
            table.c[name].type.dialect_impl(dialect).bind_processor(dialect),
        )
        for name in names
    ]
    params: list[Any] = list(zip(*columns, strict=True))
    if not compiled.positional:
        params = [dict(zip(names, values, strict=True)) for values in params]
    sql = str(compiled)
    for offset in range(0, len(params), _BATCH):
        connection.exec_driver_sql(sql, params[offset : offset + _BATCH])


def insert_audited(session: Session, model: type[SyncMixin], rows: list[dict[str, Any]]) -> None:
    """Insert many new rows of a synced table at once, stamped and audited exactly as a
    flush of one ORM object each would be (an "insert" row per record, chained after the
    desk's head), at the cost of one statement per batch.

    Each row gives the record's columns (``id`` included); the sync columns are stamped
    here. What the session holds is flushed first, so the chain keeps the order of the
    changes."""
    if not rows:
        return
    session.flush()
    now = utcnow()
    author = str(session.info.get(AUTHOR_KEY, ""))
    stamps = {
        "created_at": now,
        "updated_at": now,
        "version": 1,
        "updated_by": author,
        "deleted_at": None,
        "server_seq": None,
        "dirty": True,
    }
    stamped = [{**row, **stamps} for row in rows]
    connection = session.connection()
    table = cast(Table, cast(Any, model).__table__)
    _insert_rows(connection, table, stamped)
    if session.info.get(APPLYING_SYNC_KEY):
        return
    desk_id = lock_desk(connection)
    seq, prev_hash = chain_head(connection, desk_id)
    changes = [(table.name, row["id"], "insert", "") for row in rows]
    trail = _trail_rows(changes, desk_id, seq, prev_hash, now, author)
    _insert_rows(connection, cast(Table, AuditEntry.__table__), trail)


def write_pending_rows(session: Session, flush_context: Any) -> None:
    """Insert the trail's rows once the flush has written the rows they describe."""
    rows = session.info.pop(_PENDING_KEY, None)
    if not rows:
        return
    _insert_rows(session.connection(), cast(Table, AuditEntry.__table__), rows)


def _forget_pending(session: Session, *_args: Any) -> None:
    session.info.pop(_PENDING_KEY, None)


event.listen(Session, "before_flush", record_changes)
event.listen(Session, "after_flush", write_pending_rows)
event.listen(Session, "after_soft_rollback", _forget_pending)
