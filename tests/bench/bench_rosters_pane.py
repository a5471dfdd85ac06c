"""The Rosters pane on the scale-10 demo database (10 streets, ~20,000 volunteers), seen
by a district-wide user, each figure beside the bare sqlite3 statements that fetch the
same rows from the same file, measured in the same run.

* opening the pane: from building it to the first paint of the staff table with rows
  (tree, vacancies and staff read on a worker thread), and on to the volunteers shown;
  the first open of the process (statements not yet compiled, pinyin caches cold; the
  ORM mappers configured, as signing in does) and the median of later ones;
* one keystroke in the search box over the 20,000 volunteers (typing z, h, a, n, g, then
  clearing it), from the key press to the table repainted, and the same over the staff.

Figures are medians of several rounds; nothing fails on a number.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import tempfile
import time
from typing import Any

from tests.bench.bench_startup import demo_database
from tests.helpers.sqlite_files import connect_file

ROUNDS = 5
BUDGETS_MS = {"open": 300.0, "keystroke": 50.0}
#: the staff rows painted within this many times the bare statements of the same run
TARGET_RATIO = 3.0

BARE_OPEN = (
    "SELECT u.id, u.street_id, u.community_id, u.unit_type_id, t.code, t.name_zh, t.name_en,"
    " t.sort_order, u.code, u.name FROM unit u JOIN unit_type t ON t.id = u.unit_type_id"
    " WHERE u.deleted_at IS NULL ORDER BY t.sort_order, u.code",
    "SELECT s.post_id, s.id, s.version, s.staff_id, st.name, st.deleted_at IS NULL,"
    " s.start_date, s.end_date FROM secondment s JOIN staff st ON st.id = s.staff_id"
    " WHERE s.deleted_at IS NULL",
    "SELECT p.id, p.unit_id, p.post_kind_id, p.sort_order, k.code, k.name_zh, k.name_en,"
    " k.tier, k.sort_order FROM post p JOIN post_kind k ON k.id = p.post_kind_id"
    " WHERE p.deleted_at IS NULL",
    "SELECT st.id, st.version, st.name, st.phone, st.title, st.department_id, d.name,"
    " st.street_id FROM staff st JOIN department d ON d.id = st.department_id"
    " WHERE st.deleted_at IS NULL",
    "SELECT id, street_id, name FROM community WHERE deleted_at IS NULL ORDER BY code",
    "SELECT id, name FROM street WHERE deleted_at IS NULL ORDER BY code",
)
BARE_VOLUNTEERS = (
    "SELECT v.id, v.version, v.name, v.phone, v.team_id, t.name, v.grid_id, g.name,"
    " v.unit_id, u.name, v.skills, v.street_id FROM volunteer v"
    " LEFT JOIN volunteer_team t ON t.id = v.team_id LEFT JOIN grid g ON g.id = v.grid_id"
    " LEFT JOIN unit u ON u.id = v.unit_id WHERE v.deleted_at IS NULL"
)
BARE_STAFF_SEARCH = BARE_OPEN[3] + " AND (st.name LIKE ? OR st.phone LIKE ?)"
BARE_VOLUNTEER_SEARCH = BARE_VOLUNTEERS + " AND (v.name LIKE ? OR v.phone LIKE ?)"
TYPED = "zhang"


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _bare_ms(connection: sqlite3.Connection, statements: tuple[str, ...]) -> float:
    start = time.perf_counter()
    for statement in statements:
        connection.execute(statement).fetchall()
    return (time.perf_counter() - start) * 1000


def _open_pane(context: Any) -> tuple[Any, float, float]:
    """Build and show the pane, then idle in an event loop as the application does; ms
    to the staff rows' first paint and to the volunteers shown."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    from app.views.rosters.pane import RostersPane

    loop = QEventLoop()
    marks: dict[str, float] = {}

    def mark(name: str) -> None:
        marks.setdefault(name, time.perf_counter())
        if {"painted", "volunteers"} <= marks.keys():
            loop.quit()

    class FirstPaint(QObject):
        def eventFilter(self, _watched: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint and pane.staff_model.rowCount():
                mark("painted")
            return False

    start = time.perf_counter()
    pane = RostersPane(context)
    probe = FirstPaint()
    pane.staff_view.viewport().installEventFilter(probe)
    pane.volunteers_loaded.connect(lambda: mark("volunteers"))
    pane.resize(1400, 860)
    pane.show()
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    pane.staff_view.viewport().removeEventFilter(probe)
    if {"painted", "volunteers"} - marks.keys():
        raise TimeoutError("the pane did not load in a minute")
    return pane, (marks["painted"] - start) * 1000, (marks["volunteers"] - start) * 1000


def _keystrokes(app: Any, pane: Any, view: Any) -> list[float]:
    """ms per keystroke typing TYPED then clearing it, each to the repainted table."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    search = pane.filters.search
    search.clear()
    search.setFocus()
    times = []
    for char in TYPED:
        start = time.perf_counter()
        QTest.keyClick(search, char)
        view.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    start = time.perf_counter()
    QTest.keyClick(search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(search, Qt.Key.Key_Backspace)
    view.viewport().repaint()
    times.append((time.perf_counter() - start) * 1000)
    app.processEvents()
    return times


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from sqlalchemy.orm import configure_mappers

    from app.services.database import open_sqlite
    from app.services.permissions import Actor
    from app.views.application import create_application
    from app.views.language import install_language
    from app.views.pane_context import PaneContext

    path = demo_database()
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        app = create_application()
        install_language("zh_CN")
        database = open_sqlite(path)
        # signing in has done this in the application before any pane opens
        configure_mappers()
        bare = connect_file(path)
        context = PaneContext(database, Actor.system("bench"), "zh_CN")

        cold_open, cold_volunteers = 0.0, 0.0
        opens, volunteer_opens, bare_opens, bare_volunteers = [], [], [], []
        strokes: dict[str, list[list[float]]] = {"volunteers": [], "staff": []}
        bare_strokes: dict[str, list[float]] = {"volunteers": [], "staff": []}
        rows = (0, 0)
        for round_ in range(ROUNDS + 1):
            bare_opens.append(_bare_ms(bare, BARE_OPEN))
            bare_volunteers.append(_bare_ms(bare, (BARE_VOLUNTEERS,)))
            pane, first_paint, volunteers_shown = _open_pane(context)
            if round_ == 0:
                cold_open, cold_volunteers = first_paint, volunteers_shown
            else:
                opens.append(first_paint)
                volunteer_opens.append(volunteers_shown)
            rows = (pane.staff_model.total(), pane.volunteer_model.total())
            pane.tabs.setCurrentIndex(pane.TAB_VOLUNTEERS)
            app.processEvents()
            strokes["volunteers"].append(_keystrokes(app, pane, pane.volunteer_view))
            pane.tabs.setCurrentIndex(pane.TAB_STAFF)
            app.processEvents()
            strokes["staff"].append(_keystrokes(app, pane, pane.staff_view))
            for table, statement in (
                ("volunteers", BARE_VOLUNTEER_SEARCH),
                ("staff", BARE_STAFF_SEARCH),
            ):
                like = f"%{TYPED[:2]}%"
                bare_strokes[table].append(_bare_ms_params(bare, statement, (like, like)))
            pane.close()
            pane.deleteLater()
            app.processEvents()
        bare.close()
        database.dispose()

    staff_rows, volunteer_rows = rows
    bare_open = _median(bare_opens)
    bare_all = _median([a + b for a, b in zip(bare_opens, bare_volunteers, strict=True)])
    results: list[tuple[str, float, float, str]] = [
        ("open: staff rows painted, first open (cold caches)", cold_open, bare_open, "open"),
        ("open: staff rows painted", _median(opens), bare_open, "open"),
        ("open: volunteers shown too, first open", cold_volunteers, bare_all, ""),
        ("open: volunteers shown too", _median(volunteer_opens), bare_all, ""),
    ]
    steps = [*(TYPED[: i + 1] for i in range(len(TYPED))), "(cleared)"]
    for table, count in (("volunteers", volunteer_rows), ("staff", staff_rows)):
        for i, step in enumerate(steps):
            figure = _median([run[i] for run in strokes[table]])
            name = f"keystroke '{step}' over {count:,} {table}"
            results.append((name, figure, _median(bare_strokes[table]), "keystroke"))
    print(
        f"district-wide user: {staff_rows:,} staff rows (vacant posts included), "
        f"{volunteer_rows:,} volunteers; median of {ROUNDS} rounds after the first"
    )
    print(f"{'step':<54}{'pane ms':>10}{'bare sqlite3 ms':>17}{'x bare':>8}{'budget ms':>11}")
    for name, figure, bare_ms, budget_key in results:
        budget = BUDGETS_MS.get(budget_key)
        budget_text = f"{budget:>11.0f}" if budget else f"{'':>11}"
        flag = "" if budget is None or figure <= budget else "  OVER BUDGET"
        ratio = figure / bare_ms if bare_ms else float("nan")
        print(f"{name:<54}{figure:>10.1f}{bare_ms:>17.1f}{ratio:>8.1f}{budget_text}{flag}")
    ratio = _median(opens) / bare_open
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(
        f"staff rows painted / bare statements = {ratio:.1f}x "
        f"({verdict} the {TARGET_RATIO:.0f}x target)"
    )


def _bare_ms_params(
    connection: sqlite3.Connection, statement: str, params: tuple[str, ...]
) -> float:
    start = time.perf_counter()
    connection.execute(statement, params).fetchall()
    return (time.perf_counter() - start) * 1000


if __name__ == "__main__":
    main()
