"""Hash-chained audit log, the desk id, and triggers that keep history append-only.

The audit log gains ``desk_id``, ``seq``, ``prev_hash`` and ``row_hash``; rows already
there are chained in the order they were written. Each append-only table gets triggers
that refuse UPDATE and DELETE (and on PostgreSQL TRUNCATE); the one change they let
through is the sync bookkeeping (``dirty``, ``server_seq``). On SQLite an INSERT that
would replace an existing row is refused too, since REPLACE deletes without firing
delete triggers. The SQLite file is marked as StreetDesk's in its header.

A later revision that rebuilds one of these tables on SQLite (batch "move and copy")
drops its triggers and must create them again.

Revision ID: a001
Revises: 0002
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models.audit_trail import DESK_ID_KEY, GENESIS_HASH, audit_row_hash
from app.models.base import SQLITE_APPLICATION_ID, SYNC_BOOKKEEPING_COLUMNS

revision: str = "a001"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = ("audit",)
depends_on: str | Sequence[str] | None = None

APPEND_ONLY_TABLES = (
    "audit_log",
    "dispute_event",
    "psych_service",
    "referral_step",
    "crisis_record",
    "follow_up",
)
CHAIN_COLUMNS = (
    ("desk_id", sa.String(length=36)),
    ("seq", sa.Integer()),
    ("prev_hash", sa.String(length=64)),
    ("row_hash", sa.String(length=64)),
)
PG_GUARD_FUNCTION = "streetdesk_refuse_history_change"


def _message(table: str) -> str:
    return f"{table} rows are append-only"


def _sqlite_guards(bind: sa.Connection, table: str) -> None:
    columns = [
        column["name"]
        for column in sa.inspect(bind).get_columns(table)
        if column["name"] not in SYNC_BOOKKEEPING_COLUMNS
    ]
    refuse = f"SELECT RAISE(ABORT, '{_message(table)}');"
    op.execute(
        f"CREATE TRIGGER {table}_no_update BEFORE UPDATE OF {', '.join(columns)}"
        f" ON {table} BEGIN {refuse} END"
    )
    op.execute(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN {refuse} END")
    replaced = f"EXISTS (SELECT 1 FROM {table} WHERE id = NEW.id)"
    if table == "audit_log":
        replaced += (
            " OR EXISTS (SELECT 1 FROM audit_log WHERE desk_id = NEW.desk_id AND seq = NEW.seq)"
        )
    op.execute(
        f"CREATE TRIGGER {table}_no_replace BEFORE INSERT ON {table}"
        f" WHEN {replaced} BEGIN {refuse} END"
    )


def _pg_guards(table: str) -> None:
    op.execute(
        f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}"
        f" FOR EACH ROW EXECUTE FUNCTION {PG_GUARD_FUNCTION}()"
    )
    op.execute(
        f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}"
        f" FOR EACH STATEMENT EXECUTE FUNCTION {PG_GUARD_FUNCTION}()"
    )


def _pg_guard_function() -> None:
    kept = " - ".join(f"'{name}'" for name in sorted(SYNC_BOOKKEEPING_COLUMNS))
    op.execute(
        f"""
        CREATE FUNCTION {PG_GUARD_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - {kept}) = (to_jsonb(OLD) - {kept}) THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION '% rows are append-only (% refused)', TG_TABLE_NAME, TG_OP
                USING ERRCODE = 'restrict_violation';
        END
        $$
        """
    )


def _desk_id(bind: sa.Connection) -> str:
    state = sa.table("sync_state", sa.column("key"), sa.column("value"))
    found = bind.execute(sa.select(state.c.value).where(state.c.key == DESK_ID_KEY)).scalar()
    if found:
        return str(found)
    desk_id = str(uuid.uuid4())
    bind.execute(sa.insert(state).values(key=DESK_ID_KEY, value=desk_id))
    return desk_id


def _chain_existing_rows(bind: sa.Connection, desk_id: str) -> None:
    audit = sa.table(
        "audit_log",
        *(sa.column(name) for name in ("id", "username", "action", "entity", "entity_id")),
        sa.column("at", sa.DateTime()),
        sa.column("detail", sa.JSON()),
        *(sa.column(name, kind) for name, kind in CHAIN_COLUMNS),
    )
    rows = bind.execute(sa.select(audit).order_by(audit.c.at, audit.c.id)).mappings().all()
    prev_hash = GENESIS_HASH
    for seq, stored in enumerate(rows, start=1):
        row = dict(stored, id=uuid.UUID(str(stored["id"])), desk_id=desk_id, seq=seq)
        row["prev_hash"] = prev_hash
        row["row_hash"] = prev_hash = audit_row_hash(row)
        bind.execute(
            sa.update(audit)
            .where(audit.c.id == stored["id"])
            .values(desk_id=desk_id, seq=seq, prev_hash=row["prev_hash"], row_hash=prev_hash)
        )


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        for name, kind in CHAIN_COLUMNS:
            batch_op.add_column(sa.Column(name, kind, nullable=True))
    _chain_existing_rows(bind, _desk_id(bind))
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        for name, kind in CHAIN_COLUMNS:
            batch_op.alter_column(name, existing_type=kind, nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_audit_log_desk_id"), ["desk_id", "seq"])
    if bind.dialect.name == "postgresql":
        _pg_guard_function()
        for table in APPEND_ONLY_TABLES:
            _pg_guards(table)
    else:
        for table in APPEND_ONLY_TABLES:
            _sqlite_guards(bind, table)
        op.execute(f"PRAGMA application_id = {SQLITE_APPLICATION_ID}")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table in APPEND_ONLY_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS {PG_GUARD_FUNCTION}()")
    else:
        for table in APPEND_ONLY_TABLES:
            for guard in ("no_update", "no_delete", "no_replace"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_{guard}")
        op.execute("PRAGMA application_id = 0")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_log_desk_id"), type_="unique")
        for name, _kind in reversed(CHAIN_COLUMNS):
            batch_op.drop_column(name)
    state = sa.table("sync_state", sa.column("key"))
    bind.execute(sa.delete(state).where(state.c.key == DESK_ID_KEY))
