"""What every command shares: which database file, opening it, and signing in."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.services.database import Database
    from app.services.permissions import Actor, Permission


def use_key_file(args: argparse.Namespace) -> None:
    """``--key-file`` holds for every database the command opens."""
    from app.services.encryption.key_store import use_key_file as use

    use(getattr(args, "key_file", None))


def database_path(args: argparse.Namespace) -> Path:
    from app.services.settings import default_database_path

    use_key_file(args)
    return Path(args.db) if args.db else default_database_path(demo=args.demo)


def open_database(args: argparse.Namespace, path: Path | None = None, **options: Any) -> Database:
    """The database a command works on (``--db``, or the per-user default), checked and
    brought up to date as the desk would open it; what the user should know about it
    (a file encrypted, a key file others can read) is printed to stderr."""
    import sys

    from app.services.database import open_sqlite
    from app.views.cli_text import cli_error_text

    use_key_file(args)
    database = open_sqlite(path if path is not None else database_path(args), **options)
    for notice in database.notices:
        print(f"streetdesk: {cli_error_text(notice, args.lang)}", file=sys.stderr)
    return database


def signed_in(
    database: Database, args: argparse.Namespace, permission: Permission, command: str
) -> Actor:
    from app.services.cli_session import sign_in_command

    return sign_in_command(
        database, args.user, permission, command=command, password_path=args.password_file
    )
