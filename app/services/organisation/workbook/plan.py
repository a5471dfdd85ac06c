"""The dry run of an organisation import: every row classified (add, update, unchanged,
error) with its reasons, and the writes a confirmed import makes.

Rows are matched by code (departments and teams, which have none, by street and name),
so importing an edited workbook again updates what changed and never duplicates. A row
may name a parent added by an earlier sheet of the same file.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy.orm import Session

from app.services.errors import N_, ValidationError
from app.services.organisation.nodes import OrgKind
from app.services.organisation.workbook.existing import Entry, Existing, load_existing
from app.services.organisation.workbook.layout import (
    NO,
    SHEET_BY_KEY,
    YES,
    SheetKey,
    fold,
)
from app.services.organisation.workbook.plan_rows import EntryWrite, OrgPlan, OrgPlanRow
from app.services.organisation.workbook.reader import Workbook, read_workbook
from app.services.permissions import Actor, Permission, require
from app.services.roster_io.plan_rows import RowAction, RowProblem
from app.services.validators import text as checked_text

CODE_MAX, NAME_MAX, STATION_MAX = 20, 80, 120
_ENTITY = {
    SheetKey.STREETS: OrgKind.STREET,
    SheetKey.COMMUNITIES: OrgKind.COMMUNITY,
    SheetKey.GRIDS: OrgKind.GRID,
    SheetKey.UNITS: OrgKind.UNIT,
    SheetKey.DEPARTMENTS: OrgKind.DEPARTMENT,
    SheetKey.TEAMS: OrgKind.TEAM,
}
#: sheets in the order they are planned: parents before what names them
PLANNING_ORDER = (
    SheetKey.STREETS,
    SheetKey.COMMUNITIES,
    SheetKey.UNITS,
    SheetKey.GRIDS,
    SheetKey.DEPARTMENTS,
    SheetKey.TEAMS,
)


def plan_org_import(session: Session, actor: Actor, path: Path) -> OrgPlan:
    """Read the workbook and work out what importing it would change; writes nothing."""
    require(actor, Permission.SETTINGS_EDIT)
    return plan_workbook(session, actor, read_workbook(Path(path)))


def plan_workbook(session: Session, actor: Actor, workbook: Workbook) -> OrgPlan:
    require(actor, Permission.SETTINGS_EDIT)
    planner = _Planner(load_existing(session), actor, workbook)
    for key in PLANNING_ORDER:
        for number, values in workbook.rows(key):
            planner.plan_row(key, number, values)
    ignored = tuple(
        f"{table.title}: {header}"
        for table in workbook.sheets.values()
        for header in table.ignored_headers
    )
    return OrgPlan(workbook.file_name, tuple(planner.rows), tuple(planner.writes), ignored)


class _Row:
    """One row's cells and the problems found in them."""

    def __init__(self, key: SheetKey, values: dict[str, str]) -> None:
        self.sheet = SHEET_BY_KEY[key]
        self.values = values
        self.problems: list[RowProblem] = []
        #: refused only if the row would change something (an unchanged row of another
        #: street, e.g. in a district's export, passes)
        self.out_of_scope: RowProblem | None = None

    def header(self, column: str) -> str:
        return self.sheet.column(column).header

    def problem(self, column: str, message: str, **params: object) -> None:
        self.problems.append(RowProblem(self.header(column), message, params))

    def text(self, column: str, limit: int) -> str:
        required = self.sheet.column(column).required
        try:
            return checked_text(
                column,
                self.values.get(column, ""),
                limit,
                required=required,
                empty_message=N_("This column must be filled in."),
            )
        except ValidationError as exc:
            self.problems.append(RowProblem(self.header(column), exc.message, exc.params))
            return ""


