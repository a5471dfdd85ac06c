"""The dispute board pane on a scale-10 demo database with 10,000 open cards, beside the
same board with 100 open cards, measured in the same run.

Figures: opening (pane built until every column has painted), a move stored and painted,
a colour filter and a pinyin search applied and painted, and the memory and QWidgets of
an open board above a board with no open cards (each in a fresh process). Baselines: the
bare SQLite SELECT of all the card rows, and of the rows the board shows when it opens
(the first page of each column). Times are medians (best) of several rounds after a
warm-up, the two sizes alternating.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from app.views.changes import Area, Changes
from tests.bench.bench_board_query import BARE_SELECT
from tests.bench.bench_startup import BENCH_DIR, demo_database
from tests.helpers.sqlite_files import connect_file

SIZES = (100, 10_000)
ROUNDS = 7
OPEN_BUDGET_MS = 300.0
MOVE_BUDGET_MS = 30.0
FILTER_BUDGET_MS = 100.0
MEMORY_BUDGET_MB = 50.0
WIDGET_BUDGET = 10
FLAT_RATIO = 2.0
#: The rows the board holds: open cases, and cases closed in the last 30 days.
BOARD_SELECT = (
    BARE_SELECT
    + " AND (d.stage_id IN (SELECT id FROM dispute_stage WHERE is_terminal = 0)"
    + " OR d.closed_at >= datetime('now', '-30 days'))"
)
PAGE_SELECT = BOARD_SELECT + " AND d.stage_id = ? ORDER BY d.stage_entered_at LIMIT ?"


# the databases ----------------------------------------------------------------------------
def board_database(count: int) -> Path:
    """The scale-10 demo database with exactly ``count`` open cards (its own open cards
    kept and more added up to 10,000; all removed and ``count`` added for fewer)."""
    source = demo_database(10)
    path = BENCH_DIR / f"board-{count}.sqlite"
    if path.exists() and path.stat().st_mtime >= source.stat().st_mtime:
        return path
    from sqlalchemy import func, select, update

    from app.models import Dispute, DisputeStage, utcnow
    from app.services.database import open_sqlite
    from app.services.demo.generator import add_open_disputes

    building = path.with_name(f".{path.name}.building")
    shutil.copyfile(source, building)
    database = open_sqlite(building)
    try:
        with database.session("bench") as session:
            open_ids = select(DisputeStage.id).where(DisputeStage.is_terminal.is_(False))
            live = Dispute.deleted_at.is_(None) & Dispute.stage_id.in_(open_ids)
            have = session.scalar(select(func.count()).select_from(Dispute).where(live)) or 0
            if count < have:
                session.execute(update(Dispute).where(live).values(deleted_at=utcnow()))
                have = 0
            add_open_disputes(session, count - have, seed=7)
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.dispose()
    building.replace(path)
    return path


def bare_timings(path: Path) -> tuple[tuple[float, float], tuple[float, float]]:
    """(all card rows, first pages) with sqlite3 alone."""
    connection = connect_file(path.as_posix())
    try:
        stages = [row[0] for row in connection.execute("SELECT id FROM dispute_stage")]

        def everything() -> object:
            return connection.execute(BOARD_SELECT).fetchall()

        def pages() -> object:
            return [connection.execute(PAGE_SELECT, (stage, 40)).fetchall() for stage in stages]

        return timings(everything), timings(pages)
    finally:
        connection.close()


# timing -----------------------------------------------------------------------------------
def timings(action: Callable[[], object], rounds: int = ROUNDS) -> tuple[float, float]:
    action()
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), min(times)


class Board:
    """One pane on one database copy, and ways to time what a clerk does with it."""

    def __init__(self, path: Path, folder: Path) -> None:
        from app.services.database import open_sqlite
        from app.services.permissions import Actor

        copy = folder / path.name
        shutil.copyfile(path, copy)
        self.database = open_sqlite(copy)
        self.actor = Actor.system("bench")
        self.pane: Any = None

    def open(self) -> float:
        from PySide6.QtCore import QSettings

        from app.views.disputes.pane import DisputesPane
        from app.views.pane_context import PaneContext

        self.close()
        QSettings().clear()
        started = time.perf_counter()
        pane = DisputesPane(PaneContext(self.database, self.actor, "zh_CN"))
        pane.resize(2400, 900)  # every column in view, so every column paints
        pane.show()
        idle(pane)  # the first pages are read on the pool
        painted(view.viewport() for view in pane.board.views.values())
        elapsed = (time.perf_counter() - started) * 1000
        self.pane = pane
        settle(pane)
        return elapsed

    def move(self) -> float:
        from app.services.disputes import MoveInfo, move_case

        board = self.pane.board
        source, target = board.models["accepted"], board.models["mediating"]
        card = source.loaded_cards()[0]
        started = time.perf_counter()
        with self.database.session(self.actor.username) as session:
            ref = move_case(session, self.actor, card.id, card.version, "mediating", MoveInfo())
        self.pane.context.changes.announce(Changes.of(Area.DISPUTES, [ref.id]))
        idle(self.pane)
        painted([board.views["accepted"].viewport(), board.views["mediating"].viewport()])
        elapsed = (time.perf_counter() - started) * 1000
        assert source.row_of(card.id) < 0 and target.row_of(card.id) >= 0
        settle(self.pane)
        return elapsed

    def toggle_red(self) -> float:
        button = self.pane.filter_bar.colour_buttons["red"]
        started = time.perf_counter()
        button.click()
        idle(self.pane)
        painted(view.viewport() for view in self.pane.board.views.values())
        elapsed = (time.perf_counter() - started) * 1000
        settle(self.pane)
        return elapsed

    def search(self, text: str) -> float:
        search = self.pane.filter_bar.search
        started = time.perf_counter()
        search.setText(text)
        search.returnPressed.emit()
        idle(self.pane)
        painted(view.viewport() for view in self.pane.board.views.values())
        elapsed = (time.perf_counter() - started) * 1000
        settle(self.pane)
        return elapsed

    def close(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        if self.pane is not None:
            self.pane.close()
            self.pane.deleteLater()
            self.pane = None
            settle()
            # no event loop runs here, so deferred deletions are carried out by hand
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def dispose(self) -> None:
        self.close()
        self.database.dispose()


def painted(widgets: Iterable[Any], timeout: float = 10.0) -> None:
    """Process events until every widget has been painted once."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject

    waiting = {id(widget): widget for widget in widgets}

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                waiting.pop(id(watched), None)
            return False

    watch = Watch()
    for widget in waiting.values():
        widget.installEventFilter(watch)
        widget.update()
    deadline = time.perf_counter() + timeout
    loop = QEventLoop()
    while waiting and time.perf_counter() < deadline:
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    if waiting:
        raise RuntimeError("the board was not painted")


