"""Header names, dates and cell text as files carry them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.services.errors import ValidationError
from app.services.roster_io.layout import PersonKind, cell_date, cell_text, column_key, kind_of


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("姓名", "name"),
        (" Name ", "name"),
        ("手机号码（必填）", "phone"),
        ("Mobile*", "phone"),
        ("START_DATE", "start_date"),
        ("Start date", "start_date"),
        ("下沉开始日期", "start_date"),
        ("ｓｋｉｌｌｓ", "skills"),
        ("备注", None),
        (None, None),
    ],
)
def test_header_names(header, key):
    assert column_key(header) == key


@pytest.mark.parametrize(
    "value",
    [
        "2024-03-01",
        "2024/3/1",
        "2024年3月1日",
        "2024.03.01",
        "20240301",
        " 2024-03-01 ",
        "２０２４-０３-０１",
        "2024-03-01 00:00:00",
        45352,
        45352.0,
        "45352",
        datetime(2024, 3, 1, 0, 0),
        date(2024, 3, 1),
    ],
)
def test_dates_in_every_usual_form(value):
    assert cell_date(value, "start_date") == date(2024, 3, 1)


@pytest.mark.parametrize("value", ["2024-13-01", "三月一日", "1.5", 12, 45352.5, "2024/2/30"])
def test_bad_dates_name_the_field(value):
    with pytest.raises(ValidationError) as caught:
        cell_date(value, "end_date")
    assert caught.value.field == "end_date"
    assert "2024-03-01" in str(caught.value)


def test_empty_dates_are_none():
    assert cell_date(None, "end_date") is None
    assert cell_date("  ", "end_date") is None


def test_cell_text():
    assert cell_text(13800138000.0) == "13800138000"
    assert cell_text("  王𠀾 ") == "王𠀾"
    assert cell_text("ＡＢＣ　") == "ABC"
    assert cell_text(None) == ""


def test_kind_names():
    assert kind_of("人员") == PersonKind.STAFF
    assert kind_of(" Volunteers ") == PersonKind.VOLUNTEER
    assert kind_of("群防群治力量") == PersonKind.VOLUNTEER
    assert kind_of("Sheet1") is None
