"""Input checks shared by the dispute services: text caps, dates, removed roster rows.

Each failure is a ``ValidationError`` naming the field, so a dialog keeps what was typed
and marks the field; nothing is trimmed or dropped silently.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from app.services.disputes.working_calendar import CHINA_TZ, local_date
from app.services.errors import N_, ValidationError

TITLE_LIMIT = 200
NOTE_LIMIT = 2000
LONG_TEXT_LIMIT = 20000
SHORT_TEXT_LIMIT = 80
MAX_PEOPLE = 1_000_000
#: Numeric(14, 2)
MAX_AMOUNT = Decimal("999999999999.99")
#: Desks' clocks drift; a moment this little ahead of ours is not "in the future".
CLOCK_SKEW = timedelta(minutes=5)

_ALLOWED_CONTROLS = {"\n", "\t"}


def clean_text(field: str, value: str | None, limit: int, *, required: bool = False) -> str:
    """The text stripped of surrounding blanks; refused if empty (when required) or too long.

    Any Unicode character is kept, including those outside the Basic Multilingual Plane
    (e.g. 𠀾); unpaired surrogates and control characters, which no keyboard produces and
    the database cannot store faithfully, are refused.
    """
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(field, N_("This field cannot be empty."))
    if len(text) > limit:
        raise ValidationError(
            field,
            N_(
                "This text has {length} characters; at most {limit} are allowed."
                " Shorten it (or attach the rest as a note) and try again."
            ),
            length=len(text),
            limit=limit,
        )
    for ch in text:
        if ch in _ALLOWED_CONTROLS:
            continue
        category = unicodedata.category(ch)
        if category == "Cs" or (category == "Cc"):
            raise ValidationError(
                field,
                N_("The text contains a character that cannot be stored (code U+{code})."),
                code=f"{ord(ch):04X}",
            )
    return text


def check_not_future(field: str, moment: datetime, now: datetime) -> None:
    if moment.tzinfo is None:
        raise ValidationError(field, N_("The time has no time zone."))
    if moment > now + CLOCK_SKEW:
        raise ValidationError(
            field,
            N_("{when} is in the future; record what has already happened."),
            when=moment.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M"),
        )


def check_day_not_future(field: str, day: date, now: datetime) -> None:
    if day > local_date(now + CLOCK_SKEW):
        raise ValidationError(
            field,
            N_("{when} is in the future; record what has already happened."),
            when=day.isoformat(),
        )


def check_people(field: str, value: int) -> int:
    if not 1 <= value <= MAX_PEOPLE:
        raise ValidationError(
            field,
            N_("The number of people must be between {low} and {high}."),
            low=1,
            high=MAX_PEOPLE,
        )
    return value


def check_amount(field: str, value: Decimal | int | str) -> Decimal:
    try:
        amount = Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError) as exc:
        raise ValidationError(field, N_("Enter the amount as a number of yuan.")) from exc
    if not amount.is_finite() or amount < 0 or amount > MAX_AMOUNT:
        raise ValidationError(
            field,
            N_("The amount must be between 0 and {high} yuan."),
            high=str(MAX_AMOUNT),
        )
    return amount
