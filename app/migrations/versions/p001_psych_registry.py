"""The psychological-service registry: crises with their clock and checklist, the
append-only access and disclosure log, dispute cases linked to a ledger, the registry's
settings (crisis deadline and clock), ledger numbers and the next
follow-up date kept on each person, and the registry's new permissions.

Revision ID: p001
Revises: a001
"""

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa
from alembic import op

import app.models.base
from app.models.reference import reference_id

revision: str = "p001"
down_revision: str | None = "a001"
branch_labels: str | Sequence[str] | None = ("psych",)
depends_on: str | Sequence[str] | None = None

SEED_AUTHOR = "seed"
APPEND_ONLY_TABLES = ("psych_access", "psych_crisis_step")
#: the trigger function migration a001 created on PostgreSQL
PG_GUARD_FUNCTION = "streetdesk_refuse_history_change"
#: (code, value): the crisis response deadline in hours and how its clock counts
#: (``clock``: round the clock; ``working``: working hours of working days only); the
#: follow-up cadence per group is reference data (psych_group.followup_days)
RULES = [
    ("crisis_response_hours", "24"),
    ("crisis_clock", "clock"),
]
ROLE_PERMISSIONS = {
    "clerk": ["psych.view_masked"],
    "supervisor": ["psych.view_masked"],
    "psych_staff": ["psych.view_masked"],
    "admin": ["psych.view_masked", "psych.break_glass"],
    "trainer": ["psych.view_demo"],
}
_SYNC_BOOKKEEPING = ("dirty", "server_seq")


def _mixin_columns() -> list[sa.ColumnClause[object]]:
    return [
        sa.column("id", sa.Uuid()),
        sa.column("created_at", app.models.base.UTCDateTime()),
        sa.column("updated_at", app.models.base.UTCDateTime()),
        sa.column("version", sa.Integer()),
        sa.column("updated_by", sa.String()),
        sa.column("dirty", sa.Boolean()),
    ]


def _stamp(row: dict[str, object], now: datetime) -> dict[str, object]:
    return {
        **row,
        "created_at": now,
        "updated_at": now,
        "version": 1,
        "updated_by": SEED_AUTHOR,
        "dirty": False,
    }


def _seed(now: datetime) -> None:
    rules = sa.table("psych_rule", *_mixin_columns(), sa.column("code"), sa.column("value"))
    op.bulk_insert(
        rules,
        [
            _stamp({"id": reference_id("psych_rule", code), "code": code, "value": value}, now)
            for code, value in RULES
        ],
    )
    grants = sa.table(
        "role_permission",
        *_mixin_columns(),
        sa.column("role_id", sa.Uuid()),
        sa.column("permission", sa.String()),
    )
    op.bulk_insert(
        grants,
        [
            _stamp(
                {
                    "id": reference_id("role_permission", f"{role}:{perm}"),
                    "role_id": reference_id("role", role),
                    "permission": perm,
                },
                now,
            )
            for role, perms in ROLE_PERMISSIONS.items()
            for perm in perms
        ],
    )


def _backfill(bind: sa.Connection) -> None:
    """Ledger numbers in opening order per year, and each open ledger's next follow-up."""
    person = sa.table(
        "psych_person",
        sa.column("id", sa.Uuid()),
        sa.column("ledger_opened_on", sa.Date()),
        sa.column("ledger_number", sa.String()),
        sa.column("next_follow_up_on", sa.Date()),
    )
    follow_up = sa.table(
        "follow_up",
        sa.column("person_id", sa.Uuid()),
        sa.column("at", app.models.base.UTCDateTime()),
        sa.column("next_due_on", sa.Date()),
    )
    rows = bind.execute(
        sa.select(person.c.id, person.c.ledger_opened_on).order_by(
            person.c.ledger_opened_on, person.c.id
        )
    ).all()
    if not rows:
        return
    latest: dict[object, date | None] = {}
    for person_id, _at, due in bind.execute(
        sa.select(follow_up.c.person_id, follow_up.c.at, follow_up.c.next_due_on).order_by(
            follow_up.c.at
        )
    ):
        latest[person_id] = due
    per_year: dict[int, int] = {}
    for person_id, opened in rows:
        per_year[opened.year] = per_year.get(opened.year, 0) + 1
        due = latest.get(person_id, opened + timedelta(days=30))
        bind.execute(
            sa.update(person)
            .where(person.c.id == person_id)
            .values(
                ledger_number=f"XL{opened.year}-{per_year[opened.year]:05d}",
                next_follow_up_on=due,
            )
        )


