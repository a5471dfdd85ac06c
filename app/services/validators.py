"""The field checks every service applies to what a user (or a file) hands it.

Each check returns the clean value or raises ``ValidationError`` naming the field, so
a dialog marks the field and keeps what was typed, an import lists the row's problem,
and nothing reaches the database that it would refuse or store wrongly. A value of the
wrong type (a number for a title, text for a date) is refused the same way.
"""

from __future__ import annotations

import unicodedata
import uuid
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from app.services.errors import N_, ValidationError

#: The dates this desk accepts: wide enough for any roster or case it keeps, narrow
#: enough that a mistyped year (0024, 2204) is caught and case numbers keep their shape.
EARLIEST_DAY = date(2000, 1, 1)
LATEST_DAY = date(2100, 12, 31)
#: Counts of people (involved, attending, estimated).
MAX_PEOPLE = 1_000_000
#: Numeric(14, 2)
MAX_AMOUNT = Decimal("999999999999.99")
_FEN = Decimal("0.01")

_LINE_BREAKS = {"\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c"}
#: Characters that reorder how text is shown (bidirectional overrides and isolates):
#: they let a name or a title display as something other than what is stored.
_DIRECTION_MARKS = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Full-width ASCII (Ａ, １, ＠...) and the ideographic space fold to their half-width forms;
# nothing else is normalised, so rare and compatibility ideographs in names stay as typed.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def fold_width(value: str) -> str:
    """Full-width letters, digits and signs as their ASCII forms."""
    return value.translate(_FULL_WIDTH)


def _code(ch: str) -> str:
    return f"{ord(ch):04X}"


def _is_invisible(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) == "Cf"


def text(
    field: str,
    value: object,
    limit: int,
    *,
    required: bool = False,
    multiline: bool = False,
    empty_message: str | None = None,
) -> str:
    """The text stripped of surrounding blanks; refused if empty (when required), too long,
    or holding a character that cannot be stored or shown faithfully.

    Any printable character is kept, rare ideographs outside the Basic Multilingual
    Plane (𠀾) included. Refused: unpaired surrogates, control characters (line breaks
    and tabs only where ``multiline``) and direction overrides. Text of nothing but
    blanks and zero-width characters counts as empty.
    """
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, N_("Enter this as text."))
    cleaned = value.strip()
    # printable text (the common case) holds no control, format or separator character
    # but the space, and, stripped, at least one visible character: nothing to check
    # character by character
    printable = cleaned.isprintable()
    if not printable and all(_is_invisible(ch) for ch in cleaned):
        cleaned = ""
    if required and not cleaned:
        raise ValidationError(field, empty_message or N_("This field cannot be empty."))
    if len(cleaned) > limit:
        raise ValidationError(
            field,
            N_("This text has {length} characters; at most {limit} are allowed."),
            length=len(cleaned),
            limit=limit,
        )
    for ch in "" if printable else cleaned:
        if ch in _LINE_BREAKS or ch == "\t":
            if multiline:
                continue
            raise ValidationError(field, N_("This field takes a single line of text."))
        if ch in _DIRECTION_MARKS:
            raise ValidationError(
                field,
                N_("The text contains an invisible character (code U+{code}); remove it."),
                code=_code(ch),
            )
        if unicodedata.category(ch) in ("Cs", "Cc"):
            raise ValidationError(
                field,
                N_("The text contains a character that cannot be stored (code U+{code})."),
                code=_code(ch),
            )
    return cleaned


def person_name(field: str, value: object, limit: int, *, empty_message: str | None = None) -> str:
    """A person's name: one line of visible text, full-width letters folded.

    Unlike free text, a name may hold no zero-width or other invisible formatting
    character at all: two names that look the same must be the same name.
    """
    if isinstance(value, str):
        value = fold_width(value)
    name = text(field, value, limit, required=True, empty_message=empty_message)
    for ch in "" if name.isprintable() else name:
        if unicodedata.category(ch) == "Cf" or (ch.isspace() and ch != " "):
            raise ValidationError(
                field,
                N_("The text contains an invisible character (code U+{code}); remove it."),
                code=_code(ch),
            )
    return name


def ascii_digits(value: str) -> str:
    """Digits of any script (１, ١, १...) as ASCII digits; other characters unchanged."""
    if value.isascii():  # ASCII digits are already themselves, nothing else is a digit
        return value
    return "".join(
        str(digit) if (digit := unicodedata.decimal(ch, None)) is not None else ch for ch in value
    )


def day(
    field: str, value: object, *, earliest: date = EARLIEST_DAY, latest: date = LATEST_DAY
) -> date:
    """A calendar date within the range this desk accepts."""
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(field, N_("{value} is not a date."), value=str(value))
    check_in_range(field, value, earliest, latest)
    return value


def moment(field: str, value: object) -> datetime:
    """A point in time with its time zone, on a day within the accepted range."""
    if not isinstance(value, datetime):
        raise ValidationError(field, N_("{value} is not a date and time."), value=str(value))
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(field, N_("The time has no time zone."))
    check_in_range(field, value.date(), EARLIEST_DAY, LATEST_DAY)
    return value


def check_in_range(field: str, value: date, earliest: date, latest: date) -> None:
    if not earliest <= value <= latest:
        raise ValidationError(
            field,
            N_("{when} is outside the dates this desk accepts ({earliest} to {latest})."),
            when=value.isoformat(),
            earliest=earliest.isoformat(),
            latest=latest.isoformat(),
        )


def whole_number(field: str, value: object, low: int, high: int) -> int:
    """A whole number of people between ``low`` and ``high``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, N_("{value} is not a whole number."), value=str(value))
    if not low <= value <= high:
        raise ValidationError(
            field,
            N_("The number of people must be between {low} and {high}."),
            low=low,
            high=high,
        )
    return value


def amount(field: str, value: object) -> Decimal:
    """An amount of yuan, 0 to ``MAX_AMOUNT``, to the fen (refused, not rounded, beyond)."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int | float | str):
        raise ValidationError(field, N_("Enter the amount as a number of yuan."))
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError) as exc:
        raise ValidationError(field, N_("Enter the amount as a number of yuan.")) from exc
    if not number.is_finite() or number < 0 or number > MAX_AMOUNT:
        raise ValidationError(
            field,
            N_("The amount must be between 0 and {high} yuan."),
            high=str(MAX_AMOUNT),
        )
    rounded = number.quantize(_FEN)
    if rounded != number:
        raise ValidationError(
            field,
            N_("{value} has more than two decimal places; amounts are kept to the fen."),
            value=str(value),
        )
    return rounded


def row_id(field: str, value: object) -> uuid.UUID | None:
    """The id of a chosen record (None when nothing is chosen); anything else is refused."""
    if value is None or isinstance(value, uuid.UUID):
        return value
    raise ValidationError(field, N_("The chosen entry no longer exists."))


def required_row_id(field: str, value: object) -> uuid.UUID:
    checked = row_id(field, value)
    if checked is None:
        raise ValidationError(field, N_("The chosen entry no longer exists."))
    return checked


def version(value: object) -> int:
    """The version of a record the user loaded, as the services compare it."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("version", N_("The record's version is not valid; reload it."))
    return value
