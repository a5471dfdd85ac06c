"""``streetdesk org template|import|export``: what the commands print and return.

The import prints its dry run and asks before writing (``--yes`` answers for you). Exit
codes: 0 done or nothing to do, 1 declined, 2 bad input (the file, a row, the database).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.services.database import Database
from app.services.errors import DomainError
from app.services.organisation.workbook import (
    OrgPlan,
    apply_org_import,
    export_organisation,
    plan_workbook,
    read_workbook,
    write_template,
)
from app.services.organisation.workbook.layout import SHEETS
from app.services.organisation.workbook.writer import reference_lists
from app.services.permissions import Actor
from app.services.roster_io.cli import EXIT_BAD_INPUT, EXIT_OK, ask_before_writing
from app.services.roster_io.plan_rows import RowAction

MAX_LISTED_ROWS = 50
_LABELS = [
    (RowAction.ADD, "to add"),
    (RowAction.UPDATE, "to update"),
    (RowAction.UNCHANGED, "unchanged"),
    (RowAction.ERROR, "with errors"),
]


def summary_lines(plan: OrgPlan) -> list[str]:
    """Per sheet, how many rows are added, updated, unchanged or wrong; then the rows."""
    lines = [f"{plan.file_name}: {len(plan.rows)} rows"]
    lines.append(f"  {'':<10}" + "".join(f"{label:>14}" for _, label in _LABELS))
    for sheet in SHEETS:
        counts = [plan.count(action, sheet.key) for action, _ in _LABELS]
        if any(counts):
            lines.append(f"  {sheet.title:<10}" + "".join(f"{n:>14}" for n in counts))
    if plan.ignored_headers:
        lines.append("Columns not understood (ignored): " + ", ".join(plan.ignored_headers))
    noted = [r for r in plan.rows if r.action in (RowAction.ERROR, RowAction.UPDATE)]
    for row in noted[:MAX_LISTED_ROWS]:
        where = f"row {row.row_number} ({row.sheet}) {row.code or row.name}"
        if row.action == RowAction.ERROR:
            lines.append(f"{where}: " + "; ".join(f"{p.field}: {p}" for p in row.problems))
        else:
            lines.append(f"{where}: update {', '.join(row.changes)}")
    if len(noted) > MAX_LISTED_ROWS:
        lines.append(f"... and {len(noted) - MAX_LISTED_ROWS} more")
    return lines


def run_org_command(
    args: argparse.Namespace, database: Database | Path | None, actor: Actor | None = None
) -> int:
    out, err = sys.stdout, sys.stderr
    try:
        if args.org_command == "template":
            if isinstance(database, Path):
                from app.services.database import open_sqlite

                opened = open_sqlite(database)
                try:
                    with opened.session() as session:
                        lists = reference_lists(session)
                finally:
                    opened.dispose()
            else:
                lists = reference_lists(None)
            write_template(Path(args.file), *lists)
            out.write(f"{args.file}: organisation template written\n")
            return EXIT_OK
        assert isinstance(database, Database) and actor is not None
        if args.org_command == "export":
            with database.session(actor.username) as session:
                result = export_organisation(session, actor, Path(args.file))
            counts = ", ".join(f"{sheet.title} {result.rows.get(sheet.key, 0)}" for sheet in SHEETS)
            out.write(f"{result.path}: {counts}\n")
            return EXIT_OK
        workbook = read_workbook(Path(args.file))
        with database.session(actor.username) as session:
            plan = plan_workbook(session, actor, workbook)
        stop = ask_before_writing(plan, summary_lines(plan), database, args, out, err)
        if stop is not None:
            return stop
        with database.session(actor.username) as session:
            applied = apply_org_import(session, actor, workbook, plan)
        out.write(
            f"Written: {applied.added} entries added, {applied.updated} updated,"
            f" {applied.posts} posts created from the templates.\n"
        )
        return EXIT_OK
    except DomainError as exc:
        err.write(f"streetdesk: {exc}\n")
        return EXIT_BAD_INPUT
