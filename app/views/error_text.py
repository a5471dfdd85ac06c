"""Domain errors as text in the user's language: the message is translated, then filled."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from app.services.errors import DomainError

ERRORS_CONTEXT = "Errors"


def translate_error(message: str, params: dict[str, object] | None = None) -> str:
    text = QCoreApplication.translate(ERRORS_CONTEXT, message)
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return message.format(**(params or {}))


def database_busy(exc: BaseException) -> bool:
    """True when SQLite gave up waiting for another program's write lock."""
    # Looked up, not imported: the sign-in window shows this text before SQLAlchemy loads,
    # and an error of a module not loaded yet cannot have been raised.
    kinds = tuple(
        module.OperationalError
        for module in (sys.modules.get("sqlalchemy.exc"), sys.modules.get("sqlite3"))
        if module is not None
    )
    if not kinds or not isinstance(exc, kinds):
        return False
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text or "sqlite_busy" in text


def error_text(exc: BaseException) -> str:
    """The message a dialog shows for an error raised by a service."""
    if isinstance(exc, DomainError):
        return translate_error(exc.message, exc.params)
    if database_busy(exc):
        return QCoreApplication.translate(
            "Errors", "The database is busy in another program; try again in a moment."
        )
    return QCoreApplication.translate("Errors", "Unexpected error: {detail}").format(
        detail=f"{type(exc).__name__}: {exc}"
    )
