"""Rosters at district scale: 20,000 volunteers. Each step beside a bare sqlite3 statement
over the same rows on the same file, measured in the same run.

* load people rows: ``load_volunteers`` (rows, pinyin order, search keys) on a fresh and
  on a warm pinyin cache, against the bare SELECT with the same joins;
* one search keystroke: ``PeopleTable.search`` over the loaded rows (the first one also
  builds the pinyin search keys), against a bare ``LIKE`` SELECT on name and phone;
* import 20,000 rows: ``plan_import`` + ``apply_plan`` of an .xlsx export into a desk
  with the same street and nobody on it, against the least an import can do: the same
  file read by openpyxl in read-only mode and its rows inserted into the same table of
  an equal desk with one ``executemany`` (the import's target: at most 1.5 times that).

Figures are medians of a few runs; the import and its baseline alternate three times, and
their CPU time is printed too: on a shared machine it varies less than the wall time.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert

from app.models import Volunteer
from app.services.database import Database, open_sqlite
from app.services.permissions import Actor
from app.services.pinyin_search import _char_readings, _char_sort, _text_keys, pinyin_sort_key
from app.services.roster_io import apply_plan, export_roster, plan_import
from app.services.rosters import load_volunteers
from tests.helpers.sample_street import SampleStreet, build_sample_street
from tests.helpers.sqlite_files import connect_file

VOLUNTEERS = 20_000
ROUNDS = 5
BUDGETS_MS = {"first keystroke": 50.0, "keystroke": 50.0, "import": 10_000.0}
#: the import may take at most this many times its baseline (parse + executemany)
IMPORT_RATIO = 1.5
IMPORT_ROUNDS = 3
SURNAMES = "陈李黄张王刘林梁杨吴何郑罗周谢赵徐钟曾邓朱许叶胡彭蔡冯孙马卢郭欧阳"
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉梅"
    "文辉鹏飞宇浩然子涵欣怡雨轩俊思远佳琪𠀾"
)
SKILLS = ("调解", "巡逻", "心理疏导", "消防", "普法宣传", "")

BARE_SELECT = """
SELECT v.id, v.version, v.name, v.phone, v.team_id, t.name, v.grid_id, g.name, v.unit_id,
       u.name, v.skills, v.street_id, coalesce(g.community_id, u.community_id), u.unit_type_id
