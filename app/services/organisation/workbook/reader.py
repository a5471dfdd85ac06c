"""Reading an organisation workbook into rows keyed by column, refusing what is unsafe,
malformed or of another template version before anything is planned.

Only the sheets the layout names are read (others, and any junk in them, are never
parsed); a sheet's header must be in its first rows, and rows are capped, so a large
file of junk is refused early and in little memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.services.errors import N_, ValidationError
from app.services.organisation.workbook.layout import (
    EXAMPLE_MARK,
    NOTES_SHEET,
    TEMPLATE_VERSION,
    VERSION_LABEL,
    Sheet,
    SheetKey,
    column_for,
    fold,
    sheet_for,
)
from app.services.roster_io.layout import cell_text
from app.services.roster_io.readers import (
    check_file_size,
    file_error,
    merged_ranges,
    open_xlsx,
)

MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_ROWS_PER_SHEET = 20_000
MAX_COLUMNS = 32
HEADER_SEARCH_ROWS = 5


@dataclass
class SheetRows:
    sheet: Sheet
    #: the sheet's title as the file spells it
    title: str
    #: (row number as the spreadsheet shows it, column key → text)
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    ignored_headers: list[str] = field(default_factory=list)


@dataclass
class Workbook:
    file_name: str
    sheets: dict[SheetKey, SheetRows] = field(default_factory=dict)
    version: int | None = None

    def rows(self, key: SheetKey) -> list[tuple[int, dict[str, str]]]:
        found = self.sheets.get(key)
        return found.rows if found else []

    def title(self, key: SheetKey) -> str:
        found = self.sheets.get(key)
        return found.title if found else key.value


def read_workbook(path: Path) -> Workbook:
    """The organisation sheets of an .xlsx file; raises ``ValidationError("file", ...)``."""
    path = Path(path)
    check_file_size(path, MAX_FILE_BYTES)
    if path.suffix.casefold() not in (".xlsx", ".xlsm"):
        raise file_error(N_("{file} is not an Excel workbook (.xlsx)."), path)
    found = Workbook(path.name)
    with open_xlsx(path) as workbook:
        for worksheet in workbook.worksheets:
            if fold(worksheet.title) == fold(NOTES_SHEET):
                found.version = _version(worksheet, path)
                continue
            sheet = sheet_for(worksheet.title)
            if sheet is None:
                continue
            if sheet.key in found.sheets:
                raise file_error(
                    N_("{file} has two {sheet} sheets; keep one."), path, sheet=sheet.title
                )
            member = getattr(worksheet, "_worksheet_path", None)
            if member:
                _refuse_merged(path, worksheet.title, member)
            found.sheets[sheet.key] = _read_sheet(worksheet, sheet, path)
    _check_version(found.version, path)
    if not found.sheets:
        raise file_error(
            N_(
                "{file} has no organisation sheet: use the template (streetdesk org template),"
                " with sheets such as 街道, 社区, 网格, 幸福里, 部门 and 志愿队伍."
            ),
            path,
        )
    if not any(table.rows for table in found.sheets.values()):
        raise file_error(N_("{file} has no rows to import."), path)
    return found


def _version(worksheet: Any, path: Path) -> int | None:
    for values in worksheet.iter_rows(max_row=20, max_col=4, values_only=True):
        for index, value in enumerate(values[:-1]):
            if fold(value) == fold(VERSION_LABEL):
                text = cell_text(values[index + 1])
                try:
                    return int(text)
                except ValueError:
                    raise file_error(
                        N_("The template version in {file} ({value}) is not a number."),
                        path,
                        value=text,
                    ) from None
    return None


def _check_version(version: int | None, path: Path) -> None:
    """A workbook without a notes sheet (typed by hand) is read by its headers."""
    if version is None or version == TEMPLATE_VERSION:
        return
    if version < TEMPLATE_VERSION:
        raise file_error(
            N_(
                "{file} was made from template version {found}; this desk reads version"
                " {current}. Write a new template (streetdesk org template), copy the rows"
                " into it and import that."
            ),
            path,
            found=version,
            current=TEMPLATE_VERSION,
        )
    raise file_error(
        N_(
            "{file} was made by a newer StreetDesk (template version {found}; this desk reads"
            " version {current}). Update this desk first."
        ),
        path,
        found=version,
        current=TEMPLATE_VERSION,
    )


def _refuse_merged(path: Path, title: str, member: str) -> None:
    for ref, _first, _last in merged_ranges(path, member):
        raise file_error(
            N_(
                "The sheet {sheet} of {file} has merged cells ({ref}); unmerge them and fill in"
                " every cell."
            ),
            path,
            sheet=title,
            ref=ref,
        )


def _read_sheet(worksheet: Any, sheet: Sheet, path: Path) -> SheetRows:
    table = SheetRows(sheet, worksheet.title)
    columns: dict[str, int] | None = None
    seen_any = False
    for number, values in enumerate(
        worksheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1
    ):
        if number > MAX_ROWS_PER_SHEET:
            raise file_error(
                N_("The sheet {sheet} of {file} has more than {limit} rows."),
                path,
                sheet=worksheet.title,
                limit=MAX_ROWS_PER_SHEET,
            )
        texts = [cell_text(v) for v in values]
        if not any(texts):
            continue
        seen_any = True
        if columns is None:
            columns = _header(texts, sheet, table, path)
            if columns is None:
                if number >= HEADER_SEARCH_ROWS:
                    raise _no_header(path, worksheet.title, sheet)
                continue
            continue
        row = {key: texts[index] if index < len(texts) else "" for key, index in columns.items()}
        first = texts[0] if texts else ""
        if first.startswith(EXAMPLE_MARK):
            continue
        table.rows.append((number, row))
    if columns is None and seen_any:
        raise _no_header(path, worksheet.title, sheet)
    return table


def _header(texts: list[str], sheet: Sheet, table: SheetRows, path: Path) -> dict[str, int] | None:
    """The column positions, if this row is the sheet's header row."""
    columns: dict[str, int] = {}
    ignored: list[str] = []
    for index, text in enumerate(texts):
        if not text:
            continue
        column = column_for(sheet, text)
        if column is None:
            ignored.append(text)
        elif column.key not in columns:
            columns[column.key] = index
    needed = {c.key for c in sheet.columns if c.required}
    if not needed <= columns.keys():
        if len(columns) >= 2:  # a header row, but lacking a column: say which
            missing = [c.header for c in sheet.columns if c.required and c.key not in columns]
            raise file_error(
                N_("The sheet {sheet} of {file} lacks the column(s) {columns}."),
                path,
                sheet=table.title,
                columns="、".join(missing),
            )
        return None
    table.ignored_headers = ignored
    return columns


def _no_header(path: Path, title: str, sheet: Sheet) -> ValidationError:
    return file_error(
        N_(
            "The sheet {sheet} of {file} has no header row in its first rows: it should name"
            " the columns ({columns})."
        ),
        path,
        sheet=title,
        columns="、".join(c.header for c in sheet.columns),
    )
