"""``streetdesk user add | list | disable | enable | reset-password | unlock | password``.

On a database with no account yet, ``user add NAME --role admin`` needs no ``--user``: it
creates the first administrator as the desk's first run does. Every other use signs in
an administrator (``list`` also a supervisor, for their street's accounts); ``password``
changes the signed-in user's own password, also one an administrator has just reset.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands.common import open_database, signed_in

NAMES = ("user",)
ROLES = ("clerk", "supervisor", "psych_staff", "trainer", "admin")


def register(sub: Any) -> None:
    user = sub.add_parser("user", help="manage the desk's accounts")
    actions = user.add_subparsers(dest="user_command", required=True)

    add = actions.add_parser(
        "add", help="create an account (on a new file: the first administrator, no --user)"
    )
    add.add_argument("name", help="user name to sign in with")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--street", metavar="CODE", help="code of the account's street")
    add.add_argument("--display-name", metavar="TEXT", help="name shown (default: NAME)")
    _new_password_option(add)

    actions.add_parser("list", help="list the accounts you may see")
    for name, text in (
        ("disable", "disable a leaver's account (their history stays theirs)"),
        ("enable", "enable a disabled account again"),
        ("unlock", "lift a lock after failed sign-ins"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("name")
    reset = actions.add_parser(
        "reset-password",
        help="give an account a temporary password, to be changed at its next sign-in",
    )
    reset.add_argument("name")
    _new_password_option(reset)
    own = actions.add_parser("password", help="change your own password")
    _new_password_option(own)


def _new_password_option(parser: Any) -> None:
    parser.add_argument(
        "--new-password-file",
        type=Path,
        metavar="PATH",
        help="read the new password from the first line of PATH instead of asking twice",
    )


def run(args: argparse.Namespace) -> int:
    from app.services.accounts.cli import (
        change_own_password_command,
        first_administrator_wanted,
        run_user_command,
    )
    from app.services.permissions import Permission

    database = open_database(args)
    try:
        if first_administrator_wanted(database, args):
            return run_user_command(args, database, None)
        if args.user_command == "password":
            return change_own_password_command(args, database)
        permission = (
            Permission.AUDIT_VIEW if args.user_command == "list" else Permission.USER_MANAGE
        )
        actor = signed_in(database, args, permission, f"user {args.user_command}")
        return run_user_command(args, database, actor)
    finally:
        database.dispose()
