"""``streetdesk demo-data``: synthetic data for trainers and benchmarks."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands.common import open_database, signed_in, use_key_file

NAMES = ("demo-data",)


def register(sub: Any) -> None:
    demo = sub.add_parser("demo-data", help="write synthetic demo data into a database")
    demo.add_argument("--db", type=Path, required=True, dest="target_db")
    demo.add_argument("--scale", type=int, default=1, help="1 = one street as described")
    demo.add_argument("--seed", type=int, default=1)


def run(args: argparse.Namespace) -> int:
    """A new file is simply written; replacing existing demo data is a reset, signed in."""
    from app.services.demo.generator import refuse_unless_demo, write_demo_database

    use_key_file(args)
    target = Path(args.target_db)
    if target.exists() and (target.is_dir() or target.stat().st_size > 0):
        from app.services.demo.reset import reset_demo_database
        from app.services.permissions import Permission

        refuse_unless_demo(target)
        database = open_database(args, target)
        try:
            actor = signed_in(database, args, Permission.DEMO_RESET, "demo-data")
        except BaseException:
            database.dispose()
            raise
        reset_demo_database(database, actor, scale=args.scale, seed=args.seed).dispose()
        print(f"{target}: demo data generated anew")
        return 0
    counts = write_demo_database(target, scale=args.scale, seed=args.seed)
    for table, count in counts.items():
        print(f"{table:24} {count:>8}")
    return 0
