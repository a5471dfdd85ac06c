"""``streetdesk psych ledger`` / ``psych overdue``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.commands.common import open_database, signed_in

if TYPE_CHECKING:
    from datetime import date

NAMES = ("psych",)


def _iso_date(text: str) -> date:
    from datetime import date  # the parser is built on every start, the GUI's too

    return date.fromisoformat(text)


def register(sub: Any) -> None:
    psych = sub.add_parser("psych", help="the psychological-service registry")
    actions = psych.add_subparsers(dest="psych_command", required=True)
    ledger = actions.add_parser("ledger", help="print one person's confidential ledger")
    ledger.add_argument("person", metavar="PERSON", help="the record's UUID or its ledger number")
    ledger.add_argument("--reason", required=True, help="why it is printed (logged)")
    ledger.add_argument("--basis", default="statutory_duty", help="the legal basis (logged)")
    ledger.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    disclosures = actions.add_parser(
        "disclosures", help="print the registry's access and disclosure ledger (no names)"
    )
    disclosures.add_argument("--from", dest="start", type=_iso_date, required=True)
    disclosures.add_argument("--to", dest="end", type=_iso_date, required=True)
    disclosures.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    overdue = actions.add_parser("overdue", help="list overdue follow-ups")
    overdue.add_argument("--json", action="store_true", help="as JSON")
    overdue.add_argument("--reason", help="why identities are shown (logged)")
    overdue.add_argument("--basis", default="statutory_duty", help="the legal basis (logged)")


def run(args: argparse.Namespace) -> int:
    from app.services.permissions import Permission
    from app.services.psych.cli import run_psych_command

    database = open_database(args)
    try:
        actor = signed_in(
            database, args, Permission.PSYCH_VIEW_AGGREGATE, f"psych {args.psych_command}"
        )
        return run_psych_command(args, database, actor)
    finally:
        database.dispose()
