"""Entry points: ``streetdesk`` opens the desk; sub-commands run use cases headless.

Heavy modules (Qt, reportlab, matplotlib, the generators) are imported inside the
branch that needs them, so ``streetdesk --help`` and start-up stay quick.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__

if TYPE_CHECKING:
    from datetime import date

    from app.services.database import Database
    from app.services.permissions import Actor, Permission


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
    audit = sub.add_parser("audit", help="check or export the audit log")
    actions = audit.add_subparsers(dest="audit_command", required=True)
    actions.add_parser("verify", help="check the audit log's hash chain")
    export = actions.add_parser("export", help="export the audit log of a period (xlsx or csv)")
    export.add_argument("file", type=Path)
    export.add_argument("--from", dest="start", type=_iso_date, required=True)
    export.add_argument("--to", dest="end", type=_iso_date, required=True)
    return parser


def _iso_date(text: str) -> date:
    from datetime import date  # the parser is built on every start, the GUI's too

    return date.fromisoformat(text)


def _database_path(args: argparse.Namespace) -> Path:
    from app.services.settings import default_database_path

    return Path(args.db) if args.db else default_database_path(demo=args.demo)


def _signed_in(
    database: Database, args: argparse.Namespace, permission: Permission, command: str
) -> Actor:
    from app.services.cli_session import sign_in_command

    return sign_in_command(
        database, args.user, permission, command=command, password_path=args.password_file
    )


def _demo_data(args: argparse.Namespace) -> int:
    """A new file is simply written; replacing existing demo data is a reset, signed in."""
    from app.services.demo.generator import refuse_unless_demo, write_demo_database

    target = Path(args.target_db)
    if target.exists() and (target.is_dir() or target.stat().st_size > 0):
        from app.services.database import open_sqlite
        from app.services.demo.reset import reset_demo_database
        from app.services.permissions import Permission

        refuse_unless_demo(target)
        database = open_sqlite(target)
        try:
            actor = _signed_in(database, args, Permission.DEMO_RESET, "demo-data")
        except BaseException:
            database.dispose()
            raise
        reset_demo_database(database, actor, scale=args.scale, seed=args.seed).dispose()
        print(f"{target}: demo data generated anew")
        return 0
    counts = write_demo_database(target, scale=args.scale, seed=args.seed)
    for table, count in counts.items():
        print(f"{table:24} {count:>8}")
    return 0


def _roster(args: argparse.Namespace) -> int:
    from app.services.database import open_sqlite
    from app.services.permissions import Permission
    from app.services.roster_io.cli import run_roster_command

    database = open_sqlite(_database_path(args))
    try:
        permission = Permission.ROSTER_EDIT if args.command == "import" else Permission.ROSTER_VIEW
        actor = _signed_in(database, args, permission, f"{args.command} roster")
        return run_roster_command(args, database, actor)
    finally:
        database.dispose()


def _audit(args: argparse.Namespace) -> int:
    """``verify`` reads no personal data and needs no sign-in; ``export`` does."""
    from app.services.audit_cli import run_audit_command

    path = _database_path(args)
    if args.audit_command == "verify":
        return run_audit_command(args, path)
    from app.services.database import open_sqlite
    from app.services.permissions import Permission

    database = open_sqlite(path)
    try:
        actor = _signed_in(database, args, Permission.AUDIT_VIEW, "audit export")
    finally:
        database.dispose()
    return run_audit_command(args, path, actor)


def _run(args: argparse.Namespace) -> int:
    if args.command is None:
        from app.views.application import run_gui

        return run_gui(args)
    if args.command == "demo-data":
        return _demo_data(args)
    if args.command == "migrate":
        from app.services.database import open_sqlite

        db = open_sqlite(_database_path(args))
        db.dispose()
        print(f"{db.label}: up to date" + (f" (backup {db.backup_path})" if db.backup_path else ""))
        return 0
    if args.command in ("import", "export"):
        return _roster(args)
    if args.command == "audit":
        return _audit(args)
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
