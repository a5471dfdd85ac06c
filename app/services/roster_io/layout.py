"""Sheet and column layout of roster files, header matching and cell value conversion."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.services.errors import N_, ValidationError
from app.services.rosters.validation import clean_text


class PersonKind(StrEnum):
    STAFF = "staff"
    VOLUNTEER = "volunteer"


@dataclass(frozen=True)
class Column:
    key: str
    #: the header exports write (Chinese, the working language)
    header: str
    aliases: tuple[str, ...]


COLUMNS = {
    c.key: c
    for c in (
        Column("kind", "类别", ("类别", "类型", "人员类别", "kind", "type")),
        Column("name", "姓名", ("姓名", "名字", "name", "fullname")),
        Column(
            "phone",
            "手机",
            ("手机", "手机号", "手机号码", "联系电话", "电话", "phone", "mobile", "telephone"),
        ),
        Column(
            "department",
            "部门",
            ("部门", "派出部门", "所属部门", "原单位", "department", "homedepartment", "dept"),
        ),
        Column("title", "职务", ("职务", "职位", "title", "position")),
        Column("team", "队伍", ("队伍", "志愿队伍", "所属队伍", "team")),
        Column("grid", "网格", ("网格", "小分格", "所属网格", "grid")),
        Column("unit", "幸福里", ("幸福里", "治理单元", "所在幸福里", "单元", "unit")),
        Column("post", "岗位", ("岗位", "下沉岗位", "post")),
        Column(
            "start_date",
            "开始日期",
            ("开始日期", "下沉开始日期", "起始日期", "开始时间", "start", "startdate"),
        ),
        Column(
            "end_date",
            "结束日期",
            ("结束日期", "下沉结束日期", "截止日期", "结束时间", "end", "enddate"),
        ),
        Column("skills", "技能", ("技能", "特长", "专长", "skills", "skill")),
        Column("street", "街道", ("街道", "所属街道", "街道编码", "street", "streetcode")),
    )
}

#: 街道 (the street's code) comes last: a district-wide account importing into a desk of
#: several streets is told by it which street the file is the roster of.
STAFF_COLUMNS = [
    "name",
    "phone",
    "department",
    "title",
    "unit",
    "post",
    "start_date",
    "end_date",
    "street",
]
VOLUNTEER_COLUMNS = ["name", "phone", "team", "grid", "unit", "skills", "street"]
CSV_COLUMNS = [
    "kind",
    "name",
    "phone",
    "department",
    "title",
    "team",
    "grid",
    "unit",
    "post",
    "start_date",
    "end_date",
    "skills",
    "street",
]
REQUIRED = {
    PersonKind.STAFF: ("name", "phone", "department"),
    PersonKind.VOLUNTEER: ("name", "phone"),
}
SHEET_NAMES = {PersonKind.STAFF: "人员", PersonKind.VOLUNTEER: "志愿者"}
KIND_VALUES = {PersonKind.STAFF: "人员", PersonKind.VOLUNTEER: "志愿者"}
_KIND_ALIASES = {
    PersonKind.STAFF: ("人员", "工作人员", "下沉人员", "staff"),
    PersonKind.VOLUNTEER: ("志愿者", "群防群治力量", "volunteer", "volunteers"),
}

_NOISE = re.compile(r"[\s_\-*:：]+|\([^)]*\)|\[[^\]]*\]")
_ALIAS_TO_KEY = {alias.casefold(): c.key for c in COLUMNS.values() for alias in c.aliases}


def _fold_label(text: str) -> str:
    """Headers and kind values compare without width, case, spaces, marks or remarks."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _NOISE.sub("", folded)


def column_key(header: object) -> str | None:
    """The column a header names (姓名, "Name ", "手机号码（必填）"...), or None."""
    if header is None:
        return None
    return _ALIAS_TO_KEY.get(_fold_label(str(header)))


def kind_of(text: object) -> PersonKind | None:
    """The person kind a sheet name or a 类别 cell names, or None."""
    folded = _fold_label(str(text or ""))
    for kind, aliases in _KIND_ALIASES.items():
        if folded in (a.casefold() for a in aliases):
            return kind
    return None


# --- cell values -------------------------------------------------------------------

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def text_safe_cell(sheet: Any, value: Any) -> Any:
    """A write-only xlsx cell; text that a spreadsheet would run as a formula is stored
    as text with Excel's own apostrophe marker: shown, never run.

    Text that already starts with apostrophes before = + - @ gets one more, as in CSV,
    so the importer can remove the apostrophe a CSV export carries into a workbook
    resaved from it (``restore``) without touching text that is data."""
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, str) and value.startswith("'"):
        value = neutralise(value)
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def save_workbook(workbook: Any, path: Path) -> None:
    """Built in memory, then written in one go: a folder that refuses the file then fails
    a plain write, not openpyxl half-way through its streamed sheets."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(buffer.getvalue())


def neutralise(text: str) -> str:
    """CSV text a spreadsheet would run as a formula (= + - @) gets a leading apostrophe.

    Text already starting with apostrophes before such a character gets one more, so
    ``restore`` gives back exactly what was written.
    """
    return "'" + text if text.lstrip("'").startswith(FORMULA_STARTS) else text


def restore(text: str) -> str:
    """Undo ``neutralise``: drop the one apostrophe an export puts before = + - @ (in a
    CSV file, or in a workbook a spreadsheet saved from that CSV file)."""
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_STARTS):
        return text[1:]
    return text


def cell_text(value: object) -> str:
    """A cell as trimmed text: numbers without a trailing .0, dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    return clean_text(value)


_EXCEL_EPOCH = date(1899, 12, 30)
_DATE_TEXT = [
    re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"),
    re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})"),
    re.compile(r"(\d{4})\.(\d{1,2})\.(\d{1,2})"),
    re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日?"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
]
#: Excel serials from 1954 to 2119: wide enough for secondments, narrow enough that a
#: stray number is not taken for a date.
_SERIAL_RANGE = (20000, 80000)


def cell_date(value: object, field: str) -> date | None:
    """A date from a date cell, an Excel serial or text like 2024-03-01, 2024/3/1, 2024年3月1日."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        serial = float(value)
        if _SERIAL_RANGE[0] <= serial <= _SERIAL_RANGE[1] and serial.is_integer():
            return _EXCEL_EPOCH + timedelta(days=int(serial))
        raise _bad_date(field, value)
    text = clean_text(value)
    if not text:
        return None
    if text.isdigit() and len(text) == 5:
        return cell_date(int(text), field)
    text = text.split(" ")[0].split("T")[0]
    for pattern in _DATE_TEXT:
        match = pattern.fullmatch(text)
        if match:
            try:
                return date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                break
    raise _bad_date(field, value)


def _bad_date(field: str, value: object) -> ValidationError:
    return ValidationError(
        field, N_("{value} is not a date (write it as 2024-03-01)."), value=str(value)
    )
