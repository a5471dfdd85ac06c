"""Reading roster files into header-matched tables, refusing unsafe or malformed files.

Every check that can run before parsing does: the file size, what the first bytes say
the file is, and for a workbook the zip directory (member count, uncompressed sizes and
compression ratios) so a zip bomb is refused before openpyxl inflates anything. Rows are
capped; merged cells below the title are refused, since their values sit in one cell only.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.services.errors import N_, ValidationError
from app.services.roster_io.layout import PersonKind, column_key, kind_of, restore

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 64
MAX_ZIP_MEMBERS = 500
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100
#: Small members (styles, a short sheet) compress far better than data and are harmless.
RATIO_CHECKED_FROM_BYTES = 1024 * 1024
HEADER_SEARCH_ROWS = 10

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')


def file_error(message: str, path: Path, **params: object) -> ValidationError:
    return ValidationError("file", message, file=path.name, **params)


@dataclass
class RawTable:
    """One sheet (or the CSV file) with its header row matched to column keys."""

    sheet: str
    kind: PersonKind | None
    header_row: int = 0
    columns: dict[str, int] = field(default_factory=dict)
    ignored_headers: list[str] = field(default_factory=list)
    #: (row number as the spreadsheet shows it, cell values)
    rows: list[tuple[int, tuple[object, ...]]] = field(default_factory=list)


def read_table_file(path: Path) -> list[RawTable]:
    """The roster tables of an .xlsx or .csv file; raises ``ValidationError("file", ...)``."""
    path = Path(path)
    check_file_size(path)
    suffix = path.suffix.casefold()
    if suffix not in (".csv", ".xlsx", ".xlsm"):
        raise file_error(N_("{file} is neither an .xlsx workbook nor a .csv file."), path)
    try:
        return [_read_csv(path)] if suffix == ".csv" else _read_xlsx(path)
    except OSError as exc:  # removed or locked by another program while being read
        raise file_error(
            N_("{file} cannot be read ({reason})."), path, reason=exc.strerror or str(exc)
        ) from exc


def check_file_size(path: Path, limit: int | None = None) -> None:
    """Refuse a file that is missing, a folder, empty or larger than ``limit`` bytes
    (by default ``MAX_FILE_BYTES``)."""
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise file_error(
            N_("{file} cannot be read ({reason})."), path, reason=exc.strerror or str(exc)
        ) from exc
    if path.is_dir():
        raise file_error(N_("{file} is a folder, not a file."), path)
    if size == 0:
        raise file_error(N_("{file} is empty."), path)
    if size > limit:
        raise file_error(
            N_("{file} is larger than {limit} MB; split it into smaller files."),
            path,
            limit=limit // (1024 * 1024),
        )


# --- xlsx ---------------------------------------------------------------------------


def check_xlsx_container(path: Path) -> None:
    """Refuse what is not a zip, and zip directories that would inflate too far."""
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(_OLE_MAGIC):
        raise file_error(
            N_("{file} is an old .xls workbook or is encrypted; save it as .xlsx first."), path
        )
    if not head.startswith(_ZIP_MAGIC):
        raise file_error(N_("{file} is not an Excel workbook (.xlsx)."), path)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise file_error(N_("{file} is not an Excel workbook (.xlsx)."), path) from exc
    if len(members) > MAX_ZIP_MEMBERS:
        raise file_error(N_("{file} has too many parts to be a roster workbook."), path)
    total = 0
    for member in members:
        total += member.file_size
        if member.flag_bits & 0x1:
            raise file_error(N_("{file} is encrypted; save it without a password."), path)
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_CHECKED_FROM_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise file_error(
                N_("{file} would expand {ratio}-fold when opened; it is refused as unsafe."),
                path,
                ratio=int(ratio),
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise file_error(
            N_("{file} would expand to {size} MB when opened; it is refused as unsafe."),
            path,
            size=total // (1024 * 1024),
        )
    if "xl/workbook.xml" not in {m.filename for m in members}:
        raise file_error(N_("{file} is not an Excel workbook (.xlsx)."), path)


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + (ch - 64)
    return number


def merged_ranges(path: Path, member: str) -> list[tuple[str, int, int]]:
    """(A1-style ref, first row, last row) of every merged range in one worksheet part."""
    found: list[tuple[str, int, int]] = []
    tail = b""
    with zipfile.ZipFile(path) as archive, archive.open(member) as stream:
        while chunk := stream.read(1 << 20):
            data = tail + chunk
            last_end = 0
            for match in _MERGE.finditer(data):
                col1, row1, col2, row2 = match.groups()
                ref = f"{col1.decode()}{int(row1)}"
                if col2 is not None:
                    ref += f":{col2.decode()}{int(row2)}"
                found.append((ref, int(row1), int(row2 or row1)))
                last_end = match.end()
            tail = data[max(last_end, len(data) - 200) :]
    return found


@contextmanager
def open_xlsx(path: Path) -> Iterator[Any]:
    """The workbook opened read-only once its container passes ``check_xlsx_container``.

    Whatever goes wrong while opening or reading it, other than a ``ValidationError``
    raised by the reader, is refused as a file error; the workbook is closed either way.
    """
    check_xlsx_container(path)
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on malformed parts
        raise _not_a_workbook(path, exc) from exc
    try:
        yield workbook
    except ValidationError:
        raise
    except OSError as exc:  # removed or locked by another program while being read
        raise _unreadable(path, exc) from exc
    except Exception as exc:
        raise _not_a_workbook(path, exc) from exc
    finally:
        workbook.close()


def _not_a_workbook(path: Path, exc: Exception) -> ValidationError:
    return file_error(
        N_("{file} cannot be read as an Excel workbook ({reason})."),
        path,
        reason=type(exc).__name__,
    )


def _unreadable(path: Path, exc: OSError) -> ValidationError:
    return file_error(
        N_("{file} cannot be read ({reason})."), path, reason=exc.strerror or str(exc)
    )


def _read_xlsx(path: Path) -> list[RawTable]:
    """Each sheet parsed once (the roster's own reader: openpyxl would scan a sheet
    without a <dimension> whole before reading its rows)."""
    check_xlsx_container(path)
    from app.services.roster_io.xlsx_sheets import worksheets

    try:
        reader, sheets = worksheets(path)
    except Exception as exc:  # openpyxl raises many kinds on malformed parts
        raise _not_a_workbook(path, exc) from exc
    tables: list[RawTable] = []
    empty_roster_sheet = False
    try:
        total_rows = 0
        for sheet in sheets:
            rows: list[tuple[int, tuple[object, ...]]] = []
            last = 0
            for number, values in sheet.rows(MAX_COLUMNS):
                # rows the sheet leaves out count as the empty rows a spreadsheet shows
                last = number
                if total_rows + number > MAX_ROWS:
                    raise file_error(N_("{file} has more than {limit} rows."), path, limit=MAX_ROWS)
                if any(v is not None and v != "" for v in values):
                    rows.append((number, tuple(_restored(v) for v in values)))
            total_rows += last
            table = _match_headers(sheet.title, kind_of(sheet.title), rows, path)
            if table is None:
                empty_roster_sheet = empty_roster_sheet or kind_of(sheet.title) is not None
                continue
            _refuse_merged_data(path, sheet.title, sheet.merged, table.header_row)
            tables.append(table)
    except ValidationError:
        raise
    except OSError as exc:  # removed or locked by another program while being read
        raise _unreadable(path, exc) from exc
    except Exception as exc:
        raise _not_a_workbook(path, exc) from exc
    finally:
        reader.archive.close()
    if not tables and empty_roster_sheet:
        raise file_error(N_("{file} has no rows to import."), path)
    if not tables:
        raise file_error(
            N_(
                "{file} has no roster sheet: name a sheet 人员 (staff) or 志愿者 (volunteers)"
                " and give it a header row with 姓名 and 手机."
            ),
            path,
        )
    return tables


def _restored(value: object) -> object:
    return restore(value) if isinstance(value, str) else value


def _refuse_merged_data(
    path: Path, sheet: str, merged: list[tuple[str, int, int]], header_row: int
) -> None:
    for ref, _first, last in merged:
        if last >= header_row:
            raise file_error(
                N_(
                    "The sheet {sheet} of {file} has merged cells ({ref}); unmerge them and"
                    " fill in every row."
                ),
                path,
                sheet=sheet,
                ref=ref,
            )


# --- csv ----------------------------------------------------------------------------


def decode_text(raw: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030 (Excel's 中文 CSV)."""
    if raw.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    else:
        if b"\x00" in raw:
            raise file_error(N_("{file} is not a text (CSV) file."), path)
        candidates = ["utf-8", "gb18030"]
    for encoding in candidates:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break
        return text
    raise file_error(
        N_("{file} is not text in UTF-8 or GB18030; save it as CSV UTF-8 and try again."), path
    )


