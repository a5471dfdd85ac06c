"""What the Accounts and Organisation tabs build alike: keyboard actions of the tab alone,
the text-only toolbar they sit in (with tooltips naming their keys), the selectable
message line under the table and the layout holding them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QToolBar, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b03a2e;"


def tab_action(tab: QWidget, name: str, shortcut: str, slot: Callable[[], None]) -> QAction:
    """An action whose key works only while ``tab`` shows: other tabs use the same keys."""
    action = QAction(tab)
    action.setObjectName(name)
    action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    tab.addAction(action)
    return action


def name_action(action: QAction, text: str) -> None:
    """The action's text, and a tooltip saying it with its key: 新建账户 (Ctrl+N)."""
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setText(text)
    action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut})")


def tab_toolbar(tab: QWidget, name: str) -> QToolBar:
    toolbar = QToolBar(tab)
    toolbar.setObjectName(name)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return toolbar


def message_label(tab: QWidget, name: str) -> QLabel:
    """The line under the table saying what was done or refused; it can be copied."""
    message = QLabel(tab)
    message.setObjectName(name)
    message.setWordWrap(True)
    message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return message


def show_message(message: QLabel, text: str, error: bool = False) -> None:
    message.setStyleSheet(ERROR_STYLE if error else "")
    message.setText(text)


def lay_out_tab(tab: QWidget, above: Iterable[QWidget], main: QWidget, message: QLabel) -> None:
    """``above`` (the toolbar first) over ``main``, which takes the room, over the message."""
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(8, 4, 8, 4)
    for widget in above:
        layout.addWidget(widget)
    layout.addWidget(main, 1)
    layout.addWidget(message)
