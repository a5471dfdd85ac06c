"""The administrator sets the crisis deadline from the Administration pane."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.services.psych.rules import crisis_rules
from app.views.admin.psych_rules_tab import PsychRulesTab
from app.views.pane_context import PaneContext


def test_an_administrator_sets_the_crisis_deadline(
    qtbot: Any, database: Any, role_actor: Any
) -> None:
    tab = PsychRulesTab(PaneContext(database, role_actor("admin"), "zh_CN"))
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.show()
    assert tab.hours.value() == 24 and tab.mode.currentData() == "clock"
    tab.hours.setFocus()
    tab.hours.selectAll()
    qtbot.keyClicks(tab.hours, "12")
    tab.mode.setCurrentIndex(tab.mode.findData("working"))
    qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: crisis_rules_of(database).hours == 12, timeout=10000)
    assert crisis_rules_of(database).mode == "working"


def crisis_rules_of(database: Any) -> Any:
    with database.session() as session:
        return crisis_rules(session)
