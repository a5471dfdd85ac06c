"""Writing a street's roster to .xlsx or .csv in the layout the importer reads back."""

from __future__ import annotations

import csv
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import (
    Community,
    Department,
    Grid,
    Post,
    PostKind,
    Secondment,
    Staff,
    Street,
    Unit,
    Volunteer,
    VolunteerTeam,
)
from app.services import audit
from app.services.errors import N_, ValidationError
from app.services.permissions import Actor, Permission
from app.services.pinyin_search import pinyin_sort_key
from app.services.roster_io.layout import (
    COLUMNS,
    CSV_COLUMNS,
    KIND_VALUES,
    SHEET_NAMES,
    STAFF_COLUMNS,
    VOLUNTEER_COLUMNS,
    PersonKind,
    neutralise,
    save_workbook,
    text_safe_cell,
)
from app.services.rosters.editing import resolve_street
from app.services.rosters.people import PeopleFilter, load_staff
from app.services.rosters.volunteer_rows import load_volunteers
from app.services.street_scope import street_service
from app.services.whole_file import write_whole_file

Record = dict[str, object]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    staff_rows: int
    volunteer_rows: int
    #: for a CSV file: names with characters GBK cannot hold, which become "?" when Excel
    #: or WPS on Chinese Windows saves the file again (.xlsx or CSV UTF-8 keep them)
    names_outside_gbk: tuple[str, ...] = ()


def names_outside_gbk(records: list[Record]) -> tuple[str, ...]:
    """The distinct names that do not fit GBK, in the records' order."""
    out: dict[str, None] = {}
    for record in records:
        name = str(record.get("name") or "")
        try:
            name.encode("gbk")
        except UnicodeEncodeError:
            out[name] = None
    return tuple(out)


def _names_or_codes(rows: list[tuple[uuid.UUID, str, str]]) -> dict[uuid.UUID, str]:
    """Each entry by name, or by code where two entries share the name (so the importer
    can tell them apart)."""
    counts = Counter(name for _, name, _ in rows)
    return {row_id: name if counts[name] == 1 else code for row_id, name, code in rows}


@dataclass(frozen=True)
class ExportSelection:
    """What the list shows: the people of one tab, narrowed by the pane's own filter
    (the same ``PeopleFilter`` the pane applies, applied here by the service)."""

    volunteers: bool
    people: PeopleFilter


def staff_records(
    session: Session, street_id: uuid.UUID, only: set[uuid.UUID] | None = None
) -> list[Record]:
    """One record per secondment (history included), and one per staff member without;
    ``only``: these staff members alone."""
    units = _names_or_codes(
        [
            (r[0], r[1], r[2])
            for r in session.execute(
                select(Unit.id, Unit.name, Unit.code).where(
                    Unit.street_id == street_id, Unit.deleted_at.is_(None)
                )
            )
        ]
    )
    departments = dict(
        (r[0], r[1])
        for r in session.execute(
            select(Department.id, Department.name).where(
                or_(Department.street_id == street_id, Department.street_id.is_(None))
            )
        )
    )
    secondments: dict[uuid.UUID, list[tuple[date, date | None, uuid.UUID, str]]] = {}
    for staff_id, start, end, unit_id, kind_name in session.execute(
        select(
            Secondment.staff_id,
            Secondment.start_date,
            Secondment.end_date,
            Post.unit_id,
            PostKind.name_zh,
        )
        .join(Post, Post.id == Secondment.post_id)
        .join(PostKind, PostKind.id == Post.post_kind_id)
        .where(Secondment.deleted_at.is_(None), Post.deleted_at.is_(None))
    ):
        if unit_id in units:
            secondments.setdefault(staff_id, []).append((start, end, unit_id, kind_name))
    records: list[Record] = []
    for staff_id, name, phone, dept_id, title in session.execute(
        select(Staff.id, Staff.name, Staff.phone, Staff.department_id, Staff.title).where(
            Staff.street_id == street_id, Staff.deleted_at.is_(None)
        )
    ):
        if only is not None and staff_id not in only:
            continue
        person: Record = {
            "name": name,
            "phone": phone,
            "department": departments.get(dept_id, ""),
            "title": title,
        }
        held = sorted(secondments.get(staff_id, []), key=lambda s: (s[0], s[3]))
        if not held:
            records.append(person)
        for start, end, unit_id, kind_name in held:
            records.append(
                {
                    **person,
                    "unit": units[unit_id],
                    "post": kind_name,
                    "start_date": start,
                    "end_date": end,
                }
            )
    records.sort(
        key=lambda r: (pinyin_sort_key(str(r["name"])), r["phone"], str(r.get("start_date", "")))
    )
    return records


