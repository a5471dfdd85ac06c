"""Domain errors that views turn into messages in the user's language.

``message`` is the English source text (a translation key, with ``{placeholders}``);
``params`` fill it after translation, so a message is never half in one language.
"""

from __future__ import annotations


def N_(text: str) -> str:
    """Mark a service string for the translation catalogue (context ``Errors``)."""
    return text


class DomainError(Exception):
    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    def __str__(self) -> str:
        return self.message.format(**self.params)


class ValidationError(DomainError):
    """Bad input in one field; the dialog keeps what was typed and marks the field."""

    def __init__(self, field: str, message: str, **params: object) -> None:
        super().__init__(message, **params)
        self.field = field


class PermissionDenied(DomainError):
    pass


class NotFound(DomainError):
    pass


class ConflictError(DomainError):
    """The record changed elsewhere since it was loaded."""


class AuthenticationError(DomainError):
    pass


class DatabaseProblem(DomainError):
    """The database cannot be opened as asked; nothing was changed."""
