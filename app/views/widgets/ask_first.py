"""Asking before a step that cannot simply be taken back (disable, retire, re-key, start
afresh): the safe answer is the default, and the step runs only on Yes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

Button = QMessageBox.StandardButton


def ask_first(
    parent: QWidget,
    name: str,
    question: tuple[QMessageBox.Icon, str, str],
    on_yes: Callable[[], None],
    safe: Button = Button.No,
) -> QMessageBox:
    """Open the (icon, title, text) ``question`` window-modal with Yes and ``safe``;
    the box is returned so that it stays alive (keep it on the parent)."""
    icon, title, text = question
    box = QMessageBox(icon, title, text, Button.Yes | safe, parent)
    box.setObjectName(name)
    box.setDefaultButton(safe)

    def answered(button: QAbstractButton) -> None:
        if box.standardButton(button) == Button.Yes:
            on_yes()

    box.buttonClicked.connect(answered)
    box.open()
    return box
