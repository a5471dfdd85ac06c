"""A supervisor's export of the audit log for a period, to .csv or .xlsx.

The export is recorded in the log before the file is written, so a file never exists
without its audit row; the file is written beside the target and renamed when whole.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from app.models import AuditEntry
from app.services import audit
from app.services.china_time import CHINA_TZ
from app.services.errors import N_, ValidationError
from app.services.permissions import Actor, Permission, require
from app.services.roster_io.layout import (
    neutralise,
    save_workbook,
    text_safe_cell,
)
from app.services.whole_file import write_whole_file

HEADER = (
    "time",
    "desk",
    "seq",
    "user",
    "action",
    "area",
    "record",
    "detail",
    "row_hash",
)


@dataclass(frozen=True)
class AuditExportResult:
    path: Path
    rows: int


def period_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """From the start of ``start`` to the end of ``end``, Beijing time."""
    if end < start:
        raise ValidationError(
            "period",
            N_("The period ends before it starts ({start} to {end})."),
            start=start,
            end=end,
        )
    low = datetime.combine(start, time(0, 0), CHINA_TZ)
    high = datetime.combine(end + timedelta(days=1), time(0, 0), CHINA_TZ)
    return low, high


def audit_rows(
    session: Session, start: date, end: date, actor: Actor | None = None
) -> list[list[Any]]:
    """The rows of the period in the order each desk wrote them, as the file shows them;
    for a reader bound to a street, without the entries of other streets' accounts."""
    low, high = period_bounds(start, end)
    table = cast(Table, AuditEntry.__table__)
    scope = audit.street_condition(actor) if actor is not None else None
    query = (
        select(table)
        .where(table.c.at >= low, table.c.at < high, *(() if scope is None else (scope,)))
        .order_by(table.c.at, table.c.desk_id, table.c.seq)
    )
    return [
        [
            row["at"].astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M:%S"),
            row["desk_id"],
            row["seq"],
            row["username"],
            row["action"],
            row["entity"],
            row["entity_id"],
            json.dumps(row["detail"] or {}, ensure_ascii=False, sort_keys=True),
            row["row_hash"],
        ]
        for row in session.connection().execute(query).mappings()
    ]


def export_audit_log(
    session: Session, actor: Actor, path: Path, start: date, end: date
) -> AuditExportResult:
    """Write the audit log of ``start`` to ``end`` (both days included) to ``path``."""
    require(actor, Permission.AUDIT_VIEW)
    path = Path(path)
    suffix = path.suffix.casefold()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError(
            "file", N_("Export to a file ending in .xlsx or .csv, not {file}."), file=path.name
        )
    rows = audit_rows(session, start, end, actor)
    audit.record(
        session,
        actor.username,
        "export",
        "audit_log",
        "",
        file=path.name,
        start=start.isoformat(),
        end=end.isoformat(),
        rows=len(rows),
    )
    session.flush()
    if suffix == ".xlsx":
        write_whole_file(path, lambda partial: _write_xlsx(partial, rows))
    else:
        write_whole_file(path, lambda partial: _write_csv(partial, rows))
    return AuditExportResult(path, len(rows))


def _write_csv(path: Path, rows: list[list[Any]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        for row in rows:
            writer.writerow([neutralise(str(value)) for value in row])


def _write_xlsx(path: Path, rows: list[list[Any]]) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("audit_log")
    sheet.append(list(HEADER))
    for row in rows:
        sheet.append([text_safe_cell(sheet, value) for value in row])
    save_workbook(workbook, path)
