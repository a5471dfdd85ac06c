"""The desk's log names each start-up step in order, from a real start to quit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.services.demo.generator import write_demo_database

ROOT = Path(__file__).resolve().parents[2]
STEPS = (
    "starting; log file",
    "application StreetDesk",
    "font ",
    "language zh_CN",
    "database opened",
    "signed in: demo_clerk",
    "main window shown",
    "quit (exit code 0)",
)


def test_start_up_steps_are_logged_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the desk runs in another process: the key goes there in a key file
    monkeypatch.setenv("STREETDESK_KEY_FILE", str(tmp_path / "desk.key"))
    database = tmp_path / "demo.sqlite"
    write_demo_database(database, scale=1, seed=1)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "STREETDESK_CONFIG_DIR": str(tmp_path / "config"),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg"),
        "STREETDESK_LOG_DIR": str(tmp_path / "logs"),
        "STREETDESK_STARTUP_PROBE": str(tmp_path / "probe.json"),
        "STREETDESK_STARTUP_PROBE_STAGE": "main",
    }
    subprocess.run(
        [sys.executable, "-m", "app", "--demo", "--db", str(database), "--lang", "zh_CN"],
        env=env,
        cwd=ROOT,
        check=True,
        timeout=120,
        capture_output=True,
    )
    text = (tmp_path / "logs" / "streetdesk.log").read_text(encoding="utf-8")
    positions = [text.find(step) for step in STEPS]
    assert -1 not in positions, dict(zip(STEPS, positions, strict=True))
    assert positions == sorted(positions)
