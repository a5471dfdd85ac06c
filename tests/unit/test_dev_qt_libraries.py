"""``dev.py demo``, ``run`` and ``test`` on Debian: missing Qt libraries are installed,
or named with the command that installs them when this user may not."""

from __future__ import annotations

import subprocess
from typing import Any

import pytest

import dev

MISSING = ["libxcb-cursor0", "libxcb-icccm4"]
ADVICE = "sudo apt-get install libxcb-cursor0 libxcb-icccm4"


@pytest.fixture
def missing(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """Two packages missing; every command that would run is recorded instead."""
    ran: list[tuple[str, ...]] = []
    monkeypatch.setattr(dev, "missing_debian_qt_packages", lambda: list(MISSING))
    monkeypatch.setattr(dev, "run", lambda *args, **_: ran.append(tuple(map(str, args))) or 0)
    return ran


def test_without_root_or_sudo_it_names_the_packages_and_the_command(
    missing: list[tuple[str, ...]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dev.os, "geteuid", lambda: 1000, raising=False)
    monkeypatch.setattr(dev.shutil, "which", lambda name: None)
    with pytest.raises(SystemExit) as stopped:
        dev.ensure_debian_qt_libraries()
    assert "libxcb-cursor0 libxcb-icccm4" in str(stopped.value.code)
    assert ADVICE in str(stopped.value.code)
    assert missing == []


def test_sudo_that_asks_for_a_password_gives_the_same_advice(
    missing: list[tuple[str, ...]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dev.os, "geteuid", lambda: 1000, raising=False)
    monkeypatch.setattr(dev.shutil, "which", lambda name: "/usr/bin/sudo")

    def sudo_refuses(args: list[str], **_: Any) -> subprocess.CompletedProcess[bytes]:
        assert args == ["sudo", "-n", "true"]
        return subprocess.CompletedProcess(args, 1, b"", b"a password is required")

    monkeypatch.setattr(dev.subprocess, "run", sudo_refuses)
    with pytest.raises(SystemExit) as stopped:
        dev.ensure_debian_qt_libraries()
    assert ADVICE in str(stopped.value.code)
    assert missing == []


def test_root_installs_the_missing_packages(
    missing: list[tuple[str, ...]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dev.os, "geteuid", lambda: 0, raising=False)
    dev.ensure_debian_qt_libraries()
    assert missing == [("apt-get", "install", "-y", "-q", *MISSING)]


def test_demo_and_run_check_the_libraries_first(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(dev, "ensure_venv", lambda: None)
    monkeypatch.setattr(dev, "compile_catalogues", lambda *_, **__: [])
    monkeypatch.setattr(dev, "ensure_debian_qt_libraries", lambda: calls.append("libraries"))
    monkeypatch.setattr(dev, "run", lambda *args, **_: calls.append(str(args[1])) or 0)
    assert dev.main(["demo"]) == 0
    assert dev.main(["run", "--lang", "en"]) == 0
    assert calls == ["libraries", "--demo", "libraries", "--lang"]