class _Planner:
    def __init__(self, existing: Existing, actor: Actor, workbook: Workbook) -> None:
        self.existing = existing
        self.actor = actor
        self.workbook = workbook
        self.rows: list[OrgPlanRow] = []
        self.writes: list[EntryWrite] = []
        #: code (or street+name) → (row number, id, parent id) of rows planned so far
        self.seen: dict[SheetKey, dict[object, tuple[int, uuid.UUID, object]]] = {
            key: {} for key in SheetKey
        }
        self.new_districts: dict[str, uuid.UUID] = {}
        #: codes of rows refused, so rows naming them are not told they do not exist
        self.failed: dict[SheetKey, set[str]] = {key: set() for key in SheetKey}
        #: unit id → street id, for units of the file and of the database
        self.unit_street: dict[uuid.UUID, object] = {
            e.id: e.values["street_id"] for e in existing.units.values() if not e.retired
        }

    # -- lookups of parents, from the file first, then the database -----------------------

    def _find(self, key: SheetKey, code: str, entries: dict[str, Entry]) -> uuid.UUID | None:
        planned = self.seen[key].get(code)
        if planned is not None:
            return planned[1]
        entry = entries.get(code)
        return entry.id if entry is not None and not entry.retired else None

    def _missing(self, row: _Row, column: str, key: SheetKey, code: str, message: str) -> None:
        if code in self.failed[key]:
            row.problem(
                column, N_("{code} has errors on its own row; correct that row first."), code=code
            )
        else:
            row.problem(column, message, code=code)

    def street_id(self, row: _Row, column: str) -> uuid.UUID | None:
        code = row.values.get(column, "")
        if not code:
            return None
        found = self._find(SheetKey.STREETS, code, self.existing.streets)
        if found is None:
            self._missing(
                row,
                column,
                SheetKey.STREETS,
                code,
                N_("There is no street {code}, neither in this file nor in the desk."),
            )
        return found

    def community(self, row: _Row) -> tuple[uuid.UUID, uuid.UUID] | None:
        """(community id, its street id) of the row's 所属社区编码."""
        code = row.values.get("community_code", "")
        if not code:
            return None
        planned = self.seen[SheetKey.COMMUNITIES].get(code)
        if planned is not None:
            return planned[1], planned[2]  # type: ignore[return-value]
        entry = self.existing.communities.get(code)
        if entry is None or entry.retired:
            self._missing(
                row,
                "community_code",
                SheetKey.COMMUNITIES,
                code,
                N_("There is no community {code}, neither in this file nor in the desk."),
            )
            return None
        return entry.id, entry.values["street_id"]  # type: ignore[return-value]

    # -- one row ------------------------------------------------------------------------

    def plan_row(self, key: SheetKey, number: int, values: dict[str, str]) -> None:
        row = _Row(key, values)
        getattr(self, f"_plan_{key.value}")(row, number)

    def _scope(self, row: _Row, street_id: uuid.UUID | None, column: str) -> None:
        if street_id is None and row.values.get(column):
            return  # named but not found: the row already says so
        if self.actor.street_id is not None and street_id != self.actor.street_id:
            row.out_of_scope = RowProblem(
                row.header(column),
                N_("This belongs to another street; your account works on yours."),
            )

    def _duplicate(self, row: _Row, key: SheetKey, match: object, column: str) -> bool:
        earlier = self.seen[key].get(match)
        if earlier is None:
            return False
        row.problem(
            column,
            N_("{value} is also on row {row}; each may appear once."),
            value=row.values.get(column, ""),
            row=earlier[0],
        )
        return True

    def _finish(
        self,
        row: _Row,
        number: int,
        key: SheetKey,
        match: object,
        entry: Entry | None,
        values: dict[str, object],
        parent: object = None,
    ) -> None:
        code = row.values.get("code", "")
        name = str(values.get("name", ""))
        if entry is not None and entry.retired:
            row.problem(
                "code",
                N_("The code {code} belonged to an entry now retired; choose another."),
                code=code,
            )
        changed = (
            {k: v for k, v in values.items() if entry.values.get(k) != v}
            if entry is not None
            else values
        )
        if row.out_of_scope is not None and changed:
            row.problems.append(row.out_of_scope)
        if row.problems:
            if code:
                self.failed[key].add(code)
            self.rows.append(
                OrgPlanRow(
                    row.sheet.title, number, key, RowAction.ERROR, code, name, tuple(row.problems)
                )
            )
            return
        if entry is None:
            new_id = uuid.uuid4()
            self.writes.append(EntryWrite(_ENTITY[key], new_id, None, values))
            self.seen[key][match] = (number, new_id, parent)
            self.rows.append(OrgPlanRow(row.sheet.title, number, key, RowAction.ADD, code, name))
            return
        self.seen[key][match] = (number, entry.id, parent)
        if changed:
            self.writes.append(EntryWrite(_ENTITY[key], entry.id, entry.version, changed))
        headers = tuple(dict.fromkeys(_header_of(key, k) for k in changed))
        action = RowAction.UPDATE if changed else RowAction.UNCHANGED
        self.rows.append(OrgPlanRow(row.sheet.title, number, key, action, code, name, (), headers))

    def _plan_streets(self, row: _Row, number: int) -> None:
        code = row.text("code", CODE_MAX)
        name = row.text("name", NAME_MAX)
        district_code = row.text("district_code", CODE_MAX)
        district_name = row.text("district_name", NAME_MAX)
        if code and self._duplicate(row, SheetKey.STREETS, code, "code"):
            code = ""
        entry = self.existing.streets.get(code) if code else None
        if self.actor.street_id is not None and (entry is None or entry.id != self.actor.street_id):
            row.out_of_scope = RowProblem(
                row.header("code"),
                N_("Only a district administrator adds or changes other streets."),
            )
        district_id: uuid.UUID | None = None
        if district_code:
            found = self.existing.districts.get(district_code)
            if found is not None and not found.retired:
                district_id = found.id
                if district_name and district_name != found.values["name"]:
                    row.problem(
                        "district_name",
                        N_("The district {code} is named {name} in the desk."),
                        code=district_code,
                        name=found.values["name"],
                    )
            elif district_code in self.new_districts:
                district_id = self.new_districts[district_code]
            elif not district_name:
                row.problem("district_name", N_("A new district needs its name."))
            elif not row.problems:
                district_id = uuid.uuid4()
                self.new_districts[district_code] = district_id
                self.writes.append(
                    EntryWrite(
                        OrgKind.DISTRICT,
                        district_id,
                        None,
                        {"code": district_code, "name": district_name},
                    )
                )
        values: dict[str, object] = {"name": name, "district_id": district_id}
        if entry is None:
            values["code"] = code
        self._finish(row, number, SheetKey.STREETS, code, entry, values, district_id)

    def _plan_communities(self, row: _Row, number: int) -> None:
        code = row.text("code", CODE_MAX)
        name = row.text("name", NAME_MAX)
        row.text("street_code", CODE_MAX)
        street_id = self.street_id(row, "street_code")
        if code and self._duplicate(row, SheetKey.COMMUNITIES, code, "code"):
            code = ""
        self._scope(row, street_id, "street_code")
        entry = self.existing.communities.get(code) if code else None
        if (
            entry is not None
            and street_id is not None
            and entry.values["street_id"] != street_id
            and self.existing.units_in_community.get(entry.id)
        ):
            row.problem(
                "street_code",
                N_("A community with 幸福里 units stays in its street; move its units first."),
            )
        values: dict[str, object] = {"name": name, "street_id": street_id}
        if entry is None:
            values["code"] = code
        self._finish(row, number, SheetKey.COMMUNITIES, code, entry, values, street_id)

    def _plan_units(self, row: _Row, number: int) -> None:
        code = row.text("code", CODE_MAX)
        name = row.text("name", NAME_MAX)
        station = row.text("service_station", STATION_MAX)
        type_text = row.text("unit_type", NAME_MAX)
        row.text("community_code", CODE_MAX)
        type_id = self.existing.unit_types.get(fold(type_text)) if type_text else None
        if type_text and type_id is None:
            row.problem(
                "unit_type",
                N_("{value} is not a unit type; choose one of {choices}."),
                value=type_text,
                choices="、".join(self.existing.unit_type_names),
            )
        place = self.community(row)
        if code and self._duplicate(row, SheetKey.UNITS, code, "code"):
            code = ""
        street_id = place[1] if place else None
        if place:
            self._scope(row, street_id, "community_code")
        entry = self.existing.units.get(code) if code else None
        if entry is not None and place and entry.values["street_id"] != street_id:
            row.problem(
                "community_code", N_("A 幸福里 unit moves only between communities of its street.")
            )
        values: dict[str, object] = {
            "name": name,
            "unit_type_id": type_id,
            "community_id": place[0] if place else None,
            "street_id": street_id,
            "service_station": station,
        }
        if entry is None:
            values["code"] = code
        self._finish(row, number, SheetKey.UNITS, code, entry, values, street_id)
        planned = self.seen[SheetKey.UNITS].get(code) if code else None
        if planned is not None and planned[0] == number:
            self.unit_street[planned[1]] = street_id

    def _plan_grids(self, row: _Row, number: int) -> None:
        code = row.text("code", CODE_MAX)
        name = row.text("name", NAME_MAX)
        row.text("community_code", CODE_MAX)
        unit_code = row.text("unit_code", CODE_MAX)
        place = self.community(row)
        earlier = self.seen[SheetKey.GRIDS].get(code) if code else None
        if earlier is not None and place is not None and earlier[2] != place[0]:
            row.problem(
                "community_code",
                N_(
                    "The grid {code} is also on row {row}, under another community;"
                    " a grid belongs to one community."
                ),
                code=code,
                row=earlier[0],
            )
            code = ""
        elif code and self._duplicate(row, SheetKey.GRIDS, code, "code"):
            code = ""
        if place:
            self._scope(row, place[1], "community_code")
        unit_id = None
        if unit_code:
            unit_id = self._find(SheetKey.UNITS, unit_code, self.existing.units)
            if unit_id is None:
                self._missing(
                    row,
                    "unit_code",
                    SheetKey.UNITS,
                    unit_code,
                    N_("There is no 幸福里 unit {code}, neither in this file nor in the desk."),
                )
            elif place and self.unit_street.get(unit_id) != place[1]:
                row.problem(
                    "unit_code", N_("The 幸福里 unit {code} is in another street."), code=unit_code
                )
        entry = self.existing.grids.get(code) if code else None
        if (
            entry is not None
            and place
            and self._street_of_community(entry.values["community_id"]) != place[1]
        ):
            row.problem(
                "community_code", N_("A grid moves only between communities of its street.")
            )
        values: dict[str, object] = {
            "name": name,
            "community_id": place[0] if place else None,
            "unit_id": unit_id,
        }
        if entry is None:
            values["code"] = code
        self._finish(row, number, SheetKey.GRIDS, code, entry, values, place[0] if place else None)

    def _street_of_community(self, community_id: object) -> object:
        for entry in self.existing.communities.values():
            if entry.id == community_id:
                return entry.values["street_id"]
        return None

    def _plan_departments(self, row: _Row, number: int) -> None:
        name = row.text("name", NAME_MAX)
        kind_text = row.text("department_kind", NAME_MAX)
        row.text("street_code", CODE_MAX)
        kind_id = self.existing.department_kinds.get(fold(kind_text)) if kind_text else None
        if kind_text and kind_id is None:
            row.problem(
                "department_kind",
                N_("{value} is not a department kind; choose one of {choices}."),
                value=kind_text,
                choices="、".join(self.existing.department_kind_names),
            )
        self._named(
            row,
            number,
            SheetKey.DEPARTMENTS,
            self.existing.departments,
            {"name": name, "kind_id": kind_id},
        )

    def _plan_teams(self, row: _Row, number: int) -> None:
        name = row.text("name", NAME_MAX)
        flag = fold(row.values.get("psychological", ""))
        psychological = flag in (fold(YES), "y", "yes", "true", "1")
        if flag and not psychological and flag not in (fold(NO), "n", "no", "false", "0"):
            row.problem("psychological", N_("Write 是 or 否."))
        self._named(
            row,
            number,
            SheetKey.TEAMS,
            self.existing.teams,
            {"name": name, "is_psychological": psychological},
        )

    def _named(
        self,
        row: _Row,
        number: int,
        key: SheetKey,
        entries: dict[tuple[uuid.UUID | None, str], Entry],
        values: dict[str, object],
    ) -> None:
        street_id = self.street_id(row, "street_code")
        self._scope(row, street_id, "street_code")
        match = (street_id, fold(str(values["name"])))
        if values["name"] and self._duplicate(row, key, match, "name"):
            match = (street_id, "")
        entry = entries.get(match) if values["name"] else None
        values = {**values, "street_id": street_id}
        self._finish(row, number, key, match, entry, values, street_id)


def _header_of(key: SheetKey, value_key: str) -> str:
    column = {
        "district_id": "district_code",
        "street_id": "street_code",
        "community_id": "community_code",
        "unit_id": "unit_code",
        "unit_type_id": "unit_type",
        "kind_id": "department_kind",
        "is_psychological": "psychological",
    }.get(value_key, value_key)
    sheet = SHEET_BY_KEY[key]
    try:
        return sheet.column(column).header
    except StopIteration:
        return column
