"""App configuration, each option declared once with its default.

Kept as JSON in the per-user config folder. UI state (geometry, splitters, filters) is
the views' business and lives in QSettings; secrets live only in the OS keyring.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

if TYPE_CHECKING:
    from app.services.permissions import Actor

APP_NAME = "StreetDesk"


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


def load_config(path: Path | None = None) -> AppConfig:
    """Read the config; unknown keys are ignored and a broken file gives the defaults."""
    path = path or config_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return AppConfig()
    if not isinstance(raw, dict):
        return AppConfig()
    known = {f.name: f for f in fields(AppConfig)}
    defaults = AppConfig()
    values = {}
    for key, value in raw.items():
        if key in known and isinstance(value, type(getattr(defaults, key))):
            values[key] = value
    return AppConfig(**values)


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
