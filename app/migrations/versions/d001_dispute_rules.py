"""Dispute clocks and warning colours: deadline rules, warning rules, working-day overrides.

Deadlines are working days per severity and stage; warning rules are checked in priority
order and the first whose conditions all hold gives the card its colour.

Revision ID: d001
Revises: 0002
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from alembic import op

import app.models.base
from app.models.reference import reference_id

revision: str = "d001"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = ("disputes",)
depends_on: str | Sequence[str] | None = None

SEED_AUTHOR = "seed"

# Working days a case may stay in a stage: (stage, major, general, minor).
DEADLINES = [
    ("received", 1, 1, 2),
    ("accepted", 2, 3, 3),
    ("mediating", 10, 15, 5),
    ("escalated", 5, 10, 10),
    ("resolved", 5, 5, 10),
    ("follow_up", 3, 3, 3),
]
SEVERITY_COLUMNS = ("major", "general", "minor")

# (code, priority, colour, severity, min_people, min_amount, overdue, zh, en)
WARNING_RULES: list[
    tuple[str, int, str, str | None, int | None, str | None, bool | None, str, str]
] = [
    (
        "red_major_overdue",
        10,
        "red",
        "major",
        None,
        None,
        True,
        "重大纠纷已超期",
        "Major case past its deadline",
    ),
    (
        "red_mass",
        20,
        "red",
        None,
        30,
        None,
        None,
        "涉及30人以上（群体性）",
        "30 or more people involved (mass case)",
    ),
    (
        "red_amount",
        30,
        "red",
        None,
        None,
        "1000000",
        None,
        "涉及金额100万元以上",
        "Amount owed of 1,000,000 yuan or more",
    ),
    ("orange_major", 40, "orange", "major", None, None, None, "重大纠纷", "Major case"),
    ("orange_overdue", 50, "orange", None, None, None, True, "已超期", "Past its deadline"),
    (
        "orange_people",
        60,
        "orange",
        None,
        10,
        None,
        None,
        "涉及10人以上",
        "10 or more people involved",
    ),
    (
        "orange_amount",
        70,
        "orange",
        None,
        None,
        "200000",
        None,
        "涉及金额20万元以上",
        "Amount owed of 200,000 yuan or more",
    ),
    ("yellow_general", 80, "yellow", "general", None, None, None, "一般纠纷", "General case"),
    (
        "yellow_people",
        90,
        "yellow",
        None,
        3,
        None,
        None,
        "涉及3人以上",
        "3 or more people involved",
    ),
    (
        "yellow_amount",
        100,
        "yellow",
        None,
        None,
        "50000",
        None,
        "涉及金额5万元以上",
        "Amount owed of 50,000 yuan or more",
    ),
    ("blue_default", 1000, "blue", None, None, None, None, "其他在办纠纷", "Any other open case"),
]


def _mixin_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("deleted_at", app.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
    ]


def _mixin_indexes(table: str, *more: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in ("dirty", "server_seq", "updated_at", *more):
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def _drop_mixin_indexes(table: str, *more: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in ("dirty", "server_seq", "updated_at", *more):
            batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))


def _stamp(row: dict[str, object], now: datetime) -> dict[str, object]:
    return {
        **row,
        "created_at": now,
        "updated_at": now,
        "version": 1,
        "updated_by": SEED_AUTHOR,
        "dirty": False,
    }


_COLUMN_TYPES: dict[str, Any] = {
    "id": sa.Uuid(),
    "created_at": sa.DateTime(timezone=True),
    "updated_at": sa.DateTime(timezone=True),
    "version": sa.Integer(),
    "updated_by": sa.String(),
    "dirty": sa.Boolean(),
    "severity_id": sa.Uuid(),
    "stage_id": sa.Uuid(),
    "working_days": sa.Integer(),
    "code": sa.String(),
    "priority": sa.Integer(),
    "colour": sa.String(),
    "min_people": sa.Integer(),
    "min_amount": sa.Numeric(14, 2),
    "overdue": sa.Boolean(),
    "name_zh": sa.String(),
    "name_en": sa.String(),
}


def _seed_table(name: str, *columns: str) -> sa.TableClause:
    stamp = ("id", "created_at", "updated_at", "version", "updated_by", "dirty")
    return sa.table(name, *(sa.column(col, _COLUMN_TYPES[col]) for col in (*stamp, *columns)))


def upgrade() -> None:
    op.create_table(
        "workday_override",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("is_workday", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        *_mixin_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workday_override")),
        sa.UniqueConstraint("day", name=op.f("uq_workday_override_day")),
    )
    _mixin_indexes("workday_override")

    op.create_table(
        "dispute_deadline_rule",
        sa.Column("severity_id", sa.Uuid(), nullable=False),
        sa.Column("stage_id", sa.Uuid(), nullable=False),
        sa.Column("working_days", sa.Integer(), nullable=False),
        *_mixin_columns(),
        sa.ForeignKeyConstraint(
            ["severity_id"],
            ["severity.id"],
            name=op.f("fk_dispute_deadline_rule_severity_id_severity"),
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"],
            ["dispute_stage.id"],
            name=op.f("fk_dispute_deadline_rule_stage_id_dispute_stage"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispute_deadline_rule")),
    )
    _mixin_indexes("dispute_deadline_rule", "severity_id", "stage_id")

    op.create_table(
        "dispute_warning_rule",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("colour", sa.String(length=10), nullable=False),
        sa.Column("severity_id", sa.Uuid(), nullable=True),
        sa.Column("min_people", sa.Integer(), nullable=True),
        sa.Column("min_amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("overdue", sa.Boolean(), nullable=True),
        sa.Column("name_zh", sa.String(length=120), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        *_mixin_columns(),
        sa.CheckConstraint(
            "colour IN ('red', 'orange', 'yellow', 'blue')",
            name=op.f("ck_dispute_warning_rule_colour"),
        ),
        sa.ForeignKeyConstraint(
            ["severity_id"],
            ["severity.id"],
            name=op.f("fk_dispute_warning_rule_severity_id_severity"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispute_warning_rule")),
        sa.UniqueConstraint("code", name=op.f("uq_dispute_warning_rule_code")),
    )
    _mixin_indexes("dispute_warning_rule")

    # SQLite stores naive UTC (the model's UTCDateTime does the same on read and write).
    now = datetime.now(UTC)
    if op.get_bind().dialect.name == "sqlite":
        now = now.replace(tzinfo=None)
    op.bulk_insert(
        _seed_table("dispute_deadline_rule", "severity_id", "stage_id", "working_days"),
        [
            _stamp(
                {
                    "id": reference_id("dispute_deadline_rule", f"{severity}:{stage}"),
                    "severity_id": reference_id("severity", severity),
                    "stage_id": reference_id("dispute_stage", stage),
                    "working_days": days,
                },
                now,
            )
            for stage, *per_severity in DEADLINES
            for severity, days in zip(SEVERITY_COLUMNS, per_severity, strict=True)
        ],
    )
    op.bulk_insert(
        _seed_table(
            "dispute_warning_rule",
            "code",
            "priority",
            "colour",
            "severity_id",
            "min_people",
            "min_amount",
            "overdue",
            "name_zh",
            "name_en",
        ),
        [
            _stamp(
                {
                    "id": reference_id("dispute_warning_rule", code),
                    "code": code,
                    "priority": priority,
                    "colour": colour,
                    "severity_id": reference_id("severity", severity) if severity else None,
                    "min_people": min_people,
                    "min_amount": Decimal(min_amount) if min_amount else None,
                    "overdue": overdue,
                    "name_zh": zh,
                    "name_en": en,
                },
                now,
            )
            for code, priority, colour, severity, min_people, min_amount, overdue, zh, en in WARNING_RULES
        ],
    )


def downgrade() -> None:
    _drop_mixin_indexes("dispute_warning_rule")
    op.drop_table("dispute_warning_rule")
    _drop_mixin_indexes("dispute_deadline_rule", "severity_id", "stage_id")
    op.drop_table("dispute_deadline_rule")
    _drop_mixin_indexes("workday_override")
    op.drop_table("workday_override")
