"""A private PostgreSQL cluster with TLS for connection tests.

The system cluster trusts every local connection and speaks no TLS, so certificate and
password checks need a cluster of their own: a temporary data folder, a free port, a CA
and server certificates made here, ``scram-sha-256`` for every TCP connection (with or
without TLS) and trust only on its private Unix socket, which is how the tests administer
it. Run as root, the cluster belongs to the ``postgres`` OS user.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import glob
import ipaddress
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL

from app.services.database import make_engine, upgrade
from tests.helpers.central_db import install_central

SERVER_NAME = "central.test"
SERVER_ADDRESS = "127.0.0.1"
#: the login role the tests' desks connect as
DESK_ROLE = "desk_one"
DESK_PASSWORD = "correct horse battery staple"
_OS_USER = "postgres"
_TEMPLATE = "central_template"


class ClusterUnavailable(RuntimeError):
    """No PostgreSQL binaries, or the cluster would not start."""


@dataclass(frozen=True)
class Certificate:
    cert_pem: str
    key_pem: str


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _key_pem(key: ec.EllipticCurvePrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


class CertificateAuthority:
    def __init__(self, common_name: str) -> None:
        self.key = _key()
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
        self.name = name
        self.certificate = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(self.key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(_now() - dt.timedelta(days=1))
            .not_valid_after(_now() + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .sign(self.key, hashes.SHA256())
        )

    @property
    def pem(self) -> str:
        return self.certificate.public_bytes(serialization.Encoding.PEM).decode()

    def server_certificate(
        self,
        dns_name: str,
        *,
        address: str | None = SERVER_ADDRESS,
        expired: bool = False,
    ) -> Certificate:
        key = _key()
        if expired:
            start, end = _now() - dt.timedelta(days=60), _now() - dt.timedelta(days=1)
        else:
            start, end = _now() - dt.timedelta(days=1), _now() + dt.timedelta(days=30)
        names: list[x509.GeneralName] = [x509.DNSName(dns_name)]
        if address:
            names.append(x509.IPAddress(ipaddress.ip_address(address)))
        cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, dns_name)]))
            .issuer_name(self.name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start)
            .not_valid_after(end)
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.ExtendedKeyUsage([x509.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
            )
            .sign(self.key, hashes.SHA256())
        )
        return Certificate(cert.public_bytes(serialization.Encoding.PEM).decode(), _key_pem(key))


def postgres_bin_dir() -> Path | None:
    """Where initdb and pg_ctl are: $STREETDESK_PG_BIN, the newest Debian-style
    installation, or the PATH."""
    named = os.environ.get("STREETDESK_PG_BIN")
    candidates = [Path(named)] if named else []
    candidates += [
        Path(p)
        for p in sorted(
            glob.glob("/usr/lib/postgresql/*/bin"),
            key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
            reverse=True,
        )
    ]
    found = shutil.which("initdb")
    if found:
        candidates.append(Path(found).parent)
    return next((c for c in candidates if (c / "initdb").exists()), None)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((SERVER_ADDRESS, 0))
        return int(s.getsockname()[1])


class PrivateCluster:
    """Start with ``start()``; always ``stop()`` (also registered at exit)."""

    def __init__(self) -> None:
        bin_dir = postgres_bin_dir()
        if bin_dir is None:
            raise ClusterUnavailable("no PostgreSQL binaries (initdb) found")
        self.bin_dir = bin_dir
        self.as_root = os.geteuid() == 0
        if self.as_root and shutil.which("runuser") is None:
            raise ClusterUnavailable("running as root without runuser")
        self.root = Path(tempfile.mkdtemp(prefix="streetdesk-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.ca = CertificateAuthority("StreetDesk test CA")
        self.good = self.ca.server_certificate(SERVER_NAME)
        self.running = False
        self._template_ready = False
        atexit.register(self.stop)

    # processes ---------------------------------------------------------------------
    def _run(self, *args: str) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", _OS_USER, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
        if result.returncode != 0:
            raise ClusterUnavailable(
                f"{args[0]} failed ({result.returncode}): {result.stderr.strip()[-800:]}"
            )

    def _own(self, path: Path) -> None:
        if self.as_root:
            shutil.chown(path, _OS_USER, _OS_USER)

    def start(self) -> None:
        self._own(self.root)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth-local=trust",
            "--auth-host=reject",
            "--no-sync",
            "--no-instructions",
            "-E",
            "UTF8",
            "--locale=C",
        )
        self._write_server_certificate(self.good)
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(
                "\n".join(
                    [
                        f"listen_addresses = '{SERVER_ADDRESS}'",
                        f"port = {self.port}",
                        f"unix_socket_directories = '{self.root}'",
                        "ssl = on",
                        "ssl_cert_file = 'server.crt'",
                        "ssl_key_file = 'server.key'",
                        # the WAL still reaches the OS at each commit, so an immediate
                        # shutdown (how the tests cut connections) loses nothing
                        "fsync = off",
                        "full_page_writes = off",
                        "max_connections = 30",
                        "shared_buffers = 16MB",
                        "password_encryption = 'scram-sha-256'",
                        "",
                    ]
                )
            )
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\n"
            f"hostssl all all {SERVER_ADDRESS}/32 scram-sha-256\n"
            f"host all all {SERVER_ADDRESS}/32 scram-sha-256\n",
            encoding="utf-8",
        )
        self._pg_ctl_start()

    def _pg_ctl_start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-w", "start")
        self.running = True

    def _pg_ctl_stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        self.running = False

    def restart(self) -> None:
        """Immediate shutdown and start: every open connection is cut."""
        self._pg_ctl_stop()
        self._pg_ctl_start()

    def stop_server(self) -> None:
        """The server goes away (``start_server`` brings it back)."""
        self._pg_ctl_stop()

    def start_server(self) -> None:
        self._pg_ctl_start()

    def stop(self) -> None:
        """Stop the server and remove the folder; safe to call twice."""
        if self.running:
            with contextlib.suppress(ClusterUnavailable):
                self._pg_ctl_stop()
        shutil.rmtree(self.root, ignore_errors=True)

    # certificates ------------------------------------------------------------------
    def _write_server_certificate(self, certificate: Certificate) -> None:
        cert, key = self.data / "server.crt", self.data / "server.key"
        cert.write_text(certificate.cert_pem, encoding="utf-8")
        key.write_text(certificate.key_pem, encoding="utf-8")
        key.chmod(0o600)
        for path in (cert, key):
            self._own(path)

    def serve_certificate(self, certificate: Certificate) -> None:
        """Restart with this server certificate (``good`` to go back)."""
        self._write_server_certificate(certificate)
        self.restart()

    # databases ---------------------------------------------------------------------
    def admin_url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.root}&port={self.port}"

    def _admin(self) -> Engine:
        return create_engine(self.admin_url(), isolation_level="AUTOCOMMIT")

    def central_database(self) -> str:
        """A new database holding a migrated central (copied from a template migrated
        once); returns its name."""
        if not self._template_ready:
            self._execute(f'CREATE DATABASE "{_TEMPLATE}"')
            engine = make_engine(self.admin_url(_TEMPLATE))
            try:
                upgrade(engine)
                install_central(engine)
            finally:
                engine.dispose()
            self._template_ready = True
        name = f"central_{uuid.uuid4().hex[:10]}"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{_TEMPLATE}"')
        return name

    def drop_database(self, name: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def create_role(self, role: str, password: str) -> None:
        """A login role with a password (a superuser: these tests are about connecting)."""
        self._execute(f"CREATE ROLE \"{role}\" LOGIN SUPERUSER PASSWORD '{password}'")

    def enrol(self, database: str, role: str) -> None:
        """Make ``role`` a desk of the central in ``database``."""
        engine = create_engine(self.admin_url(database))
        try:
            with engine.begin() as conn:
                conn.execute(
                    text(
                        "INSERT INTO sd_desk (role_name, desk_name, street_id, psych,"
                        " administers) VALUES (:role, :role, NULL, true, true)"
                    ),
                    {"role": role},
                )
        finally:
            engine.dispose()

    def drop_role(self, role: str) -> None:
        self._execute(f'DROP ROLE IF EXISTS "{role}"')

    def _execute(self, statement: str) -> None:
        admin = self._admin()
        try:
            with admin.connect() as conn:
                conn.execute(text(statement))
        finally:
            admin.dispose()

    def tcp_url(self, database: str, role: str, password: str) -> URL:
        """A plain URL over TCP (``sslmode=disable``), for tests that compare sides."""
        return URL.create(
            "postgresql+psycopg",
            username=role,
            password=password,
            host=SERVER_ADDRESS,
            port=self.port,
            database=database,
            query={"sslmode": "disable"},
        )
