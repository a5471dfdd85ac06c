"""The organisation import wizard, driven by keys and clicks: a file checked, its dry run
read, confirmed and written; a file with errors that cannot be imported; a file refused
whole with the path kept; and a demo desk's export imported into a new desk."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.models import Post, Secondment, Staff, Unit, Volunteer
from app.services.organisation.workbook import export_organisation
from app.services.organisation.workbook.layout import SheetKey
from app.services.permissions import Actor
from app.services.roster_io import export_roster
from app.services.roster_io.plan_rows import RowAction
from app.views.admin.org_import_dialog import STEP_DONE, STEP_FILE, STEP_PLAN, OrgImportDialog
from app.views.admin.organisation_tab import OrganisationTab
from app.views.pane_context import PaneContext
from app.views.rosters.dialogs.import_dialog import Page, build_import_dialog
from tests.helpers.board_fixtures import demo_template
from tests.helpers.keyboard import type_text
from tests.helpers.org_desk import admin_actor
from tests.helpers.org_workbook import SMALL, write_org_workbook

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def open_dialog(qtbot: Any, database: Any) -> OrgImportDialog:
    dialog = OrgImportDialog(PaneContext(database, admin_actor(database), "zh_CN"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def check(qtbot: Any, dialog: OrgImportDialog, path: Path) -> None:
    type_text(qtbot, dialog.path, str(path))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)


def units(database: Any) -> int:
    with database.session() as session:
        return int(
            session.scalar(select(func.count()).select_from(Unit).where(Unit.deleted_at.is_(None)))
        )


def test_check_read_the_dry_run_and_import(
    qtbot: Any, qtmodeltester: Any, admin_database: Any, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, admin_database)
    assert not dialog.next.isEnabled()  # no file yet
    check(qtbot, dialog, write_org_workbook(tmp_path / "组织.xlsx"))
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == STEP_PLAN, timeout=10_000)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 11
    assert {dialog.model.row_at(i).action for i in range(11)} == {RowAction.ADD}
    assert "幸福里" in dialog.summary.text()
    assert units(admin_database) == 0  # the dry run wrote nothing
    assert dialog.next.isEnabled()
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == STEP_DONE, timeout=10_000)
    assert dialog.written is not None and dialog.written.added == 12
    assert units(admin_database) == 2
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_rows_with_errors_come_first_and_nothing_can_be_written(
    qtbot: Any, admin_database: Any, tmp_path: Path
) -> None:
    rows = copy.deepcopy(SMALL)
    rows[SheetKey.UNITS][1][3] = "FH-C9"
    dialog = open_dialog(qtbot, admin_database)
    path = write_org_workbook(tmp_path / "bad.xlsx", rows)
    check(qtbot, dialog, path)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == STEP_PLAN, timeout=10_000)
    first = dialog.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 2)
    assert first.action == RowAction.ERROR and first.code == "FH-U2"
    assert "FH-C9" in dialog.proxy.index(0, 5).data()
    assert not dialog.next.isEnabled() and "1" in dialog.message.text()
    qtbot.mouseClick(dialog.back, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == STEP_FILE and dialog.path.text() == str(path)
    assert units(admin_database) == 0


def test_a_file_refused_whole_keeps_the_path(
    qtbot: Any, admin_database: Any, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"this is not a workbook at all" * 100)
    dialog = open_dialog(qtbot, admin_database)
    check(qtbot, dialog, junk)
    qtbot.waitUntil(lambda: "junk.xlsx" in dialog.message.text() and not dialog.busy)
    assert dialog.pages.currentIndex() == STEP_FILE and dialog.path.text() == str(junk)
    assert dialog.next.isEnabled()


def people(database: Any) -> tuple[int, int, int]:
    with database.session() as session:
        return tuple(  # type: ignore[return-value]
            int(
                session.scalar(
                    select(func.count()).select_from(model).where(model.deleted_at.is_(None))
                )
            )
            for model in (Staff, Volunteer, Secondment)
        )


def test_a_demo_desks_export_sets_up_a_new_desk_from_the_tab(
    qtbot: Any, admin_database: Any, tmp_path: Path
) -> None:
    from app.services.database import open_sqlite

    demo_path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template(), demo_path)
    demo = open_sqlite(demo_path)
    try:
        with demo.session() as session:
            export_organisation(session, Actor.system("demo"), tmp_path / "demo-org.xlsx")
            export_roster(session, Actor.system("demo"), tmp_path / "demo-roster.xlsx")
            demo_posts = session.scalar(
                select(func.count()).select_from(Post).where(Post.deleted_at.is_(None))
            )
        demo_people = people(demo)
    finally:
        demo.dispose()
    tab = OrganisationTab(PaneContext(admin_database, admin_actor(admin_database), "zh_CN"))
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    assert tab.empty.isVisible()
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialog
    assert isinstance(dialog, OrgImportDialog)
    qtbot.waitUntil(dialog.isVisible)
    check(qtbot, dialog, tmp_path / "demo-org.xlsx")
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == STEP_PLAN, timeout=20_000)
    assert dialog.plan is not None and dialog.plan.count(RowAction.ADD, SheetKey.UNITS) == 39
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        qtbot.keyClick(dialog.next, Qt.Key.Key_Space)
    assert dialog.pages.currentIndex() == STEP_DONE
    assert units(admin_database) == 39 and not tab.empty.isVisible()
    with admin_database.session() as session:
        assert demo_posts == session.scalar(
            select(func.count()).select_from(Post).where(Post.deleted_at.is_(None))
        )
    # then the roster, through the Rosters pane's import dialog
    roster = build_import_dialog(tab, tab.context, tmp_path / "demo-roster.xlsx")
    qtbot.addWidget(roster)
    roster.show()
    qtbot.waitUntil(lambda: roster.pages.currentIndex() == Page.SUMMARY, timeout=60_000)
    assert roster.import_button.isEnabled()
    qtbot.mouseClick(roster.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: roster.pages.currentIndex() == Page.DONE, timeout=120_000)
    assert people(admin_database) == demo_people
