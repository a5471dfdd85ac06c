"""A district on loopback: many desks, each a thread with its own small SQLite file,
syncing a few changes on a compressed timer against one centre.

Every desk lives in this one process, so the timer is one the machine can keep up with
(a few syncs a second): a faster one measures the queue of desks waiting for this
process's cores, not the centre."""

from __future__ import annotations

import random
import shutil
import statistics
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from app.models import Community
from app.services.database import Database, open_sqlite
from app.services.sync.engine import sync_now
from app.services.sync.transport import Transport
from tests.helpers.sync_bench import postgres_cpu_seconds


@dataclass
class DistrictResult:
    desks: int
    seconds: float
    syncs: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    central_cpu: float = 0.0
    #: CPU of this process (every simulated desk, and the transport's client side)
    desk_cpu: float = 0.0
    wall_seconds: float = 0.0
    setup_seconds: float = 0.0

    #: seconds between a desk's syncs (drawn evenly from this range)
    interval: tuple[float, float] = (30.0, 60.0)

    @property
    def offered_rate(self) -> float:
        """Syncs per second the desks' timers ask for."""
        return self.desks / (sum(self.interval) / 2)

    @property
    def done_rate(self) -> float:
        """Syncs per second that finished in the time."""
        return len(self.syncs) / self.seconds if self.seconds else float("nan")

    @property
    def central_ms_per_sync(self) -> float:
        return self.central_cpu / max(len(self.syncs), 1) * 1000

    def percentile(self, share: float) -> float:
        if not self.syncs:
            return float("nan")
        ordered = sorted(self.syncs)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    @property
    def median(self) -> float:
        return statistics.median(self.syncs) if self.syncs else float("nan")


class _Desk:
    def __init__(self, number: int, database: Database, street_id: uuid.UUID) -> None:
        self.number = number
        self.database = database
        self.street_id = street_id
        self.mine: list[uuid.UUID] = []
        self.ticks = 0

    def change(self, count: int) -> None:
        """A new community while this desk has fewer than ``count``; renames of its own."""
        self.ticks += 1
        with self.database.session(f"desk{self.number}") as session:
            if self.mine:
                for row in session.scalars(select(Community).where(Community.id.in_(self.mine))):
                    row.name = f"第{self.number}号台社区{self.ticks}"
            if len(self.mine) < count:
                row = Community(
                    street_id=self.street_id,
                    code=f"Q{self.number}-{self.ticks}",
                    name=f"第{self.number}号台新社区{self.ticks}",
                )
                session.add(row)
                session.flush()
                self.mine.append(row.id)


def run_district(
    template: Path,
    folder: Path,
    transport: Transport,
    street_id: uuid.UUID,
    *,
    desks: int,
    seconds: float,
    interval: tuple[float, float] = (30.0, 60.0),
    changes: int = 3,
) -> DistrictResult:
    started = time.perf_counter()
    opened: list[_Desk] = []
    for number in range(desks):
        path = folder / f"desk-{number:03d}.sqlite"
        shutil.copyfile(template, path)
        opened.append(_Desk(number, open_sqlite(path, check_pages=False), street_id))
    result = DistrictResult(
        desks, seconds, setup_seconds=time.perf_counter() - started, interval=interval
    )
    lock = threading.Lock()
    stop_at = time.perf_counter() + seconds
    chance = random.Random(7)
    first_waits = [chance.uniform(0, interval[1]) for _ in opened]
    waits = [chance.uniform(*interval) for _ in range(desks * 200)]

    def work(desk: _Desk) -> None:
        time.sleep(first_waits[desk.number])
        turn = 0
        while time.perf_counter() < stop_at:
            try:
                desk.change(changes)
                began = time.perf_counter()
                sync_now(desk.database, transport)
                took = time.perf_counter() - began
                with lock:
                    result.syncs.append(took)
            except Exception as exc:
                with lock:
                    result.errors.append(f"{type(exc).__name__}: {exc}"[:200])
            turn += 1
            time.sleep(waits[(desk.number * 200 + turn) % len(waits)])

    cpu_before, desk_before, wall_before = (
        postgres_cpu_seconds(),
        time.process_time(),
        time.perf_counter(),
    )
    threads = [threading.Thread(target=work, args=(desk,), daemon=True) for desk in opened]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.central_cpu = postgres_cpu_seconds() - cpu_before
    result.desk_cpu = time.process_time() - desk_before
    result.wall_seconds = time.perf_counter() - wall_before
    for desk in opened:
        desk.database.dispose()
    return result
