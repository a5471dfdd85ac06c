"""The ``streetdesk user …`` commands: accounts for the first day and for scripts.

A new password is typed twice without echo, or read from ``--new-password-file``; for the
first administrator, made before anyone can sign in, ``--password-file`` (or
``STREETDESK_PASSWORD_FILE``) serves too. Exit codes: 0 done, 2 bad input (raised as a
``DomainError`` and printed by the command line in the user's language).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app.services import accounts
from app.services.accounts.reading import AccountRow
from app.services.auth import needs_first_admin, sign_in_recorded
from app.services.cli_session import ask_password, password_file, read_password_file
from app.services.database import Database
from app.services.errors import N_, AuthenticationError, ValidationError
from app.services.permissions import Actor

EXIT_OK = 0
Prompt = Callable[[str], str]


def first_administrator_wanted(database: Database, args: argparse.Namespace) -> bool:
    """``user add NAME --role admin`` on a desk with no account, with nobody named."""
    if args.user_command != "add" or args.user:
        return False
    with database.session() as session:
        if not needs_first_admin(session):
            return False
    if args.role != "admin":
        raise ValidationError(
            "role", N_("The first account of a new desk is its administrator: use --role admin.")
        )
    return True


def new_password(args: argparse.Namespace, name: str, prompt: Prompt | None = None) -> str:
    """The new password: from ``--new-password-file``, or typed twice without echo."""
    given: Path | None = getattr(args, "new_password_file", None)
    if given is not None:
        return read_password_file(Path(given))
    first = ask_password(f"{name} (new)", prompt)
    again = ask_password(f"{name} (new, again)", prompt)
    if first != again:
        raise ValidationError("password", N_("The two passwords differ."))
    return first


def _first_password(args: argparse.Namespace, name: str) -> str:
    if getattr(args, "new_password_file", None) is None:
        source = password_file(args.password_file)
        if source is not None:
            return read_password_file(source)
    return new_password(args, name)


def _list_line(row: AccountRow) -> str:
    state = "active" if row.is_active else "disabled"
    if row.locked:
        state += ", locked"
    if row.must_change_password:
        state += ", must change password"
    last = row.last_sign_in_at.strftime("%Y-%m-%d %H:%M") if row.last_sign_in_at else "never"
    return (
        f"{row.username:<20} {row.display_name:<12} {row.role_code:<12}"
        f" {row.street_name or '-':<10} {state:<36} last sign-in {last},"
        f" failed {row.failed_sign_ins}"
    )


def run_user_command(args: argparse.Namespace, database: Database, actor: Actor | None) -> int:
    """Run one ``user`` command for ``actor`` (None: the first administrator)."""
    out = sys.stdout
    command = args.user_command
    if actor is None:
        password = _first_password(args, args.name)
        with database.session(args.name) as session:
            shown = args.display_name or args.name
            admin = accounts.start_desk(session, args.name, shown, password)
        out.write(f"First administrator {admin.username} created; sign in with it.\n")
        if database.cipher is not None:
            from app.services.encryption.administration import reveal_recovery_key

            # shown once, as the desk's first run shows it: the way back in if the key is lost
            recovery = reveal_recovery_key(database, admin, None)
            out.write(
                "Recovery key of this database (print it or write it down, and keep it"
                f" locked away from the desk):\n{recovery}\n"
            )
        return EXIT_OK
    if command == "list":
        with database.session(actor.username) as session:
            rows = accounts.list_accounts(session, actor)
        for row in rows:
            out.write(_list_line(row) + "\n")
        out.write(f"{len(rows)} accounts\n")
        return EXIT_OK
    if command == "add":
        password = new_password(args, args.name)
        with database.session(actor.username) as session:
            street = accounts.street_by_code(session, args.street) if args.street else None
            form = accounts.AccountForm(
                args.name, args.display_name or args.name, args.role, street, password
            )
            accounts.create_account(session, actor, form)
        out.write(
            f"Account {args.name} created; its user chooses a new password at the first sign-in.\n"
        )
        return EXIT_OK
    return _change(args, database, actor)


def change_own_password_command(args: argparse.Namespace, database: Database) -> int:
    """``user password``: sign in (also with a password just reset) and choose a new one."""
    if not args.user:
        raise AuthenticationError(
            N_("{command} reads or writes personal data: sign in with --user NAME."),
            command="user password",
        )
    source = password_file(args.password_file)
    current = read_password_file(source) if source else ask_password(args.user)
    actor = sign_in_recorded(database, args.user, current)
    password = new_password(args, actor.username)
    with database.session(actor.username) as session:
        accounts.change_own_password(session, actor, current, password)
    sys.stdout.write(f"Password of {actor.username} changed.\n")
    return EXIT_OK


def _change(args: argparse.Namespace, database: Database, actor: Actor) -> int:
    out = sys.stdout
    command = args.user_command
    password = new_password(args, args.name) if command == "reset-password" else ""
    with database.session(actor.username) as session:
        row = accounts.account_by_name(session, actor, args.name)
        if command == "disable":
            accounts.disable_account(session, actor, row.id)
            out.write(f"Account {row.username} disabled; its history stays under its name.\n")
        elif command == "enable":
            accounts.enable_account(session, actor, row.id)
            out.write(f"Account {row.username} enabled.\n")
        elif command == "unlock":
            accounts.unlock_account(session, actor, row.id)
            out.write(f"Account {row.username} unlocked.\n")
        else:
            outcome = accounts.reset_password(session, actor, row.id, password)
            unlocked = " The account was locked and is now unlocked." if outcome.was_locked else ""
            out.write(
                f"Password of {row.username} reset; it must be changed at the next"
                f" sign-in.{unlocked}\n"
            )
    return EXIT_OK
