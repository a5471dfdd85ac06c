"""GUI fixtures: the application with its font and language, isolated QSettings, and
a signed-in main window on a fresh database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.services import auth
from app.views.application import create_application
from app.views.language import install_language
from app.views.pane_context import PaneContext


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    return QApplication


@pytest.fixture(autouse=True)
def _desk_application(qapp: QApplication, tmp_path: Path) -> Iterator[QApplication]:
    """Font registered, Chinese installed, QSettings written under the test's folder."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    create_application()
    install_language("zh_CN")
    yield qapp
    install_language("zh_CN")


@pytest.fixture
def admin_database(database: Any) -> Any:
    with database.session() as session:
        auth.create_first_admin(session, "admin", "王管理", "correct horse")
    return database


@pytest.fixture
def make_window(qtbot: Any, admin_database: Any) -> Any:
    """``make_window(actor=None, demo=False)``: a shown main window, closed after the test."""
    from app.views.shell.main_window import MainWindow

    def build(actor: Any = None, demo: bool = False, language: str = "zh_CN") -> MainWindow:
        actor = actor or auth.sign_in_recorded(admin_database, "admin", "correct horse")
        with admin_database.session() as session:
            labels = auth.role_labels(session)
        window = MainWindow(PaneContext(admin_database, actor, language), demo, labels, 15)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return build
