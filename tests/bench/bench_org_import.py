"""The organisation import wizard on a district's workbook (the organisation export of a
scale-10 demo desk: 10 streets, ~390 幸福里 units, ~470 grids), beside the bare service
calls on the same file measured in the same run.

* check → dry run shown: the wizard (parsing off the GUI thread, planning on the pool,
  the table filled) against ``read_workbook`` + ``plan_workbook`` alone;
* confirm → written: the wizard's write on the write lane against ``apply_org_import``
  alone (each on its own fresh desk);
* longest GUI stall while the wizard works, against what running the services on the
  GUI thread would freeze it for (their time itself).
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from app.services import auth
from app.services.database import Database, open_sqlite
from app.services.organisation.workbook import (
    apply_org_import,
    export_organisation,
    plan_workbook,
    read_workbook,
)
from app.services.permissions import Actor
from app.views.admin.org_import_dialog import STEP_DONE, STEP_PLAN, OrgImportDialog
from app.views.pane_context import PaneContext
from tests.bench.bench_roster_import_dialog import StallMeter, wait_for

SCALE = 10


def fresh_desk(path: Path) -> tuple[Database, Actor]:
    database = open_sqlite(path)
    with database.session() as session:
        auth.create_first_admin(session, "admin", "管理员", "bench password")
    return database, auth.sign_in_recorded(database, "admin", "bench password")


def main() -> None:
    from app.services.demo.generator import write_demo_database

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-org-"))
    started = time.perf_counter()
    write_demo_database(folder / "demo.sqlite", scale=SCALE, seed=1)
    demo = open_sqlite(folder / "demo.sqlite")
    workbook_path = folder / "district.xlsx"
    with demo.session() as session:
        exported = export_organisation(session, Actor.system("bench"), workbook_path)
    demo.dispose()
    counts = ", ".join(f"{key.value} {count}" for key, count in exported.rows.items())
    print(f"demo desk and its export: {time.perf_counter() - started:.1f} s ({counts})")

    database, admin = fresh_desk(folder / "services.sqlite")
    started = time.perf_counter()
    workbook = read_workbook(workbook_path)
    with database.session("admin") as session:
        plan = plan_workbook(session, admin, workbook)
    plan_s = time.perf_counter() - started
    started = time.perf_counter()
    with database.session("admin") as session:
        apply_org_import(session, admin, workbook, plan)
    apply_s = time.perf_counter() - started
    database.dispose()

    database, admin = fresh_desk(folder / "wizard.sqlite")
    dialog = OrgImportDialog(PaneContext(database, admin, "zh_CN"))
    dialog.show()
    dialog.path.setText(str(workbook_path))
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    dialog.go_next()
    wait_for(lambda: dialog.pages.currentIndex() == STEP_PLAN)
    app.processEvents()
    check_s = time.perf_counter() - started
    check_stall = meter.stop_ms()
    meter.start()
    started = time.perf_counter()
    dialog.go_next()
    wait_for(lambda: dialog.pages.currentIndex() == STEP_DONE)
    app.processEvents()
    write_s = time.perf_counter() - started
    write_stall = meter.stop_ms()
    rows = dialog.model.rowCount()
    dialog.close()
    database.dispose()

    print(f"{rows} rows in the workbook")
    print(f"{'step':<28}{'wizard':>12}{'services alone':>18}")
    print(f"{'check → dry run shown':<28}{check_s * 1000:>10.0f}ms{plan_s * 1000:>16.0f}ms")
    print(f"{'confirm → written':<28}{write_s * 1000:>10.0f}ms{apply_s * 1000:>16.0f}ms")
    print(
        f"{'longest GUI stall':<28}{max(check_stall, write_stall):>10.0f}ms"
        f"{max(plan_s, apply_s) * 1000:>16.0f}ms  (services on the GUI thread)"
    )
