"""Writing the organisation workbook: the empty, documented template, and the export of
a desk's organisation in the same layout (so one desk's export imports into another)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Community,
    Department,
    DepartmentKind,
    District,
    Grid,
    Street,
    Unit,
    UnitType,
    VolunteerTeam,
)
from app.services.organisation.workbook.layout import (
    NO,
    NOTES,
    NOTES_SHEET,
    SHEETS,
    TEMPLATE_VERSION,
    VERSION_LABEL,
    YES,
    Sheet,
    SheetKey,
)
from app.services.permissions import Actor, Permission, require
from app.services.roster_io.layout import FORMULA_STARTS, save_workbook

#: Rows the drop-down lists cover in the template.
VALIDATED_ROWS = 5000


@dataclass(frozen=True)
class OrgExportResult:
    path: Path
    rows: dict[SheetKey, int]


def _reference_names(session: Session, model: Any) -> list[str]:
    return list(
        session.scalars(
            select(model.name_zh)
            .where(model.deleted_at.is_(None))
            .order_by(model.sort_order, model.code)
        )
    )


def _put(sheet: Any, row: int, column: int, value: object) -> None:
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.data_type = "s"  # shown as text, never run as a formula
        cell.quotePrefix = True


def _build(
    rows: Mapping[SheetKey, Sequence[Sequence[object]]],
    unit_types: list[str],
    department_kinds: list[str],
    examples: bool,
) -> Any:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    notes = workbook.active
    notes.title = NOTES_SHEET
    notes["A1"] = "StreetDesk 组织架构导入模板"
    notes["A1"].font = Font(bold=True, size=14)
    notes["A2"] = VERSION_LABEL
    notes["B2"] = TEMPLATE_VERSION
    for offset, line in enumerate(NOTES, start=4):
        notes.cell(row=offset, column=1, value=line)
    notes.cell(row=len(NOTES) + 5, column=1, value="幸福里类型：" + "、".join(unit_types))
    notes.cell(row=len(NOTES) + 6, column=1, value="部门类别：" + "、".join(department_kinds))
    notes.column_dimensions["A"].width = 100
    lists = {
        "unit_type": unit_types,
        "department_kind": department_kinds,
        "psychological": [YES, NO],
    }
    required_fill = PatternFill("solid", fgColor="FFF2CC")
    example_font = Font(italic=True, color="808080")
    for spec in SHEETS:
        sheet = workbook.create_sheet(spec.title)
        for index, column in enumerate(spec.columns, start=1):
            _put(sheet, 1, index, column.header)
            header = sheet.cell(row=1, column=index)
            header.font = Font(bold=True)
            if column.required:
                header.fill = required_fill
            sheet.column_dimensions[header.column_letter].width = column.width
        sheet.freeze_panes = "A2"
        first = 2
        if examples:
            for index, text in enumerate(spec.example, start=1):
                _put(sheet, 2, index, text)
                sheet.cell(row=2, column=index).font = example_font
            first = 3
        for number, values in enumerate(rows.get(spec.key, ()), start=first):
            for index, value in enumerate(values, start=1):
                _put(sheet, number, index, value)
        _validations(sheet, spec, lists, DataValidation)
    return workbook


def _validations(sheet: Any, spec: Sheet, lists: dict[str, list[str]], validation: Any) -> None:
    for index, column in enumerate(spec.columns, start=1):
        choices = lists.get(column.key)
        if not choices:
            continue
        rule = validation(
            type="list",
            formula1='"' + ",".join(choices) + '"',
            allow_blank=not column.required,
            showErrorMessage=True,
            errorTitle=column.header,
            error="请从下拉列表中选择：" + "、".join(choices),
        )
        letter = sheet.cell(row=1, column=index).column_letter
        rule.add(f"{letter}2:{letter}{VALIDATED_ROWS}")
        sheet.add_data_validation(rule)


def reference_lists(session: Session | None) -> tuple[list[str], list[str]]:
    """The unit types and department kinds the drop-down lists offer: the database's, or
    without one the lists every new database is seeded with."""
    if session is not None:
        return _reference_names(session, UnitType), _reference_names(session, DepartmentKind)
    import importlib

    seed = importlib.import_module("app.migrations.versions.0002_seed_reference_data")
    return [zh for _, zh, _ in seed.UNIT_TYPES], [zh for _, zh, _ in seed.DEPARTMENT_KINDS]


def write_template(path: Path, unit_types: list[str], department_kinds: list[str]) -> Path:
    """An empty workbook with headers, notes, drop-down lists and one example row per sheet.

    It holds no personal data and needs no sign-in.
    """
    save_workbook(_build({}, unit_types, department_kinds, examples=True), Path(path))
    return Path(path)


def export_organisation(session: Session, actor: Actor, path: Path) -> OrgExportResult:
    """The live organisation the actor sees, in the template's layout."""
    require(actor, Permission.ROSTER_VIEW)
    rows = organisation_rows(session, actor)
    workbook = _build(
        rows,
        _reference_names(session, UnitType),
        _reference_names(session, DepartmentKind),
        examples=False,
    )
    save_workbook(workbook, Path(path))
    return OrgExportResult(Path(path), {key: len(value) for key, value in rows.items()})


