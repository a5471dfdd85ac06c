"""The files StreetDesk ships beside its code: the bundled CJK font with its licence, and
the compiled translation catalogues.

They live inside this package, so a checkout, an editable install, an installed wheel and
a PyInstaller bundle all find them the same way. The catalogues (``i18n/*.qm``) are
generated from the Qt Linguist sources in the repository's ``i18n/`` folder at build time
(``python3 dev.py``, the wheel build, ``packaging/build.py``), never at run time.
"""

from __future__ import annotations

from pathlib import Path

RESOURCE_DIR = Path(__file__).resolve().parent
FONT_DIR = RESOURCE_DIR / "fonts"
CATALOGUE_DIR = RESOURCE_DIR / "i18n"
CATALOGUE = "streetdesk"

CJK_FONT_FILE = "WenQuanYiMicroHei-subset.ttf"
CJK_FONT_LICENCE_FILE = "LICENSE-Apache-2.0.txt"
CJK_FONT_FAMILY = "WenQuanYi Micro Hei"


def resource_path(*parts: str) -> Path:
    return RESOURCE_DIR.joinpath(*parts)


def cjk_font_path() -> Path:
    return FONT_DIR / CJK_FONT_FILE


def cjk_font_licence_path() -> Path:
    return FONT_DIR / CJK_FONT_LICENCE_FILE


def catalogue_path(language: str) -> Path:
    """The compiled ``.qm`` catalogue for a language (it may be missing if never built)."""
    return CATALOGUE_DIR / f"{CATALOGUE}_{language}.qm"
