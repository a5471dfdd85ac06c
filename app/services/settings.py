"""App configuration, each option declared once with its default.

Kept as JSON in the per-user config folder. UI state (geometry, splitters, filters) is
the views' business and lives in QSettings; secrets live only in the OS keyring.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from app.services.errors import N_

if TYPE_CHECKING:
    from app.services.permissions import Actor

APP_NAME = "StreetDesk"
#: The idle lock's range: a timer of more than ~24 days cannot even be set.
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 240

_log = logging.getLogger(__name__)


@dataclass
class AppConfig:
    language: str = "zh_CN"
    idle_lock_minutes: int = 15
    device_name: str = ""
    central_url: str = ""
    street_code: str = ""


def config_dir() -> Path:
    override = os.environ.get("STREETDESK_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, False))


def data_dir() -> Path:
    override = os.environ.get("STREETDESK_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


def default_database_path(demo: bool = False) -> Path:
    return data_dir() / ("streetdesk-demo.sqlite" if demo else "streetdesk.sqlite")


def config_path() -> Path:
    return config_dir() / "config.json"


@dataclass(frozen=True)
class ConfigNotice:
    """A value of the config file that was not used as written (an ``N_`` message)."""

    message: str
    params: dict[str, object]

    def __str__(self) -> str:
        return self.message.format(**self.params)


@dataclass(frozen=True)
class ConfigRead:
    config: AppConfig
    notices: tuple[ConfigNotice, ...]


def clamp_idle_minutes(minutes: int) -> int:
    return min(MAX_IDLE_MINUTES, max(MIN_IDLE_MINUTES, minutes))


def read_config(path: Path | None = None) -> ConfigRead:
    """The config and what in it was out of range and replaced.

    Unknown keys and values of the wrong type are ignored; a broken file gives the defaults.
    """
    path = path or config_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ConfigRead(AppConfig(), ())
    if not isinstance(raw, dict):
        return ConfigRead(AppConfig(), ())
    known = {f.name: f for f in fields(AppConfig)}
    defaults = AppConfig()
    values = {}
    for key, value in raw.items():
        wanted = type(getattr(defaults, key)) if key in known else None
        if wanted is not None and isinstance(value, wanted) and not isinstance(value, bool):
            values[key] = value
    notices = []
    minutes = values.get("idle_lock_minutes")
    if isinstance(minutes, int) and clamp_idle_minutes(minutes) != minutes:
        values["idle_lock_minutes"] = clamp_idle_minutes(minutes)
        notice = ConfigNotice(
            N_(
                "The idle lock of {minutes} minutes in the config file is outside"
                " {low} to {high}; {used} minutes are used."
            ),
            {
                "minutes": minutes,
                "low": MIN_IDLE_MINUTES,
                "high": MAX_IDLE_MINUTES,
                "used": values["idle_lock_minutes"],
            },
        )
        _log.warning("%s (%s)", notice, path)
        notices.append(notice)
    return ConfigRead(AppConfig(**values), tuple(notices))


def load_config(path: Path | None = None) -> AppConfig:
    """Read the config, every value within its range (see ``read_config``)."""
    return read_config(path).config


def save_settings(actor: Actor, config: AppConfig, path: Path | None = None) -> None:
    """Change this desk's settings; only a role allowed ``settings.edit`` may."""
    from app.services.permissions import Permission, require

    require(actor, Permission.SETTINGS_EDIT)
    _write_config(config, path)


def remember_language(language: str, path: Path | None = None) -> None:
    """Keep the interface language chosen on this desk, the only choice anyone may make
    (even before signing in); every other setting stays as stored."""
    config = load_config(path)
    config.language = language
    _write_config(config, path)


def _write_config(config: AppConfig, path: Path | None = None) -> None:
    path = path or config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(config), ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)
