"""Field checks shared by the roster dialogs and the importer; each raises ``ValidationError``.

They set the roster's limits and messages on the shared checks in
``app.services.validators``.
"""

from __future__ import annotations

import re
import uuid

from app.services import validators
from app.services.errors import N_, ValidationError

NAME_MAX = 40
PHONE_MAX = 20
TITLE_MAX = 40
SKILLS_MAX = 200

_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_PHONE_NOISE = str.maketrans("", "", " -()\u3000\t")


def clean_text(value: object) -> str:
    """A field as typed: full-width letters and digits folded, surrounding spaces dropped."""
    if value is None:
        return ""
    return validators.fold_width(str(value)).strip()


def normalise_phone(value: object, field: str = "phone") -> str:
    """A mainland mobile number as 11 ASCII digits: 1[3-9] and nine more.

    Digits of any script (full-width １, Arabic-Indic ١...), spaces, dashes and a leading
    +86 / 86 are accepted, so the same number always compares equal.
    """
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValidationError(field, N_("Enter this as text."))
    text = validators.ascii_digits(clean_text(value)).translate(_PHONE_NOISE)
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("86") and len(text) == 13:
        text = text[2:]
    if not text:
        raise ValidationError(field, N_("A mobile number is required."))
    if not _MOBILE.fullmatch(text):
        raise ValidationError(
            field,
            N_("{value} is not a mainland mobile number (11 digits starting 13–19)."),
            value=clean_text(value)[:PHONE_MAX].encode("utf-8", "replace").decode("utf-8"),
        )
    return text


_REQUIRED = {
    "name": N_("The name is required."),
    "department_id": N_("The department is required."),
    "street_id": N_("The street is required."),
    "post_id": N_("The post is required."),
    "staff_id": N_("The staff member is required."),
}


def person_name(value: object, field: str = "name", max_length: int = NAME_MAX) -> str:
    """A person's name: required, one line, no control or invisible characters."""
    return validators.person_name(
        field, value, max_length, empty_message=_REQUIRED.get(field, N_("This field is required."))
    )


def required_text(value: object, field: str, max_length: int) -> str:
    """A required, trimmed, single-line text field no longer than ``max_length``."""
    if isinstance(value, str):
        value = validators.fold_width(value)
    return validators.text(
        field,
        value,
        max_length,
        required=True,
        empty_message=_REQUIRED.get(field, N_("This field is required.")),
    )


def required_id(value: object, field: str) -> uuid.UUID:
    if value is None or value == "":
        raise ValidationError(field, _REQUIRED.get(field, N_("This field is required.")))
    return validators.required_row_id(field, value)


def limited_text(value: object, field: str, max_length: int, *, multiline: bool = False) -> str:
    """An optional, trimmed text field no longer than ``max_length``."""
    if isinstance(value, str):
        value = validators.fold_width(value)
    return validators.text(field, value, max_length, multiline=multiline)


def check_dates(start: object, end: object) -> None:
    """A secondment needs a start date, and its end may not come before it."""
    if start is None:
        raise ValidationError("start_date", N_("The start date is required."))
    start = validators.day("start_date", start)
    if end is None:
        return
    end = validators.day("end_date", end)
    if end < start:
        raise ValidationError(
            "end_date",
            N_("The end date {end} is before the start date {start}."),
            end=end.isoformat(),
            start=start.isoformat(),
        )