def idle(pane: Any, timeout: float = 30.0) -> None:
    """Wait in the event loop (not polling, which would hold the interpreter lock from
    the worker) until every read the board asked for (load, refresh) is in."""
    from PySide6.QtCore import QEventLoop, QTimer

    board = pane.board
    if not board.busy():
        return
    loop = QEventLoop()

    def check(*_args: object) -> None:
        if not board.busy():
            loop.quit()

    signals = (board.loaded, board.cards_refreshed, board.load_failed)
    for signal in signals:
        signal.connect(check)
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    loop.exec()
    for signal in signals:
        signal.disconnect(check)
    if board.busy():
        raise RuntimeError("the board was not read")


def settle(pane: Any = None) -> None:
    """Let the background counting finish so rounds do not overlap."""
    from PySide6.QtCore import QEventLoop, QThreadPool

    loop = QEventLoop()
    deadline = time.perf_counter() + 30
    while pane is not None and pane.board.counting() and time.perf_counter() < deadline:
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    QThreadPool.globalInstance().waitForDone()
    for _ in range(3):
        loop.processEvents()
    gc.collect()


def application(folder: Path) -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.views.application import create_application
    from app.views.language import install_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "qs"))
    create_application()
    install_language("zh_CN")
    return app


def round_robin(
    boards: dict[int, Board], action: Callable[[Board], float], rounds: int = ROUNDS
) -> dict[int, tuple[float, float]]:
    for board in boards.values():
        action(board)  # warm-up
    times: dict[int, list[float]] = {size: [] for size in boards}
    for _ in range(rounds):
        for size, board in boards.items():
            times[size].append(action(board))
    return {size: (statistics.median(t), min(t)) for size, t in times.items()}


