"""The ``report`` commands: the monthly report (and its figures as JSON), unit rosters,
and checking a filed monthly report."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import or_, select

from app.services.errors import N_, ValidationError
from app.services.whole_file import write_whole_file

if TYPE_CHECKING:
    from app.services.database import Database
    from app.services.permissions import Actor

EXIT_OK, EXIT_DIFFERS = 0, 1


def run_report_command(args: argparse.Namespace, database: Database, actor: Actor | None) -> int:
    language = getattr(args, "lang", None) or "zh_CN"
    if args.report_command == "verify":
        return _verify(database, Path(args.file))
    assert actor is not None
    if args.report_command == "monthly":
        return _monthly(args, database, actor, language)
    return _roster(args, database, actor, language)


def _monthly(args: argparse.Namespace, database: Database, actor: Actor, language: str) -> int:
    from app.services.reports.monthly_pdf import write_monthly_report

    output = Path(args.output)
    with database.session(actor.username) as session:
        report = write_monthly_report(
            session, actor, args.month, output, street=args.street, language=language
        )
    if args.json is not None:
        body = json.dumps(report.figures, ensure_ascii=False, indent=2, sort_keys=True) + "\n"

        def write_json(partial: Path) -> None:
            partial.write_text(body, "utf-8")

        write_whole_file(Path(args.json), write_json)
    for text in report.printed.affected:
        print(f"streetdesk: printed with 〓 (no font has a character): {text}", file=sys.stderr)
    print(f"{output}: {report.figures['scope']['name']} {report.figures['month']}")
    print(f"digest {report.figures['digest']}")
    return EXIT_OK


def _roster(args: argparse.Namespace, database: Database, actor: Actor, language: str) -> int:
    from app.models import Unit
    from app.services.rosters.roster_pdf import write_street_rosters_pdf, write_unit_roster_pdf

    output = Path(args.output)
    with database.session(actor.username) as session:
        if args.unit:
            query = select(Unit.id).where(
                Unit.deleted_at.is_(None), or_(Unit.name == args.unit, Unit.code == args.unit)
            )
            if actor.street_id is not None:
                query = query.where(Unit.street_id == actor.street_id)
            found = session.scalars(query).first()
            if found is None:
                raise ValidationError("unit", N_("There is no unit named {name}."), name=args.unit)
            printed = write_unit_roster_pdf(session, actor, found, output, language=language)
        else:
            printed = write_street_rosters_pdf(
                session, actor, actor.street_id, output, language=language
            )
    for text in printed.affected:
        print(f"streetdesk: printed with 〓 (no font has a character): {text}", file=sys.stderr)
    print(f"{output}: {printed.title}")
    return EXIT_OK


def _verify(database: Database, path: Path) -> int:
    from app.services.reports.verify import verify_report

    with database.session("report verify") as session:
        verdict = verify_report(session, path)
    if verdict.matches:
        print(
            f"{path}: matches the data ({verdict.scope} {verdict.month}, {verdict.current_digest})"
        )
        return EXIT_OK
    print(f"{path}: DIFFERS from the data ({verdict.scope} {verdict.month})", file=sys.stderr)
    print(f"  filed   {verdict.filed_digest}", file=sys.stderr)
    print(f"  now     {verdict.current_digest}", file=sys.stderr)
    if not verdict.printed_agrees:
        print("  the digest printed on the pages is not the file's own", file=sys.stderr)
    return EXIT_DIFFERS
