"""One sync as the desk runs it: snapshot, connect with the stored profile and password,
sync, and remember how it went."""

from __future__ import annotations

import socket
from collections.abc import Callable
from datetime import UTC, datetime

import psycopg
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError

from app.services.auth import is_demo_database
from app.services.database import Database
from app.services.errors import N_, DomainError, ValidationError
from app.services.sync import state
from app.services.sync.connection import central_engine, certificate_problem
from app.services.sync.desk import central_profile, remember_password, stored_password
from app.services.sync.engine import Checkpoint, Progress, SyncReport, check_schema, sync_now
from app.services.sync.postgres_transport import PostgresTransport
from app.services.sync.profile import Profile
from app.services.sync.snapshots import take_snapshot
from app.services.sync.tables import synced_tables
from app.services.sync.transport import CentralRefused, Transport, TransportError

#: SQLSTATE of a refused password
_BAD_PASSWORD = "28P01"
#: SQLSTATE class of other refusals at login (no pg_hba.conf line, role may not log in)
_NOT_AUTHORISED = "28"
#: libpq's words for a certificate it refused (English, the words of every libpq
#: version so far); a broken TLS stream ("SSL error: unexpected eof", "SSL SYSCALL
#: error") is a cut connection, not an untrusted certificate
_CERTIFICATE_WORDS = ("certificate", "does not support SSL")
_PASSWORD_WORDS = ("password authentication failed",)

#: tables whose rows go up once from the desk that wrote them, and have no ``dirty``
_OWN_TABLES = ("audit_log", "psych_access")

PASSWORD_REFUSED = N_("The central database refused the desk's password.")
CERTIFICATE_REFUSED = N_(
    "The central server's certificate could not be trusted ({reason}); nothing was sent."
)
CONNECTION_REFUSED = N_("The central database does not accept this desk's connection ({reason}).")


def open_transport(profile: Profile, password: str) -> Transport:
    """A transport whose first round trip has worked; refusals say why."""
    engine = central_engine(profile, password)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        problem = classify(exc)
        if not _is_password_refusal(problem):
            reason = certificate_problem(profile, timeout=3.0)
            if reason is not None:
                problem = CentralRefused(CERTIFICATE_REFUSED, reason=reason)
        raise problem from exc
    return PostgresTransport(engine)


def _is_password_refusal(problem: Exception) -> bool:
    return isinstance(problem, CentralRefused) and problem.message == PASSWORD_REFUSED


def classify(exc: BaseException) -> Exception:
    """A connection failure as the user should read it: the SQLSTATE where the server
    sent one, else libpq's words."""
    original = getattr(exc, "orig", exc)
    message = str(original).strip()
    reason = _reason(message)
    sqlstate = getattr(original, "sqlstate", None) or ""
    if sqlstate == _BAD_PASSWORD:
        return CentralRefused(PASSWORD_REFUSED)
    if sqlstate.startswith(_NOT_AUTHORISED):
        return CentralRefused(CONNECTION_REFUSED, reason=reason)
    if sqlstate:
        return TransportError(reason)
    if any(words in message for words in _PASSWORD_WORDS):
        return CentralRefused(PASSWORD_REFUSED)
    if "no pg_hba.conf entry" in message:
        return CentralRefused(CONNECTION_REFUSED, reason=reason)
    if any(words in message for words in _CERTIFICATE_WORDS):
        return CentralRefused(CERTIFICATE_REFUSED, reason=reason)
    return TransportError(reason or type(original).__name__)


def _reason(message: str) -> str:
    """The first line of libpq's message, without its "connection to server at ... failed:"."""
    if not message:
        return ""
    first = message.splitlines()[0]
    rest, marker = first.removeprefix("connection failed:"), " failed: "
    if rest != first and marker in rest:
        first = rest.split(marker, 1)[1]
    return first.removeprefix("FATAL:").strip()


def central_reachable(profile: Profile, timeout: float = 2.0) -> bool:
    try:
        with socket.create_connection((profile.host, profile.port), timeout=timeout):
            return True
    except OSError:
        return False


def run_sync(
    database: Database,
    *,
    password: str | None = None,
    transport: Transport | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    checkpoint: Checkpoint | None = None,
    snapshot: bool = True,
) -> SyncReport:
    """Sync with the centre this desk joined; the outcome is remembered either way."""
    with database.session() as session:
        if is_demo_database(session):
            raise DomainError(N_("A demo database never syncs."))
        profile = central_profile(session)
    if transport is None:
        if profile is None:
            raise DomainError(N_("This desk has not joined a central database yet."))
        password = password or stored_password(profile)
        try:
            if not password:
                raise CentralRefused(N_("The central password of this desk is not stored here."))
            transport = open_transport(profile, password)
        except (CentralRefused, TransportError) as exc:
            _remember_error(database, str(exc))
            raise
    try:
        if snapshot and database.path is not None:
            take_snapshot(database)
        return sync_now(
            database, transport, progress=progress, cancelled=cancelled, checkpoint=checkpoint
        )
    except (OperationalError, DBAPIError, psycopg.Error) as exc:
        problem = classify(exc)
        _remember_error(database, str(problem))
        raise problem from exc
    except (CentralRefused, TransportError) as exc:
        _remember_error(database, str(exc))
        raise
    finally:
        transport.close()


def _remember_error(database: Database, message: str) -> None:
    with database.engine.begin() as conn:
        state.put(conn, state.LAST_ERROR_KEY, f"{datetime.now(UTC).isoformat()} {message}"[:200])


def join_central(
    database: Database,
    profile: Profile,
    password: str,
    *,
    progress: Progress | None = None,
    transport: Transport | None = None,
    keep_password: bool = True,
    records_made_here_allowed: bool = True,
) -> SyncReport:
    """Make a new desk file a desk of this centre: take the district's organisation and
    reference data and the street's records. The rows the file was created with are the
    centre's own reference rows, so they are taken as clean and then overwritten."""
    with database.session() as session:
        if is_demo_database(session):
            raise DomainError(N_("A demo database never syncs."))
        if central_profile(session) is not None:
            raise DomainError(N_("This desk has already joined a central database."))
    made_here = 0 if records_made_here_allowed else records_made_here(database)
    if made_here:
        raise DomainError(
            N_(
                "This desk file holds {count} records made here, which joining would never"
                " send to the centre; join with a new desk file."
            ),
            count=made_here,
        )
    if not password and (transport is None or keep_password):
        raise ValidationError("password", N_("Type the desk's password from the district."))
    transport = transport or open_transport(profile, password)
    try:
        # a centre of another schema refuses before the file is marked joined
        check_schema(database, transport)
        transport.scope()
        # kept before the file is marked joined: a desk without its password stays unjoined
        if keep_password:
            remember_password(profile, password)
        with database.engine.begin() as conn:
            for spec in synced_tables():
                if spec.name not in _OWN_TABLES:
                    conn.execute(text(f"UPDATE {spec.name} SET dirty = 0"))
            state.put(conn, state.PROFILE_KEY, _profile_json(profile))
        return sync_now(database, transport, progress=progress)
    finally:
        transport.close()


def records_made_here(database: Database) -> int:
    """Rows written on this desk that joining would take as the centre's and never send."""
    with database.engine.connect() as conn:
        return sum(
            int(conn.scalar(text(f"SELECT count(*) FROM {spec.name} WHERE dirty = 1")) or 0)
            for spec in synced_tables()
            if spec.name not in _OWN_TABLES
        )


def _profile_json(profile: Profile) -> str:
    import json
    from dataclasses import asdict

    return json.dumps(asdict(profile))
