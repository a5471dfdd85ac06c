"""The roster import dialog on a 20,000-row file, beside the bare service calls on the same
file measured in the same run.

* check → summary shown: the dialog's dry run (worker thread, summary, table of rows that
  need attention) against ``plan_import`` alone;
* confirm → written: the dialog's write on the write lane against ``apply_plan`` alone;
* longest GUI stall: the longest gap between ticks of a 5 ms timer on the GUI thread
  while the dialog works, against what running the service on the GUI thread would
  freeze it for (the service time itself);
* a file whose 20,000 rows all have an error: check → table of 20,000 rows shown.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from openpyxl import Workbook
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app.services.database import Database, open_sqlite
from app.services.permissions import Actor
from app.services.roster_io import apply_plan, export_roster, plan_import
from app.views.pane_context import PaneContext
from app.views.rosters.dialogs.import_dialog import Page, build_import_dialog
from tests.bench.bench_rosters import VOLUNTEERS, fill
from tests.helpers.sample_street import build_sample_street

TICK_MS = 5


class StallMeter:
    """Longest gap between ticks of a GUI-thread timer: how long the window froze."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def stop_ms(self) -> float:
        self.timer.stop()
        return self.longest * 1000


def wait_for(condition: Callable[[], bool], timeout_s: float = 300) -> None:
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(TICK_MS)
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    poll.start()
    deadline = time.perf_counter() + timeout_s
    while not condition() and time.perf_counter() < deadline:
        loop.exec()
    poll.stop()


def empty_desk(path: Path, actor: Actor) -> Database:
    """A desk with the same street (same names) and nobody on it."""
    database = open_sqlite(path)
    with database.session("bench") as session:
        build_sample_street(session, actor)
    return database


def error_file(path: Path, rows: int) -> Path:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("志愿者")
    sheet.append(["姓名", "手机", "队伍"])
    for index in range(rows):
        sheet.append([f"志愿者{index}", f"12{index:05d}", "不存在的队伍"])
    workbook.save(path)
    return path


def main() -> None:
    app = QApplication.instance() or QApplication([])
    actor = Actor.system("bench")
    results: list[tuple[str, float, float, str]] = []
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        source = open_sqlite(folder / "source.sqlite")
        fill(source, actor, VOLUNTEERS)
        export = folder / "volunteers.xlsx"
        with source.session() as session:
            export_roster(session, actor, export)
        source.dispose()

        bare_desk = empty_desk(folder / "bare.sqlite", actor)
        start = time.perf_counter()
        with bare_desk.session("bench") as session:
            plan = plan_import(session, actor, export)
        plan_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        with bare_desk.session("bench") as session:
            apply_plan(session, actor, plan)
        apply_ms = (time.perf_counter() - start) * 1000
        bare_desk.dispose()

        desk = empty_desk(folder / "dialog.sqlite", actor)
        context = PaneContext(desk, actor)
        meter = StallMeter()
        meter.start()
        start = time.perf_counter()
        dialog = build_import_dialog(None, context, export)
        dialog.show()
        wait_for(lambda: dialog.pages.currentIndex() == Page.SUMMARY)
        app.processEvents()  # the summary painted
        check_ms = (time.perf_counter() - start) * 1000
        check_stall = meter.stop_ms()
        meter.start()
        start = time.perf_counter()
        dialog.start_import()
        wait_for(lambda: dialog.pages.currentIndex() == Page.DONE)
        write_ms = (time.perf_counter() - start) * 1000
        write_stall = meter.stop_ms()
        assert dialog.outcome is not None and dialog.outcome.added == VOLUNTEERS
        dialog.close()
        dialog.deleteLater()

        rows = f"{VOLUNTEERS:,} rows"
        results += [
            (f"check → summary shown ({rows})", check_ms, plan_ms, "plan_import"),
            (f"confirm → written ({rows})", write_ms, apply_ms, "apply_plan"),
            ("longest GUI stall while checking", check_stall, plan_ms, "plan_import on GUI"),
            ("longest GUI stall while writing", write_stall, apply_ms, "apply_plan on GUI"),
        ]

        bad = error_file(folder / "errors.xlsx", VOLUNTEERS)
        start = time.perf_counter()
        with desk.session("bench") as session:
            bad_plan = plan_import(session, actor, bad)
            bad_plan_ms = (time.perf_counter() - start) * 1000
        assert len(bad_plan.errors) == VOLUNTEERS
        meter.start()
        start = time.perf_counter()
        dialog = build_import_dialog(None, context, bad)
        dialog.show()
        wait_for(lambda: dialog.pages.currentIndex() == Page.SUMMARY)
        app.processEvents()
        bad_ms = (time.perf_counter() - start) * 1000
        bad_stall = meter.stop_ms()
        assert dialog.problems.rowCount() == VOLUNTEERS
        dialog.close()
        dialog.deleteLater()
        desk.dispose()
        results += [
            (f"{rows} with errors: check → table shown", bad_ms, bad_plan_ms, "plan_import"),
            ("longest GUI stall showing them", bad_stall, bad_plan_ms, "plan_import on GUI"),
        ]

    print(f"{'step':<46}{'dialog ms':>11}{'baseline ms':>13}  baseline")
    for label, dialog_ms, baseline_ms, baseline in results:
        print(f"{label:<46}{dialog_ms:>11.0f}{baseline_ms:>13.0f}  {baseline}")


if __name__ == "__main__":
    main()
