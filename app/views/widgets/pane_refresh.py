"""F5 belongs to the main window: it syncs with the centre and refreshes the pane in
view. A pane's own refresh action keeps showing F5 in its menus and tooltips, and the
window triggers it; its key must not also fire, or Qt finds the key ambiguous and runs
neither."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

REFRESHES_PANE = "refreshesPane"


def pane_refresh(action: QAction) -> QAction:
    # a widget-only key on a pane (which never takes the focus itself) never fires
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.setProperty(REFRESHES_PANE, True)
    return action


def refresh_in_view(widget: QWidget | None) -> bool:
    """Trigger the refresh of what shows in ``widget``; False if it has none."""
    if widget is None:
        return False
    for action in widget.findChildren(QAction):
        owner = action.parent()
        if (
            action.property(REFRESHES_PANE)
            and action.isEnabled()
            and isinstance(owner, QWidget)
            and owner.isVisible()
        ):
            action.trigger()
            return True
    return False
