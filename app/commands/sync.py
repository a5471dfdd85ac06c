"""``streetdesk sync`` / ``sync status`` / ``sync join``: sync with the district's
central database from the command line. The exit status says whether it worked."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands.common import open_database, signed_in

NAMES = ("sync",)


def register(sub: Any) -> None:
    sync = sub.add_parser("sync", help="sync with the district's central database")
    actions = sync.add_subparsers(dest="sync_command")
    actions.add_parser("now", help="push this desk's changes and pull the centre's (default)")
    actions.add_parser("status", help="show pending changes, conflicts and the last sync")
    join = actions.add_parser("join", help="make a new desk file a desk of a central database")
    join.add_argument("--profile", type=Path, required=True, help="the profile from enrolment")
    join.add_argument(
        "--password-file",
        dest="central_password_file",
        type=Path,
        help="file holding the desk's central password (else asked without echo)",
    )


def _central_password(args: argparse.Namespace) -> str:
    path = getattr(args, "central_password_file", None)
    if path is not None:
        from app.services.cli_session import read_password_file

        return read_password_file(Path(path)).strip()
    from getpass import getpass

    return getpass("Central password of this desk: ")


def run(args: argparse.Namespace) -> int:
    from app.services.permissions import Permission

    command = args.sync_command or "now"
    database = open_database(args)
    try:
        if command == "status":
            return _status(database)
        if command == "join":
            return _join(database, args)
        signed_in(database, args, Permission.SYNC_RUN, "sync")
        from app.services.sync.run import run_sync

        report = run_sync(database)
        print(
            f"synced: {report.pushed} rows sent, {report.pulled} rows received,"
            f" {report.merged} merged, {report.conflicts} conflicts recorded"
        )
        if report.held_back:
            print(f"{report.held_back} rows not sent: shared data only an administering desk sends")
        for reason in report.refused:
            print(f"refused, kept here until corrected: {reason}")
        return 1 if report.refused else 0
    finally:
        database.dispose()


def _status(database: Any) -> int:
    from app.services.sync.desk import sync_status

    with database.session() as session:
        status = sync_status(session)
    if status.demo:
        print("demo database: never syncs")
        return 0
    print(f"central: {status.central or 'not joined'}")
    if status.joined:
        print(f"tls: sslmode={status.sslmode}")
    print(f"pending changes: {status.pending}")
    print(f"open conflicts: {status.open_conflicts}")
    last = status.last_synced_at.isoformat(timespec="seconds") if status.last_synced_at else "never"
    print(f"last synced: {last}")
    if status.last_error:
        print(f"last error: {status.last_error}")
    return 0


def _join(database: Any, args: argparse.Namespace) -> int:
    from app.services.sync.profile import read_profile
    from app.services.sync.run import join_central

    profile = read_profile(args.profile)
    password = _central_password(args)
    report = join_central(
        database, profile, password, keep_password=True, records_made_here_allowed=False
    )
    print(f"joined {profile.host}:{profile.port}/{profile.database}: {report.pulled} rows received")
    return 0
