"""Choosing a connection profile file (the Sync pane and the first-run guide)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def ask_for_profile_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ProfileChooser", "Choose the connection profile"),
        "",
        QCoreApplication.translate(
            "ProfileChooser", "Connection profiles (*.json *.sdprofile);;All files (*)"
        ),
    )
    return Path(name) if name else None
