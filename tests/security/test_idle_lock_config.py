"""The idle-lock minutes from the config file are clamped to what the lock can use, and
the settings service says so."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from app.services.settings import (
    MAX_IDLE_MINUTES,
    MIN_IDLE_MINUTES,
    config_path,
    load_config,
    read_config,
)


def _write_config(**values: object) -> Path:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(values), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("written", "used"),
    [
        (35_792, MAX_IDLE_MINUTES),
        (10**12, MAX_IDLE_MINUTES),
        (0, MIN_IDLE_MINUTES),
        (-5, MIN_IDLE_MINUTES),
    ],
)
def test_out_of_range_idle_minutes_are_clamped_and_reported(
    written: int, used: int, caplog: pytest.LogCaptureFixture
) -> None:
    _write_config(idle_lock_minutes=written, language="en")
    with caplog.at_level(logging.WARNING, logger="app.services.settings"):
        read = read_config()
    assert read.config.idle_lock_minutes == used
    assert read.config.language == "en"
    (notice,) = read.notices
    assert notice.params["minutes"] == written and notice.params["used"] == used
    assert str(written) in caplog.text
    assert load_config().idle_lock_minutes == used


def test_idle_minutes_in_range_are_kept_without_a_notice() -> None:
    _write_config(idle_lock_minutes=MAX_IDLE_MINUTES)
    read = read_config()
    assert read.config.idle_lock_minutes == MAX_IDLE_MINUTES and read.notices == ()


def test_a_boolean_is_not_taken_for_minutes() -> None:
    _write_config(idle_lock_minutes=True)
    assert load_config().idle_lock_minutes == 15


def test_the_idle_watcher_starts_on_a_config_of_35792_minutes(qapp: object) -> None:
    from app.views.shell.idle_lock import IdleWatcher

    _write_config(idle_lock_minutes=35_792)
    watcher = IdleWatcher(load_config().idle_lock_minutes)
    try:
        assert watcher.timer.interval() == MAX_IDLE_MINUTES * 60_000
        assert watcher.timer.isActive()
    finally:
        watcher.stop()
