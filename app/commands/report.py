"""``streetdesk report monthly`` / ``report roster`` / ``report verify``.

Exit codes: 0 written (or the filed copy matches), 1 the filed copy differs, 2 bad input
(reported by the command line's error handler in the user's language).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands.common import database_path, open_database, signed_in

NAMES = ("report",)


def register(sub: Any) -> None:
    report = sub.add_parser("report", help="print reports to PDF, or check a filed one")
    actions = report.add_subparsers(dest="report_command", required=True)
    monthly = actions.add_parser("monthly", help="the monthly report of a street or the district")
    monthly.add_argument("--month", required=True, metavar="YYYY-MM")
    monthly.add_argument("--street", metavar="NAME", help="one street (default: the district)")
    monthly.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    monthly.add_argument("--json", type=Path, metavar="FILE", help="also write the figures")
    roster = actions.add_parser("roster", help="a unit's roster")
    roster.add_argument("--unit", metavar="NAME", help="the unit's name or code")
    roster.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    verify = actions.add_parser("verify", help="check a filed monthly report against the data")
    verify.add_argument("file", type=Path)


def run(args: argparse.Namespace) -> int:
    from app.services.reports.cli import run_report_command

    if args.report_command == "verify":
        database = open_database(args, database_path(args))
        try:
            return run_report_command(args, database, None)
        finally:
            database.dispose()
    from app.services.permissions import Permission

    database = open_database(args)
    try:
        permission = (
            Permission.REPORT_PRINT if args.report_command == "monthly" else Permission.ROSTER_VIEW
        )
        actor = signed_in(database, args, permission, f"report {args.report_command}")
        return run_report_command(args, database, actor)
    finally:
        database.dispose()
