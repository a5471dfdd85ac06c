"""The Audit tab on a million-row audit log, each figure beside the bare sqlite3 query of
the same page on the same file, measured in the same run.

The log is written once per run by ``tests.helpers.audit_log.fill_audit_log`` (rows with
every column a real entry has, inserted with ``executemany`` into a fresh migrated file,
its indexes built after the insert). Then, for several rounds:

* opening the tab: from building it to the first paint of the table with its first page
  (the page read on the pool, then painted), the first open of the process and the
  median of later ones;
* a filter change (one user's entries), from the choice to the repainted table (the
  tab's 250 ms pause for typing is left out);
* the next page, from the table asking for it (scrolled to the end) to the new rows
  painted.

Nothing fails on a number; the budget column names the issue's bar.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.helpers.sqlite_files import connect_file

ROWS = 1_000_000
ROUNDS = 5
BUDGET_MS = 300.0
USER = "user05"
COLUMNS = "id, at, username, action, entity, entity_id, desk_id, seq, detail"
BARE_FIRST = f"SELECT {COLUMNS} FROM audit_log ORDER BY at DESC, id DESC LIMIT 201"
BARE_USER = (
    f"SELECT {COLUMNS} FROM audit_log WHERE username = ? ORDER BY at DESC, id DESC LIMIT 201"
)
BARE_NEXT = (
    f"SELECT {COLUMNS} FROM audit_log WHERE (at, id) < (?, ?) ORDER BY at DESC, id DESC LIMIT 201"
)


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _bare_ms(connection: sqlite3.Connection, statement: str, params: tuple[Any, ...] = ()) -> float:
    start = time.perf_counter()
    connection.execute(statement, params).fetchall()
    return (time.perf_counter() - start) * 1000


class _Painted:
    """Waits, in an event loop as the application runs, for the table's next paint after
    ``ready()`` holds; returns the ms since ``start``."""

    def __init__(self, view: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.view = view
        self.when: float | None = None
        self.ready: Any = lambda: True
        painted = self

        class Probe(QObject):
            def eventFilter(self, _watched: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint and painted.when is None and painted.ready():
                    painted.when = time.perf_counter()
                    painted.loop.quit()
                return False

        self.probe = Probe()
        view.viewport().installEventFilter(self.probe)
        from PySide6.QtCore import QEventLoop

        self.loop = QEventLoop()

    def wait(self, start: float, ready: Any) -> float:
        from PySide6.QtCore import QTimer

        self.when, self.ready = None, ready
        QTimer.singleShot(60_000, self.loop.quit)
        if self.when is None:
            self.loop.exec()
        if self.when is None:
            raise TimeoutError("nothing was painted in a minute")
        return (self.when - start) * 1000


def _round(context: Any) -> tuple[float, float, float, int]:
    """One round: open to first page painted, a filter change, the next page."""
    from app.views.admin.audit_tab import AuditTab

    start = time.perf_counter()
    tab = AuditTab(context)
    tab.resize(1280, 760)
    painted = _Painted(tab.table)
    tab.show()
    opened = painted.wait(start, lambda: tab.model.rowCount() > 0)

    tab.settle.setInterval(0)
    index = tab.who.findData(USER)
    if index < 0:  # the filter lists arrive after the first page
        tab.who.addItem(USER, USER)
        index = tab.who.count() - 1
    start = time.perf_counter()
    tab.who.setCurrentIndex(index)
    filtered = painted.wait(
        start, lambda: tab.model.rowCount() > 0 and tab.model.rows[0].username == USER
    )

    shown = tab.model.rowCount()
    start = time.perf_counter()
    tab.table.scrollToBottom()
    tab.model.fetchMore()
    next_page = painted.wait(start, lambda: tab.model.rowCount() > shown)
    rows = tab.model.rowCount()
    tab.close()
    tab.deleteLater()
    return opened, filtered, next_page, rows


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from sqlalchemy.orm import configure_mappers

    from app.services.database import open_sqlite
    from app.services.permissions import Actor
    from app.views.application import create_application
    from app.views.language import install_language
    from app.views.pane_context import PaneContext
    from tests.helpers.audit_log import fill_audit_log

    with tempfile.TemporaryDirectory() as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        path = Path(folder) / "audit-1m.sqlite"
        started = time.perf_counter()
        database = open_sqlite(path)
        fill_audit_log(database, ROWS)
        filled = time.perf_counter() - started
        app = create_application()
        install_language("zh_CN")
        configure_mappers()  # signing in has done this before any pane opens
        context = PaneContext(database, Actor.system("bench"), "zh_CN")
        bare = connect_file(path)
        cursor = bare.execute(BARE_FIRST).fetchall()[199]
        opens, filters, nexts = [], [], []
        bare_first, bare_user, bare_next = [], [], []
        cold = 0.0
        for round_ in range(ROUNDS + 1):
            bare_first.append(_bare_ms(bare, BARE_FIRST))
            bare_user.append(_bare_ms(bare, BARE_USER, (USER,)))
            bare_next.append(_bare_ms(bare, BARE_NEXT, (cursor[1], cursor[0])))
            opened, filtered, next_page, _rows = _round(context)
            app.processEvents()
            if round_ == 0:
                cold = opened
                continue
            opens.append(opened)
            filters.append(filtered)
            nexts.append(next_page)
        bare.close()
        database.dispose()

    print(
        f"{ROWS:,} audit rows written in {filled:.1f} s (migrated file, executemany,"
        f" indexes built after); median of {ROUNDS} rounds after the first"
    )
    results = (
        ("open: first page painted, first open (cold)", cold, _median(bare_first), BUDGET_MS),
        ("open: first page painted", _median(opens), _median(bare_first), BUDGET_MS),
        (f"filter: one user ({USER}) painted", _median(filters), _median(bare_user), None),
        ("next page painted", _median(nexts), _median(bare_next), None),
    )
    print(f"{'step':<48}{'tab ms':>10}{'bare sqlite3 ms':>17}{'budget ms':>11}")
    for name, figure, bare_ms, budget in results:
        budget_text = f"{budget:>11.0f}" if budget else f"{'':>11}"
        flag = "" if budget is None or figure <= budget else "  OVER BUDGET"
        print(f"{name:<48}{figure:>10.1f}{bare_ms:>17.1f}{budget_text}{flag}")


if __name__ == "__main__":
    main()
