"""Roster import and export: Excel (.xlsx) and CSV, staff with secondments and volunteers.

Layout
------
An **.xlsx** workbook has two sheets:

* ``人员`` (staff; also read: 下沉人员, 工作人员, Staff): 姓名, 手机, 部门, 职务, 幸福里,
  岗位, 开始日期, 结束日期 — one row per secondment (a person in two posts, or with an
  earlier secondment, has two rows with the same name and mobile), one row for a person
  not seconded.
* ``志愿者`` (volunteers; also read: 群防群治力量, Volunteers): 姓名, 手机, 队伍, 网格,
  幸福里, 技能.

Both sheets end with 街道, the street's code: a district-wide account importing into a desk
of several streets imports into the street it names (a file naming a street the desk has
not set up is refused: import the organisation first).

Other sheets (e.g. 说明) are ignored unless they carry roster headers and a ``类别`` column.

A **.csv** file is one table with a ``类别`` column (人员 / 志愿者) and the union of the
columns above. Exports write UTF-8 with a BOM; imports read UTF-8 (with or without BOM),
UTF-16 with a BOM, and GB18030.

Columns are found by their header, in any order: Chinese or English names (姓名 / Name,
手机号码 / Mobile, 开始日期 / Start date...), with width, case, spaces and remarks such as
"（必填）" ignored. A title row above the headers is allowed. 部门, 队伍, 网格 and 幸福里 name
existing entries of the street (by name, or by code where names repeat); 岗位 is a post
kind (格长, 副格长, 基础岗, 党建岗...). Dates may be date cells, Excel serial numbers, or text
such as 2024-03-01, 2024/3/1 or 2024年3月1日. Mobile numbers may carry spaces, dashes,
+86 or full-width digits.

Text beginning with = + - @ is written so that a spreadsheet never runs it: in .xlsx as a
text cell with Excel's apostrophe marker, in .csv with a leading apostrophe that the
importer removes again, also from a workbook a spreadsheet saved from that CSV file. Text
that itself starts with apostrophes before such a character gets one more apostrophe in
both formats, so that no apostrophe which is data is ever removed.

An import is two steps: ``plan_import`` reads and checks the file and reports, row by row,
what would be added, updated, left unchanged, skipped as a duplicate (same name and mobile
as an earlier row) or refused with the reasons; ``apply_plan`` then writes it in the
caller's single transaction with one audit row, or nothing at all.
"""

from app.services.roster_io.apply import ImportResult, apply_plan
from app.services.roster_io.export import (
    ExportCancelled,
    ExportResult,
    ExportSelection,
    export_roster,
)
from app.services.roster_io.layout import PersonKind
from app.services.roster_io.plan import plan_import
from app.services.roster_io.plan_rows import ImportPlan, PlanRow, RowAction, RowProblem

__all__ = [
    "ExportCancelled",
    "ExportResult",
    "ExportSelection",
    "ImportPlan",
    "ImportResult",
    "PersonKind",
    "PlanRow",
    "RowAction",
    "RowProblem",
    "apply_plan",
    "export_roster",
    "plan_import",
]
