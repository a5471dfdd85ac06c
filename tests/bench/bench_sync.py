"""Sync with the district's PostgreSQL on loopback, each figure beside a baseline measured
in the same run. Every step uses scratch central databases, dropped afterwards.

* push and initial pull of the scale-10 demo: a copy of the demo file (its demo mark
  cleared; the rows the centre is seeded with marked clean) pushes everything up with
  ``sync_now``, then a fresh desk pulls everything; rows/s beside raw
  ``COPY (SELECT * FROM t) TO STDOUT`` of the same tables and ``COPY t FROM STDIN`` of
  those rows into scratch tables (target: at least 0.5x);
* a push of 100,000 changed rows (Core UPDATEs marking rows of the street tables dirty,
  topped up with new volunteers), beside COPY of the same rows into scratch tables;
* an incremental sync (10 renames) on databases of 10k, 100k and 1M communities, built
  with SQL on both sides (target: under 300 ms and flat);
* the change tracking listener: an ORM update of synced rows, beside the same with
  ``keep_bases`` removed (target: at most 2.5x);
* a district: 300 desks (threads, each its own small SQLite file, one shared street)
  syncing a few changes every 30-60 s for three minutes (a load this one process can
  generate) against a centre holding a million cases; p50/p95 of ``sync_now``, the
  offered rate, the centre's CPU per sync and the capacity that implies (target: p95
  under 1 s).

Nothing fails on a number. ``STREETDESK_BENCH_SYNC=push`` (or ``district``) runs one of
the two halves only.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import psycopg
from sqlalchemy import Engine, event, func, select, text, update
from sqlalchemy.orm import Session

from app.models import Community, District, Street, Volunteer
from app.models.audit_trail import DESK_ID_KEY
from app.services.database import Database, make_engine, open_sqlite
from app.services.sync.engine import may_pull, sync_now
from app.services.sync.tables import Scope, synced_tables
from app.services.sync.tracking import keep_bases
from app.services.sync.transport import DeskScope
from tests.bench.bench_startup import demo_database
from tests.helpers.central_db import central_engine, new_desk
from tests.helpers.sync_bench import (
    TimedTransport,
    bulk_communities,
    bulk_disputes,
    central_seq,
    copy_rows_down,
    mark_all_tables,
    scratch_postgres,
    shared_transport,
)
from tests.helpers.sync_district import run_district

PUSHED_ROWS = 100_000
SIZES = (10_000, 100_000, 1_000_000)
INCREMENTAL_CHANGES = 10
INCREMENTAL_ROUNDS = 5
TRACKED_ROWS = 2_000
TRACKING_ROUNDS = 5
DISTRICT_DESKS = 300
DISTRICT_SECONDS = 180.0
#: each desk syncs every 30-60 s: 300 desks offer 5-10 syncs a second
DISTRICT_INTERVAL = (30.0, 60.0)
DISTRICT_CASES = 1_000_000
ALL_SCOPE = DeskScope("bench", None, True, True)

Row = tuple[str, str, str, str, str]
rows_out: list[Row] = []
notes: list[str] = []


def _add(step: str, ours: str, baseline: str, ratio: str, target: str) -> None:
    rows_out.append((step, ours, baseline, ratio, target))
    print(f"  {step}: {ours} | {baseline} | {ratio}", flush=True)


def _raw(url: str) -> psycopg.Connection:
    return psycopg.connect(url.replace("postgresql+psycopg", "postgresql"), autocommit=True)


def copy_out(url: str, queries: dict[str, str]) -> tuple[float, dict[str, bytes], int]:
    """Raw ``COPY (query) TO STDOUT`` of each table: seconds, bytes per table, rows."""
    data: dict[str, bytes] = {}
    with _raw(url) as raw, raw.cursor() as cursor:
        started = time.perf_counter()
        for name, query in queries.items():
            chunks = []
            with cursor.copy(f"COPY ({query}) TO STDOUT") as copy:
                for chunk in copy:
                    chunks.append(bytes(chunk))
            data[name] = b"".join(chunks)
        seconds = time.perf_counter() - started
    return seconds, data, sum(block.count(b"\n") for block in data.values())


def copy_in(url: str, data: dict[str, bytes]) -> float:
    """Raw ``COPY scratch FROM STDIN`` of those rows, one transaction, scratch tables
    made beforehand (``LIKE`` each table, without its triggers)."""
    with _raw(url) as raw, raw.transaction(), raw.cursor() as cursor:
        for name in data:
            cursor.execute(f"CREATE TEMP TABLE scratch_{name} (LIKE {name})")
        started = time.perf_counter()
        for name, block in data.items():
            with cursor.copy(f"COPY scratch_{name} FROM STDIN") as copy:
                copy.write(block)
        seconds = time.perf_counter() - started
        raise psycopg.Rollback
    return seconds


def _central_seq(url: str) -> int:
    with _raw(url) as raw:
        row = raw.execute("SELECT last_value FROM sd_seq").fetchone()
    return int(row[0]) if row else 0


def _timed_sync(database: Database, url: str) -> tuple[float, float, int, int]:
    """``sync_now`` through a fresh transport: (push seconds, total seconds, pushed, pulled)."""
    transport = TimedTransport(make_engine(url))
    try:
        started = time.perf_counter()
        report = sync_now(database, transport)
        ended = time.perf_counter()
    finally:
        transport.close()
    push = (transport.first_pull or ended) - started
    return push, ended - started, report.pushed, report.pulled


def _rate(rows: int, seconds: float) -> str:
    return f"{rows / seconds:,.0f} rows/s" if seconds else "-"


def _ratio(ours_rate: float, baseline_rate: float, target: float) -> str:
    ratio = ours_rate / baseline_rate if baseline_rate else float("nan")
    return f"{ratio:.2f}x {'ok' if ratio >= target else 'BELOW'}"


def push_and_pull(folder: Path) -> None:
    with scratch_postgres("pull") as url:
        central = central_engine(url)
        source = folder / "desk-a.sqlite"
        shutil.copyfile(demo_database(10), source)
        desk = open_sqlite(source, check_pages=False)
        with desk.engine.begin() as conn:
            conn.execute(text("DELETE FROM sync_state WHERE key = 'database_kind'"))
        with central.connect() as centre, desk.engine.begin() as conn:
            for spec in synced_tables():  # the centre's seeded rows are already the centre's
                ids = list(centre.scalars(select(spec.table.c.id)))
                for start in range(0, len(ids), 5000):
                    chunk = ids[start : start + 5000]
                    conn.execute(
                        update(spec.table).where(spec.table.c.id.in_(chunk)).values(dirty=False)
                    )
        push_s, _total, pushed, _pulled = _timed_sync(desk, url)
        desk.dispose()

        fresh = new_desk(folder / "desk-b.sqlite")
        _push, pull_s, _pushed, pulled = _timed_sync(fresh, url)
        pullable = {
            s.name: f"SELECT * FROM {s.name}" for s in synced_tables() if may_pull(s, ALL_SCOPE)
        }
        every = {s.name: f"SELECT * FROM {s.name}" for s in synced_tables()}
        out_s, _data, out_rows = copy_out(url, pullable)
        _out, data, copied_rows = copy_out(url, every)
        in_s = copy_in(url, data)
        _add(
            f"push: scale-10 demo up ({pushed:,} rows)",
            _rate(pushed, push_s),
            f"COPY FROM: {_rate(copied_rows, in_s)}",
            _ratio(pushed / push_s, copied_rows / in_s, 0.5),
            ">= 0.5x",
        )
        _add(
            f"initial pull: fresh desk ({pulled:,} rows)",
            _rate(pulled, pull_s),
            f"COPY TO: {_rate(out_rows, out_s)}",
            _ratio(pulled / pull_s, out_rows / out_s, 0.5),
            ">= 0.5x",
        )
        big_push(fresh, url)
        tracking_overhead(fresh)
        fresh.dispose()
        central.dispose()


def big_push(desk: Database, url: str) -> None:
    """Rows of the street tables marked changed with Core UPDATEs, largest tables first,
    topped up with new volunteers to ``PUSHED_ROWS``."""
    chosen: dict[str, int] = {}
    with desk.engine.begin() as conn:
        sizes = {
            s.name: int(conn.scalar(select(func.count()).select_from(s.table)) or 0)
            for s in synced_tables()
            if not s.append_only and s.scope in (Scope.STREET, Scope.VIA)
        }
        left = PUSHED_ROWS
        for name, size in sorted(sizes.items(), key=lambda item: -item[1]):
            take = min(size, left)
            if take <= 0:
                break
            conn.exec_driver_sql(
                f"UPDATE {name} SET dirty = 1, version = version + 1, updated_by = 'bench-edit'"
                f" WHERE id IN (SELECT id FROM {name} ORDER BY id LIMIT {take})"
            )
            chosen[name] = take
            left -= take
        if left > 0:
            columns = [c.name for c in Volunteer.__table__.columns]
            values = [
                "lower(hex(randomblob(16)))"
                if c == "id"
                else "NULL"
                if c == "server_seq"
                else "1"
                if c == "dirty"
                else c
                for c in columns
            ]
            conn.exec_driver_sql(
                f"INSERT INTO volunteer ({', '.join(columns)})"
                f" SELECT {', '.join(values)} FROM volunteer ORDER BY id LIMIT {left}"
            )
    before = _central_seq(url)
    push_s, _total, pushed, _pulled = _timed_sync(desk, url)
    chosen.setdefault("volunteer", 0)
    queries = {name: f"SELECT * FROM {name} WHERE server_seq > {before}" for name in chosen}
    _s, data, copied_rows = copy_out(url, queries)
    in_s = copy_in(url, data)
    _add(
        f"push: {pushed:,} changed rows",
        _rate(pushed, push_s),
        f"COPY FROM: {_rate(copied_rows, in_s)}",
        _ratio(pushed / push_s, copied_rows / in_s, 0.5),
        ">= 0.5x",
    )


def tracking_overhead(desk: Database) -> None:
    with desk.engine.connect() as conn:
        ids = list(
            conn.scalars(
                select(Volunteer.id)
                .where(Volunteer.server_seq.is_not(None))
                .order_by(Volunteer.id)
                .limit(TRACKED_ROWS)
            )
        )

    def edit(mark: str) -> float:
        with desk.engine.begin() as conn:
            conn.execute(update(Volunteer).where(Volunteer.id.in_(ids)).values(dirty=False))
            conn.exec_driver_sql("DELETE FROM sync_base")
        started = time.perf_counter()
        with desk.session("bench") as session:
            for volunteer in session.scalars(select(Volunteer).where(Volunteer.id.in_(ids))):
                volunteer.skills = mark
        return (time.perf_counter() - started) * 1000

    tracked: list[float] = []
    bare: list[float] = []
    edit("warm")
    for round_number in range(TRACKING_ROUNDS):
        tracked.append(edit(f"tracked {round_number}"))
        event.remove(Session, "before_flush", keep_bases)
        try:
            bare.append(edit(f"bare {round_number}"))
        finally:
            event.listen(Session, "before_flush", keep_bases)
    ours, base = statistics.median(tracked), statistics.median(bare)
    ratio = ours / base
    _add(
        f"tracking: ORM update of {TRACKED_ROWS:,} synced rows",
        f"{ours:,.0f} ms",
        f"no listener: {base:,.0f} ms",
        f"{ratio:.2f}x {'ok' if ratio <= 2.5 else 'OVER'}",
        "<= 2.5x",
    )


def _street(desk: Database) -> uuid.UUID:
    with desk.session("bench") as session:
        district = District(code="BD", name="基准区")
        session.add(district)
        session.flush()
        street = Street(district_id=district.id, code="BS", name="基准街道")
        session.add(street)
        session.flush()
        return street.id


def incremental(folder: Path) -> None:
    with scratch_postgres("incremental") as url:
        central = central_engine(url)
        desk = new_desk(folder / "incremental.sqlite")
        street_id = _street(desk)
        _timed_sync(desk, url)
        built = 0
        for size in SIZES:
            started = time.perf_counter()
            bulk_communities(central, desk, street_id, built, size)
            setup = time.perf_counter() - started
            built = size
            _timed_sync(desk, url)  # warm
            times = []
            for round_number in range(INCREMENTAL_ROUNDS):
                with desk.session("bench") as session:
                    rows = session.scalars(
                        select(Community)
                        .where(Community.street_id == street_id)
                        .order_by(Community.code)
                        .limit(INCREMENTAL_CHANGES)
                    )
                    for row in rows:
                        row.name = f"改名{round_number}"
                _push, took, _pushed, _pulled = _timed_sync(desk, url)
                times.append(took * 1000)
            median = statistics.median(times)
            _add(
                f"incremental: {INCREMENTAL_CHANGES} changes, {size:,} rows",
                f"{median:,.0f} ms",
                f"(built in {setup:.1f} s)",
                "ok" if median < 300 else "OVER",
                "< 300 ms, flat",
            )
        district_run(folder, url, central, desk, street_id)
        desk.dispose()
        central.dispose()


def district_run(
    folder: Path, url: str, central: Engine, source: Database, street_id: uuid.UUID
) -> None:
    cases_s = bulk_disputes(central, street_id, DISTRICT_CASES)
    template = new_desk(folder / "district-template.sqlite")
    copy_rows_down(template, central, ["district", "street"])
    mark_all_tables(template, central_seq(central))
    with template.engine.begin() as conn:  # each copy takes a desk id of its own
        conn.execute(text("DELETE FROM sync_state WHERE key = :key"), {"key": DESK_ID_KEY})
    template.dispose()
    district = folder / "district"
    district.mkdir()
    transport = shared_transport(url, 60)
    try:
        result = run_district(
            folder / "district-template.sqlite",
            district,
            transport,
            street_id,
            desks=DISTRICT_DESKS,
            seconds=DISTRICT_SECONDS,
            interval=DISTRICT_INTERVAL,
        )
    finally:
        transport.close()
    syncs = len(result.syncs)
    cpu_ms = result.central_ms_per_sync
    notes.append(
        f"district: {DISTRICT_CASES:,} cases written in {cases_s:.1f} s; {DISTRICT_DESKS} desk"
        f" files opened in {result.setup_seconds:.1f} s; {syncs:,} syncs in"
        f" {DISTRICT_SECONDS:.0f} s ({result.offered_rate:.1f} syncs/s offered, each desk every"
        f" {DISTRICT_INTERVAL[0]:.0f}-{DISTRICT_INTERVAL[1]:.0f} s; {result.done_rate:.1f}/s"
        " done; the last ended after"
        f" {result.wall_seconds:.0f} s),"
        f" {len(result.errors)} errors; desk side (all desks in this one process, sharing"
        f" its cores) {result.desk_cpu / max(syncs, 1) * 1000:,.0f} ms CPU per sync"
        + (f" (first: {result.errors[0]})" if result.errors else "")
        + f"; central CPU {cpu_ms:,.1f} ms per sync: about {1000 / max(cpu_ms, 0.001):,.0f}"
        " syncs/s per core of the centre"
    )
    _add(
        f"district: {DISTRICT_DESKS} desks, sync p50 / p95",
        f"{result.median * 1000:,.0f} / {result.percentile(0.95) * 1000:,.0f} ms",
        f"central CPU {cpu_ms:,.1f} ms/sync, {result.offered_rate:.1f}/s",
        "ok" if result.percentile(0.95) < 1 else "OVER",
        "p95 < 1 s",
    )


def _step(name: str, action: Callable[[], None]) -> None:
    started = time.perf_counter()
    action()
    print(f"  ({name} took {time.perf_counter() - started:.0f} s)", flush=True)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        only = os.environ.get("STREETDESK_BENCH_SYNC", "")
        if only in ("", "push"):
            _step("push, pull, tracking", lambda: push_and_pull(folder))
        if only in ("", "district"):
            _step("incremental, district", lambda: incremental(folder))
    for note in notes:
        print(note)
    header = f"{'step':<46}{'ours':>22}  {'baseline (same run)':<34}{'ratio/target':>14}  target"
    print(header)
    print("-" * len(header))
    for step, ours, baseline, ratio, target in rows_out:
        print(f"{step:<46}{ours:>22}  {baseline:<34}{ratio:>14}  {target}")


if __name__ == "__main__":
    main()
