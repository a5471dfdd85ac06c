"""Domain errors as text in the user's language: the message is translated, then filled."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.errors import DomainError
from app.services.run_problems import BUSY_MESSAGE, database_busy

ERRORS_CONTEXT = "Errors"


def translate_error(message: str, params: dict[str, object] | None = None) -> str:
    text = QCoreApplication.translate(ERRORS_CONTEXT, message)
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return message.format(**(params or {}))


def error_text(exc: BaseException) -> str:
    """The message a dialog shows for an error raised by a service."""
    if isinstance(exc, DomainError):
        return translate_error(exc.message, exc.params)
    if database_busy(exc):
        return QCoreApplication.translate(ERRORS_CONTEXT, BUSY_MESSAGE)
    return QCoreApplication.translate("Errors", "Unexpected error: {detail}").format(
        detail=f"{type(exc).__name__}: {exc}"
    )
