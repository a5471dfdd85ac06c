"""Getting past the recovery key dialog as a user does: tick, then Enter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.views.encryption.recovery_key_dialog import RecoveryKeyDialog


def shown_recovery_key_dialog(qtbot: Any, parent: QWidget) -> RecoveryKeyDialog:
    qtbot.waitUntil(lambda: _visible(parent) is not None)
    dialog = _visible(parent)
    assert dialog is not None
    return dialog


def _visible(parent: QWidget) -> RecoveryKeyDialog | None:
    found = [d for d in parent.findChildren(RecoveryKeyDialog) if d.isVisible()]
    return found[-1] if found else None


def write_down_the_recovery_key(qtbot: Any, parent: QWidget) -> str:
    """The key shown (its groups joined by dashes), after ticking the box and pressing Enter."""
    dialog = shown_recovery_key_dialog(qtbot, parent)
    shown = "-".join(label.text() for label in dialog.group_labels)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible(), "Escape does not skip the key"
    qtbot.keyClick(dialog.written, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.done_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    return shown