# memory, in a fresh process per database ----------------------------------------------------
def rss_mb() -> float:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):
            _fields_ = [
                ("cb", wintypes.DWORD),
                ("PageFaultCount", wintypes.DWORD),
                ("PeakWorkingSetSize", ctypes.c_size_t),
                ("WorkingSetSize", ctypes.c_size_t),
                ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
                ("QuotaPagedPoolUsage", ctypes.c_size_t),
                ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
                ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                ("PagefileUsage", ctypes.c_size_t),
                ("PeakPagefileUsage", ctypes.c_size_t),
            ]

        counters = Counters()
        counters.cb = ctypes.sizeof(Counters)
        handle = ctypes.windll.kernel32.GetCurrentProcess()  # type: ignore[attr-defined]
        ctypes.windll.psapi.GetProcessMemoryInfo(  # type: ignore[attr-defined]
            handle, ctypes.byref(counters), counters.cb
        )
        return counters.WorkingSetSize / 2**20
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory_probe(path: Path) -> dict[str, float]:
    """Run in a child process: RSS, Python allocations and QWidgets with the board open."""
    import tracemalloc

    from PySide6.QtWidgets import QApplication

    with tempfile.TemporaryDirectory() as tmp:
        application(Path(tmp))
        board = Board(path, Path(tmp))
        try:
            board.open()  # imports, caches and fonts, the same for every size
            board.close()
            tracemalloc.start()
            before = tracemalloc.get_traced_memory()[0]
            board.open()
            traced = (tracemalloc.get_traced_memory()[0] - before) / 2**20
            tracemalloc.stop()
            gc.collect()
            return {
                "rss": rss_mb(),
                "traced": traced,
                "widgets": len(QApplication.allWidgets()),
            }
        finally:
            board.dispose()


def memory(path: Path) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "tests.bench.bench_board", "--memory", str(path)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


# the table --------------------------------------------------------------------------------
def main() -> None:
    paths = {0: board_database(0), **{size: board_database(size) for size in SIZES}}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        application(folder)
        boards = {size: Board(paths[size], folder) for size in SIZES}
        try:
            opened = round_robin(boards, lambda b: b.open())
            for board in boards.values():
                board.open()
            moved = round_robin(boards, lambda b: b.move())
            coloured = round_robin(boards, lambda b: b.toggle_red(), rounds=ROUNDS + 1)
            searched = round_robin(boards, search_and_clear)
            queries = {size: query_timings(boards[size]) for size in SIZES}
        finally:
            for board in boards.values():
                board.dispose()
    bare = {size: bare_timings(paths[size]) for size in SIZES}
    memories = {size: memory(path) for size, path in paths.items()}
    print_table(opened, moved, coloured, searched, queries, bare, memories)


def search_and_clear(board: Board) -> float:
    """The time of the search; clearing it again is not counted."""
    elapsed = board.search("gongzi")
    board.search("")
    return elapsed


def query_timings(board: Board) -> dict[str, tuple[float, float]]:
    from app.services.disputes import BoardReader
    from tests.helpers.board_oracle import load_board

    def paged() -> object:
        with board.database.session() as session:
            return BoardReader(session, board.actor).open(session, counts="none")

    def counted() -> object:
        with board.database.session() as session:
            return BoardReader(session, board.actor).counts(session)

    def full() -> object:
        with board.database.session() as session:
            return load_board(session, board.actor)

    return {"paged": timings(paged), "counts": timings(counted), "full": timings(full)}


