"""The Administration pane on a database, shown, with one of its tabs open."""

from __future__ import annotations

from typing import Any

from app.services.permissions import Actor
from app.views.admin.pane import AdministrationPane
from app.views.pane_context import PaneContext


def open_admin_tab(
    qtbot: Any, database: Any, key: str, actor: Actor | None = None, language: str = "zh_CN"
) -> Any:
    """The tab ``key`` of a shown Administration pane, its first rows loaded."""
    pane = AdministrationPane(PaneContext(database, actor or Actor.system("admin"), language))
    qtbot.addWidget(pane)
    pane.resize(1280, 760)
    pane.show()
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    tab: Any = pane.tab(key)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        pane.show_tab(key)
    tab.admin_pane = pane  # the pane lives as long as the test holds its tab
    return tab
