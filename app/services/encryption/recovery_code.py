"""The recovery key: the database key written as 13 groups of 7 digits, each group six
digits of the key and a check digit (Damm), so a mistyped digit names its group."""

from __future__ import annotations

from app.services.errors import N_, ValidationError

KEY_BYTES = 32
GROUP_DIGITS = 6
GROUPS = 13  # 13 x 6 = 78 digits, enough for any 256-bit number
_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)
FIELD = "recovery_key"


def check_digit(digits: str) -> str:
    """Damm's check digit: catches every single wrong digit and every swap of neighbours."""
    interim = 0
    for digit in digits:
        interim = _DAMM[interim][int(digit)]
    return str(interim)


def recovery_groups(key: bytes) -> list[str]:
    """The key as groups of seven digits (six of the key, then the check digit)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key has 32 bytes")
    digits = str(int.from_bytes(key, "big")).zfill(GROUPS * GROUP_DIGITS)
    chunks = [digits[i : i + GROUP_DIGITS] for i in range(0, len(digits), GROUP_DIGITS)]
    return [chunk + check_digit(chunk) for chunk in chunks]


def format_recovery_key(key: bytes) -> str:
    return "-".join(recovery_groups(key))


def parse_recovery_key(text: str) -> bytes:
    """The key from typed groups; spaces and dashes may separate them. Raises
    ``ValidationError`` naming the first group whose check digit does not match."""
    digits = "".join(ch for ch in text if not ch.isspace() and ch != "-")
    width = GROUP_DIGITS + 1
    if not digits.isdecimal() or not digits.isascii():
        raise ValidationError(
            FIELD, N_("The recovery key holds only digits (spaces and dashes may separate them).")
        )
    if len(digits) != GROUPS * width:
        raise ValidationError(
            FIELD,
            N_("The recovery key has {expected} digits in {groups} groups; {count} were typed."),
            expected=GROUPS * width,
            groups=GROUPS,
            count=len(digits),
        )
    data = ""
    for number, start in enumerate(range(0, len(digits), width), start=1):
        group = digits[start : start + width]
        if check_digit(group[:-1]) != group[-1]:
            raise ValidationError(
                FIELD,
                N_("Group {group} of the recovery key ({digits}) has a typing error."),
                group=number,
                digits=group,
            )
        data += group[:-1]
    value = int(data)
    if value >= 1 << (8 * KEY_BYTES):
        raise ValidationError(FIELD, N_("This is not a StreetDesk recovery key."))
    return value.to_bytes(KEY_BYTES, "big")
