"""Role names on the central PostgreSQL cluster.

Role names are cluster-wide while the objects they are granted on are per database, and
several central databases may share one cluster: every name carries a tag of its
database. A name that had to be shortened or changed to fit carries a hash of the
original, so two databases (or two desks) never share a role.
"""

from __future__ import annotations

import hashlib
import re

#: PostgreSQL truncates identifiers at 63 bytes
IDENTIFIER_MAX = 63
_DATABASE_TAG_MAX = 24
_DESK_TAG_MAX = IDENTIFIER_MAX - len("sd__desk_") - _DATABASE_TAG_MAX
_NOT_PLAIN = re.compile(r"[^a-z0-9_]")


def _tag(text: str, limit: int) -> str:
    plain = _NOT_PLAIN.sub("_", text.lower()).strip("_")
    if plain == text and 0 < len(plain) <= limit:
        return plain
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]
    kept = plain[: limit - len(digest) - 1].strip("_")
    return f"{kept}_{digest}" if kept else f"x{digest}"


def database_tag(database: str) -> str:
    return _tag(database, _DATABASE_TAG_MAX)


def desk_group(database: str) -> str:
    """The NOLOGIN role every desk of ``database`` is a member of."""
    return f"sd_{database_tag(database)}_desks"


def desk_role(database: str, desk_name: str) -> str:
    """The LOGIN role of the desk named ``desk_name`` on ``database``."""
    return f"sd_{database_tag(database)}_desk_{_tag(desk_name, _DESK_TAG_MAX)}"
