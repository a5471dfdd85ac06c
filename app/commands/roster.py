"""``streetdesk import roster`` / ``export roster``: spreadsheet round trips."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands.common import open_database, signed_in

NAMES = ("import", "export")


def register(sub: Any) -> None:
    imp = sub.add_parser("import", help="import a file (xlsx or csv)")
    imp.add_argument("what", choices=["roster"])
    imp.add_argument("file", type=Path)
    imp.add_argument("--yes", action="store_true", help="write without asking after the dry run")

    exp = sub.add_parser("export", help="export to a file (xlsx or csv)")
    exp.add_argument("what", choices=["roster"])
    exp.add_argument("file", type=Path)


def run(args: argparse.Namespace) -> int:
    from app.services.permissions import Permission
    from app.services.roster_io.cli import run_roster_command

    database = open_database(args)
    try:
        permission = Permission.ROSTER_EDIT if args.command == "import" else Permission.ROSTER_VIEW
        actor = signed_in(database, args, permission, f"{args.command} roster")
        return run_roster_command(args, database, actor)
    finally:
        database.dispose()
