"""Organisation workbooks for tests: the template's headers, rows given per sheet."""

from __future__ import annotations

from pathlib import Path

from app.services.organisation.workbook.layout import (
    NOTES_SHEET,
    SHEET_BY_KEY,
    TEMPLATE_VERSION,
    VERSION_LABEL,
    SheetKey,
)

STREET: list[object] = ["FH", "凤凰街道", "440311", "光明区"]
SMALL: dict[SheetKey, list[list[object]]] = {
    SheetKey.STREETS: [STREET],
    SheetKey.COMMUNITIES: [["FH-C1", "凤凰社区", "FH"], ["FH-C2", "塘家社区", "FH"]],
    SheetKey.UNITS: [
        ["FH-U1", "凤凰花园幸福里", "住宅小区", "FH-C1", "凤凰花园党群服务站"],
        ["FH-U2", "塘家村幸福里", "城中村", "FH-C2", ""],
    ],
    SheetKey.GRIDS: [
        ["FH-G1", "凤凰社区第01小分格", "FH-C1", "FH-U1"],
        ["FH-G2", "塘家社区第01小分格", "FH-C2", ""],
    ],
    SheetKey.DEPARTMENTS: [["党建办", "街道科室", "FH"], ["派出所", "公安机关", "FH"]],
    SheetKey.TEAMS: [["星灯", "FH", "是"], ["区志愿者协会", "", "否"]],
}


def write_org_workbook(
    path: Path,
    rows: dict[SheetKey, list[list[object]]] | None = None,
    *,
    version: object = TEMPLATE_VERSION,
    order: list[SheetKey] | None = None,
    merge: tuple[SheetKey, str] | None = None,
) -> Path:
    from openpyxl import Workbook

    rows = SMALL if rows is None else rows
    workbook = Workbook()
    notes = workbook.active
    notes.title = NOTES_SHEET
    if version is not None:
        notes.append([VERSION_LABEL, version])
    for key in order or list(rows):
        spec = SHEET_BY_KEY[key]
        sheet = workbook.create_sheet(spec.title)
        sheet.append([column.header for column in spec.columns])
        for values in rows.get(key, []):
            sheet.append(values)
        if merge is not None and merge[0] == key:
            sheet.merge_cells(merge[1])
    workbook.save(path)
    return path
