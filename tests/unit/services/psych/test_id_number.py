"""GB 11643 numbers: check character, real birth date, gender digit, the permits."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.errors import ValidationError
from app.services.id_number import check_character, identity_number


def _number(first17: str) -> str:
    return first17 + check_character(first17)


def test_a_resident_number_is_accepted_with_its_birth_and_gender() -> None:
    checked = identity_number("id", " 44990019850101001９ ".replace("９", "9"), "M")
    assert (checked.kind, checked.birth, checked.gender) == ("resident", date(1985, 1, 1), "M")


def test_a_lower_case_x_is_read_as_the_check_x() -> None:
    first17 = next(
        f"1101051990010100{n}" for n in range(10) if check_character(f"1101051990010100{n}") == "X"
    )
    assert identity_number("id", (first17 + "x")).number.endswith("X")


@pytest.mark.parametrize(
    ("area", "kind"),
    [
        ("810000", "hk_permit"),
        ("820000", "macao_permit"),
        ("830000", "taiwan_permit"),
        ("931156", "foreigner_permanent"),
    ],
)
def test_permits_are_accepted_as_such(area: str, kind: str) -> None:
    assert identity_number("id", _number(f"{area}19800505002")).kind == kind


@pytest.mark.parametrize(
    ("value", "gender", "words"),
    [
        ("449900198501010018", "", "check character"),
        (_number("44990019850230001"), "", "not a real date"),
        (_number("44990021000101001"), "", "not possible"),
        (_number("44990018500101001"), "", "not possible"),
        (_number("44990019850101001"), "F", "odd (male)"),
        (_number("44990019850101002"), "M", "even (female)"),
        ("449900850101001", "", "15-digit"),
        ("4499001985010100", "", "18 characters"),
        (_number("74990019850101001"), "", "no region code"),
        ("44990019850101001A", "", "18 characters"),
    ],
)
def test_bad_numbers_are_refused_naming_the_field(value: str, gender: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        identity_number("id_number", value, gender, today=date(2026, 12, 1))
    assert caught.value.field == "id_number"
    assert words in str(caught.value)
