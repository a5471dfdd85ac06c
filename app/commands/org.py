"""``streetdesk org template FILE`` / ``org import FILE [--yes]`` / ``org export FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands.common import database_path, open_database, signed_in

NAMES = ("org",)


def register(sub: Any) -> None:
    org = sub.add_parser("org", help="set up the organisation from a workbook, or export it")
    actions = org.add_subparsers(dest="org_command", required=True)
    template = actions.add_parser("template", help="write an empty, documented workbook")
    template.add_argument("file", type=Path)
    imp = actions.add_parser("import", help="import an organisation workbook (dry run first)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--yes", action="store_true", help="write without asking after the dry run")
    exp = actions.add_parser("export", help="export the organisation in the template's layout")
    exp.add_argument("file", type=Path)


def run(args: argparse.Namespace) -> int:
    """The template holds no personal data and needs no sign-in; import and export do."""
    from app.services.organisation.cli import run_org_command
    from app.services.permissions import Permission

    path = database_path(args)
    if args.org_command == "template":
        return run_org_command(args, path if path.exists() else None)
    database = open_database(args, path)
    try:
        permission = (
            Permission.SETTINGS_EDIT if args.org_command == "import" else Permission.ROSTER_VIEW
        )
        actor = signed_in(database, args, permission, f"org {args.org_command}")
        return run_org_command(args, database, actor)
    finally:
        database.dispose()
