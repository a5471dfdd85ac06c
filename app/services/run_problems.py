"""Errors of the machine rather than of the input, put in the words the desk uses.

A database locked by another program after it was opened, or a path the system cannot
take (too long, a folder where a file should be), become a ``DatabaseProblem`` with a
clear message instead of a traceback.
"""

from __future__ import annotations

import sys

from app.services.errors import N_, DatabaseProblem, DomainError

BUSY_MESSAGE = N_("The database is busy in another program; try again in a moment.")
SHOWN_PATH_MAX = 120


def database_busy(exc: BaseException) -> bool:
    """True when SQLite gave up waiting for another program's write lock."""
    # Looked up, not imported: the sign-in window shows this text before SQLAlchemy loads,
    # and an error of a module not loaded yet cannot have been raised.
    kinds = tuple(
        module.OperationalError
        for module in (
            sys.modules.get("sqlalchemy.exc"),
            sys.modules.get("sqlite3"),
            sys.modules.get("sqlcipher3.dbapi2"),
        )
        if module is not None
    )
    if not kinds or not isinstance(exc, kinds):
        return False
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text or "sqlite_busy" in text


def shown_path(path: object) -> str:
    """A path short enough for one message line: its start and its end."""
    text = str(path)
    if len(text) <= SHOWN_PATH_MAX:
        return text
    return f"{text[:60]}…{text[-40:]} ({len(text)} characters)"


def as_domain_error(exc: BaseException) -> DomainError | None:
    """The clear message for a busy database or a file-system refusal, else ``None``."""
    if database_busy(exc):
        return DatabaseProblem(BUSY_MESSAGE)
    if isinstance(exc, OSError):
        return DatabaseProblem(
            N_("{path} cannot be used ({reason})."),
            path=shown_path(exc.filename if exc.filename is not None else ""),
            reason=exc.strerror or str(exc),
        )
    return None
