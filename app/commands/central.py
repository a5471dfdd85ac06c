"""``streetdesk central init | enrol``: setting up the district's central PostgreSQL
database and enrolling desks on it (see docs/central-server.md).

What was done is printed in the interface language (``--lang``), as errors are.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.services.central import messages
from app.services.errors import N_
from app.services.sync.profile import SSL_MODES

NAMES = ("central",)


def register(sub: Any) -> None:
    central = sub.add_parser(
        "central", help="set up the district's central database and enrol desks on it"
    )
    actions = central.add_subparsers(dest="central_command", required=True)
    init = actions.add_parser(
        "init",
        help="create or update the central database: schema, sync objects, desk roles and"
        " row-level security (run again after every update)",
    )
    _url_option(init)
    init.add_argument("--admin", metavar="NAME", help="create the district's first administrator")
    init.add_argument(
        "--password-file",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the administrator's password from the first line of PATH (else asked twice)",
    )
    init.add_argument(
        "--seed",
        type=Path,
        metavar="DESKFILE",
        help="fill an empty central database from this desk file (with --key-file if needed)",
    )
    enrol = actions.add_parser(
        "enrol", help="enrol a desk: its login role, and the profile its administrator installs"
    )
    _url_option(enrol)
    enrol.add_argument("--street", required=True, metavar="CODE", help="the desk's street code")
    enrol.add_argument("--desk", required=True, metavar="NAME", help="the desk's name")
    enrol.add_argument(
        "-o", "--output", required=True, type=Path, metavar="PROFILE", help="profile file to write"
    )
    enrol.add_argument(
        "--password-out",
        type=Path,
        metavar="FILE",
        help="write the desk's password to FILE (mode 0600) instead of printing it",
    )
    enrol.add_argument(
        "--psych", action="store_true", help="the desk keeps the psychological registry"
    )
    enrol.add_argument(
        "--administers",
        action="store_true",
        help="the desk may change district-wide data (reference data, rules, accounts)",
    )
    enrol.add_argument(
        "--new-password",
        action="store_true",
        help="the desk is enrolled already: give it a new password",
    )
    enrol.add_argument("--host", help="host name desks connect to (default: the URL's)")
    enrol.add_argument("--port", type=int, help="port desks connect to (default: the URL's)")
    enrol.add_argument("--ca-file", type=Path, metavar="PEM", help="CA certificate of the server")
    enrol.add_argument(
        "--server-name", default="", help="name in the server's certificate (default: --host)"
    )
    enrol.add_argument("--sslmode", choices=SSL_MODES, default="verify-full")


def _url_option(parser: Any) -> None:
    parser.add_argument(
        "--url",
        required=True,
        help="the central database as the maintenance user reaches it, e.g."
        " postgresql+psycopg://postgres@127.0.0.1:5432/streetdesk",
    )


def say(args: argparse.Namespace, message: str, **params: object) -> None:
    from app.services.encryption.problems import Notice
    from app.views.cli_text import cli_error_text

    print(cli_error_text(Notice(message, **params), args.lang))


def _admin_password(args: argparse.Namespace) -> str:
    from app.services.cli_session import ask_password, password_file, read_password_file
    from app.services.errors import ValidationError

    source = password_file(getattr(args, "password_file", None))
    if source is not None:
        return read_password_file(source)
    first = ask_password(f"{args.admin} (new)")
    if ask_password(f"{args.admin} (new, again)") != first:
        raise ValidationError("password", N_("The two passwords differ."))
    return first


def _init(args: argparse.Namespace) -> int:
    from app.commands.common import open_database
    from app.services.central.setup import FirstAdmin, init_central
    from app.services.errors import ValidationError

    admin = FirstAdmin(args.admin, _admin_password(args)) if args.admin else None
    if args.seed and not args.seed.is_file():
        raise ValidationError(
            "seed", N_("The desk file {file} does not exist."), file=str(args.seed)
        )
    desk = open_database(args, args.seed) if args.seed else None
    try:
        report = init_central(args.url, admin, desk)
    finally:
        if desk is not None:
            desk.dispose()
    if report.created:
        say(args, messages.DATABASE_CREATED, database=report.database)
    say(
        args,
        messages.UP_TO_DATE,
        database=report.database,
        tables=report.objects.tables if report.objects else 0,
        group=report.objects.desk_group if report.objects else "",
    )
    if report.seeded:
        for table, count in report.seeded.items():
            print(f"  {table:24} {count:>8}")
        say(
            args,
            messages.SEEDED,
            file=str(args.seed),
            rows=sum(report.seeded.values()),
            tables=len(report.seeded),
        )
    if report.admin:
        say(args, messages.ADMIN_CREATED, user=report.admin)
    return 0


def _enrol(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DBAPIError

    from app.services.central.enrol import (
        DeskReach,
        check_outputs,
        desk_profile,
        enrol_desk,
        write_password_file,
    )
    from app.services.central.setup import central_url, unreachable
    from app.services.database import make_engine
    from app.services.sync.profile import write_profile

    check_outputs(args.output, args.password_out)
    reach = DeskReach(args.host or "", args.port, args.ca_file, args.server_name, args.sslmode)
    central_url(args.url)
    engine = make_engine(args.url)
    written: list[Path] = []
    try:
        with engine.begin() as conn:
            enrolment = enrol_desk(
                conn,
                args.street,
                args.desk,
                psych=args.psych,
                administers=args.administers,
                new_password=args.new_password,
            )
            # a profile that cannot be made leaves no role behind, and a role not made
            # leaves no files behind
            profile = desk_profile(args.url, enrolment, reach)
            if args.password_out:
                write_password_file(args.password_out, enrolment.password)
                written.append(args.password_out)
            if not args.output.exists():
                written.append(args.output)
            write_profile(args.output, profile)
    except DBAPIError as exc:
        for path in written:
            path.unlink(missing_ok=True)
        if getattr(exc.orig, "sqlstate", None) is None:
            raise unreachable(args.url, exc) from exc
        raise
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    finally:
        engine.dispose()
    say(
        args,
        messages.ENROLLED,
        desk=enrolment.desk_name,
        street=enrolment.street_code,
        role=enrolment.role,
        file=str(args.output),
    )
    if args.password_out:
        say(
            args,
            messages.PASSWORD_WRITTEN,
            file=str(args.password_out),
        )
    else:
        say(args, messages.PASSWORD_SHOWN)
        print(enrolment.password)
    return 0


def run(args: argparse.Namespace) -> int:
    if args.central_command == "init":
        return _init(args)
    return _enrol(args)
