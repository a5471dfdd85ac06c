"""Entry points: ``streetdesk`` opens the desk; sub-commands run use cases headless.

Each family of sub-commands lives in ``app/commands/``. Heavy modules (Qt, reportlab,
matplotlib, the generators) are imported inside the branch that needs them, so
``streetdesk --help`` and start-up stay quick.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import __version__
from app.commands import families


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="streetdesk", description="StreetDesk 街道工作台 — street-office back-office desk"
    )
    parser.add_argument("--version", action="version", version=f"StreetDesk {__version__}")
    parser.add_argument("--db", type=Path, help="SQLite database file to open")
    parser.add_argument(
        "--demo", action="store_true", help="open the demo database (generated on first use)"
    )
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="interface language")
    # A check for built packages (app/views/pane_tour.py), not for users.
    parser.add_argument("--tour-panes", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="sign in as NAME; needed by commands that read or write personal data",
    )
    parser.add_argument(
        "--password-file",
        type=Path,
        metavar="PATH",
        help="read the password from the first line of PATH instead of asking"
        " (or set STREETDESK_PASSWORD_FILE)",
    )
    parser.add_argument(
        "--key-file",
        type=Path,
        metavar="PATH",
        help="read the database key (64 hexadecimal digits) from PATH instead of the"
        " system keyring; a new database writes its key there (or set STREETDESK_KEY_FILE)",
    )
    sub = parser.add_subparsers(dest="command")
    for family in families():
        family.register(sub)
    return parser


def _run(args: argparse.Namespace) -> int:
    if args.command is None:
        from app.views.application import run_gui

        return run_gui(args)
    for family in families():
        if args.command in family.NAMES:
            result: int = family.run(args)
            return result
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from app.services.errors import DomainError
    from app.services.run_problems import as_domain_error

    try:
        return _run(args)
    except Exception as exc:
        problem = exc if isinstance(exc, DomainError) else as_domain_error(exc)
        if problem is None:
            raise
        from app.views.cli_text import cli_error_text

        print(f"streetdesk: {cli_error_text(problem, args.lang)}", file=sys.stderr)
        return 2