def volunteer_records(
    session: Session, street_id: uuid.UUID, only: set[uuid.UUID] | None = None
) -> list[Record]:
    units = _names_or_codes(
        [
            (r[0], r[1], r[2])
            for r in session.execute(
                select(Unit.id, Unit.name, Unit.code).where(Unit.street_id == street_id)
            )
        ]
    )
    grids = _names_or_codes(
        [
            (r[0], r[1], r[2])
            for r in session.execute(
                select(Grid.id, Grid.name, Grid.code)
                .join(Community, Community.id == Grid.community_id)
                .where(Community.street_id == street_id)
            )
        ]
    )
    teams = {
        r[0]: r[1]
        for r in session.execute(
            select(VolunteerTeam.id, VolunteerTeam.name).where(
                or_(VolunteerTeam.street_id == street_id, VolunteerTeam.street_id.is_(None))
            )
        )
    }
    records: list[Record] = [
        {
            "name": name,
            "phone": phone,
            "team": teams.get(team_id, "") if team_id else "",
            "grid": grids.get(grid_id, "") if grid_id else "",
            "unit": units.get(unit_id, "") if unit_id else "",
            "skills": skills,
        }
        for volunteer_id, name, phone, team_id, grid_id, unit_id, skills in session.execute(
            select(
                Volunteer.id,
                Volunteer.name,
                Volunteer.phone,
                Volunteer.team_id,
                Volunteer.grid_id,
                Volunteer.unit_id,
                Volunteer.skills,
            ).where(Volunteer.street_id == street_id, Volunteer.deleted_at.is_(None))
        )
        if only is None or volunteer_id in only
    ]
    records.sort(key=lambda r: (pinyin_sort_key(str(r["name"])), r["phone"]))
    return records


class ExportCancelled(Exception):
    """``proceed`` said no before the file was put in place; the target is untouched."""


@street_service(Permission.ROSTER_VIEW)
def export_roster(
    session: Session,
    actor: Actor,
    path: Path,
    *,
    street_id: uuid.UUID | None = None,
    proceed: Callable[[], bool] | None = None,
    selection: ExportSelection | None = None,
) -> ExportResult:
    """Staff with their secondments and volunteers of one street, to .xlsx or .csv.

    ``proceed`` is asked once the file is written, before it replaces ``path``: False
    (a cancel) raises ``ExportCancelled`` and leaves ``path`` as it was. The audit row
    is flushed first; on any error the caller's session rolls it back with the file
    never written (``Database.session`` does).
    """
    path = Path(path)
    suffix = path.suffix.casefold()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError(
            "file", N_("Export to a file ending in .xlsx or .csv, not {file}."), file=path.name
        )
    street = resolve_street(session, actor, street_id)
    street_code = session.scalar(select(Street.code).where(Street.id == street)) or ""
    if selection is None:
        staff = staff_records(session, street)
        volunteers = volunteer_records(session, street)
    elif selection.volunteers:
        table = load_volunteers(session, actor, street_id=street)
        chosen = {table.rows[i].volunteer_id for i in table.select(selection.people)}
        staff, volunteers = [], volunteer_records(session, street, chosen)
    else:
        rows = load_staff(session, actor, street_id=street)
        held = {rows.rows[i].staff_id for i in rows.select(selection.people)}
        staff, volunteers = staff_records(session, street, {i for i in held if i}), []
    staff = [{**r, "street": street_code} for r in staff]
    volunteers = [{**r, "street": street_code} for r in volunteers]
    # Recorded before a byte is written: a file never leaves without its audit row. If
    # the write then fails or is cancelled, the error rolls the caller's session back.
    audit.record(
        session,
        actor.username,
        "export",
        "roster",
        street,
        file=path.name,
        staff=len(staff),
        volunteers=len(volunteers),
    )
    session.flush()

    def cancel_if_asked() -> None:
        if proceed is not None and not proceed():
            raise ExportCancelled

    if suffix == ".xlsx":
        write_whole_file(path, lambda p: _write_xlsx(p, staff, volunteers), cancel_if_asked)
        return ExportResult(path, len(staff), len(volunteers))
    write_whole_file(path, lambda p: _write_csv(p, staff, volunteers), cancel_if_asked)
    return ExportResult(path, len(staff), len(volunteers), names_outside_gbk(staff + volunteers))


def _write_xlsx(path: Path, staff: list[Record], volunteers: list[Record]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    for kind, columns, records in (
        (PersonKind.STAFF, STAFF_COLUMNS, staff),
        (PersonKind.VOLUNTEER, VOLUNTEER_COLUMNS, volunteers),
    ):
        sheet = workbook.create_sheet(SHEET_NAMES[kind])
        sheet.freeze_panes = "A2"
        for letter_index, key in enumerate(columns):
            width = 14 if key in ("phone", "start_date", "end_date") else 18
            sheet.column_dimensions[chr(ord("A") + letter_index)].width = width
        header = []
        for key in columns:
            cell = WriteOnlyCell(sheet, value=COLUMNS[key].header)
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        for record in records:
            row = []
            for key in columns:
                value = record.get(key)
                cell = text_safe_cell(sheet, value if value != "" else None)
                if isinstance(value, date):
                    cell.number_format = "yyyy-mm-dd"
                row.append(cell)
            sheet.append(row)
    save_workbook(workbook, path)


def _write_csv(path: Path, staff: list[Record], volunteers: list[Record]) -> None:
    # UTF-8 with a BOM, which Excel needs to open Chinese CSV correctly
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([COLUMNS[key].header for key in CSV_COLUMNS])
        for kind, records in ((PersonKind.STAFF, staff), (PersonKind.VOLUNTEER, volunteers)):
            for record in records:
                writer.writerow(
                    [KIND_VALUES[kind]] + [_csv_text(record.get(key)) for key in CSV_COLUMNS[1:]]
                )


def _csv_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(str(value))
