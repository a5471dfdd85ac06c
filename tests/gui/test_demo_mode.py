"""Demo and training mode: generated on first use, banner, one-click roles, reset."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.models import Unit
from app.services.demo.generator import write_demo_database
from app.services.settings import AppConfig
from app.views.application import DeskController
from app.views.shell.sign_in_dialog import PAGE_SIGN_IN

GENERATION_TIMEOUT_MS = 120_000


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    write_demo_database(path, scale=1, seed=1)
    return path


def _start(qtbot: Any, qapp: Any, path: Path) -> DeskController:
    controller = DeskController(qapp, path, True, AppConfig())
    qtbot.addWidget(controller.dialog)
    controller.start()
    qtbot.waitUntil(
        lambda: (
            controller.dialog.pages.currentIndex() == PAGE_SIGN_IN
            and bool(controller.dialog.demo_buttons)
        ),
        timeout=GENERATION_TIMEOUT_MS,
    )
    return controller


def _close(controller: DeskController) -> None:
    controller._close_main_window()
    if controller.database is not None:
        controller.database.dispose()


def test_demo_is_generated_on_first_use_with_one_click_roles(
    qtbot: Any, qapp: Any, tmp_path: Path
) -> None:
    path = tmp_path / "first-use.sqlite"
    controller = _start(qtbot, qapp, path)
    try:
        assert path.exists()
        assert controller.dialog.banner.isVisible()
        assert set(controller.dialog.demo_buttons) == {
            "clerk",
            "supervisor",
            "psych_staff",
            "trainer",
            "admin",
        }
        assert controller.dialog.demo_buttons["psych_staff"].text() == "心理服务人员"
    finally:
        _close(controller)


def test_one_click_shows_what_the_role_sees(
    qtbot: Any, qapp: Any, tmp_path: Path, demo_file: Path
) -> None:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    controller = _start(qtbot, qapp, path)
    try:
        qtbot.mouseClick(controller.dialog.demo_buttons["psych_staff"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible())
        window = controller.window
        assert window.banner.isVisible()
        assert "心理服务人员" in window.user_label.text()
        keys = [spec.key for spec in window.specs]
        assert "psych" in keys and "disputes" not in keys
        assert not window.reset_demo_action.isEnabled()
    finally:
        _close(controller)


def test_reset_demo_data_brings_back_a_fresh_set(
    qtbot: Any, qapp: Any, tmp_path: Path, demo_file: Path
) -> None:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    controller = _start(qtbot, qapp, path)
    try:
        controller.dialog.sign_in_demo_role("trainer")
        qtbot.waitUntil(lambda: controller.window is not None)
        assert controller.window.reset_demo_action.isEnabled()
        with controller.database.session("demo_trainer") as session:
            session.add(
                Unit(
                    street_id=session.scalar(select(Unit.street_id)),
                    unit_type_id=session.scalar(select(Unit.unit_type_id)),
                    code="TRAINING-1",
                    name="课堂上新建的幸福里",
                )
            )
        controller.window.reset_demo_requested.emit()
        qtbot.waitUntil(
            lambda: (
                controller.window is None
                and controller.database is not None
                and controller.dialog.pages.currentIndex() == PAGE_SIGN_IN
            ),
            timeout=GENERATION_TIMEOUT_MS,
        )
        with controller.database.session() as session:
            assert session.scalar(select(func.count()).where(Unit.code == "TRAINING-1")) == 0
            assert session.scalar(select(func.count()).select_from(Unit)) == 39
    finally:
        _close(controller)
