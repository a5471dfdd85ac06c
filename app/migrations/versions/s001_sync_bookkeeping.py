"""Sync: the base of rows edited since their last sync, and recorded conflicts.

Revision ID: s001
Revises: e001, p001, r001, u001
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import app.models.base
from app.models.reference import reference_id

revision: str = "s001"
down_revision: str | Sequence[str] | None = ("e001", "p001", "r001", "u001")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


#: who settles sync conflicts
RESOLVERS = ("supervisor", "admin")
RESOLVE = "sync.resolve"


def _grants() -> sa.TableClause:
    return sa.table(
        "role_permission",
        sa.column("id", sa.Uuid()),
        sa.column("created_at", app.models.base.UTCDateTime()),
        sa.column("updated_at", app.models.base.UTCDateTime()),
        sa.column("version", sa.Integer()),
        sa.column("updated_by", sa.String()),
        sa.column("dirty", sa.Boolean()),
        sa.column("role_id", sa.Uuid()),
        sa.column("permission", sa.String()),
    )


def upgrade() -> None:
    op.create_table(
        "sync_base",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("base_seq", sa.BigInteger(), nullable=True),
        sa.Column("base", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_base")),
    )
    utc = app.models.base.UTCDateTime(timezone=True)
    op.create_table(
        "sync_conflict",
        sa.Column("street_id", sa.Uuid(), nullable=True),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("central_value", sa.JSON(), nullable=True),
        sa.Column("desk_value", sa.JSON(), nullable=True),
        sa.Column("base_value", sa.JSON(), nullable=True),
        sa.Column("central_by", sa.String(length=80), nullable=False),
        sa.Column("central_at", utc, nullable=True),
        sa.Column("desk_by", sa.String(length=80), nullable=False),
        sa.Column("desk_at", utc, nullable=True),
        sa.Column("desk_name", sa.String(length=80), nullable=False),
        sa.Column("choice", sa.String(length=10), nullable=False),
        sa.Column("resolved_by", sa.String(length=80), nullable=False),
        sa.Column("resolved_at", utc, nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", utc, nullable=False),
        sa.Column("updated_at", utc, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("deleted_at", utc, nullable=True),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["street_id"], ["street.id"], name=op.f("fk_sync_conflict_street_id_street")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        for column in ("dirty", "row_id", "server_seq", "street_id", "updated_at"):
            batch_op.create_index(batch_op.f(f"ix_sync_conflict_{column}"), [column])
    now = datetime.now(UTC)
    op.bulk_insert(
        _grants(),
        [
            {
                "id": reference_id("role_permission", f"{role}:{RESOLVE}"),
                "created_at": now,
                "updated_at": now,
                "version": 1,
                "updated_by": "seed",
                "dirty": False,
                "role_id": reference_id("role", role),
                "permission": RESOLVE,
            }
            for role in RESOLVERS
        ],
    )


def downgrade() -> None:
    grants = _grants()
    ids = [reference_id("role_permission", f"{role}:{RESOLVE}") for role in RESOLVERS]
    op.execute(grants.delete().where(grants.c.id.in_(ids)))
    op.drop_table("sync_conflict")
    op.drop_table("sync_base")
