"""The ``psych`` commands: one person's ledger to PDF, and the overdue follow-ups.

Both go through the same services as the desk, so they are refused and logged alike.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.services.china_time import today_in_china
from app.services.psych import registry
from app.services.psych.access import rights
from app.services.psych.care import find_person
from app.services.psych.ledger_pdf import write_disclosure_ledger, write_person_ledger

if TYPE_CHECKING:
    from app.services.database import Database
    from app.services.permissions import Actor

#: the purpose logged when staff list the overdue follow-ups in their work
OVERDUE_PURPOSE = "overdue follow-up list"
GROUPS_ZH = {"general": "一般", "key": "重点", "special": "特殊", "high_risk": "高危"}


def run_psych_command(args: argparse.Namespace, database: Database, actor: Actor) -> int:
    if args.psych_command == "ledger":
        return _ledger(args, database, actor)
    if args.psych_command == "disclosures":
        return _disclosures(args, database, actor)
    return _overdue(args, database, actor)


def _disclosures(args: argparse.Namespace, database: Database, actor: Actor) -> int:
    output = Path(args.output)
    with database.session(actor.username) as session:
        printed = write_disclosure_ledger(
            session,
            actor,
            args.start,
            args.end,
            output,
            language=getattr(args, "lang", None) or "zh_CN",
        )
    print(f"{output}: {printed.title}")
    return 0


def _ledger(args: argparse.Namespace, database: Database, actor: Actor) -> int:
    output = Path(args.output)
    with database.session(actor.username) as session:
        person_id = find_person(session, actor, args.person)
        printed = write_person_ledger(
            session,
            actor,
            person_id,
            output,
            args.reason,
            args.basis,
            language=getattr(args, "lang", None) or "zh_CN",
        )
    for text in printed.affected:
        print(f"streetdesk: printed with 〓 (no font has a character): {text}", file=sys.stderr)
    print(f"{output}: {printed.title}")
    return 0


def _overdue(args: argparse.Namespace, database: Database, actor: Actor) -> int:
    today = today_in_china()
    with database.session(actor.username) as session:
        granted = rights(session, actor)
        purpose = args.reason
        if purpose is None and granted.identified and not granted.reason_always:
            purpose = OVERDUE_PURPOSE
        if not granted.identified:
            purpose = None
        rows = registry.overdue_follow_ups(
            session, actor, today=today, purpose=purpose, legal_basis=args.basis
        )
    records = [
        {
            "ledger_number": row.ledger_number,
            "name": row.name,
            "phone": row.phone,
            "group": row.group,
            "community": row.community,
            "unit": row.institution,
            "worker": row.worker,
            "next_follow_up_on": row.next_follow_up_on.isoformat()
            if row.next_follow_up_on
            else None,
            "days_overdue": (today - row.next_follow_up_on).days if row.next_follow_up_on else None,
            "masked": not row.revealed,
        }
        for row in rows
    ]
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0
    for record in records:
        print(
            "\t".join(
                str(value)
                for value in (
                    record["ledger_number"],
                    record["name"],
                    record["phone"],
                    GROUPS_ZH.get(str(record["group"]), record["group"]),
                    record["community"],
                    record["worker"],
                    record["next_follow_up_on"],
                    record["days_overdue"],
                )
            )
        )
    print(f"{len(records)} overdue", file=sys.stderr)
    return 0
