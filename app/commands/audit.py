"""``streetdesk audit verify`` / ``audit export``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.commands.common import database_path, open_database, signed_in

if TYPE_CHECKING:
    from datetime import date

NAMES = ("audit",)


def _iso_date(text: str) -> date:
    from datetime import date  # the parser is built on every start, the GUI's too

    return date.fromisoformat(text)


def register(sub: Any) -> None:
    audit = sub.add_parser("audit", help="check or export the audit log")
    actions = audit.add_subparsers(dest="audit_command", required=True)
    actions.add_parser("verify", help="check the audit log's hash chain")
    export = actions.add_parser("export", help="export the audit log of a period (xlsx or csv)")
    export.add_argument("file", type=Path)
    export.add_argument("--from", dest="start", type=_iso_date, required=True)
    export.add_argument("--to", dest="end", type=_iso_date, required=True)


def run(args: argparse.Namespace) -> int:
    """``verify`` reads no personal data and needs no sign-in; ``export`` does."""
    from app.services.audit_cli import run_audit_command

    path = database_path(args)
    if args.audit_command == "verify":
        return run_audit_command(args, path)
    from app.services.permissions import Permission

    database = open_database(args, path)
    try:
        actor = signed_in(database, args, Permission.AUDIT_VIEW, "audit export")
    finally:
        database.dispose()
    return run_audit_command(args, path, actor)
