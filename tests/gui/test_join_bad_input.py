"""The first-run join page given a bad profile file or an unreachable centre: the
message is shown in the user's language and what was typed stays."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.services.sync.profile import Profile, profile_text

UNREACHABLE = Profile("127.0.0.1", 1, "streetdesk", "desk", "", "", "disable", "A 窗口")


def _page(qtbot: Any, tmp_path: Path) -> Any:
    from app.services.database import open_sqlite
    from app.views.first_run.guide import STEP_JOIN, FirstRunGuide
    from app.views.operations import DatabaseContext

    database = open_sqlite(tmp_path / "fresh.sqlite")
    guide = FirstRunGuide(DatabaseContext(database), "zh_CN")
    qtbot.addWidget(guide)
    guide.show()
    qtbot.mouseClick(guide.admin_page.join_button, Qt.MouseButton.LeftButton)
    assert guide.step() == STEP_JOIN
    return guide.join_page, database


def test_a_bad_profile_file_is_named_in_chinese(qtbot: Any, tmp_path: Path) -> None:
    page, database = _page(qtbot, tmp_path)
    try:
        data = json.loads(profile_text(UNREACHABLE))
        data["port"] = "abc"
        bad = tmp_path / "bad.json"
        bad.write_text(json.dumps(data), encoding="utf-8")
        page.load_file(bad)
        qtbot.waitUntil(lambda: "端口" in page.message.text())
        assert not page.join_button.isEnabled()
        page.load_file(tmp_path / "missing.json")
        qtbot.waitUntil(lambda: "无法读取" in page.message.text())
    finally:
        database.dispose()


def test_an_unreachable_centre_keeps_the_password(qtbot: Any, tmp_path: Path) -> None:
    page, database = _page(qtbot, tmp_path)
    try:
        good = tmp_path / "desk.json"
        good.write_text(profile_text(UNREACHABLE), encoding="utf-8")
        page.load_file(good)
        qtbot.waitUntil(page.join_button.isEnabled)
        qtbot.mouseClick(page.join_button, Qt.MouseButton.LeftButton)
        assert "密码" in page.message.text()
        qtbot.keyClicks(page.password, "secret")
        qtbot.mouseClick(page.join_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
        assert page.password.text() == "secret"
        assert "中心" in page.message.text(), page.message.text()
        assert page.join_button.isEnabled()
    finally:
        database.dispose()
