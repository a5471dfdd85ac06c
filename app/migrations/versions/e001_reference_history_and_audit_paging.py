"""Editable reference data and a paged audit view: the revision history of reference
rows, each psychological group's follow-up cadence, and the indexes the audit view pages
along (newest first, overall, per user, per action) and finds one record's entries by.

``reference_revision`` is history, so it gets the same append-only guards as the tables
of the ``audit`` branch (whose PostgreSQL guard function it reuses).

It follows both the ``disputes`` and the ``audit`` branches (it needs the former's
rules and the latter's guard function), joining them.

Revision ID: e001
Revises: a001, d001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base
from app.models.base import SYNC_BOOKKEEPING_COLUMNS
from app.models.reference import reference_id

revision: str = "e001"
down_revision: str | Sequence[str] | None = ("a001", "d001")
branch_labels: str | Sequence[str] | None = ("reference_admin",)
depends_on: str | Sequence[str] | None = None

#: Days between follow-ups (跟踪关爱) of a person in each group.
FOLLOWUP_DAYS = {"general": 90, "key": 30, "special": 30, "high_risk": 7}
#: The audit view's index walks (newest first), and the single-column indexes they cover.
AUDIT_INDEXES = {
    "ix_audit_log_at_id": ["at", "id"],
    "ix_audit_log_username_at": ["username", "at", "id"],
    "ix_audit_log_action_at": ["action", "at", "id"],
    "ix_audit_log_entity_id": ["entity_id"],
}
SINGLE_INDEXES = ("at", "username", "action")
GUARD_FUNCTION = "streetdesk_refuse_history_change"
TABLE = "reference_revision"


def _create_revision_table() -> None:
    utc = app.models.base.UTCDateTime()
    op.create_table(
        TABLE,
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("effective_from", utc, nullable=False),
        sa.Column("new_values", sa.JSON(), nullable=False),
        sa.Column("old_values", sa.JSON(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", utc, nullable=False),
        sa.Column("updated_at", utc, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("deleted_at", utc, nullable=True),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reference_revision")),
        sa.UniqueConstraint("record_id", "revision", name=op.f("uq_reference_revision_record_id")),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        for column in ("kind", "dirty", "server_seq", "updated_at"):
            batch_op.create_index(batch_op.f(f"ix_{TABLE}_{column}"), [column], unique=False)


def _guard_revision_table(bind: sa.Connection) -> None:
    if bind.dialect.name == "postgresql":
        op.execute(
            f"CREATE TRIGGER {TABLE}_append_only BEFORE UPDATE OR DELETE ON {TABLE}"
            f" FOR EACH ROW EXECUTE FUNCTION {GUARD_FUNCTION}()"
        )
        op.execute(
            f"CREATE TRIGGER {TABLE}_no_truncate BEFORE TRUNCATE ON {TABLE}"
            f" FOR EACH STATEMENT EXECUTE FUNCTION {GUARD_FUNCTION}()"
        )
        return
    columns = [
        column["name"]
        for column in sa.inspect(bind).get_columns(TABLE)
        if column["name"] not in SYNC_BOOKKEEPING_COLUMNS
    ]
    refuse = f"SELECT RAISE(ABORT, '{TABLE} rows are append-only');"
    op.execute(
        f"CREATE TRIGGER {TABLE}_no_update BEFORE UPDATE OF {', '.join(columns)}"
        f" ON {TABLE} BEGIN {refuse} END"
    )
    op.execute(f"CREATE TRIGGER {TABLE}_no_delete BEFORE DELETE ON {TABLE} BEGIN {refuse} END")
    op.execute(
        f"CREATE TRIGGER {TABLE}_no_replace BEFORE INSERT ON {TABLE}"
        f" WHEN EXISTS (SELECT 1 FROM {TABLE} WHERE id = NEW.id) BEGIN {refuse} END"
    )


def upgrade() -> None:
    bind = op.get_bind()
    _create_revision_table()
    _guard_revision_table(bind)
    with op.batch_alter_table("psych_group", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("followup_days", sa.Integer(), nullable=False, server_default="30")
        )
    groups = sa.table("psych_group", sa.column("id", sa.Uuid()), sa.column("followup_days"))
    for code, days in FOLLOWUP_DAYS.items():
        bind.execute(
            sa.update(groups)
            .where(groups.c.id == reference_id("psych_group", code))
            .values(followup_days=days)
        )
    # The audit view's walks replace the single-column indexes they cover.
    for name in SINGLE_INDEXES:
        op.drop_index(f"ix_audit_log_{name}", table_name="audit_log")
    for name, columns in AUDIT_INDEXES.items():
        op.create_index(name, "audit_log", columns, unique=False)


def downgrade() -> None:
    bind = op.get_bind()
    for name in AUDIT_INDEXES:
        op.drop_index(name, table_name="audit_log")
    for name in SINGLE_INDEXES:
        op.create_index(f"ix_audit_log_{name}", "audit_log", [name], unique=False)
    with op.batch_alter_table("psych_group", schema=None) as batch_op:
        batch_op.drop_column("followup_days")
    if bind.dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_append_only ON {TABLE}")
        op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_no_truncate ON {TABLE}")
    op.drop_table(TABLE)