FROM volunteer v
LEFT JOIN volunteer_team t ON t.id = v.team_id
LEFT JOIN grid g ON g.id = v.grid_id
LEFT JOIN unit u ON u.id = v.unit_id
WHERE v.deleted_at IS NULL
"""
BARE_SEARCH = BARE_SELECT + " AND (v.name LIKE ? OR v.phone LIKE ?)"


def _person(rng: random.Random, index: int) -> tuple[str, str]:
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
    return name, f"1{rng.choice('3456789')}{index:09d}"


def fill(database: Database, actor: Actor, count: int, seed: int = 1) -> SampleStreet:
    """The sample street and ``count`` volunteers, inserted in bulk."""
    rng = random.Random(seed)
    with database.session("bench") as session:
        street = build_sample_street(session, actor)
        units, grids, teams = (
            list(street.unit_ids.values()),
            list(street.grid_ids.values()),
            list(street.team_ids.values()),
        )
        rows = []
        for index in range(count):
            name, phone = _person(rng, index)
            rows.append(
                {
                    "id": uuid.uuid4(),
                    "street_id": street.street_id,
                    "team_id": rng.choice(teams) if index % 4 == 0 else None,
                    "grid_id": rng.choice(grids),
                    "unit_id": rng.choice(units),
                    "name": name,
                    "phone": phone,
                    "skills": rng.choice(SKILLS),
                    "version": 1,
                    "updated_by": "bench",
                    "dirty": False,
                }
            )
        session.execute(insert(Volunteer), rows)
    return street


def _median_ms(fn: Callable[[], object], rounds: int = ROUNDS) -> float:
    """Median of ``rounds`` runs after one warm-up run."""
    fn()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _skills(row: tuple[object, ...]) -> str:
    return str(row[5] or "") if len(row) > 5 else ""


def _import_into(desk: Database, export: Path, actor: Actor) -> None:
    with desk.session("bench") as session:
        plan = plan_import(session, actor, export)
    with desk.session("bench") as session:
        apply_plan(session, actor, plan)


def parse_and_insert(workbook_path: Path, database_path: Path, street_id: uuid.UUID) -> int:
    """The least an import can do: read the workbook with openpyxl in read-only mode and
    insert its volunteer rows with one ``executemany`` (no lookups, checks or audit)."""
    from openpyxl import load_workbook

    workbook = load_workbook(workbook_path, read_only=True, data_only=True)
    try:
        rows = list(workbook["志愿者"].iter_rows(min_row=2, values_only=True))
    finally:
        workbook.close()
    street = street_id.hex
    stamp = "2026-12-01 00:00:00.000000"
    params = [
        (uuid.uuid4().hex, street, str(r[0]), str(r[1]), _skills(r), stamp, stamp, "b")
        for r in rows
    ]
    connection = connect_file(database_path)
    with connection:
        connection.executemany(
            "INSERT INTO volunteer (id, street_id, name, phone, skills, created_at, updated_at,"
            " version, updated_by, dirty) VALUES (?,?,?,?,?,?,?,1,?,1)",
            params,
        )
    connection.close()
    return len(params)


def compare_import(
    folder: Path, export: Path, actor: Actor, rounds: int = IMPORT_ROUNDS
) -> tuple[tuple[float, float], tuple[float, float]]:
    """(import, baseline) medians in wall ms and in CPU ms, the two alternating, each
    round into a fresh desk with the same street and nobody on it."""
    walls: tuple[list[float], list[float]] = ([], [])
    cpus: tuple[list[float], list[float]] = ([], [])
    for index in range(rounds):
        target, baseline = folder / f"import-{index}.sqlite", folder / f"baseline-{index}.sqlite"
        street_id = uuid.UUID(int=0)
        for path in (target, baseline):
            desk = open_sqlite(path)
            with desk.session("bench") as session:
                street_id = build_sample_street(session, actor).street_id
            desk.dispose()
        desk = open_sqlite(target)
        for slot in (0, 1):
            wall, cpu = time.perf_counter(), time.process_time()
            if slot == 0:
                _import_into(desk, export, actor)
            else:
                parse_and_insert(export, baseline, street_id)
            walls[slot].append((time.perf_counter() - wall) * 1000)
            cpus[slot].append((time.process_time() - cpu) * 1000)
        desk.dispose()
    median = statistics.median
    return (median(walls[0]), median(walls[1])), (median(cpus[0]), median(cpus[1]))


def _clear_pinyin_caches() -> None:
    for cached in (_char_readings, _char_sort, _text_keys, pinyin_sort_key):
        cached.cache_clear()


def main() -> None:
    actor = Actor.system("bench")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rosters.sqlite"
        database = open_sqlite(path)
        fill(database, actor, VOLUNTEERS)
        bare = connect_file(path)

        def load() -> object:
            with database.session() as session:
                return load_volunteers(session, actor)

        def load_cold() -> object:
            _clear_pinyin_caches()
            return load()

        results: list[tuple[str, float, float]] = []
        bare_select = _median_ms(lambda: bare.execute(BARE_SELECT).fetchall())
        results.append(("load (cold pinyin cache)", _median_ms(load_cold), bare_select))
        results.append(("load (warm)", _median_ms(load), bare_select))

        bare_like = _median_ms(lambda: bare.execute(BARE_SEARCH, ("%张%", "%zh%")).fetchall())

        def first_keystroke() -> object:
            return load().search("zh")  # type: ignore[attr-defined]

        load_ms = _median_ms(load)
        results.append(("first keystroke", _median_ms(first_keystroke) - load_ms, bare_like))
        table = load()
        assert len(table.rows) == VOLUNTEERS  # type: ignore[attr-defined]
        keystroke = _median_ms(lambda: table.search("zh"))  # type: ignore[attr-defined]
        results.append(("keystroke", keystroke, bare_like))

        export = Path(folder) / "volunteers.xlsx"
        with database.session() as session:
            export_roster(session, actor, export)
        (import_ms, bare_insert), (import_cpu, bare_cpu) = compare_import(
            Path(folder), export, actor
        )
        results.append(("import", import_ms, bare_insert))
        results.append(("import (CPU)", import_cpu, bare_cpu))
        bare.close()
        database.dispose()

    labels = {
        "load (cold pinyin cache)": f"load {VOLUNTEERS:,} volunteer rows, cold caches",
        "load (warm)": f"load {VOLUNTEERS:,} volunteer rows, warm caches",
        "first keystroke": "first keystroke (builds the search keys)",
        "keystroke": f"one search keystroke over {VOLUNTEERS:,} rows",
        "import": f"import {VOLUNTEERS:,} rows (.xlsx dry run + apply)",
        "import (CPU)": "  the same, CPU time of this process",
    }
    print(f"{'step':<48}{'service ms':>12}{'baseline ms':>13}{'ratio':>7}{'budget ms':>11}")
    for key, service, bare_ms in results:
        budget = BUDGETS_MS.get(key)
        budget_text = f"{budget:>11.0f}" if budget else f"{'':>11}"
        flag = "" if budget is None or service <= budget else "  OVER BUDGET"
        ratio = service / bare_ms if bare_ms else 0.0
        if key.startswith("import") and ratio > IMPORT_RATIO:
            flag += f"  OVER {IMPORT_RATIO}x BASELINE"
        print(f"{labels[key]:<48}{service:>12.1f}{bare_ms:>13.1f}{ratio:>7.1f}{budget_text}{flag}")
    print(
        "baselines: a bare sqlite3 SELECT / LIKE on the same file; for the import, openpyxl"
        f" read-only + executemany INSERT of the same file (target: at most {IMPORT_RATIO}x)"
    )


if __name__ == "__main__":
    main()
