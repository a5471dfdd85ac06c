"""The encrypted database beside the same rows in a plain SQLite file, in the same run,
through the same SQLite library (sqlcipher3, the plain file simply unkeyed).

* opening as the desk opens it: ``open_sqlite`` (key found, first page decrypted,
  header, lock and schema checks) against the same checks on the plain file;
* the whole-file page check (``quick_check``, every page read), which the desk runs on
  the pool while the user signs in; it is reported, not held to the target: decrypting
  every page is the price of the encryption, paid off the path to the sign-in;
* the board's first pages: ``open_board`` on the scale-10 demo;
* a roster keystroke: loading the scale-10 demo's volunteers, and one search over them;
* the 20,000-row import: ``plan_import`` + ``apply_plan`` of an .xlsx into a desk with the
  same street;
* a dispute move: ``move_case`` accepted → mediating, one case per round.

Target: at most 1.25x plain for each. Times are medians (best) of several rounds after a
warm-up, encrypted and plain alternating.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select

from app.services import database as database_module
from app.services.database import Database, check_pages, open_sqlite, sqlite_url
from app.services.encryption.cipher_file import connect, dbapi
from app.services.permissions import Actor
from tests.bench.bench_startup import demo_database

ROUNDS = 7
TARGET_RATIO = 1.25
IMPORT_ROWS = 20_000


def plain_copy(encrypted: Path, target: Path) -> None:
    """The same rows in a plain file (``sqlcipher_export`` to an unkeyed database)."""
    database = open_sqlite(encrypted)
    assert database.cipher is not None
    pragma = database.cipher.pragma()
    database.dispose()
    connection = connect(encrypted, pragma)
    try:
        connection.execute("ATTACH DATABASE ? AS plain KEY ''", (target.as_posix(),))
        connection.execute("SELECT sqlcipher_export('plain')")
        for name in ("user_version", "application_id"):
            value = int(connection.execute(f"PRAGMA main.{name}").fetchone()[0])
            connection.execute(f"PRAGMA plain.{name} = {value}")
        connection.commit()
        connection.execute("DETACH DATABASE plain")
    finally:
        connection.close()


def open_plain(path: Path, check_pages: bool = False) -> Database:
    """A plain file opened as the desk opens it: the same checks, the same pragmas, no
    key (the whole-file page check, as at the desk, apart: ``check_pages``)."""
    database_module._check_sqlite_file(path, pages=check_pages)
    engine = create_engine(sqlite_url(path), module=dbapi, creator=lambda: connect(path, None))
    event.listen(engine, "connect", database_module._sqlite_pragmas)
    database_module.current_revisions(engine)
    return Database(engine=engine, path=path)


def check_all_pages(database: Database) -> None:
    try:
        check_pages(database)
    finally:
        database.dispose()


def timings(action: Callable[[], object], rounds: int = ROUNDS) -> list[float]:
    action()
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


def side_by_side(
    encrypted: Callable[[], object], plain: Callable[[], object], rounds: int = ROUNDS
) -> tuple[list[float], list[float]]:
    """Alternating rounds, so a busy moment of the machine falls on both."""
    encrypted(), plain()
    enc_times: list[float] = []
    plain_times: list[float] = []
    for _ in range(rounds):
        for action, times in ((encrypted, enc_times), (plain, plain_times)):
            started = time.perf_counter()
            action()
            times.append((time.perf_counter() - started) * 1000)
    return enc_times, plain_times


class Desk:
    """One database (encrypted or plain) of the scale-10 demo, and what a clerk does."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.actor = Actor.system("bench")
        self._accepted: list[Any] = []

    def first_pages(self) -> object:
        from app.services.disputes.board_pages import open_board

        with self.database.session() as session:
            return open_board(session, self.actor, counts="none")[1]

    def load_volunteers(self) -> Any:
        from app.services.rosters import load_volunteers

        with self.database.session() as session:
            return load_volunteers(session, self.actor)

    def move(self) -> object:
        from app.models import Dispute, DisputeStage
        from app.services.disputes import MoveInfo, move_case

        if not self._accepted:
            with self.database.session() as session:
                accepted = select(DisputeStage.id).where(DisputeStage.code == "accepted")
                self._accepted = list(
                    session.execute(
                        select(Dispute.id, Dispute.version)
                        .where(Dispute.stage_id.in_(accepted), Dispute.deleted_at.is_(None))
                        .limit(ROUNDS * 4)
                    )
                )
        dispute_id, version = self._accepted.pop()
        with self.database.session(self.actor.username) as session:
            return move_case(session, self.actor, dispute_id, version, "mediating", MoveInfo())


