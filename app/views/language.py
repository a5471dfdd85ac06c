"""Loading the interface language at start and switching it at run time.

The compiled catalogues ship as package data (``app.resources``); they are built from the
Qt Linguist sources in ``i18n/`` by ``python3 dev.py``, the wheel build and the bundle
build, never here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import catalogue_path

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"

_installed: list[QTranslator] = []


def compiled_catalogue(language: str) -> Path | None:
    """The shipped ``.qm`` for a language, or None when the build left it out."""
    shipped = catalogue_path(language)
    return shipped if shipped.exists() else None


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
