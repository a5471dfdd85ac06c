"""Typing as a clerk does: ASCII through key clicks, Chinese through an input method commit."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget``; runs of non-ASCII go in as one IME commit each."""
    widget.setFocus()
    run = ""
    for char in text:
        if char.isascii():
            if run:
                _commit(widget, run)
                run = ""
            qtbot.keyClicks(widget, char)
        else:
            run += char
    if run:
        _commit(widget, run)


def _commit(widget: QWidget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def press(qtbot: Any, widget: QWidget, key: Any, modifiers: Any = None) -> None:
    """A key pressed with ``widget`` focused, delivered to its window as the platform
    delivers it, so shortcuts fire as they do for a user."""
    from PySide6.QtCore import Qt

    widget.setFocus()
    window = widget.window().windowHandle()
    assert window is not None
    qtbot.keyClick(window, key, modifiers or Qt.KeyboardModifier.NoModifier)