def _live(session: Session, model: Any) -> list[Any]:
    return list(session.scalars(select(model).where(model.deleted_at.is_(None)).order_by(model.id)))


def organisation_rows(session: Session, actor: Actor) -> dict[SheetKey, list[list[object]]]:
    own = actor.street_id
    districts = {d.id: d for d in _live(session, District)}
    streets = {s.id: s for s in _live(session, Street) if own is None or s.id == own}
    communities = {c.id: c for c in _live(session, Community) if c.street_id in streets}
    units = {u.id: u for u in _live(session, Unit) if u.street_id in streets}
    type_names = {t.id: t.name_zh for t in _live(session, UnitType)}
    kind_names = {k.id: k.name_zh for k in _live(session, DepartmentKind)}

    def street_code(street_id: object) -> str:
        street = streets.get(street_id)
        return street.code if street is not None else ""

    def in_scope(street_id: object) -> bool:
        # district-wide departments and teams serve every street: its roster names them
        return street_id in streets or street_id is None

    rows: dict[SheetKey, list[list[object]]] = {
        SheetKey.STREETS: [
            [s.code, s.name, districts[s.district_id].code, districts[s.district_id].name]
            for s in sorted(streets.values(), key=lambda s: s.code)
            if s.district_id in districts
        ],
        SheetKey.COMMUNITIES: [
            [c.code, c.name, street_code(c.street_id)]
            for c in sorted(communities.values(), key=lambda c: c.code)
        ],
        SheetKey.GRIDS: [
            [
                g.code,
                g.name,
                communities[g.community_id].code,
                units[g.unit_id].code if g.unit_id in units else "",
            ]
            for g in sorted(_live(session, Grid), key=lambda g: g.code)
            if g.community_id in communities
        ],
        SheetKey.UNITS: [
            [
                u.code,
                u.name,
                type_names.get(u.unit_type_id, ""),
                communities[u.community_id].code if u.community_id in communities else "",
                u.service_station,
            ]
            for u in sorted(units.values(), key=lambda u: u.code)
        ],
        SheetKey.DEPARTMENTS: [
            [d.name, kind_names.get(d.kind_id, ""), street_code(d.street_id)]
            for d in sorted(
                _live(session, Department), key=lambda d: (street_code(d.street_id), d.name)
            )
            if in_scope(d.street_id)
        ],
        SheetKey.TEAMS: [
            [t.name, street_code(t.street_id), YES if t.is_psychological else NO]
            for t in sorted(
                _live(session, VolunteerTeam), key=lambda t: (street_code(t.street_id), t.name)
            )
            if in_scope(t.street_id)
        ],
    }
    return rows