def _import_times(folder: Path) -> tuple[list[float], list[float]]:
    """The 20,000-row roster import into an encrypted and into a plain desk."""
    from app.services.roster_io import apply_plan, export_roster, plan_import
    from tests.bench.bench_rosters import fill
    from tests.helpers.sample_street import build_sample_street

    actor = Actor.system("bench")
    source = open_sqlite(folder / "source.sqlite")
    fill(source, actor, IMPORT_ROWS)
    export = folder / "volunteers.xlsx"
    with source.session() as session:
        export_roster(session, actor, export)
    source.dispose()
    empty = folder / "empty.sqlite"
    made = open_sqlite(empty)
    with made.session("bench") as session:
        build_sample_street(session, actor)
    made.dispose()
    plain_template = folder / "empty-plain.sqlite"
    plain_copy(empty, plain_template)

    def run_import(database: Database) -> float:
        started = time.perf_counter()
        with database.session("bench") as session:
            plan = plan_import(session, actor, export)
        with database.session("bench") as session:
            apply_plan(session, actor, plan)
        elapsed = (time.perf_counter() - started) * 1000
        database.dispose()
        return elapsed

    encrypted_times, plain_times = [], []
    for round_number in range(3):
        target = folder / f"import-{round_number}.sqlite"
        shutil.copyfile(empty, target)
        encrypted_times.append(run_import(open_sqlite(target)))
        plain_target = folder / f"import-{round_number}-plain.sqlite"
        shutil.copyfile(plain_template, plain_target)
        plain_times.append(run_import(open_plain(plain_target)))
    return encrypted_times, plain_times


def main() -> None:
    demo = demo_database(10)
    results: list[tuple[str, list[float], list[float]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        encrypted_path = folder / "demo.sqlite"
        shutil.copyfile(demo, encrypted_path)
        plain_path = folder / "demo-plain.sqlite"
        plain_copy(encrypted_path, plain_path)
        results.append(
            (
                "open the database (as the desk opens it)",
                *side_by_side(
                    lambda: open_sqlite(encrypted_path, check_pages=False).dispose(),
                    lambda: open_plain(plain_path).dispose(),
                ),
            )
        )
        results.append(
            (
                "whole-file page check, beside the sign-in",
                *side_by_side(
                    lambda: check_all_pages(open_sqlite(encrypted_path, check_pages=False)),
                    lambda: check_all_pages(open_plain(plain_path)),
                ),
            )
        )
        encrypted, plain = Desk(open_sqlite(encrypted_path)), Desk(open_plain(plain_path))
        try:
            results.append(
                ("board: first pages", *side_by_side(encrypted.first_pages, plain.first_pages))
            )
            results.append(
                (
                    "roster: load the volunteers",
                    *side_by_side(encrypted.load_volunteers, plain.load_volunteers),
                )
            )
            enc_table, plain_table = encrypted.load_volunteers(), plain.load_volunteers()
            results.append(
                (
                    "roster: one search keystroke",
                    *side_by_side(lambda: enc_table.search("zh"), lambda: plain_table.search("zh")),
                )
            )
            results.append(("dispute move", *side_by_side(encrypted.move, plain.move)))
        finally:
            encrypted.database.dispose()
            plain.database.dispose()
        results.append((f"import {IMPORT_ROWS:,} roster rows", *_import_times(folder)))

    print(
        f"wall time in ms, median (best); encrypted and plain alternating;"
        f" target at most {TARGET_RATIO:.2f}x plain"
    )
    header = f"{'step':<44}{'encrypted':>18}{'plain':>18}{'ratio':>8}  within target"
    print(header)
    print("-" * len(header))
    for name, enc_times, plain_times in results:
        enc_median, plain_median = statistics.median(enc_times), statistics.median(plain_times)
        ratio = enc_median / plain_median if plain_median else float("nan")
        cells = [
            f"{statistics.median(times):9.1f} ({min(times):6.1f})"
            for times in (enc_times, plain_times)
        ]
        verdict = "yes" if ratio <= TARGET_RATIO else "NO"
        if name.startswith("whole-file page check"):
            verdict = "(off the path to the sign-in)"
        print(f"{name:<44}{cells[0]:>18}{cells[1]:>18}{ratio:>8.2f}  {verdict}")


if __name__ == "__main__":
    main()
