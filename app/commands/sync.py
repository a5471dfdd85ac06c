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
    actions.add_parser("snapshots", help="list the copies taken before each sync")
    restore = actions.add_parser(
        "restore", help="put back a copy taken before a sync (administrators; the desk closed)"
    )
    restore.add_argument("snapshot", type=Path, help="a file that `sync snapshots` lists")
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
        return Path(path).read_text(encoding="utf-8").strip()
    from getpass import getpass

    return getpass("Central password of this desk: ")


def run(args: argparse.Namespace) -> int:
    from app.services.permissions import Permission

    command = args.sync_command or "now"
    if command == "snapshots":
        return _snapshots(args)
    database = open_database(args)
    try:
        if command == "status":
            return _status(database)
        if command == "join":
            return _join(database, args)
        if command == "restore":
            signed_in(database, args, Permission.SETTINGS_EDIT, "sync restore")
            pragma = database.cipher.pragma() if database.cipher else None
            database.dispose()
            return _restore(args, pragma)
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
    report = join_central(database, profile, _central_password(args), keep_password=True)
    print(f"joined {profile.host}:{profile.port}/{profile.database}: {report.pulled} rows received")
    return 0


def _snapshots(args: argparse.Namespace) -> int:
    from app.commands.common import database_path
    from app.services.sync.snapshots import list_snapshots

    found = list_snapshots(database_path(args))
    for snapshot in found:
        print(f"{snapshot.taken_at.isoformat(timespec='seconds')}  {snapshot.path}")
    if not found:
        print("no copies yet: one is taken before each sync")
    return 0


def _restore(args: argparse.Namespace, pragma: str | None) -> int:
    from app.commands.common import database_path
    from app.services.sync.snapshots import restore_listed_snapshot

    path = database_path(args)
    chosen = restore_listed_snapshot(path, Path(args.snapshot), pragma)
    print(f"{path}: restored from {chosen.name}; the next sync brings what is missing")
    return 0
