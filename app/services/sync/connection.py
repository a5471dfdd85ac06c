"""From a profile and the desk's password to a connection to the centre.

``sslmode`` is ``verify-full`` unless an administrator allowed less in the profile: the
server's certificate must be signed by the profile's CA and carry the expected name.
"""

from __future__ import annotations

import hashlib
import ipaddress
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL

from app.services.private_folders import make_private_folder
from app.services.settings import config_dir
from app.services.sync.profile import Profile

CONNECT_TIMEOUT_SECONDS = 8


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
