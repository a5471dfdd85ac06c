"""``central enrol``: the desk's login role, its enrolment, its profile and password."""

from __future__ import annotations

import stat
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text

from app.cli import main
from app.services.central.enrol import enrol_desk
from app.services.central.names import IDENTIFIER_MAX, desk_group, desk_role
from app.services.central.setup import init_central
from app.services.errors import DatabaseProblem, ValidationError
from app.services.sync.profile import read_profile
from tests.helpers.central import libpq_dsn
from tests.helpers.pg_cluster import CertificateAuthority

pytestmark = pytest.mark.pg

CA_PEM = CertificateAuthority("StreetDesk test CA").pem


def test_role_names_fit_and_differ_per_database_and_desk() -> None:
    long_db = "streetdesk_" + "x" * 80
    names = {
        desk_group("a"),
        desk_group("A"),
        desk_group(long_db),
        desk_group(long_db + "y"),
        desk_role("a", "desk"),
        desk_role("a", "Desk"),
        desk_role("a", "解放路 1号台"),
        desk_role("a", "解放路 2号台"),
        desk_role(long_db, "x" * 200),
        desk_role(long_db, "x" * 201),
    }
    assert len(names) == 10
    assert all(len(name.encode()) <= IDENTIFIER_MAX and name.isascii() for name in names)


def _add_street(url: str, code: str) -> None:
    from app.models import District, Street
    from app.services.database import Database

    database = Database(create_engine(url))
    try:
        with database.session("test") as session:
            district = District(code="D1", name="光明区")
            session.add(district)
            session.flush()
            session.add(Street(district_id=district.id, code=code, name="解放路街道"))
    finally:
        database.dispose()


def test_enrol_writes_profile_and_a_role_that_can_log_in(
    central_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    init_central(central_url)
    _add_street(central_url, "S1")
    ca = tmp_path / "ca.pem"
    ca.write_text(CA_PEM, encoding="ascii")
    profile_path = tmp_path / "desk.json"
    password_path = tmp_path / "desk.pw"
    base = ["--lang", "en", "central", "enrol", "--url", central_url, "--street", "S1"]
    code = main(
        [
            *base,
            *("--desk", "解放路 1号台", "-o", str(profile_path), "--psych"),
            *("--password-out", str(password_path), "--host", "central.example.cn"),
            *("--ca-file", str(ca)),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    password = password_path.read_text(encoding="utf-8").strip()
    assert len(password) >= 30 and password not in out
    assert stat.S_IMODE(password_path.stat().st_mode) == 0o600
    profile = read_profile(profile_path)
    assert profile.host == "central.example.cn" and profile.port == 5432
    assert profile.sslmode == "verify-full" and profile.ca_certificate == CA_PEM
    assert profile.desk_name == "解放路 1号台" and profile.street_code == "S1"
    engine = create_engine(central_url)
    try:
        with engine.connect() as conn:
            role = conn.execute(
                text(
                    "SELECT rolcanlogin, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb,"
                    " rolpassword LIKE 'SCRAM-SHA-256$%'"
                    " FROM pg_authid WHERE rolname = :r"
                ),
                {"r": profile.role},
            ).one()
            entry = conn.execute(
                text("SELECT psych, administers FROM sd_desk WHERE role_name = :r"),
                {"r": profile.role},
            ).one()
    finally:
        engine.dispose()
    assert tuple(role) == (True, False, False, False, False, True)
    assert tuple(entry) == (True, False)
    with psycopg.connect(libpq_dsn(central_url, profile.role)) as conn:
        assert conn.execute("SELECT sd_psych(), sd_administers()").fetchone() == (True, False)

    # again: refused, unless a new password is asked for; then it is printed
    assert main([*base, "--desk", "解放路 1号台", "-o", str(profile_path)]) == 2
    assert "--new-password" in capsys.readouterr().err
    again = [*base, "--desk", "解放路 1号台", "-o", str(profile_path), "--new-password"]
    assert main(again) == 0
    printed = capsys.readouterr().out.strip().splitlines()[-1]
    assert len(printed) >= 30 and printed != password


def test_unknown_street_and_uninitialised_centre_are_explained(central_url: str) -> None:
    engine = create_engine(central_url)
    try:
        with engine.begin() as conn, pytest.raises(DatabaseProblem, match="central init"):
            enrol_desk(conn, "S1", "desk")
        init_central(central_url)
        with engine.begin() as conn, pytest.raises(ValidationError, match="no street"):
            enrol_desk(conn, "NO-SUCH", "desk")
        _add_street(central_url, "S1")
        with engine.begin() as conn, pytest.raises(ValidationError, match="visible"):
            enrol_desk(conn, "S1", "  ")
    finally:
        engine.dispose()
