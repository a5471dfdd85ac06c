"""The Reports pane on the demo street: the dashboard, making a report with progress,
cancelling, previewing and saving."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.services.database import Database
from app.services.reports.periods import Month
from app.views.pane_context import PaneContext
from app.views.reports.pane import ReportsPane
from tests.helpers.pdf_text import pdf_pages_text
from tests.helpers.roster_pane import demo_actor, demo_database


def open_reports(qtbot: Any, database: Database, role: str = "supervisor") -> ReportsPane:
    pane = ReportsPane(PaneContext(database, demo_actor(database, role), "zh_CN"))
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.loaded, timeout=30_000):
        pane.resize(1300, 800)
        pane.show()
    return pane


def choose_previous_month(qtbot: Any, pane: ReportsPane) -> Month:
    """Pick last month (this month may still be nearly empty) with the keyboard."""
    pane.month.setFocus()
    with qtbot.waitSignal(pane.loaded, timeout=30_000):
        qtbot.keyClick(pane.month, Qt.Key.Key_Down)
    month = pane.selected_month()
    assert month is not None
    return month


def test_dashboard_then_a_report_previewed_and_saved(
    qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    database = demo_database(tmp_path)
    pane = open_reports(qtbot, database)
    assert pane.scope.count() == 1  # the demo supervisor works on one street
    month = choose_previous_month(qtbot, pane)
    assert pane.dashboard.drawn_month == str(month)
    assert pane.dashboard.canvas is not None and len(pane.dashboard.figure.axes) == 4
    assert str(month) in pane.dashboard.headline.text()
    qtbot.mouseClick(pane.generate, Qt.MouseButton.LeftButton)
    assert pane.cancel.isEnabled() and not pane.generate.isEnabled()
    qtbot.waitUntil(lambda: pane.preview is not None, timeout=60_000)
    preview = pane.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.first_page_shown, timeout=20_000)
    assert preview.page_count >= 5
    preview.close()
    assert pane.save_button.isEnabled()
    target = tmp_path / "filed"
    assert pane.save_to(target)
    text = "".join(pdf_pages_text(target.with_suffix(".pdf")))
    assert f"{month.year}年{month.month}月" in text
    database.dispose()


def test_cancel_writes_nothing(qtbot: Any, tmp_path: Path) -> None:
    database = demo_database(tmp_path)
    pane = open_reports(qtbot, database)
    pane.generate.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert pane.task is not None
    qtbot.keyClick(pane, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: pane.task is None, timeout=60_000)
    assert pane.printed is None
    assert "nothing was written" in pane.status.text() or "未写入" in pane.status.text()
    database.dispose()


def test_a_role_that_may_not_print_sees_the_dashboard_only(qtbot: Any, tmp_path: Path) -> None:
    database = demo_database(tmp_path)
    pane = open_reports(qtbot, database, role="clerk")
    assert not pane.generate.isEnabled()
    assert pane.dashboard.canvas is not None
    database.dispose()
