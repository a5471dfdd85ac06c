"""``central enrol``: a desk's own login role on the centre, its enrolment row, and the
connection profile its administrator installs.

The password is generated here and leaves only once: printed, or written to a file only
its owner can read. The centre keeps a SCRAM verifier of it, computed before it is sent,
so the password itself never appears in a statement the server could log.
"""

from __future__ import annotations

import os
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url

from app.services.account_rules import has_hidden_characters
from app.services.central.names import desk_group, desk_role
from app.services.central.objects import DESK_TABLE, quoted
from app.services.errors import N_, DatabaseProblem, ValidationError
from app.services.sync.profile import SSL_MODES, Profile, is_certificate

DESK_NAME_MAX = 80
PASSWORD_BYTES = 24
DEFAULT_PORT = 5432
PASSWORD_FILE_MODE = 0o600


@dataclass(frozen=True)
class Enrolment:
    database: str
    desk_name: str
    role: str
    street_id: uuid.UUID
    street_code: str
    psych: bool
    administers: bool
    password: str
    #: an enrolled desk was given a new password
    renewed: bool


@dataclass(frozen=True)
class DeskReach:
    """Where desks reach the centre and whom they trust, for the profile."""

    host: str = ""
    port: int | None = None
    ca_file: Path | None = None
    server_name: str = ""
    sslmode: str = "verify-full"


def _desk_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > DESK_NAME_MAX or has_hidden_characters(name):
        raise ValidationError(
            "desk",
            N_("A desk name has 1 to {max} visible characters."),
            max=DESK_NAME_MAX,
        )
    return name


def _street(conn: Connection, code: str) -> uuid.UUID:
    found = conn.execute(
        text("SELECT id FROM street WHERE code = :code AND deleted_at IS NULL"),
        {"code": code.strip()},
    ).scalar()
    if found is None:
        raise ValidationError("street", N_("There is no street with the code {code}."), code=code)
    return uuid.UUID(str(found))


def _role_exists(conn: Connection, role: str) -> bool:
    return bool(
        conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": role}).first()
    )


def _verifier(conn: Connection, role: str, password: str) -> str:
    raw: Any = conn.connection.driver_connection
    hashed: bytes = raw.pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256")
    return hashed.decode("ascii")


def enrol_desk(
    conn: Connection,
    street_code: str,
    desk_name: str,
    *,
    psych: bool = False,
    administers: bool = False,
    new_password: bool = False,
) -> Enrolment:
    """Enrol a desk on the centre ``conn`` is connected to, in the caller's transaction."""
    desk_name = _desk_name(desk_name)
    database = str(conn.execute(text("SELECT current_database()")).scalar())
    group = desk_group(database)
    if not _role_exists(conn, group):
        raise DatabaseProblem(
            N_("{database} is not set up as a central database yet: run central init first."),
            database=database,
        )
    street_id = _street(conn, street_code)
    role = desk_role(database, desk_name)
    enrolled = _role_exists(conn, role) or bool(
        conn.execute(
            text(f"SELECT 1 FROM {DESK_TABLE} WHERE desk_name = :desk"), {"desk": desk_name}
        ).first()
    )
    if enrolled and not new_password:
        raise ValidationError(
            "desk",
            N_(
                "The desk {desk} is enrolled already. To give it a new password (its old one"
                " stops working), enrol it again with --new-password."
            ),
            desk=desk_name,
        )
    password = secrets.token_urlsafe(PASSWORD_BYTES)
    verifier = _verifier(conn, role, password).replace("'", "''")
    attributes = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT"
    if _role_exists(conn, role):
        conn.exec_driver_sql(f"ALTER ROLE {quoted(role)} {attributes} PASSWORD '{verifier}'")
    else:
        conn.exec_driver_sql(f"CREATE ROLE {quoted(role)} {attributes} PASSWORD '{verifier}'")
    conn.exec_driver_sql(f"GRANT {quoted(group)} TO {quoted(role)}")
    conn.execute(
        text(
            f"INSERT INTO {DESK_TABLE} (role_name, desk_name, street_id, psych, administers)"
            " VALUES (:role, :desk, :street, :psych, :administers)"
            " ON CONFLICT (role_name) DO UPDATE SET desk_name = EXCLUDED.desk_name,"
            " street_id = EXCLUDED.street_id, psych = EXCLUDED.psych,"
            " administers = EXCLUDED.administers, enrolled_at = now()"
        ),
        {
            "role": role,
            "desk": desk_name,
            "street": street_id,
            "psych": psych,
            "administers": administers,
        },
    )
    return Enrolment(
        database,
        desk_name,
        role,
        street_id,
        street_code.strip(),
        psych,
        administers,
        password,
        renewed=enrolled,
    )


def read_ca_certificate(path: Path) -> str:
    try:
        pem = path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            "ca_file", N_("The CA certificate {file} cannot be read."), file=str(path)
        ) from exc
    if not is_certificate(pem):
        raise ValidationError("ca_file", N_("{file} holds no PEM certificate."), file=str(path))
    return pem


def desk_profile(url: str, enrolment: Enrolment, reach: DeskReach) -> Profile:
    """The profile of an enrolled desk; host, port and database default to ``url``'s."""
    if reach.sslmode not in SSL_MODES:
        raise ValidationError("sslmode", N_("Unknown sslmode {mode}."), mode=reach.sslmode)
    given = make_url(url)
    return Profile(
        host=reach.host or given.host or "localhost",
        port=reach.port or given.port or DEFAULT_PORT,
        database=enrolment.database,
        role=enrolment.role,
        ca_certificate=read_ca_certificate(reach.ca_file) if reach.ca_file else "",
        server_name=reach.server_name,
        sslmode=reach.sslmode,
        desk_name=enrolment.desk_name,
        street_code=enrolment.street_code,
    )


def check_outputs(profile: Path, password: Path | None) -> None:
    """Refuse, before the centre is touched, files that could not be written."""
    for path in (profile, password):
        if path is None:
            continue
        if not path.parent.is_dir():
            raise ValidationError(
                "output", N_("The folder {folder} does not exist."), folder=str(path.parent)
            )
        if path.is_dir():
            raise ValidationError("output", N_("{file} is a folder, not a file."), file=str(path))
    if password is not None and password.exists():
        raise ValidationError(
            "password_out",
            N_("{file} exists already; the desk's password is written only to a new file."),
            file=str(password),
        )


def write_password_file(path: Path, password: str) -> None:
    """The password on one line, in a new file only its owner may read (0600)."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PASSWORD_FILE_MODE)
    try:
        os.fchmod(fd, PASSWORD_FILE_MODE)
        os.write(fd, (password + "\n").encode("utf-8"))
    finally:
        os.close(fd)
