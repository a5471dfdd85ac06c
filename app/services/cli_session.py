"""Signing in on the command line, for every command that reads or writes personal data.

``streetdesk --user NAME import roster FILE``: the password is typed without echo, or
read from the first line of ``--password-file PATH`` or of the file named by
``STREETDESK_PASSWORD_FILE`` (scheduled jobs). On a database marked as demo data, a demo
role's name (``clerk`` or ``demo_clerk``) signs in without a password, as the one-click
buttons do. Sign-ins and refusals are audited as in the desk.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from app.services import audit
from app.services.auth import (
    ROLE_CODES,
    demo_username,
    is_demo_database,
    sign_in_demo,
    sign_in_recorded,
)
from app.services.database import Database
from app.services.errors import N_, AuthenticationError
from app.services.permissions import Actor, Permission, require

PASSWORD_FILE_ENV = "STREETDESK_PASSWORD_FILE"
#: A password has at most 256 characters; a bigger file is not a password file.
MAX_PASSWORD_FILE_BYTES = 4096

Prompt = Callable[[str], str]


def _demo_role(username: str) -> str | None:
    name = username.strip().casefold()
    for code in ROLE_CODES:
        if name in (code, demo_username(code)):
            return code
    return None


def password_file(given: Path | None) -> Path | None:
    """The password file asked for: the option, else the environment variable."""
    if given is not None:
        return Path(given)
    named = os.environ.get(PASSWORD_FILE_ENV, "")
    return Path(named) if named else None


def read_password_file(path: Path) -> str:
    """The first line of ``path``, without its line ending."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_PASSWORD_FILE_BYTES + 1)
    except OSError as exc:
        raise AuthenticationError(
            N_("The password file {path} cannot be read ({reason})."),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    if len(raw) > MAX_PASSWORD_FILE_BYTES:
        raise AuthenticationError(
            N_("The password file {path} is too large to hold a password."), path=str(path)
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AuthenticationError(
            N_("The password file {path} is not UTF-8 text."), path=str(path)
        ) from exc
    return text.splitlines()[0] if text else ""


def ask_password(username: str, prompt: Prompt | None = None) -> str:
    """The password typed at the terminal, never echoed."""
    if not sys.stdin.isatty():
        # getpass would fall back to reading with echo; a job gives a file instead.
        raise AuthenticationError(
            N_(
                "No terminal to type the password in: give --password-file PATH or set"
                " STREETDESK_PASSWORD_FILE."
            )
        )
    try:
        return (prompt or getpass.getpass)(f"Password for {username}: ")
    except (EOFError, KeyboardInterrupt) as exc:
        raise AuthenticationError(N_("No password was typed.")) from exc


def sign_in_command(
    database: Database,
    username: str | None,
    permission: Permission,
    *,
    command: str,
    password_path: Path | None = None,
    prompt: Prompt | None = None,
) -> Actor:
    """The signed-in actor for ``command``; raises unless its role allows ``permission``.

    An account whose password an administrator reset is refused until its user has
    chosen a new one (``user password``, or signing in on the desk).
    """
    if not username:
        raise AuthenticationError(
            N_("{command} reads or writes personal data: sign in with --user NAME."),
            command=command,
        )
    source = password_file(password_path)
    with database.session() as session:
        demo_role = _demo_role(username) if is_demo_database(session) else None
    if demo_role is not None and source is None:
        with database.session() as session:
            actor = sign_in_demo(session, demo_role)
    else:
        password = read_password_file(source) if source else ask_password(username, prompt)
        actor = sign_in_recorded(database, username, password)
    if actor.must_change_password:
        raise AuthenticationError(
            N_(
                "The password of {username} was reset: choose a new one first, with"
                " streetdesk --user {username} user password (or by signing in on the desk)."
            ),
            username=actor.username,
        )
    if not actor.can(permission):
        with database.session(actor.username) as session:
            audit.record(
                session, actor.username, "denied", permission=permission.value, command=command
            )
        require(actor, permission)
    return actor
