"""``streetdesk key show`` / ``key rotate`` / ``key recover``: the database key from the
command line. Showing and rotating need an administrator's sign-in; recovering needs
the recovery key, read from standard input."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.commands.common import open_database, signed_in

NAMES = ("key",)


def register(sub: Any) -> None:
    key = sub.add_parser("key", help="the database key: show the recovery key, rotate, recover")
    actions = key.add_subparsers(dest="key_command", required=True)
    actions.add_parser("show", help="print the recovery key (administrators)")
    actions.add_parser(
        "rotate", help="re-encrypt with a new key and print the new recovery key (administrators)"
    )
    actions.add_parser(
        "recover",
        help="open the database with its recovery key (read from standard input) and keep"
        " its key on this computer again",
    )


def _read_recovery_key() -> str:
    if sys.stdin.isatty():
        from getpass import getpass

        return getpass("Recovery key: ")
    return sys.stdin.readline().strip()


def run(args: argparse.Namespace) -> int:
    from app.services.encryption.administration import reveal_recovery_key, rotate_key
    from app.services.permissions import Permission

    if args.key_command == "recover":
        database = open_database(args, recovery_key=_read_recovery_key())
        database.dispose()
        print(f"{database.label}: opened with the recovery key; its key is kept again")
        return 0
    database = open_database(args)
    try:
        actor = signed_in(database, args, Permission.USER_MANAGE, f"key {args.key_command}")
        # the sign-in just checked the password
        if args.key_command == "show":
            print(reveal_recovery_key(database, actor, None))
        else:
            print(rotate_key(database, actor, None))
            print("The key was changed; the recovery key above replaces the old one.")
        return 0
    finally:
        database.dispose()