def _read_csv(path: Path) -> RawTable:
    text = decode_text(path.read_bytes(), path)
    sample = text[:8192]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",\t;").delimiter
    except csv.Error:
        delimiter = ","
    rows: list[tuple[int, tuple[object, ...]]] = []
    try:
        for number, values in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), 1):
            if number > MAX_ROWS:
                raise file_error(N_("{file} has more than {limit} rows."), path, limit=MAX_ROWS)
            if any(v.strip() for v in values):
                rows.append((number, tuple(restore(v) for v in values[:MAX_COLUMNS])))
    except csv.Error as exc:
        raise file_error(
            N_("{file} is not a readable CSV file ({reason})."), path, reason=str(exc)
        ) from exc
    table = _match_headers(path.stem, None, rows, path)
    if table is None:
        raise file_error(
            N_("{file} has no header row with 姓名 (name) and 手机 (phone) in its first rows."),
            path,
        )
    return table


# --- headers ------------------------------------------------------------------------


def _header_keys(values: Iterable[object]) -> Iterator[tuple[int, str | None, str]]:
    for index, value in enumerate(values):
        text = "" if value is None else str(value).strip()
        yield index, column_key(text) if text else None, text


def _match_headers(
    sheet: str,
    kind: PersonKind | None,
    rows: list[tuple[int, tuple[object, ...]]],
    path: Path,
) -> RawTable | None:
    """The sheet with its header row found among the first rows, or None for a sheet
    that is neither named as a roster sheet nor has roster headers (e.g. 说明)."""
    for position, (number, values) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        keyed = [(i, key, text) for i, key, text in _header_keys(values) if text]
        keys = [key for _, key, _ in keyed if key]
        if "name" not in keys or len(keys) < 2:
            continue
        table = RawTable(sheet=sheet, kind=kind, header_row=number)
        for index, key, text in keyed:
            if key is None:
                table.ignored_headers.append(text)
            elif key in table.columns:
                raise file_error(
                    N_("The sheet {sheet} of {file} has two {column} columns."),
                    path,
                    sheet=sheet,
                    column=text,
                )
            else:
                table.columns[key] = index
        table.rows = rows[position + 1 :]
        return table
    if kind is None or not rows:
        return None
    raise file_error(
        N_(
            "The sheet {sheet} of {file} has no header row: its first row should name the"
            " columns (姓名, 手机, ...)."
        ),
        path,
        sheet=sheet,
    )
