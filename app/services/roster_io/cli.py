"""``streetdesk import roster FILE [--yes]`` and ``streetdesk export roster FILE``.

The import prints its dry run and asks before writing (``--yes`` answers for you). Exit
codes: 0 done or nothing to do, 1 declined, 2 bad input (the file, a row, or the database).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, TextIO

from app.services.database import Database
from app.services.errors import DomainError
from app.services.permissions import Actor
from app.services.roster_io.apply import apply_plan
from app.services.roster_io.export import export_roster
from app.services.roster_io.plan import plan_import
from app.services.roster_io.plan_rows import ImportPlan, PlanRow, RowAction

EXIT_OK, EXIT_DECLINED, EXIT_BAD_INPUT = 0, 1, 2
MAX_LISTED_ROWS = 50

_LABELS = [
    (RowAction.ADD, "to add"),
    (RowAction.UPDATE, "to update"),
    (RowAction.UNCHANGED, "unchanged"),
    (RowAction.DUPLICATE, "duplicates (skipped)"),
    (RowAction.ERROR, "with errors"),
]


def describe_row(row: PlanRow) -> str:
    """One line for a row that needs the reader's attention."""
    where = f"row {row.row_number} ({row.sheet})"
    who = " ".join(part for part in (row.name, row.phone) if part)
    if row.action == RowAction.DUPLICATE:
        return f"{where}: duplicate of row {row.duplicate_of} — {who}"
    if row.action == RowAction.ERROR:
        reasons = "; ".join(f"{p.field}: {p}" for p in row.problems)
        return f"{where}: {reasons}" + (f" — {who}" if who else "")
    return f"{where}: {row.action.value} {who} {', '.join(row.changes)}".rstrip()


def summary_lines(plan: ImportPlan) -> list[str]:
    lines = [f"{plan.file_name}: {len(plan.rows)} rows"]
    lines += [f"  {label:<22}{plan.count(action):>8}" for action, label in _LABELS]
    if plan.ignored_headers:
        lines.append("Columns not understood (ignored): " + ", ".join(plan.ignored_headers))
    noted = [r for r in plan.rows if r.action in (RowAction.ERROR, RowAction.DUPLICATE)]
    lines += [describe_row(row) for row in noted[:MAX_LISTED_ROWS]]
    if len(noted) > MAX_LISTED_ROWS:
        lines.append(f"... and {len(noted) - MAX_LISTED_ROWS} more")
    return lines


class DryRun(Protocol):
    """What an import's dry run tells before anything is written."""

    @property
    def errors(self) -> Sequence[object]: ...

    @property
    def has_writes(self) -> bool: ...


def ask_before_writing(
    plan: DryRun,
    summary: list[str],
    database: Database,
    args: argparse.Namespace,
    out: TextIO,
    err: TextIO,
) -> int | None:
    """Print the dry run, then stop or ask; None means go on and write.

    Otherwise the exit code: bad input when a row is wrong, done when there is nothing to
    change, declined when the user does not answer yes (``--yes`` answers for them).
    """
    out.write("\n".join(summary) + "\n")
    if plan.errors:
        err.write(
            "streetdesk: nothing was written; correct the rows listed above"
            " and run the import again.\n"
        )
        return EXIT_BAD_INPUT
    if not plan.has_writes:
        out.write("Nothing to change.\n")
        return EXIT_OK
    if not getattr(args, "yes", False) and not confirm(
        f"Write these changes to {database.label}? [y/N] ", out
    ):
        out.write("Nothing was written.\n")
        return EXIT_DECLINED
    return None


def confirm(question: str, out: TextIO) -> bool:
    out.write(question)
    out.flush()
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):
        return False
    return answer.strip().casefold() in ("y", "yes", "是")


def run_roster_command(args: argparse.Namespace, database: Database, actor: Actor) -> int:
    """Run ``import roster`` or ``export roster`` as ``actor``; returns the exit code."""
    out, err = sys.stdout, sys.stderr
    try:
        if args.command == "export":
            with database.session(actor.username) as session:
                result = export_roster(session, actor, Path(args.file))
            out.write(
                f"{result.path}: {result.staff_rows} staff rows,"
                f" {result.volunteer_rows} volunteer rows\n"
            )
            if result.names_outside_gbk:
                err.write(
                    f"streetdesk: {len(result.names_outside_gbk)} names have characters GBK"
                    f" cannot hold ({'、'.join(result.names_outside_gbk[:5])}); Excel or WPS"
                    ' saving this CSV again turns them into "?". Keep the file as .xlsx'
                    " or save it as CSV UTF-8.\n"
                )
            return EXIT_OK
        with database.session(actor.username) as session:
            plan = plan_import(session, actor, Path(args.file))
        stop = ask_before_writing(plan, summary_lines(plan), database, args, out, err)
        if stop is not None:
            return stop
        with database.session(actor.username) as session:
            applied = apply_plan(session, actor, plan)
        out.write(
            f"Written: {applied.added} rows added, {applied.updated} updated,"
            f" {applied.skipped} skipped.\n"
        )
        return EXIT_OK
    except DomainError as exc:
        err.write(f"streetdesk: {exc}\n")
        return EXIT_BAD_INPUT
