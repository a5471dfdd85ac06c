"""The monthly report on the scale-10 demo database (10 streets), beside bare work measured
in the same run.

* the district report and one street's report: the first of the process (matplotlib and
  reportlab imported, fonts read) and the median of later ones, split into the figures'
  queries, the charts and the PDF layout, with the PDF's size and pages; baseline: the
  bare sqlite3 count of the month's received cases;
* the first preview page painted: from opening the preview of the district report to its
  first page on screen; baseline: pypdfium2 rendering that page alone;
* the longest GUI stall (the longest gap between ticks of a 5 ms GUI timer) while the
  Reports pane's dashboard is read and redrawn for another month, and while the pane
  makes the district report; baseline: the report made on the GUI thread.

Budgets (the issue's): district < 5 s, street < 2 s, first page < 300 ms. Nothing fails
on a number.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from app.services.china_time import now_in_china
from app.services.database import open_sqlite
from app.services.permissions import Actor
from app.services.reports.monthly_pdf import write_monthly_report
from app.services.reports.periods import month_of
from tests.bench.bench_roster_import_dialog import StallMeter, wait_for
from tests.bench.bench_startup import demo_database
from tests.helpers.sqlite_files import connect_file

ROUNDS = 3
ACTOR = Actor.system("bench")


def _bare_count_ms(path: Path, start: str, end: str) -> float:
    connection = connect_file(path)
    try:
        begin = time.perf_counter()
        connection.execute(
            "SELECT COUNT(*) FROM dispute WHERE deleted_at IS NULL"
            " AND received_at >= ? AND received_at < ?",
            (start, end),
        ).fetchone()
        return (time.perf_counter() - begin) * 1000
    finally:
        connection.close()


def _report(database: Any, month: Any, street: str | None, target: Path) -> Any:
    with database.session("bench") as session:
        return write_monthly_report(session, ACTOR, month, target, street=street)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    source = demo_database(10)
    month = month_of(now_in_china().date()).previous
    rows: list[tuple[str, float, float, str]] = []
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        copy = folder / "demo.sqlite"
        shutil.copyfile(source, copy)
        database = open_sqlite(copy)
        with database.session() as session:
            from sqlalchemy import select

            from app.models import Street

            street = session.scalars(select(Street.name).order_by(Street.code)).first()
        bare = _bare_count_ms(
            copy,
            month.start.strftime("%Y-%m-%d %H:%M:%S"),
            month.end.strftime("%Y-%m-%d %H:%M:%S"),
        )
        district_pdf = folder / "district.pdf"
        for label, scope in (("district", None), ("street", street)):
            target = folder / f"{label}.pdf"
            started = time.perf_counter()
            first = _report(database, month, scope, target)
            first_ms = (time.perf_counter() - started) * 1000
            totals, parts = [], []
            for _round in range(ROUNDS):
                started = time.perf_counter()
                report = _report(database, month, scope, target)
                totals.append((time.perf_counter() - started) * 1000)
                parts.append(report.timings)
            rows.append((f"{label} report, first of the process", first_ms, bare, "bare count"))
            rows.append((f"{label} report, median", statistics.median(totals), bare, "bare count"))
            for part in ("queries", "charts", "layout"):
                value = statistics.median(p[part] for p in parts) * 1000
                rows.append((f"  {label}: {part}", value, bare, "bare count"))
            size_kb = target.stat().st_size / 1024
            pages = _pages(target)
            print(f"{label} PDF: {size_kb:,.0f} KiB, {pages} pages ({first.figures['month']})")

        rows.append(_first_page(district_pdf, first.printed.title))
        rows += _stall(app, database, month, rows[1][1])
        database.dispose()

    print(f"{'step':<44}{'ms':>10}{'baseline ms':>13}  baseline")
    for label, value, baseline, name in rows:
        print(f"{label:<44}{value:>10.0f}{baseline:>13.1f}  {name}")
    print("budgets: district < 5000 ms, street < 2000 ms, first preview page < 300 ms")


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def _first_page(path: Path, title: str) -> tuple[str, float, float, str]:
    import pypdfium2 as pdfium

    from app.services.printing.document import PrintedFile
    from app.views.printing.preview_dialog import PrintPreviewDialog

    document = pdfium.PdfDocument(str(path))
    begin = time.perf_counter()
    page = document[0]
    page.render(scale=96 / 72).close()
    bare = (time.perf_counter() - begin) * 1000
    page.close()
    document.close()
    started = time.perf_counter()
    dialog = PrintPreviewDialog(PrintedFile(path, [], title))
    dialog.show()
    wait_for(lambda: dialog.first_page_shown)
    QApplication.processEvents()
    shown = (time.perf_counter() - started) * 1000
    dialog.close()
    dialog.deleteLater()
    return ("first preview page painted", shown, bare, "pypdfium2 render alone")


def _stall(
    app: Any, database: Any, month: Any, gui_ms: float
) -> list[tuple[str, float, float, str]]:
    from app.views.pane_context import PaneContext
    from app.views.reports.pane import ReportsPane

    pane = ReportsPane(PaneContext(database, ACTOR, "zh_CN"))
    pane.resize(1300, 800)
    pane.show()
    wait_for(lambda: pane.dashboard.drawn_month != "", 120)
    index = pane.month.findData(str(month))
    # the dashboard is read and drawn on a worker; the canvas only copies its pixels
    dashboard_meter = StallMeter()
    dashboard_meter.start()
    pane.month.setCurrentIndex(index)
    wait_for(lambda: pane.dashboard.drawn_month == str(month), 120)
    app.processEvents()
    dashboard_ms = dashboard_meter.stop_ms()
    meter = StallMeter()
    meter.start()
    pane.generate.click()
    wait_for(lambda: pane.printed is not None, 300)
    stall = meter.stop_ms()
    if pane.preview is not None:
        pane.preview.close()
    pane.close()
    pane.deleteLater()
    app.processEvents()
    return [
        ("longest GUI stall redrawing the dashboard", dashboard_ms, gui_ms, "report on GUI"),
        ("longest GUI stall making the district report", stall, gui_ms, "report on GUI"),
    ]


if __name__ == "__main__":
    main()