def print_table(
    opened: dict[int, tuple[float, float]],
    moved: dict[int, tuple[float, float]],
    coloured: dict[int, tuple[float, float]],
    searched: dict[int, tuple[float, float]],
    queries: dict[int, dict[str, tuple[float, float]]],
    bare: dict[int, tuple[tuple[float, float], tuple[float, float]]],
    memories: dict[int, dict[str, float]],
) -> None:
    small, large = SIZES

    def ms(figure: tuple[float, float]) -> str:
        return f"{figure[0]:7.1f} ({figure[1]:6.1f})"

    rows: list[tuple[str, str, str, str, str]] = []

    def timed(name: str, figures: dict[int, tuple[float, float]], budget: float | None) -> None:
        ratio = figures[large][0] / figures[small][0] if figures[small][0] else float("nan")
        verdict = ""
        if budget is not None:
            verdict = "yes" if figures[large][0] < budget else "NO"
            verdict += f" (< {budget:.0f} ms)"
        rows.append((name, ms(figures[small]), ms(figures[large]), f"{ratio:5.2f}", verdict))

    timed("open: pane built to every column painted", opened, OPEN_BUDGET_MS)
    flat = opened[large][0] / opened[small][0] <= FLAT_RATIO
    rows.append(("  opening flat (10,000 / 100 at most 2x)", "", "", "", "yes" if flat else "NO"))
    timed("  first pages (BoardReader.open)", {s: queries[s]["paged"] for s in SIZES}, None)
    timed(
        "  counts, on a worker after the first paint",
        {s: queries[s]["counts"] for s in SIZES},
        None,
    )
    timed("  full board query (load_board), not used", {s: queries[s]["full"] for s in SIZES}, None)
    timed("  baseline: bare SELECT, all card rows", {s: bare[s][0] for s in SIZES}, None)
    timed("  baseline: bare SELECT, first pages", {s: bare[s][1] for s in SIZES}, None)
    timed("move stored and painted", moved, MOVE_BUDGET_MS)
    timed("colour filter applied and painted", coloured, FILTER_BUDGET_MS)
    timed("pinyin search applied and painted", searched, FILTER_BUDGET_MS)
    empty = memories[0]
    for key, name, unit, budget in (
        ("rss", "memory above an empty board (RSS)", "MB", MEMORY_BUDGET_MB),
        ("traced", "Python allocations of the open board", "MB", MEMORY_BUDGET_MB),
        ("widgets", "QWidgets above an empty board", "", WIDGET_BUDGET),
    ):
        if key == "traced":
            cells = [memories[size][key] for size in SIZES]
        else:
            cells = [memories[size][key] - empty[key] for size in SIZES]
        fmt = "{:13.0f}" if key == "widgets" else "{:10.1f} MB"
        verdict = "yes" if cells[1] <= budget else "NO"
        limit = f"{budget:g} {unit}".strip()
        rows.append(
            (name, fmt.format(cells[0]), fmt.format(cells[1]), "", f"{verdict} (<= {limit})")
        )
    print(
        f"scale-10 demo database; times in ms, median (best) of {ROUNDS} rounds after a warm-up;"
        f" empty board: {empty['widgets']:.0f} QWidgets, {empty['rss']:.0f} MB RSS"
    )
    header = f"{'':44} | {'100 open cards':>16} | {'10,000 open cards':>17} | ratio | within budget"
    print(header)
    print("-" * len(header))
    for name, first, second, ratio, verdict in rows:
        print(f"{name:44} | {first:>16} | {second:>17} | {ratio:>5} | {verdict}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--memory":
        print(json.dumps(memory_probe(Path(sys.argv[2]))))
    else:
        main()
