"""What every command shares: which database file, opening it, and signing in."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.database import Database
    from app.services.permissions import Actor, Permission


def database_path(args: argparse.Namespace) -> Path:
    from app.services.settings import default_database_path

    return Path(args.db) if args.db else default_database_path(demo=args.demo)


def open_database(args: argparse.Namespace, path: Path | None = None) -> Database:
    """The database a command works on (``--db``, or the per-user default), checked and
    brought up to date as the desk would open it."""
    from app.services.database import open_sqlite

    return open_sqlite(path if path is not None else database_path(args))


def signed_in(
    database: Database, args: argparse.Namespace, permission: Permission, command: str
) -> Actor:
    from app.services.cli_session import sign_in_command

    return sign_in_command(
        database, args.user, permission, command=command, password_path=args.password_file
    )
