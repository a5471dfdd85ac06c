"""Service errors for the command line, in the configured language (Qt core only)."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from app.services.errors import DomainError
from app.services.settings import load_config
from app.views.language import compiled_catalogue


def cli_error_text(exc: DomainError, language: str | None = None) -> str:
    """The message the desk would show, for a terminal; English if no catalogue loads."""
    language = language or load_config().language
    text = exc.message
    catalogue = compiled_catalogue(language)
    if catalogue is not None:
        translator = QTranslator()
        if translator.load(str(catalogue)):
            text = translator.translate("Errors", exc.message) or exc.message
    try:
        return text.format(**exc.params)
    except (KeyError, IndexError, ValueError):
        return str(exc)
