"""The Sync pane, the status bar's word on sync, F5, and the conflicts a supervisor settles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from app.models import Community
from app.services import auth
from app.services.database import Database
from app.services.sync.desk import remember_password
from app.services.sync.engine import sync_now
from app.services.sync.profile import Profile
from app.services.sync.run import join_central
from app.views.pane_context import PaneContext
from app.views.shell.main_window import MainWindow
from app.views.sync.pane import SyncPane
from tests.helpers.central_db import add_community, central_engine, new_desk, transport

SHOTS = Path("/tmp/shots")


def _shot(widget: Any, name: str) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # the layout the last texts asked for
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / name))


def _window(qtbot: Any, database: Database, actor: Any) -> MainWindow:
    with database.session() as session:
        labels = auth.role_labels(session)
    window = MainWindow(PaneContext(database, actor), False, labels, 15)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _sync_pane(qtbot: Any, window: MainWindow) -> SyncPane:
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    pane = window.pane("sync")
    assert isinstance(pane, SyncPane)
    qtbot.waitUntil(lambda: pane.controller.desk is not None)
    return pane


def test_a_demo_database_says_it_never_syncs(qtbot: Any, admin_database: Database) -> None:
    with admin_database.session() as session:
        auth.mark_demo_database(session)
    actor = auth.sign_in_recorded(admin_database, "admin", "correct horse")
    window = _window(qtbot, admin_database, actor)
    pane = _sync_pane(qtbot, window)
    notice = pane.findChild(QLabel, "syncDemoNotice")
    qtbot.waitUntil(notice.isVisible)
    assert "演示数据库" in notice.text() and "不会同步" in notice.text()
    assert not pane.findChild(QPushButton, "syncNow").isEnabled()
    assert not pane.findChild(QPushButton, "chooseProfile").isEnabled()
    assert "演示" in window.sync_label.text()
    assert window.sync.sync() is False


# with a centre ---------------------------------------------------------------------------


@pytest.fixture
def central(postgres_url: str) -> Iterator[Engine]:
    engine = central_engine(postgres_url)
    yield engine
    engine.dispose()


def _profile(url: str) -> Profile:
    parsed = make_url(url)
    return Profile(
        host="127.0.0.1",
        port=parsed.port or 5432,
        database=str(parsed.database),
        role=parsed.username or "postgres",
        ca_certificate="",
        server_name="",
        sslmode="disable",
        desk_name="测试台",
    )


def _joined_desk(path: Path, url: str, admin: bool = True) -> Database:
    """A desk that joined the centre with its profile and (trust-auth) password stored;
    ``admin``: its administrator is made here (accounts sync: one desk makes it)."""
    desk = new_desk(path)
    profile = _profile(url)
    t = transport(url)
    join_central(desk, profile, "trust", transport=t, keep_password=False)
    remember_password(profile, "trust")
    if admin:
        with desk.session() as session:
            auth.create_first_admin(session, "admin", "王管理", "correct horse")
    return desk


def _sync(desk: Database, url: str) -> None:
    t = transport(url)
    try:
        sync_now(desk, t)
    finally:
        t.close()


@pytest.mark.pg
def test_f5_syncs_and_the_status_bar_says_when(
    qtbot: Any, central: Engine, postgres_url: str, tmp_path: Path
) -> None:
    desk = _joined_desk(tmp_path / "desk.sqlite", postgres_url)
    try:
        add_community(desk, "wang")
        actor = auth.sign_in_recorded(desk, "admin", "correct horse")
        window = _window(qtbot, desk, actor)
        # the sync at start, then one asked for with F5
        qtbot.waitUntil(lambda: "上次同步" in window.sync_label.text(), timeout=20_000)
        qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)
        pane = _sync_pane(qtbot, window)
        with qtbot.waitSignal(window.sync.finished, timeout=20_000) as done:
            qtbot.keyClick(window, Qt.Key.Key_F5)
        assert not isinstance(done.args[0], BaseException)
        qtbot.waitUntil(lambda: pane.findChild(QLabel, "sync_pending").text() == "0")
        assert "上次同步" in window.sync_label.text()
        assert "待上传" not in window.sync_label.text()
        assert pane.findChild(QLabel, "sync_joined").text() == "是"
        assert pane.findChild(QLabel, "profile_sslmode").text() == "disable"
        assert pane.findChild(QLabel, "sslWarning").isVisible()
        assert pane.status_tab.snapshots.count() >= 1
        _shot(window, "sync_pane.png")
        window.close()
    finally:
        desk.dispose()


@pytest.mark.pg
def test_a_conflict_shows_both_values_and_the_desk_value_can_be_taken(
    qtbot: Any, central: Engine, postgres_url: str, tmp_path: Path
) -> None:
    a = _joined_desk(tmp_path / "a.sqlite", postgres_url)
    b = _joined_desk(tmp_path / "b.sqlite", postgres_url, admin=False)
    try:
        community_id = add_community(a, "wang")
        _sync(a, postgres_url)
        _sync(b, postgres_url)
        with a.session("wang") as s:
            row = s.get(Community, community_id)
            assert row is not None
            row.name = "甲社区"
        with b.session("li") as s:
            row = s.get(Community, community_id)
            assert row is not None
            row.name = "乙社区"
        _sync(a, postgres_url)
        _sync(b, postgres_url)
        actor = auth.sign_in_recorded(b, "admin", "correct horse")
        window = _window(qtbot, b, actor)
        qtbot.waitUntil(lambda: "冲突 1 条" in window.sync_label.text(), timeout=20_000)
        pane = _sync_pane(qtbot, window)
        tab = pane.conflicts_tab
        assert tab is not None
        assert pane.show_conflicts()
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
        model = tab.model
        shown = [model.index(0, c).data() for c in range(model.columnCount())]
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(shown))]
        assert headers[2] == "中心的值" and headers[4] == "本机的值"
        assert shown[1] == "名称"
        assert (shown[2], shown[4]) == ("甲社区", "乙社区")
        assert shown[5].startswith("li")
        _shot(window, "conflicts.png")
        qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)
        with qtbot.waitSignal(window.context.changes.changed, timeout=10_000):
            qtbot.mouseClick(tab.take_desk, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=10_000)
        assert tab.empty.isVisible()
        with b.session() as s:
            row = s.get(Community, community_id)
            assert row is not None and row.name == "乙社区" and row.dirty
        qtbot.waitUntil(lambda: "冲突" not in window.sync_label.text(), timeout=10_000)
        window.close()
    finally:
        a.dispose()
        b.dispose()


@pytest.mark.pg
def test_the_first_run_guide_joins_the_centre_with_a_profile_file(
    qtbot: Any, central: Engine, postgres_url: str, tmp_path: Path
) -> None:
    from app.services.database import open_sqlite
    from app.services.sync.profile import write_profile
    from app.views.first_run.guide import STEP_JOIN, FirstRunGuide
    from app.views.operations import DatabaseContext

    first = _joined_desk(tmp_path / "first.sqlite", postgres_url)
    _sync(first, postgres_url)
    first.dispose()
    profile_path = tmp_path / "desk.sdprofile"
    write_profile(profile_path, _profile(postgres_url))
    fresh = open_sqlite(tmp_path / "fresh.sqlite")
    try:
        guide = FirstRunGuide(DatabaseContext(fresh), "zh_CN")
        qtbot.addWidget(guide)
        guide.show()
        qtbot.mouseClick(guide.admin_page.join_button, Qt.MouseButton.LeftButton)
        assert guide.step() == STEP_JOIN
        page = guide.join_page
        assert not page.join_button.isEnabled()
        page.load_file(profile_path)
        qtbot.waitUntil(page.join_button.isEnabled)
        assert "127.0.0.1" in page.summary.text()
        assert page.ssl_warning.isVisible() and "证书校验已降低" in page.ssl_warning.text()
        qtbot.keyClicks(page.password, "trust")
        _shot(guide, "join_guide.png")
        with qtbot.waitSignal(guide.joined, timeout=30_000):
            qtbot.mouseClick(page.join_button, Qt.MouseButton.LeftButton)
        with fresh.session() as session:
            assert not auth.needs_first_admin(session)
        assert auth.sign_in_recorded(fresh, "admin", "correct horse").username == "admin"
    finally:
        fresh.dispose()


def test_a_status_read_ending_after_the_controller_is_gone_is_dropped(
    qtbot: Any, admin_database: Database
) -> None:
    """Closing the window (a demo reset, a sign-out) while the status is being read must
    not raise in the event loop when the read comes back."""
    import shiboken6

    from app.views import tasks
    from app.views.sync.controller import SyncController

    actor = auth.sign_in_recorded(admin_database, "admin", "correct horse")
    controller = SyncController(PaneContext(admin_database, actor))
    controller.refresh()
    shiboken6.delete(controller)
    assert tasks.wait_for_running()
    qtbot.waitUntil(lambda: not tasks._running)
