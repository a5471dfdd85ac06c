"""A workbook's sheets read row by row in one pass each, with openpyxl's own parsers.

``load_workbook(read_only=True)`` reads each sheet once just to size it before a single
row is asked for: a sheet without a ``<dimension>`` element (the roster export's, those
of many other programs) is parsed whole at opening, then again for its rows. Here each
sheet is parsed once, by the same cell parser (shared and inline strings, dates by their
number format, cached formula values), and its merged ranges come from that same pass.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: (row number as the sheet gives it, cell values)
RowCells = tuple[int, tuple[object, ...]]


@dataclass
class SheetRows:
    """One worksheet: rows are read when iterated; ``merged`` is filled once they are."""

    title: str
    member: str
    _open: Any
    _reader: Any
    merged: list[tuple[str, int, int]] = field(default_factory=list)

    def rows(self, max_columns: int) -> Iterator[RowCells]:
        """(row number, values up to the row's last cell, at most ``max_columns``) of each
        row the sheet has, in order; rows the sheet leaves out are not given."""
        from openpyxl.utils.cell import range_boundaries
        from openpyxl.worksheet._reader import WorkSheetParser

        workbook = self._reader.wb
        with self._open(self.member) as source:
            parser = WorkSheetParser(
                source,
                self._reader.shared_strings,
                data_only=True,
                epoch=workbook.epoch,
                date_formats=workbook._date_formats,
                timedelta_formats=workbook._timedelta_formats,
            )
            for number, cells in parser.parse():
                if not cells:
                    yield number, ()
                    continue
                width = min(cells[-1]["column"], max_columns)
                values: list[object] = [None] * width
                for cell in cells:
                    column = cell["column"]
                    if column <= width:
                        values[column - 1] = cell["value"]
                yield number, tuple(values)
            for merged in getattr(parser.merged_cells, "mergeCell", None) or []:
                _, first, _, last = range_boundaries(merged.ref)
                self.merged.append((merged.ref, first or 0, last or first or 0))


def worksheets(path: Path) -> tuple[Any, list[SheetRows]]:
    """The open workbook reader (close it with ``reader.archive.close()``) and its
    worksheets in the workbook's order (chart sheets left out)."""
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.styles.stylesheet import apply_stylesheet

    reader = ExcelReader(str(path), read_only=True, data_only=True)
    try:
        reader.read_manifest()
        reader.read_strings()
        reader.read_workbook()
        apply_stylesheet(reader.archive, reader.wb)
        sheets = [
            SheetRows(sheet.name, rel.target, reader.archive.open, reader)
            for sheet, rel in reader.parser.find_sheets()
            if rel.target in reader.valid_files and "chartsheet" not in rel.Type
        ]
    except BaseException:
        reader.archive.close()
        raise
    return reader, sheets
