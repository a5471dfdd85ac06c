"""Identity numbers (GB 11643): the check character, a real date of birth, the gender digit.

Three kinds of 18-character numbers share the structure and the check character: the
resident identity card (area code 1xxxxx–6xxxxx), the residence permits of Hong Kong,
Macao and Taiwan residents (810000, 820000, 830000) and the foreigners' permanent
residence identity card of the 2023 format (9xxxxx). Each is accepted as what it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.services.china_time import today_in_china
from app.services.errors import N_, ValidationError
from app.services.validators import fold_width

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_PERMIT_AREAS = {"810000": "hk_permit", "820000": "macao_permit", "830000": "taiwan_permit"}
_EARLIEST_BIRTH = date(1900, 1, 1)


@dataclass(frozen=True)
class IdentityNumber:
    number: str
    #: resident | hk_permit | macao_permit | taiwan_permit | foreigner_permanent
    kind: str
    birth: date
    #: M or F, from the order code's last digit
    gender: str


def check_character(first17: str) -> str:
    """The GB 11643 check character of the first 17 digits."""
    total = sum(int(digit) * weight for digit, weight in zip(first17, _WEIGHTS, strict=True))
    return _CHECK[total % 11]


def _kind(number: str) -> str | None:
    if number[:6] in _PERMIT_AREAS:
        return _PERMIT_AREAS[number[:6]]
    if number[0] == "9":
        return "foreigner_permanent"
    if number[0] in "123456":
        return "resident"
    return None


def identity_number(
    field: str, value: object, gender: str = "", *, today: date | None = None
) -> IdentityNumber:
    """The number checked and normalised (upper-case X), or ``ValidationError`` on ``field``.

    ``gender`` (M or F, or empty when not known) must agree with the gender digit.
    """
    if not isinstance(value, str):
        raise ValidationError(field, N_("Enter this as text."))
    number = fold_width(value).strip().replace(" ", "").upper()
    if len(number) == 15 and number.isdigit():
        raise ValidationError(
            field, N_("This is a 15-digit number of the old format; enter the 18-digit number.")
        )
    if (
        len(number) != 18
        or not number[:17].isdigit()
        or not (number[17].isdigit() or number[17] == "X")
    ):
        raise ValidationError(
            field, N_("An identity number has 17 digits and a last digit or X (18 characters).")
        )
    kind = _kind(number)
    if kind is None:
        raise ValidationError(
            field,
            N_("The number starts with {start}, which no region code uses."),
            start=number[:1],
        )
    if check_character(number[:17]) != number[17]:
        raise ValidationError(
            field,
            N_("The last character does not match the number (check character); check each digit."),
        )
    try:
        birth = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise ValidationError(
            field,
            N_("The date of birth in the number ({digits}) is not a real date."),
            digits=number[6:14],
        ) from None
    if not _EARLIEST_BIRTH <= birth <= (today or today_in_china()):
        raise ValidationError(
            field,
            N_("The date of birth in the number ({digits}) is not possible."),
            digits=number[6:14],
        )
    digit_gender = "M" if int(number[16]) % 2 else "F"
    if gender and gender != digit_gender:
        raise ValidationError(
            field,
            N_("The number's gender digit is odd (male), but the gender given is female.")
            if digit_gender == "M"
            else N_("The number's gender digit is even (female), but the gender given is male."),
        )
    return IdentityNumber(number, kind, birth, digit_gender)
