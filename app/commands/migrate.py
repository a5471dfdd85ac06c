"""``streetdesk migrate``: bring a database up to date, after a backup."""

from __future__ import annotations

import argparse
from typing import Any

from app.commands.common import open_database

NAMES = ("migrate",)


def register(sub: Any) -> None:
    sub.add_parser("migrate", help="bring the database schema up to date (after a backup)")


def run(args: argparse.Namespace) -> int:
    db = open_database(args)
    db.dispose()
    print(f"{db.label}: up to date" + (f" (backup {db.backup_path})" if db.backup_path else ""))
    return 0
