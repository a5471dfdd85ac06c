"""From a profile and the desk's password to a connection to the centre.

``sslmode`` is ``verify-full`` unless an administrator allowed less in the profile: the
server's certificate must be signed by the profile's CA and carry the expected name.
"""

from __future__ import annotations

import hashlib
import ipaddress
import socket
import ssl
import struct
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL

from app.services.private_folders import make_private_folder
from app.services.settings import config_dir
from app.services.sync.profile import Profile

CONNECT_TIMEOUT_SECONDS = 8
#: the message a PostgreSQL client sends to ask for TLS before anything else
_SSL_REQUEST = struct.pack("!ii", 8, 80877103)


def _ca_file(profile: Profile) -> Path | None:
    """libpq reads the CA from a file: the profile's PEM, written once, owner-only."""
    if not profile.ca_certificate.strip():
        return None
    digest = hashlib.sha256(profile.ca_certificate.encode()).hexdigest()[:16]
    folder = config_dir() / "central-ca"
    make_private_folder(folder)
    path = folder / f"ca-{digest}.pem"
    if not path.exists():
        path.write_text(profile.ca_certificate, encoding="utf-8")
    return path


def connection_url(profile: Profile, password: str) -> URL:
    query: dict[str, str] = {
        "sslmode": profile.sslmode,
        "connect_timeout": str(CONNECT_TIMEOUT_SECONDS),
        "application_name": f"streetdesk:{profile.desk_name}"[:63],
    }
    ca = _ca_file(profile)
    if ca is not None:
        query["sslrootcert"] = str(ca)
    host = profile.host
    if profile.server_name and profile.server_name != profile.host and _is_address(host):
        # verify-full checks the certificate against ``host``; the address is separate
        query["hostaddr"] = profile.host
        host = profile.server_name
    return URL.create(
        "postgresql+psycopg",
        username=profile.role,
        password=password,
        host=host,
        port=profile.port,
        database=profile.database,
        query=query,
    )


def central_engine(profile: Profile, password: str) -> Engine:
    return create_engine(connection_url(profile, password), pool_pre_ping=True, pool_size=1)


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def certificate_problem(profile: Profile, timeout: float = CONNECT_TIMEOUT_SECONDS) -> str | None:
    """Why the server's certificate fails this profile's checks, or ``None`` if it passes
    or the server cannot be asked.

    libpq's own words for a refused certificate depend on its version and language; this
    asks the server again with Python's TLS, whose reasons (expired, wrong name, unknown
    CA) are stable and name the actual fault.
    """
    if profile.sslmode not in ("verify-full", "verify-ca"):
        return None
    try:
        ca = _ca_file(profile)
        context = ssl.create_default_context(cafile=str(ca) if ca else None)
        context.check_hostname = profile.sslmode == "verify-full"
        with socket.create_connection((profile.host, profile.port), timeout=timeout) as raw:
            raw.sendall(_SSL_REQUEST)
            if raw.recv(1) != b"S":
                return "the server does not offer TLS"
            with context.wrap_socket(raw, server_hostname=profile.expected_name):
                return None
    except ssl.SSLCertVerificationError as exc:
        return str(exc.verify_message or exc.reason or exc)
    except (OSError, ValueError):
        return None
