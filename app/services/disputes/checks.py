"""Input checks shared by the dispute services: text caps, dates, removed roster rows.

Each failure is a ``ValidationError`` naming the field, so a dialog keeps what was typed
and marks the field; nothing is trimmed or dropped silently. The checks themselves are
the shared ones in ``app.services.validators``; this module sets the dispute limits.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from app.services import validators
from app.services.china_time import CHINA_TZ, local_date
from app.services.errors import N_, ValidationError
from app.services.validators import MAX_AMOUNT, MAX_PEOPLE

__all__ = ["MAX_AMOUNT", "MAX_PEOPLE"]

TITLE_LIMIT = 200
NOTE_LIMIT = 2000
LONG_TEXT_LIMIT = 20000
SHORT_TEXT_LIMIT = 80
#: Desks' clocks drift; a moment this little ahead of ours is not "in the future".
CLOCK_SKEW = timedelta(minutes=5)


def clean_text(
    field: str, value: object, limit: int, *, required: bool = False, multiline: bool = True
) -> str:
    """The text stripped of surrounding blanks; refused if empty (when required), too long
    or holding a character that cannot be stored (see ``validators.text``)."""
    return validators.text(field, value, limit, required=required, multiline=multiline)


def line(field: str, value: object, limit: int, *, required: bool = False) -> str:
    """One line of text: a title, a topic, a name, a receipt number."""
    return validators.text(field, value, limit, required=required)


def check_not_future(field: str, moment: object, now: datetime) -> datetime:
    checked = validators.moment(field, moment)
    if checked > now + CLOCK_SKEW:
        raise ValidationError(
            field,
            N_("{when} is in the future; record what has already happened."),
            when=checked.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M"),
        )
    return checked


def check_day_not_future(field: str, day: object, now: datetime) -> date:
    checked = validators.day(field, day)
    if checked > local_date(now + CLOCK_SKEW):
        raise ValidationError(
            field,
            N_("{when} is in the future; record what has already happened."),
            when=checked.isoformat(),
        )
    return checked


def check_people(field: str, value: object, low: int = 1) -> int:
    return validators.whole_number(field, value, low, MAX_PEOPLE)


def check_amount(field: str, value: object) -> Decimal:
    return validators.amount(field, value)
