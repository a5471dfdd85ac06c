"""The Audit tab driven by keys and clicks: newest first, more rows as the table is
scrolled, filters that narrow the log, an export of a period written in the background,
and a tab that only roles with the audit permission see."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.services.audit_view import PAGE_SIZE
from app.views.admin.pane import AdministrationPane
from app.views.pane_context import PaneContext
from tests.helpers.actors import actor_with_role
from tests.helpers.admin_pane import open_admin_tab
from tests.helpers.audit_log import fill_audit_log
from tests.helpers.keyboard import press, type_text

END = datetime(2026, 6, 30, 12, 0, tzinfo=UTC)


@pytest.fixture
def logged(database: Any) -> Any:
    fill_audit_log(database, 2500, end=END)
    return database


def test_the_newest_page_first_and_older_pages_as_the_table_scrolls(
    qtbot: Any, logged: Any
) -> None:
    tab = open_admin_tab(qtbot, logged, "audit")
    assert len(tab.model.rows) == PAGE_SIZE
    times = [row.at for row in tab.model.rows]
    assert times == sorted(times, reverse=True)
    press(qtbot, tab.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(tab.model.rows) >= 2 * PAGE_SIZE, timeout=10_000)
    ids = [row.id for row in tab.model.rows]
    assert len(ids) == len(set(ids))
    assert tab.model.rows[PAGE_SIZE].at <= tab.model.rows[PAGE_SIZE - 1].at


def test_choosing_who_and_typing_a_record_narrow_the_log(qtbot: Any, logged: Any) -> None:
    tab = open_admin_tab(qtbot, logged, "audit")
    qtbot.waitUntil(lambda: tab.who.count() > 1)
    type_text(qtbot, tab.who, "user03")
    assert tab.who.currentData() == "user03"
    # the filter applies once typing pauses; a slow typist may see "user0…" first
    qtbot.waitUntil(
        lambda: tab.model.rows and {row.username for row in tab.model.rows} == {"user03"},
        timeout=10_000,
    )
    record = tab.model.rows[3]
    type_text(qtbot, tab.record, record.entity_id)
    qtbot.waitUntil(lambda: [row.id for row in tab.model.rows] == [record.id], timeout=10_000)
    assert tab.model.next is None


def test_a_period_is_exported_in_the_background(
    qtbot: Any, logged: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_admin_tab(qtbot, logged, "audit")
    target = tmp_path / "审计.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    tab.start_day.setDate(tab.start_day.date().fromString("2026-06-29", "yyyy-MM-dd"))
    tab.end_day.setDate(tab.end_day.date().fromString("2026-06-30", "yyyy-MM-dd"))
    press(qtbot, tab.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: target.exists() and tab.export_button.isEnabled(), timeout=10_000)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("time,desk") and len(lines) > 100
    assert str(target) in tab.export_note.text()


def test_only_roles_with_the_audit_permission_see_the_tab(qtbot: Any, database: Any) -> None:
    clerk = actor_with_role(database, "clerk")
    pane = AdministrationPane(PaneContext(database, clerk))  # type: ignore[arg-type]
    qtbot.addWidget(pane)
    assert [tab.key for tab in pane.shown_tabs] == []
    supervisor = actor_with_role(database, "supervisor")
    pane = AdministrationPane(PaneContext(database, supervisor))  # type: ignore[arg-type]
    qtbot.addWidget(pane)
    assert {"audit", "reference"} <= {tab.key for tab in pane.shown_tabs}


def test_the_log_model_passes_the_model_tester(qtbot: Any, logged: Any, qtmodeltester: Any) -> None:
    tab = open_admin_tab(qtbot, logged, "audit")
    qtmodeltester.check(tab.model)
