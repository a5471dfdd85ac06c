"""``streetdesk audit verify`` and ``streetdesk audit export FILE --from DATE --to DATE``.

Exit codes: 0 intact or written, 1 the chain is broken, 2 bad input (the file, the
period, the permission or the database).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.services.errors import DomainError

if TYPE_CHECKING:
    from app.services.permissions import Actor

EXIT_OK, EXIT_BROKEN, EXIT_BAD_INPUT = 0, 1, 2


def run_audit_command(args: argparse.Namespace, db_path: Path, actor: Actor | None = None) -> int:
    """Run ``audit verify`` or ``audit export``; returns the process exit code."""
    from app.services.audit_chain import verify_chain
    from app.services.audit_export import export_audit_log
    from app.services.database import open_sqlite
    from app.services.permissions import Actor

    actor = actor or Actor.system("cli")
    out, err = sys.stdout, sys.stderr
    try:
        database = open_sqlite(db_path)
        try:
            with database.session(actor.username) as session:
                if args.audit_command == "verify":
                    report = verify_chain(session)
                    if report.broken is not None:
                        err.write(f"streetdesk: audit log broken at {report.broken.describe()}\n")
                        return EXIT_BROKEN
                    out.write(f"{database.label}: audit log intact, {report.rows} rows checked\n")
                    return EXIT_OK
                result = export_audit_log(session, actor, Path(args.file), args.start, args.end)
            out.write(f"{result.path}: {result.rows} audit rows\n")
            return EXIT_OK
        finally:
            database.dispose()
    except DomainError as exc:
        err.write(f"streetdesk: {exc}\n")
        return EXIT_BAD_INPUT
