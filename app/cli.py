"""Entry points: ``streetdesk`` opens the desk; sub-commands run use cases headless.

Heavy modules (Qt, reportlab, matplotlib, the generators) are imported inside the
branch that needs them, so ``streetdesk --help`` and start-up stay quick.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import __version__
from app.services.audit_cli import add_audit_parser


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
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo-data", help="write synthetic demo data into a database")
    demo.add_argument("--db", type=Path, required=True, dest="target_db")
    demo.add_argument("--scale", type=int, default=1, help="1 = one street as described")
    demo.add_argument("--seed", type=int, default=1)

    imp = sub.add_parser("import", help="import a file (xlsx or csv)")
    imp.add_argument("what", choices=["roster"])
    imp.add_argument("file", type=Path)
    imp.add_argument("--yes", action="store_true", help="write without asking after the dry run")

    exp = sub.add_parser("export", help="export to a file (xlsx or csv)")
    exp.add_argument("what", choices=["roster"])
    exp.add_argument("file", type=Path)

    sub.add_parser("migrate", help="bring the database schema up to date (after a backup)")
    add_audit_parser(sub)
    return parser


def _open_database(path: Path) -> object:
    from app.services.database import open_sqlite

    return open_sqlite(path)


def _database_path(args: argparse.Namespace) -> Path:
    from app.services.settings import default_database_path

    return Path(args.db) if args.db else default_database_path(demo=args.demo)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from app.services.errors import DomainError

    try:
        if args.command is None:
            from app.views.application import run_gui

            return run_gui(args)
        if args.command == "demo-data":
            from app.services.demo.generator import write_demo_database

            counts = write_demo_database(args.target_db, scale=args.scale, seed=args.seed)
            for table, count in counts.items():
                print(f"{table:24} {count:>8}")
            return 0
        if args.command == "migrate":
            from app.services.database import open_sqlite

            db = open_sqlite(_database_path(args))
            print(
                f"{db.label}: up to date"
                + (f" (backup {db.backup_path})" if db.backup_path else "")
            )
            return 0
        if args.command in ("import", "export"):
            from app.services.roster_io.cli import run_roster_command

            return run_roster_command(args, _database_path(args))
        if args.command == "audit":
            from app.services.audit_cli import run_audit_command

            return run_audit_command(args, _database_path(args))
    except DomainError as exc:
        from app.views.cli_text import cli_error_text

        print(f"streetdesk: {cli_error_text(exc, args.lang)}", file=sys.stderr)
        return 2
    return 0
