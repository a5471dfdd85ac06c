"""Faults injected at the sync engine's checkpoints: the central connection cut, or the
desk's process killed outright.

``python -m tests.helpers.sync_faults DESK URL STEP OCCURRENCE`` syncs the desk and
dies with ``os._exit(9)`` at the given occurrence of the step; the database keys come
in ``SD_TEST_KEYS`` (the test's keyring in memory, as JSON).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, create_engine, text

from app.services.database import Database
from app.services.sync.engine import sync_now
from tests.helpers.central_db import transport

STEPS = (
    "push.before_send",
    "push.after_send",
    "push.before_local_commit",
    "push.after_local_commit",
    "pull.after_fetch",
    "pull.before_local_commit",
    "pull.after_local_commit",
)
KILLED = 9
_ROOT = Path(__file__).resolve().parents[2]


class ConnectionCut(Exception):
    pass


def admin_engine(url: str) -> Engine:
    return create_engine(url, isolation_level="AUTOCOMMIT")


def cut_connections(admin: Engine) -> None:
    """End every other session on the central database, as a broken network would."""
    with admin.connect() as conn:
        conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )


def at(step: str, occurrence: int, fault: Callable[[], None]) -> Callable[[str], None]:
    """A checkpoint that calls ``fault`` the ``occurrence``-th time ``step`` is reached."""
    seen = 0

    def checkpoint(name: str) -> None:
        nonlocal seen
        if name == step:
            seen += 1
            if seen == occurrence:
                fault()

    return checkpoint


def sync(desk: Database, url: str, checkpoint: Callable[[str], None] | None = None) -> object:
    t = transport(url)
    try:
        return sync_now(desk, t, checkpoint=checkpoint)
    finally:
        t.close()


def killed_sync(desk_path: Path, url: str, step: str, occurrence: int) -> int:
    """Run a sync in its own process, killed at the step; its exit status."""
    import keyring

    keys = [[s, u, p] for (s, u), p in keyring.get_keyring().entries.items()]  # type: ignore[attr-defined]
    # the test run's keyring holds every test's keys: a file, not the environment (one
    # variable may hold no more than 128 KiB)
    handle, keys_file = tempfile.mkstemp(prefix="sd-keys-", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(keys, out)
        env = dict(os.environ, SD_TEST_KEYS_FILE=keys_file)
        command = [sys.executable, "-m", "tests.helpers.sync_faults"]
        done = subprocess.run(
            [*command, str(desk_path), url, step, str(occurrence)],
            cwd=_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.unlink(keys_file)
    assert done.returncode in (0, KILLED), done.stderr
    return done.returncode


def _main(desk_path: str, url: str, step: str, occurrence: str) -> None:
    import keyring

    from app.services.database import open_sqlite
    from tests.helpers.memory_keyring import MemoryKeyring

    backend = MemoryKeyring()
    keys = json.loads(Path(os.environ["SD_TEST_KEYS_FILE"]).read_text(encoding="utf-8"))
    for service, user, password in keys:
        backend.set_password(service, user, password)
    keyring.set_keyring(backend)
    desk = open_sqlite(Path(desk_path))
    sync(desk, url, at(step, int(occurrence), lambda: os._exit(KILLED)))


if __name__ == "__main__":
    _main(*sys.argv[1:5])
