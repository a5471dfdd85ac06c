"""Post templates per unit type: 1 格长, 1 副格长, 4 basic posts and the specialist posts.

Revision ID: r001
Revises: 0002
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import app.models.base
from app.models.reference import reference_id

revision: str = "r001"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = ("rosters",)
depends_on: str | Sequence[str] | None = None

COMMON = [("head", 1), ("deputy", 1), ("basic", 4)]
SPECIALISTS = {
    "commercial": ["party_mass", "economic", "fire", "urban_mgmt"],
    "smart_park": ["party_building", "labour", "economic", "work_safety", "fire"],
    "residential": ["party_mass", "social_affairs", "governance", "psych"],
    "urban_village": ["party_building", "migrants", "land_inspection", "fire", "governance"],
    "construction": ["labour", "work_safety", "housing", "petition"],
}


def upgrade() -> None:
    op.create_table(
        "post_template",
        sa.Column("unit_type_id", sa.Uuid(), nullable=False),
        sa.Column("post_kind_id", sa.Uuid(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("deleted_at", app.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["post_kind_id"], ["post_kind.id"], name=op.f("fk_post_template_post_kind_id_post_kind")
        ),
        sa.ForeignKeyConstraint(
            ["unit_type_id"], ["unit_type.id"], name=op.f("fk_post_template_unit_type_id_unit_type")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_post_template")),
    )
    with op.batch_alter_table("post_template", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_post_template_dirty"), ["dirty"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_post_template_server_seq"), ["server_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_post_template_unit_type_id"), ["unit_type_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_post_template_updated_at"), ["updated_at"], unique=False
        )

    now = datetime.now(UTC)
    if op.get_bind().dialect.name == "sqlite":
        now = now.replace(tzinfo=None)
    table = sa.table(
        "post_template",
        sa.column("id", sa.Uuid()),
        sa.column("unit_type_id", sa.Uuid()),
        sa.column("post_kind_id", sa.Uuid()),
        sa.column("count", sa.Integer()),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
        sa.column("version", sa.Integer()),
        sa.column("updated_by", sa.String()),
        sa.column("dirty", sa.Boolean()),
    )
    rows = []
    for unit_type, specialists in SPECIALISTS.items():
        for kind, count in [*COMMON, *((code, 1) for code in specialists)]:
            rows.append(
                {
                    "id": reference_id("post_template", f"{unit_type}:{kind}"),
                    "unit_type_id": reference_id("unit_type", unit_type),
                    "post_kind_id": reference_id("post_kind", kind),
                    "count": count,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                    "updated_by": "seed",
                    "dirty": False,
                }
            )
    op.bulk_insert(table, rows)


def downgrade() -> None:
    with op.batch_alter_table("post_template", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_post_template_updated_at"))
        batch_op.drop_index(batch_op.f("ix_post_template_unit_type_id"))
        batch_op.drop_index(batch_op.f("ix_post_template_server_seq"))
        batch_op.drop_index(batch_op.f("ix_post_template_dirty"))
    op.drop_table("post_template")
