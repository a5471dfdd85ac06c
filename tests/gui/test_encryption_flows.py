"""The key in the desk, driven by keys and clicks: the recovery key shown at the first
run, shown again and changed by an administrator, and typed in on a desk without the key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services.database import Database, open_sqlite
from app.services.encryption.key_store import key_entry
from app.services.encryption.recovery_code import format_recovery_key, parse_recovery_key
from app.services.settings import AppConfig
from app.views.admin.encryption_tab import EncryptionTab
from app.views.application import DeskController
from app.views.encryption.key_recovery_dialog import KeyRecoveryDialog
from app.views.encryption.recovery_key_dialog import RecoveryKeyDialog
from app.views.pane_context import PaneContext
from tests.helpers.recovery_key import write_down_the_recovery_key


def _admin_tab(qtbot: Any, admin_database: Database) -> EncryptionTab:
    from app.services import auth

    actor = auth.sign_in_recorded(admin_database, "admin", "correct horse")
    tab = EncryptionTab(PaneContext(admin_database, actor, "zh_CN"))
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _type_password(qtbot: Any, tab: EncryptionTab, password: str) -> None:
    qtbot.waitUntil(lambda: tab.password_prompt is not None and tab.password_prompt.isVisible())
    prompt = tab.password_prompt
    assert prompt is not None
    from PySide6.QtWidgets import QLineEdit

    field = prompt.findChild(QLineEdit)
    assert field is not None
    qtbot.keyClicks(field, password)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_the_recovery_key_dialog_shows_thirteen_numbered_groups(qtbot: Any) -> None:
    key = bytes(range(32))
    dialog = RecoveryKeyDialog(format_recovery_key(key))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "恢复密钥"
    assert len(dialog.group_labels) == 13
    assert not dialog.done_button.isEnabled()
    dialog.grab().save("/tmp/enc-recovery-key.png")
    assert parse_recovery_key("-".join(label.text() for label in dialog.group_labels)) == key


def test_an_administrator_sees_the_recovery_key_again_after_typing_the_password(
    qtbot: Any, admin_database: Database
) -> None:
    tab = _admin_tab(qtbot, admin_database)
    assert "密钥" in tab.place.text() and key_entry("") in tab.place.text()
    tab.grab().save("/tmp/enc-admin-tab.png")
    qtbot.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
    _type_password(qtbot, tab, "wrong password")
    qtbot.waitUntil(lambda: tab.message.text() != "")
    assert "密码" in tab.message.text()
    qtbot.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
    _type_password(qtbot, tab, "correct horse")
    shown = write_down_the_recovery_key(qtbot, tab)
    assert admin_database.cipher is not None
    assert parse_recovery_key(shown) == admin_database.cipher.key


def test_an_administrator_changes_the_key_and_gets_a_new_recovery_key(
    qtbot: Any, admin_database: Database
) -> None:
    assert admin_database.cipher is not None
    old_key = admin_database.cipher.key
    tab = _admin_tab(qtbot, admin_database)
    qtbot.mouseClick(tab.rotate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.confirm_box.isVisible())
    yes = tab.confirm_box.button(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    _type_password(qtbot, tab, "correct horse")
    shown = write_down_the_recovery_key(qtbot, tab)
    assert parse_recovery_key(shown) == admin_database.cipher.key != old_key
    assert "新的恢复密钥" in tab.message.text()


@pytest.fixture
def locked_desk(tmp_path: Path) -> tuple[Path, str]:
    """A desk database whose keyring entry is gone; its recovery key."""
    path = tmp_path / "streetdesk.sqlite"
    database = open_sqlite(path)
    database.dispose()
    assert database.cipher is not None
    keyring.delete_password("StreetDesk", key_entry(database.cipher.database_id))
    return path, format_recovery_key(database.cipher.key)


def _start(qtbot: Any, qapp: Any, path: Path) -> DeskController:
    controller = DeskController(qapp, path, False, AppConfig())
    qtbot.addWidget(controller.dialog)
    controller.start()
    qtbot.waitUntil(lambda: getattr(controller, "recovery_dialog", None) is not None)
    qtbot.waitUntil(controller.recovery_dialog.isVisible)
    return controller


def test_start_up_without_the_key_asks_for_the_recovery_key_and_names_a_wrong_group(
    qtbot: Any, qapp: Any, locked_desk: tuple[Path, str]
) -> None:
    path, recovery = locked_desk
    before = path.read_bytes()
    controller = _start(qtbot, qapp, path)
    dialog: KeyRecoveryDialog = controller.recovery_dialog
    assert "没有" in dialog.problem.text()
    wrong = recovery[:10] + str((int(recovery[10]) + 1) % 10) + recovery[11:]
    qtbot.keyClicks(dialog.recovery_key, wrong)
    qtbot.keyClick(dialog.recovery_key, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "第 2 组" in dialog.message.text())
    assert dialog.recovery_key.text() == wrong
    assert path.read_bytes() == before
    dialog.grab().save("/tmp/enc-key-recovery.png")
    dialog.recovery_key.clear()
    qtbot.keyClicks(dialog.recovery_key, recovery)
    qtbot.keyClick(dialog.recovery_key, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.database is not None)
    qtbot.waitUntil(controller.dialog.ready_for_sign_in)
    controller.shut_down()
    open_sqlite(path).dispose()  # the key is in the keyring again


def test_start_up_without_any_key_can_start_a_fresh_database_beside_the_old_one(
    qtbot: Any, qapp: Any, locked_desk: tuple[Path, str]
) -> None:
    path, _recovery = locked_desk
    before = path.read_bytes()
    controller = _start(qtbot, qapp, path)
    dialog: KeyRecoveryDialog = controller.recovery_dialog
    qtbot.mouseClick(dialog.fresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirm_box.isVisible())
    qtbot.mouseClick(
        dialog.confirm_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: controller.database is not None)
    controller.shut_down()
    assert dialog.moved_to is not None and dialog.moved_to.read_bytes() == before
    assert path.read_bytes()[:16] != before[:16]


def test_a_plain_database_is_encrypted_at_start_up_and_the_user_told(
    qtbot: Any, qapp: Any, tmp_path: Path
) -> None:
    from tests.helpers.sqlite_files import connect_file

    path = tmp_path / "streetdesk.sqlite"
    source = open_sqlite(tmp_path / "source.sqlite")
    source.dispose()
    connection = connect_file(tmp_path / "source.sqlite")
    connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(path),))
    connection.execute("SELECT sqlcipher_export('plain')")
    connection.execute(
        f"PRAGMA plain.application_id = {connection.execute('PRAGMA application_id').fetchone()[0]}"
    )
    connection.commit()
    connection.close()
    controller = DeskController(qapp, path, False, AppConfig())
    qtbot.addWidget(controller.dialog)
    controller.start()
    qtbot.waitUntil(
        lambda: hasattr(controller, "notices_box") or hasattr(controller, "failure_box"),
        timeout=30_000,
    )
    assert not hasattr(controller, "failure_box"), controller.failure_box.text()
    assert "已加密" in controller.notices_box.text()
    controller.notices_box.grab().save("/tmp/enc-encrypted-notice.png")
    controller.shut_down()


def test_the_recovery_key_prints_with_its_numbered_groups(qtbot: Any, tmp_path: Path) -> None:
    import shutil
    import subprocess

    from PySide6.QtGui import QPdfWriter

    key = bytes(range(32, 64))
    dialog = RecoveryKeyDialog(format_recovery_key(key))
    qtbot.addWidget(dialog)
    assert dialog.print_button.text() == "打印(&P)…"
    pdf = tmp_path / "recovery.pdf"
    dialog.print_to(QPdfWriter(str(pdf)))
    if shutil.which("pdftotext") is None:
        assert pdf.stat().st_size > 0
        return
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "恢复密钥" in text
    for group in format_recovery_key(key).split("-"):
        assert group in text
