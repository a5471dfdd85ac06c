"""The organisation workbook: its sheets, their columns, and the template version.

Sheets and columns are found by name, in any order; headers compare without width,
case, spaces or remarks such as "（必填）". A row whose first cell starts with 示例 is
the template's example and is never imported.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

#: Bumped when a sheet or column changes meaning; the notes sheet carries it.
TEMPLATE_VERSION = 1
VERSION_LABEL = "模板版本"
NOTES_SHEET = "说明"
EXAMPLE_MARK = "示例"
YES, NO = "是", "否"


class SheetKey(StrEnum):
    STREETS = "streets"
    COMMUNITIES = "communities"
    GRIDS = "grids"
    UNITS = "units"
    DEPARTMENTS = "departments"
    TEAMS = "teams"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    required: bool
    aliases: tuple[str, ...] = ()
    width: int = 18


@dataclass(frozen=True)
class Sheet:
    key: SheetKey
    title: str
    aliases: tuple[str, ...]
    columns: tuple[Column, ...]
    example: tuple[str, ...]
    #: the column a row is matched by on re-import
    match_by: str = "code"

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


SHEETS: tuple[Sheet, ...] = (
    Sheet(
        SheetKey.STREETS,
        "街道",
        ("streets", "street"),
        (
            Column("code", "街道编码", True, ("code", "编码")),
            Column("name", "街道名称", True, ("name", "名称"), 24),
            Column("district_code", "所属区编码", True, ("区编码", "districtcode")),
            Column("district_name", "所属区名称", False, ("区名称", "districtname")),
        ),
        ("示例-440311001", "凤凰街道", "440311", "光明区"),
    ),
    Sheet(
        SheetKey.COMMUNITIES,
        "社区",
        ("communities", "community"),
        (
            Column("code", "社区编码", True, ("code", "编码")),
            Column("name", "社区名称", True, ("name", "名称"), 24),
            Column("street_code", "所属街道编码", True, ("街道编码", "streetcode")),
        ),
        ("示例-440311001001", "凤凰社区", "440311001"),
    ),
    Sheet(
        SheetKey.GRIDS,
        "网格",
        ("小分格", "grids", "grid"),
        (
            Column("code", "网格编码", True, ("code", "编码")),
            Column("name", "网格名称", True, ("name", "名称"), 28),
            Column("community_code", "所属社区编码", True, ("社区编码", "communitycode")),
            Column("unit_code", "所属幸福里编码", False, ("幸福里编码", "unitcode")),
        ),
        ("示例-440311001001001", "凤凰社区第01小分格", "440311001001", "440311001-U01"),
    ),
    Sheet(
        SheetKey.UNITS,
        "幸福里",
        ("治理单元", "units", "unit"),
        (
            Column("code", "幸福里编码", True, ("code", "编码")),
            Column("name", "幸福里名称", True, ("name", "名称"), 24),
            Column("unit_type", "类型", True, ("幸福里类型", "type", "unittype")),
            Column("community_code", "所属社区编码", True, ("社区编码", "communitycode")),
            Column("service_station", "党群服务站", False, ("服务站", "servicestation"), 30),
        ),
        ("示例-440311001-U01", "凤凰花园幸福里", "住宅小区", "440311001001", "凤凰花园党群服务站"),
    ),
    Sheet(
        SheetKey.DEPARTMENTS,
        "部门",
        ("departments", "department"),
        (
            Column("name", "部门名称", True, ("name", "名称"), 24),
            Column("department_kind", "部门类别", True, ("类别", "kind")),
            Column("street_code", "所属街道编码", False, ("街道编码", "streetcode")),
        ),
        ("示例-街道党建办", "街道科室", "440311001"),
        match_by="name",
    ),
    Sheet(
        SheetKey.TEAMS,
        "志愿队伍",
        ("队伍", "teams", "team"),
        (
            Column("name", "队伍名称", True, ("name", "名称"), 24),
            Column("street_code", "所属街道编码", False, ("街道编码", "streetcode")),
            Column("psychological", "心理服务队伍", False, ("心理", "psychological")),
        ),
        ("示例-星灯志愿服务队", "440311001", YES),
        match_by="name",
    ),
)
SHEET_BY_KEY = {sheet.key: sheet for sheet in SHEETS}

NOTES = (
    "本工作簿用于在 StreetDesk 中建立或更新组织架构：街道、社区、网格、幸福里、部门和志愿队伍。",
    "每个工作表第一行是表头，请勿修改表头文字；工作表的顺序可以调整。",
    "以“示例”开头的行是填写示例，不会导入，可以删除。",
    "编码是每一项的唯一标识：再次导入时按编码更新名称和所属关系，不会重复新增。",
    "部门和志愿队伍没有编码，按“所属街道编码 + 名称”识别；所属街道编码留空表示全区通用。",
    "幸福里的“类型”只能从下拉列表中选择；部门类别同样从下拉列表中选择。",
    "每个网格只能属于一个社区；同一编码不能出现两次。",
    "请勿合并单元格。导入前会先列出将新增和修改的内容，确认后一次写入，有任何错误则什么也不写。",
)

_NOISE = re.compile(r"[\s_\-*:：]+|\([^)]*\)|\[[^\]]*\]")


def fold(text: object) -> str:
    """A header or sheet name as compared: width, case, spaces and remarks dropped."""
    folded = unicodedata.normalize("NFKC", str(text or "")).casefold()
    return _NOISE.sub("", folded)


def sheet_for(title: str) -> Sheet | None:
    name = fold(title)
    for sheet in SHEETS:
        if name in {fold(sheet.title), *(fold(a) for a in sheet.aliases)}:
            return sheet
    return None


def column_for(sheet: Sheet, header: object) -> Column | None:
    text = fold(header)
    if not text:
        return None
    for column in sheet.columns:
        if text in {fold(column.header), *(fold(a) for a in column.aliases)}:
            return column
    return None
