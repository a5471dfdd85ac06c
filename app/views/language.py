"""Loading the interface language at start and switching it at run time.

Translations come from the Qt Linguist sources in ``i18n/``. The compiled ``.qm`` files
are built by ``python dev.py i18n`` (and by packaging); when a source is newer than its
compiled file, or the compiled file is missing, it is compiled into the user cache
folder with the ``lrelease`` that ships inside PySide6.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import i18n_path
from app.services.settings import APP_NAME

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
CATALOGUE = "streetdesk"

_installed: list[QTranslator] = []


def _lrelease() -> Path | None:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease.exe", "lrelease", "Qt/libexec/lrelease", "Qt/bin/lrelease"):
        candidate = folder / name
        if candidate.exists():
            return candidate
    return None


def compile_catalogue(source: Path, target: Path) -> bool:
    """Compile one ``.ts`` into ``.qm``; False when no compiler is at hand."""
    import subprocess

    tool = _lrelease()
    if tool is None:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [str(tool), "-silent", str(source), "-qm", str(target)],
        capture_output=True,
        check=False,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )
    return result.returncode == 0 and target.exists()


def compiled_catalogue(language: str) -> Path | None:
    """The ``.qm`` for a language, compiling it on first use if only the source is there."""
    source = i18n_path(f"{CATALOGUE}_{language}.ts")
    shipped = i18n_path(f"{CATALOGUE}_{language}.qm")
    if shipped.exists() and (
        not source.exists() or shipped.stat().st_mtime >= source.stat().st_mtime
    ):
        return shipped
    if not source.exists():
        return None
    import platformdirs

    cached = Path(platformdirs.user_cache_dir(APP_NAME, False)) / "i18n" / shipped.name
    if cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    if getattr(sys, "frozen", False):
        return None
    return cached if compile_catalogue(source, cached) else None


def install_language(language: str) -> bool:
    """Replace the installed translators; Qt then sends every widget a LanguageChange."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(language))
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_folder):
        QCoreApplication.installTranslator(qt_own)
        _installed.append(qt_own)
    qm = compiled_catalogue(language)
    if qm is None:
        return False
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True
