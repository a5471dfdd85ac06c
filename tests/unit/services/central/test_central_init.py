"""``central init``: the centre's objects on a migrated database, filling it from a desk
file, and its first administrator."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from app.cli import main
from app.models import User
from app.services.central.names import desk_group
from app.services.central.setup import FirstAdmin, init_central
from app.services.database import open_sqlite
from app.services.errors import ValidationError
from app.services.sync.tables import synced_tables
from tests.helpers.central import two_street_demo

pytestmark = pytest.mark.pg


def _scalar(url: str, sql: str) -> object:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql)).scalar()
    finally:
        engine.dispose()


def test_init_installs_the_objects_and_runs_twice_harmlessly(central_url: str) -> None:
    first = init_central(central_url)
    assert not first.created
    second = init_central(central_url)
    assert second.objects == first.objects
    assert first.objects is not None and first.objects.desk_group == desk_group(first.database)
    triggers = _scalar(central_url, "SELECT count(*) FROM pg_trigger WHERE tgname = 'sd_stamp'")
    assert triggers == len(synced_tables())
    policies = _scalar(central_url, "SELECT count(*) FROM pg_policies WHERE policyname LIKE 'sd_%'")
    assert policies and int(str(policies)) > 3 * len(synced_tables())
    for name in ("sd_applied", "sd_desk", "sd_seq"):
        assert _scalar(central_url, f"SELECT to_regclass('{name}') IS NOT NULL") is True


def test_writes_on_the_centre_are_stamped_in_sequence(central_url: str) -> None:
    init_central(central_url)
    engine = create_engine(central_url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("UPDATE severity SET dirty = true")
            rows = conn.exec_driver_sql("SELECT server_seq, dirty FROM severity").all()
            before = conn.exec_driver_sql("SELECT last_value FROM sd_seq").scalar()
            conn.exec_driver_sql("UPDATE severity SET name_en = name_en")
            after = conn.exec_driver_sql("SELECT min(server_seq) FROM severity").scalar()
    finally:
        engine.dispose()
    assert rows and all(seq is not None and not dirty for seq, dirty in rows)
    assert len({seq for seq, _dirty in rows}) == len(rows)
    assert after > before


def test_the_first_administrator_is_of_the_district_and_weak_passwords_are_refused(
    central_url: str,
) -> None:
    with pytest.raises(ValidationError):
        init_central(central_url, FirstAdmin("chief", "short"))
    assert _scalar(central_url, "SELECT to_regclass('sd_desk')") is None
    report = init_central(central_url, FirstAdmin("chief", "A-long-enough-secret"))
    assert report.admin == "chief"
    engine = create_engine(central_url)
    try:
        with engine.connect() as conn:
            user = conn.execute(select(User.street_id, User.password_hash)).one()
    finally:
        engine.dispose()
    assert user.street_id is None and user.password_hash.startswith("$argon2id$")


def test_seeding_copies_every_synced_table_and_no_local_state(
    central_url: str, tmp_path: Path
) -> None:
    desk_file = two_street_demo(tmp_path)
    desk = open_sqlite(desk_file)
    try:
        with desk.engine.connect() as conn:
            expected = {
                spec.name: conn.scalar(select(func.count()).select_from(spec.table))
                for spec in synced_tables()
            }
        report = init_central(central_url, seed_from=desk)
    finally:
        desk.dispose()
    assert report.seeded == expected
    engine = create_engine(central_url)
    try:
        with engine.connect() as conn:
            copied = {
                spec.name: conn.scalar(select(func.count()).select_from(spec.table))
                for spec in synced_tables()
            }
            marks = conn.exec_driver_sql(
                "SELECT count(*) FROM sync_state WHERE key <> 'desk_id'"
            ).scalar()
            unstamped = sum(
                conn.exec_driver_sql(
                    f"SELECT count(*) FROM {spec.name} WHERE server_seq IS NULL OR dirty"
                ).scalar_one()
                for spec in synced_tables()
            )
    finally:
        engine.dispose()
    assert copied == expected
    assert expected["dispute_event"] > 0 and expected["referral_step"] > 0
    assert marks == 0
    assert unstamped == 0


def test_seeding_a_centre_that_holds_records_is_refused(central_url: str, tmp_path: Path) -> None:
    init_central(central_url, FirstAdmin("chief", "A-long-enough-secret"))
    desk = open_sqlite(two_street_demo(tmp_path))
    try:
        with pytest.raises(ValidationError, match="already holds records"):
            init_central(central_url, seed_from=desk)
    finally:
        desk.dispose()


def test_central_init_command_seeds_and_reports(
    central_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk_file = two_street_demo(tmp_path)
    password = tmp_path / "pw"
    password.write_text("A-long-enough-secret\n", encoding="utf-8")
    argv = ["--lang", "en", "central", "init", "--url", central_url, "--seed", str(desk_file)]
    code = main([*argv, "--admin", "chief", "--password-file", str(password)])
    out = capsys.readouterr().out
    assert code == 0
    assert "rows in 54 tables" in out.replace(str(len(synced_tables())), "54")
    assert "District administrator chief created." in out
    assert main(argv) == 2
    assert "already holds records" in capsys.readouterr().err
