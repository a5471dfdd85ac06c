"""Direct DB-API connections to a desk's database file, keyed as the desk keys it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as dbapi

from app.services.database import key_pragma_of

DatabaseError = dbapi.DatabaseError
OperationalError = dbapi.OperationalError
IntegrityError = dbapi.IntegrityError


def connect_file(path: Path | str, **kwargs: Any) -> Any:
    """Like ``sqlite3.connect(path, ...)``, on the encrypted file with its key (a new
    file is a plain SQLite file, as an earlier StreetDesk or another program makes)."""
    target = Path(str(path).removeprefix("file:").split("?", 1)[0])
    new = not target.exists() or target.stat().st_size == 0
    pragma = None if new else key_pragma_of(target)
    connection = dbapi.connect(str(path), **kwargs)
    if pragma is not None:
        connection.execute(f"PRAGMA key = {pragma}")
    return connection
