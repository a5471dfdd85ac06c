"""Kanban board query time at 100 and 10,000 open cards, beside a bare SQL SELECT of the
same rows (sqlite3, no ORM, no clocks or colours) on the same file.

Each database is filled by a bulk helper of its own: one street, its units and staff, and
open cards spread over the open stages, each with a two-person team. Figures are medians
of several runs after one warm-up run.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert

from app.models import (
    Department,
    Dispute,
    DisputeTeamMember,
    District,
    Staff,
    Street,
    Unit,
    reference_id,
)
from app.services.database import Database, open_sqlite
from app.services.disputes import BoardFilters
from app.services.permissions import Actor
from tests.helpers.board_oracle import load_board
from tests.helpers.sqlite_files import connect_file

SIZES = (100, 10_000)
ROUNDS = 9
BUDGET_MS = 300.0
NOW = datetime(2026, 3, 4, 2, 0, tzinfo=UTC)

OPEN_STAGES = ("received", "accepted", "mediating", "resolved", "escalated", "follow_up")
CATEGORIES = ("labour", "housing", "neighbourhood", "property", "consumer", "family", "other")
SEVERITIES = (("minor", 5), ("general", 4), ("major", 1))
SOURCES = ("meeting", "online_group", "reception", "hotline", "grid_patrol", "early_warning")
UNIT_TYPES = ("commercial", "smart_park", "residential", "urban_village", "construction")
TITLES = (
    "{}工地农民工欠薪",
    "{}楼上漏水邻里纠纷",
    "{}物业费上涨争议",
    "{}商铺租金纠纷",
    "{}停车位占用纠纷",
    "{}家庭赡养纠纷",
    "{}装修噪音扰民",
)

BARE_SELECT = """
SELECT d.id, d.version, d.number, d.title, d.stage_id, d.category_id, d.severity_id,
       d.source_id, d.unit_id, u.name, u.unit_type_id, u.deleted_at, d.owner_staff_id,
       s.name, s.deleted_at, d.people_involved, d.amount_owed, d.received_at,
       d.stage_entered_at, d.lead_id
FROM dispute d
LEFT JOIN unit u ON u.id = d.unit_id
LEFT JOIN staff s ON s.id = d.owner_staff_id
WHERE d.deleted_at IS NULL
"""


def fill(database: Database, count: int, seed: int = 1) -> None:
    """One street with 39 units and 60 staff, and ``count`` open cards with teams."""
    rng = random.Random(seed)
    with database.session("bench") as session:
        district = District(code="GM", name="光明区")
        session.add(district)
        session.flush()
        street = Street(district_id=district.id, code="FH", name="凤凰街道")
        session.add(street)
        session.flush()
        units = [
            Unit(
                street_id=street.id,
                unit_type_id=reference_id("unit_type", UNIT_TYPES[i % len(UNIT_TYPES)]),
                code=f"FH-{i:02d}",
                name=f"幸福里{i:02d}",
            )
            for i in range(39)
        ]
        departments = [
            Department(
                street_id=street.id, kind_id=reference_id("department_kind", kind), name=kind
            )
            for kind in ("street_office", "functional", "police")
        ]
        session.add_all([*units, *departments])
        session.flush()
        staff = [
            Staff(street_id=street.id, department_id=departments[i % 3].id, name=f"职员{i:02d}")
            for i in range(60)
        ]
        session.add_all(staff)
        session.flush()
        cases = []
        members = []
        for i in range(count):
            case_id = uuid.uuid4()
            received = NOW - timedelta(hours=rng.uniform(1, 24 * 120))
            stage = rng.choice(OPEN_STAGES)
            owner = rng.choice(staff).id if stage != "received" else None
            cases.append(
                {
                    "id": case_id,
                    "street_id": street.id,
                    "number": f"JF{received:%Y%m%d}-{i:05d}",
                    "title": rng.choice(TITLES).format(rng.choice(units).name),
                    "description": "",
                    "category_id": reference_id("dispute_category", rng.choice(CATEGORIES)),
                    "severity_id": reference_id(
                        "severity", rng.choices(*zip(*SEVERITIES, strict=True))[0]
                    ),
                    "source_id": reference_id("dispute_source", rng.choice(SOURCES)),
                    "unit_id": rng.choice(units).id,
                    "stage_id": reference_id("dispute_stage", stage),
                    "owner_staff_id": owner,
                    "people_involved": rng.choice((1, 1, 2, 3, 5, 12, 40)),
                    "amount_owed": Decimal(rng.choice((0, 0, 8000, 60000, 250000))),
                    "received_at": received,
                    "stage_entered_at": received + timedelta(hours=1),
                    "escalation_level": "",
                }
            )
            for role, member in zip(("qing", "li"), rng.sample(staff, 2), strict=True):
                members.append(
                    {"id": uuid.uuid4(), "dispute_id": case_id, "staff_id": member.id, "role": role}
                )
        session.execute(insert(Dispute), cases)
        session.execute(insert(DisputeTeamMember), members)


def timings_ms(action: Callable[[], object]) -> tuple[float, float]:
    """(median, best) wall time; the best shows the cost when no other process competes."""
    action()  # warm-up: caches, page cache, compiled statements
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), min(times)


def measure(folder: Path, count: int) -> dict[str, tuple[float, float]]:
    path = folder / f"board-{count}.sqlite"
    database = open_sqlite(path)
    try:
        fill(database, count)
        actor = Actor.system("bench")

        def board(filters: BoardFilters | None = None) -> Callable[[], object]:
            def run() -> object:
                with database.session() as session:
                    result = load_board(session, actor, filters, now=NOW)
                assert result.total == count or filters is not None
                return result

            return run

        def bare() -> object:
            connection = connect_file(path.as_posix())
            try:
                return connection.execute(BARE_SELECT).fetchall()
            finally:
                connection.close()

        return {
            "board": timings_ms(board()),
            "bare": timings_ms(bare),
            "pinyin": timings_ms(board(BoardFilters(text="qianxin"))),
            "red": timings_ms(board(BoardFilters(colours=frozenset({"red"})))),
        }
    finally:
        database.dispose()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        rows = [(count, measure(Path(tmp), count)) for count in SIZES]
    print(
        f"wall time in ms, median (best) of {ROUNDS} runs after a warm-up;"
        f" budget {BUDGET_MS:.0f} ms for the board"
    )
    names = ("load_board", "bare SELECT", "pinyin search", "red only")
    header = f"{'open cards':>10} | " + " | ".join(f"{n:>15}" for n in names)
    header += " | ratio | within budget"
    print(header)
    print("-" * len(header))
    for count, figures in rows:
        cells = [
            f"{median:7.1f} ({best:5.1f})"
            for median, best in (figures[k] for k in ("board", "bare", "pinyin", "red"))
        ]
        ratio = figures["board"][0] / figures["bare"][0] if figures["bare"][0] else float("nan")
        verdict = "yes" if figures["board"][0] < BUDGET_MS else "NO"
        print(f"{count:>10,} | " + " | ".join(cells) + f" | {ratio:5.1f} | {verdict}")


if __name__ == "__main__":
    main()
