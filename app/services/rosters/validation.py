"""Field checks shared by the roster dialogs and the importer; each raises ``ValidationError``."""

from __future__ import annotations

import re
from datetime import date

from app.services.errors import N_, ValidationError

NAME_MAX = 40
PHONE_MAX = 20
TITLE_MAX = 40
SKILLS_MAX = 200

_MOBILE = re.compile(r"1[3-9]\d{9}")
_PHONE_NOISE = str.maketrans("", "", " -()\u3000\t")
# Full-width ASCII (Ａ, １, ＠...) and the ideographic space fold to their half-width forms;
# nothing else is normalised, so rare and compatibility ideographs in names stay as typed.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def clean_text(value: object) -> str:
    """A field as typed: full-width letters and digits folded, surrounding spaces dropped."""
    if value is None:
        return ""
    return str(value).translate(_FULL_WIDTH).strip()


def normalise_phone(value: object, field: str = "phone") -> str:
    """A mainland mobile number as 11 digits: 1[3-9] and nine more.

    Full-width digits, spaces, dashes and a leading +86 / 86 are accepted and dropped.
    """
    text = clean_text(value).translate(_PHONE_NOISE)
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
            value=clean_text(value),
        )
    return text


_REQUIRED = {
    "name": N_("The name is required."),
    "department_id": N_("The department is required."),
    "street_id": N_("The street is required."),
    "post_id": N_("The post is required."),
    "staff_id": N_("The staff member is required."),
}


def required_text(value: object, field: str, max_length: int) -> str:
    """A required, trimmed text field no longer than ``max_length``."""
    text = clean_text(value)
    if not text:
        raise ValidationError(field, _REQUIRED.get(field, N_("This field is required.")))
    return limited_text(text, field, max_length)


def required_id(value: object, field: str) -> None:
    if value is None or value == "":
        raise ValidationError(field, _REQUIRED.get(field, N_("This field is required.")))


def limited_text(value: object, field: str, max_length: int) -> str:
    text = clean_text(value)
    if len(text) > max_length:
        raise ValidationError(
            field, N_("This text is longer than {max} characters."), max=max_length
        )
    return text


def check_dates(start: date | None, end: date | None) -> None:
    """A secondment needs a start date, and its end may not come before it."""
    if start is None:
        raise ValidationError("start_date", N_("The start date is required."))
    if end is not None and end < start:
        raise ValidationError(
            "end_date",
            N_("The end date {end} is before the start date {start}."),
            end=end.isoformat(),
            start=start.isoformat(),
        )
