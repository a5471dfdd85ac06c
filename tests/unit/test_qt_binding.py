"""The installed Qt binding keeps Python's reference counts right.

PySide6 6.12.0 on CPython 3.11 drops a reference to ``None`` on every void call, which
aborts the desk after enough painting; pyproject.toml keeps that build out.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSize


def test_void_calls_do_not_leak_references_to_none() -> None:
    size = QSize(1, 2)
    before = sys.getrefcount(None)
    for _ in range(1000):
        size.transpose()
    assert before - sys.getrefcount(None) < 10
