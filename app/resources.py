"""Finding the plain files under ``resources/`` and ``i18n/``, in a checkout, an installed
package or a PyInstaller bundle alike."""

from __future__ import annotations

import sys
from pathlib import Path


def project_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return project_root().joinpath("resources", *parts)


def i18n_path(*parts: str) -> Path:
    return project_root().joinpath("i18n", *parts)


CJK_FONT_FILE = "WenQuanYiMicroHei-subset.ttf"
CJK_FONT_FAMILY = "WenQuanYi Micro Hei"


def cjk_font_path() -> Path:
    return resource_path("fonts", CJK_FONT_FILE)
