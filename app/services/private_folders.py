"""Folders the desk creates are its user's alone (0700 on POSIX): the data folder holds
the database, its copies and the log, all personal data."""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_FOLDER_MODE = 0o700


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` and any missing parents readable by the owner only (0700);
    folders that exist already are left as they are."""
    missing: list[Path] = []
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            break
        missing.append(candidate)
    for created in reversed(missing):
        created.mkdir(mode=PRIVATE_FOLDER_MODE, exist_ok=True)
        os.chmod(created, PRIVATE_FOLDER_MODE)
