"""What a user name and a password may be.

User names are compared in one form (NFKC, case-folded), so ``ADMIN``, ``ａｄｍｉｎ`` and
``admin`` are one account; characters that do not show (control, zero-width, direction
marks) are refused, since two names differing only in them look the same on screen.
"""

from __future__ import annotations

import unicodedata

from app.services.errors import N_, ValidationError

#: The ``app_user.username`` column's length.
USERNAME_MAX = 40
DISPLAY_NAME_MAX = 40
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 256

#: Unicode categories that never show as a character: controls (Cc), format marks
#: such as zero-width spaces and bidirectional overrides (Cf), line and paragraph
#: separators, and code points without a character (Cs, Co, Cn).
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def has_hidden_characters(text: str) -> bool:
    return any(unicodedata.category(char) in _HIDDEN_CATEGORIES for char in text)


def normalise_username(username: object) -> str:
    """The stored and compared form of a user name; raises ``ValidationError``."""
    if not isinstance(username, str):
        raise ValidationError("username", N_("Enter a user name."))
    if has_hidden_characters(username):
        raise ValidationError(
            "username", N_("A user name cannot hold control or invisible characters.")
        )
    name = unicodedata.normalize("NFKC", username).casefold().strip()
    name = unicodedata.normalize("NFKC", name)
    if not name:
        raise ValidationError("username", N_("Enter a user name."))
    if len(name) > USERNAME_MAX:
        raise ValidationError(
            "username",
            N_("A user name has at most {max} characters."),
            max=USERNAME_MAX,
        )
    return name


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return False
    return True


def password_fits(password: object) -> bool:
    """Whether a typed password can be checked at all (sign-in refuses others at once)."""
    return (
        isinstance(password, str)
        and 0 < len(password) <= MAX_PASSWORD_LENGTH
        and _encodable(password)
    )


def check_password_rules(password: object) -> None:
    """A new password: 8 to 256 characters, not only spaces, no NUL character."""
    if not isinstance(password, str) or len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            "password",
            N_("The password needs at least {count} characters."),
            count=MIN_PASSWORD_LENGTH,
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationError(
            "password",
            N_("The password has at most {count} characters."),
            count=MAX_PASSWORD_LENGTH,
        )
    if not password.strip():
        raise ValidationError("password", N_("The password cannot be only spaces."))
    if "\x00" in password or not _encodable(password):
        raise ValidationError(
            "password", N_("The password holds a character that cannot be typed.")
        )
