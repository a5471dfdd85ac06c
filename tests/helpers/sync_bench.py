"""What the sync benchmark builds: scratch central databases, bulk rows on both sides,
a transport that notes when the pull starts, and the central's CPU time."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, select, text

from app.models import Base
from app.services.database import Database, make_engine
from app.services.sync import state
from app.services.sync.engine import apply_pulled
from app.services.sync.postgres_transport import PostgresTransport
from app.services.sync.tables import by_name, synced_tables
from app.services.sync.transport import PulledRows
from tests.helpers.postgres import scratch_database


@contextmanager
def scratch_postgres(label: str) -> Iterator[str]:
    """A new empty PostgreSQL database, dropped afterwards."""
    with scratch_database(f"streetdesk_bench_{label}") as url:
        yield url


class TimedTransport(PostgresTransport):
    """The PostgreSQL transport, noting when the first pull of a sync is asked for."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine)
        self.first_pull: float | None = None

    def pull(self, table: str, after_seq: int, limit: int) -> PulledRows:
        if self.first_pull is None:
            self.first_pull = time.perf_counter()
        return super().pull(table, after_seq, limit)


def postgres_cpu_seconds() -> float:
    """User + system CPU of every postgres process, with what its finished children used."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        if not name.startswith("postgres"):
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        total += sum(int(fields[i]) for i in (11, 12, 13, 14))  # utime stime cutime cstime
    return total / tick


def central_seq(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(text("SELECT last_value FROM sd_seq")) or 0)


def mark_all_tables(database: Database, seq: int) -> None:
    """The desk has seen everything up to ``seq`` (one sequence numbers every table)."""
    with database.engine.begin() as conn:
        for spec in synced_tables():
            state.set_mark(conn, spec.name, seq)


def copy_rows_down(database: Database, central: Engine, tables: list[str]) -> None:
    """Whole tables from the centre into a desk, as a pull writes them."""
    with central.connect() as source, database.engine.begin() as conn:
        for name in tables:
            table = Base.metadata.tables[name]
            rows = [dict(r) for r in source.execute(select(table)).mappings()]
            apply_pulled(conn, by_name()[name], rows)


def bulk_communities(
    central: Engine, desk: Database, street_id: uuid.UUID, start: int, stop: int
) -> None:
    """Communities ``start`` .. ``stop - 1`` with the same content on both sides, synced:
    INSERT ... SELECT generate_series on PostgreSQL (the numbering trigger off, the
    sequence moved past them), a recursive SELECT on SQLite."""
    count = stop - start
    with central.begin() as conn:
        base = int(conn.scalar(text("SELECT nextval('sd_seq')")) or 0)
        conn.execute(text("ALTER TABLE community DISABLE TRIGGER sd_stamp"))
        conn.execute(
            text(
                "INSERT INTO community (id, street_id, code, name, created_at, updated_at,"
                " version, updated_by, deleted_at, server_seq, dirty)"
                " SELECT lpad(to_hex(g), 32, '0')::uuid, :street, 'B' || g, '社区' || g,"
                " '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00', 1, 'bench',"
                " NULL, :base + g - :start, false FROM generate_series(:start, :stop - 1) g"
            ),
            {"street": street_id, "base": base, "start": start, "stop": stop},
        )
        conn.execute(text("ALTER TABLE community ENABLE TRIGGER sd_stamp"))
        conn.execute(text("SELECT setval('sd_seq', :last)"), {"last": base + count})
    with central.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("ANALYZE community"))  # as autovacuum would on a live centre
    with desk.engine.begin() as conn:
        conn.exec_driver_sql(
            "WITH RECURSIVE g(n) AS (SELECT ? UNION ALL SELECT n + 1 FROM g WHERE n < ?)"
            " INSERT INTO community (id, street_id, code, name, created_at, updated_at,"
            " version, updated_by, deleted_at, server_seq, dirty)"
            " SELECT printf('%032x', n), ?, 'B' || n, '社区' || n,"
            " '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000', 1, 'bench',"
            " NULL, ? + n - ?, 0 FROM g",
            (start, stop - 1, street_id.hex, base, start),
        )
        state.set_mark(conn, "community", base + count)


def bulk_disputes(central: Engine, street_id: uuid.UUID, count: int) -> float:
    """``count`` cases on the centre only, with every NOT NULL column and reference a real
    case has; returns the seconds it took."""
    started = time.perf_counter()
    with central.begin() as conn:
        conn.execute(text("ALTER TABLE dispute DISABLE TRIGGER sd_stamp"))
        conn.execute(
            text(
                "INSERT INTO dispute (id, street_id, number, title, description, category_id,"
                " severity_id, source_id, stage_id, people_involved, amount_owed,"
                " received_at, stage_entered_at, escalation_level, created_at, updated_at,"
                " version, updated_by, server_seq, dirty)"
                " SELECT gen_random_uuid(), :street, 'BENCH-' || g, '邻里纠纷 ' || g,"
                " '楼上漏水', (SELECT id FROM dispute_category ORDER BY id LIMIT 1),"
                " (SELECT id FROM severity ORDER BY id LIMIT 1),"
                " (SELECT id FROM dispute_source ORDER BY id LIMIT 1),"
                " (SELECT id FROM dispute_stage ORDER BY id LIMIT 1), 2, 0,"
                " now() - g * interval '1 minute', now(), 'street', now(), now(), 1, 'bench',"
                " nextval('sd_seq'), false FROM generate_series(1, :count) g"
            ),
            {"street": street_id, "count": count},
        )
        conn.execute(text("ALTER TABLE dispute ENABLE TRIGGER sd_stamp"))
    with central.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE dispute"))
    return time.perf_counter() - started


def shared_transport(url: str, connections: int) -> PostgresTransport:
    """One engine for many simulated desks: the server allows 100 connections."""
    engine = make_engine(url).execution_options()
    engine.dispose()
    pooled = create_engine(
        engine.url, pool_size=connections, max_overflow=0, pool_timeout=600, pool_pre_ping=False
    )
    return PostgresTransport(pooled)
