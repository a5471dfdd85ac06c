"""The recovery key: digit groups with a check digit each, read back exactly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.encryption.recovery_code import (
    GROUPS,
    format_recovery_key,
    parse_recovery_key,
    recovery_groups,
)
from app.services.errors import ValidationError


@given(st.binary(min_size=32, max_size=32))
def test_a_key_reads_back_from_its_recovery_key(key: bytes) -> None:
    text = format_recovery_key(key)
    assert len(text.split("-")) == GROUPS
    assert parse_recovery_key(text) == key
    assert parse_recovery_key(text.replace("-", " ")) == key


@given(
    st.binary(min_size=32, max_size=32),
    st.integers(min_value=0, max_value=GROUPS * 7 - 1),
    st.integers(min_value=1, max_value=9),
)
def test_one_mistyped_digit_names_its_group(key: bytes, position: int, shift: int) -> None:
    digits = "".join(recovery_groups(key))
    wrong = str((int(digits[position]) + shift) % 10)
    typed = digits[:position] + wrong + digits[position + 1 :]
    with pytest.raises(ValidationError) as caught:
        parse_recovery_key(typed)
    assert caught.value.field == "recovery_key"
    assert caught.value.params["group"] == position // 7 + 1


def test_too_few_digits_and_letters_are_refused_with_what_is_expected() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_recovery_key("1234567-1234567")
    assert caught.value.params == {"expected": 91, "groups": 13, "count": 14}
    with pytest.raises(ValidationError, match="only digits"):
        parse_recovery_key("12345x7")