def _guards(bind: sa.Connection, table: str) -> None:
    if bind.dialect.name == "postgresql":
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}"
            f" FOR EACH ROW EXECUTE FUNCTION {PG_GUARD_FUNCTION}()"
        )
        op.execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}"
            f" FOR EACH STATEMENT EXECUTE FUNCTION {PG_GUARD_FUNCTION}()"
        )
        return
    columns = [
        column["name"]
        for column in sa.inspect(bind).get_columns(table)
        if column["name"] not in _SYNC_BOOKKEEPING
    ]
    refuse = f"SELECT RAISE(ABORT, '{table} rows are append-only');"
    op.execute(
        f"CREATE TRIGGER {table}_no_update BEFORE UPDATE OF {', '.join(columns)}"
        f" ON {table} BEGIN {refuse} END"
    )
    op.execute(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN {refuse} END")
    op.execute(
        f"CREATE TRIGGER {table}_no_replace BEFORE INSERT ON {table}"
        f" WHEN EXISTS (SELECT 1 FROM {table} WHERE id = NEW.id) BEGIN {refuse} END"
    )


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "psych_rule",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=40), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("deleted_at", app.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_psych_rule")),
        sa.UniqueConstraint("code", name=op.f("uq_psych_rule_code")),
    )
    with op.batch_alter_table("psych_rule", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_psych_rule_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_psych_rule_server_seq"), ["server_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_psych_rule_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "psych_access",
        sa.Column("at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("role_code", sa.String(length=40), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("record_count", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("legal_basis", sa.String(length=30), nullable=False),
        sa.Column("recipient", sa.String(length=120), nullable=False),
        sa.Column("fields", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("deleted_at", app.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["psych_person.id"], name=op.f("fk_psych_access_person_id_psych_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_psych_access")),
    )
    with op.batch_alter_table("psych_access", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_psych_access_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_psych_access_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_psych_access_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_psych_access_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_psych_access_server_seq"), ["server_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_psych_access_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "psych_case_link",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("dispute_id", sa.Uuid(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("deleted_at", app.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dispute_id"], ["dispute.id"], name=op.f("fk_psych_case_link_dispute_id_dispute")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["psych_person.id"],
            name=op.f("fk_psych_case_link_person_id_psych_person"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_psych_case_link")),
    )
    with op.batch_alter_table("psych_case_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_psych_case_link_dirty"), ["dirty"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_psych_case_link_dispute_id"), ["dispute_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_psych_case_link_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_psych_case_link_server_seq"), ["server_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_psych_case_link_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "psych_crisis",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("raised_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("raised_by", sa.String(length=80), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("respond_by", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("closed_at", app.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("closed_by", sa.String(length=80), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("deleted_at", app.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["psych_person.id"], name=op.f("fk_psych_crisis_person_id_psych_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_psych_crisis")),
    )
    with op.batch_alter_table("psych_crisis", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_psych_crisis_closed_at"), ["closed_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_psych_crisis_dirty"), ["dirty"], unique=False)
        batch_op.create_index(batch_op.f("ix_psych_crisis_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_psych_crisis_server_seq"), ["server_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_psych_crisis_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "psych_crisis_step",
        sa.Column("crisis_id", sa.Uuid(), nullable=False),
        sa.Column("item", sa.String(length=20), nullable=False),
        sa.Column("at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("deleted_at", app.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["crisis_id"],
            ["psych_crisis.id"],
            name=op.f("fk_psych_crisis_step_crisis_id_psych_crisis"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_psych_crisis_step")),
    )
    with op.batch_alter_table("psych_crisis_step", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_psych_crisis_step_crisis_id"), ["crisis_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_psych_crisis_step_dirty"), ["dirty"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_psych_crisis_step_server_seq"), ["server_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_psych_crisis_step_updated_at"), ["updated_at"], unique=False
        )

    with op.batch_alter_table("psych_person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("ledger_number", sa.String(length=20), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("no_id_reason", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("worker", sa.String(length=80), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("next_follow_up_on", sa.Date(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_psych_person_ledger_number"), ["ledger_number"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_psych_person_next_follow_up_on"), ["next_follow_up_on"], unique=False
        )

    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("shared_fields", sa.String(length=200), nullable=False, server_default="")
        )
    _backfill(bind)
    for table in APPEND_ONLY_TABLES:
        _guards(bind, table)
    _seed(datetime(2026, 1, 1, tzinfo=UTC))


def downgrade() -> None:
    bind = op.get_bind()
    for table in APPEND_ONLY_TABLES:
        if bind.dialect.name == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        else:
            for guard in ("no_update", "no_delete", "no_replace"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_{guard}")
    grants = sa.table("role_permission", sa.column("id", sa.Uuid()))
    op.execute(
        grants.delete().where(
            grants.c.id.in_(
                [
                    reference_id("role_permission", f"{role}:{perm}")
                    for role, perms in ROLE_PERMISSIONS.items()
                    for perm in perms
                ]
            )
        )
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_column("shared_fields")

    with op.batch_alter_table("psych_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_psych_person_next_follow_up_on"))
        batch_op.drop_index(batch_op.f("ix_psych_person_ledger_number"))
        batch_op.drop_column("next_follow_up_on")
        batch_op.drop_column("worker")
        batch_op.drop_column("no_id_reason")
        batch_op.drop_column("ledger_number")

    with op.batch_alter_table("psych_crisis_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_psych_crisis_step_updated_at"))
        batch_op.drop_index(batch_op.f("ix_psych_crisis_step_server_seq"))
        batch_op.drop_index(batch_op.f("ix_psych_crisis_step_dirty"))
        batch_op.drop_index(batch_op.f("ix_psych_crisis_step_crisis_id"))

    op.drop_table("psych_crisis_step")
    with op.batch_alter_table("psych_crisis", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_psych_crisis_updated_at"))
        batch_op.drop_index(batch_op.f("ix_psych_crisis_server_seq"))
        batch_op.drop_index(batch_op.f("ix_psych_crisis_person_id"))
        batch_op.drop_index(batch_op.f("ix_psych_crisis_dirty"))
        batch_op.drop_index(batch_op.f("ix_psych_crisis_closed_at"))

    op.drop_table("psych_crisis")
    with op.batch_alter_table("psych_case_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_psych_case_link_updated_at"))
        batch_op.drop_index(batch_op.f("ix_psych_case_link_server_seq"))
        batch_op.drop_index(batch_op.f("ix_psych_case_link_person_id"))
        batch_op.drop_index(batch_op.f("ix_psych_case_link_dispute_id"))
        batch_op.drop_index(batch_op.f("ix_psych_case_link_dirty"))

    op.drop_table("psych_case_link")
    with op.batch_alter_table("psych_access", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_psych_access_updated_at"))
        batch_op.drop_index(batch_op.f("ix_psych_access_server_seq"))
        batch_op.drop_index(batch_op.f("ix_psych_access_person_id"))
        batch_op.drop_index(batch_op.f("ix_psych_access_dirty"))
        batch_op.drop_index(batch_op.f("ix_psych_access_at"))
        batch_op.drop_index(batch_op.f("ix_psych_access_action"))

    op.drop_table("psych_access")
    with op.batch_alter_table("psych_rule", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_psych_rule_updated_at"))
        batch_op.drop_index(batch_op.f("ix_psych_rule_server_seq"))
        batch_op.drop_index(batch_op.f("ix_psych_rule_dirty"))

    op.drop_table("psych_rule")
