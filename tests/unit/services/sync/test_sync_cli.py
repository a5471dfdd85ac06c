"""``streetdesk sync join`` / ``sync status`` on a new desk file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from app.cli import main
from app.services.central.setup import FirstAdmin, create_central_admin
from app.services.database import open_url
from app.services.sync.profile import Profile, write_profile
from tests.helpers.central_db import central_engine

pytestmark = pytest.mark.pg


def _profile(url: str, path: Path) -> Path:
    parsed = make_url(url)
    write_profile(
        path,
        Profile(
            host=parsed.host or "127.0.0.1",
            port=parsed.port or 5432,
            database=parsed.database or "",
            role=parsed.username or "postgres",
            ca_certificate="",
            server_name="",
            sslmode="disable",
            desk_name="test desk",
        ),
    )
    return path


def test_a_new_file_joins_and_reports_its_status(
    postgres_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    central_engine(postgres_url).dispose()
    profile = _profile(postgres_url, tmp_path / "desk.profile.json")
    password = tmp_path / "pw"
    password.write_text("unused with trust auth\n", encoding="utf-8")
    desk = tmp_path / "desk.sqlite"
    code = main(
        [
            "--db",
            str(desk),
            "sync",
            "join",
            "--profile",
            str(profile),
            "--password-file",
            str(password),
        ]
    )
    assert code == 0
    assert "rows received" in capsys.readouterr().out
    assert main(["--db", str(desk), "sync", "status"]) == 0
    out = capsys.readouterr().out
    assert "last synced: never" not in out and "pending changes:" in out
    again = main(
        [
            "--lang",
            "en",
            "--db",
            str(desk),
            "sync",
            "join",
            "--profile",
            str(profile),
            "--password-file",
            str(password),
        ]
    )
    assert again == 2
    assert "already joined" in capsys.readouterr().err


def test_a_signed_in_sync_keeps_a_copy_that_can_be_put_back(
    postgres_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    central_engine(postgres_url).dispose()
    centre = open_url(postgres_url)
    try:
        create_central_admin(centre, FirstAdmin("quyu", "Qu-yu-2026-mima!"))
    finally:
        centre.dispose()
    profile = _profile(postgres_url, tmp_path / "desk.profile.json")
    secrets = tmp_path / "pw"
    secrets.write_text("Qu-yu-2026-mima!\n", encoding="utf-8")
    desk = tmp_path / "desk.sqlite"
    common = ["--lang", "en", "--db", str(desk)]
    join = ["sync", "join", "--profile", str(profile), "--password-file", str(secrets)]
    assert main([*common, *join]) == 0
    signed = [*common, "--user", "quyu", "--password-file", str(secrets)]
    assert main([*signed, "sync"]) == 0
    assert "synced:" in capsys.readouterr().out
    assert main([*common, "sync", "snapshots"]) == 0
    listed = [line.split()[-1] for line in capsys.readouterr().out.splitlines()]
    assert len(listed) == 1 and Path(listed[0]).is_file()
    elsewhere = tmp_path / "other.sqlite"
    elsewhere.write_bytes(b"")
    assert main([*signed, "sync", "restore", str(elsewhere)]) == 2
    assert "not one of the copies" in capsys.readouterr().err
    assert main([*signed, "sync", "restore", listed[0]]) == 0
    assert "restored" in capsys.readouterr().out
    assert main([*common, "sync", "status"]) == 0
    assert "central: 127.0.0.1" in capsys.readouterr().out


def _join(desk: Path, profile: Path, password: Path) -> int:
    return main(
        [
            *("--lang", "en", "--db", str(desk)),
            *("sync", "join", "--profile", str(profile), "--password-file", str(password)),
        ]
    )


def _joined(desk: Path, capsys: pytest.CaptureFixture[str]) -> bool:
    assert main(["--db", str(desk), "sync", "status"]) == 0
    return "not joined" not in capsys.readouterr().out


def test_an_empty_or_missing_password_file_joins_nothing(
    postgres_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    central_engine(postgres_url).dispose()
    profile = _profile(postgres_url, tmp_path / "desk.profile.json")
    empty = tmp_path / "pw"
    empty.write_text("\n", encoding="utf-8")
    desk = tmp_path / "desk.sqlite"
    assert _join(desk, profile, empty) == 2
    assert "password" in capsys.readouterr().err
    assert _join(desk, profile, tmp_path / "missing") == 2
    assert "password file" in capsys.readouterr().err
    assert not _joined(desk, capsys)


def test_a_desk_whose_password_cannot_be_kept_stays_unjoined(
    postgres_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.services.sync import desk as sync_desk

    central_engine(postgres_url).dispose()
    profile = _profile(postgres_url, tmp_path / "desk.profile.json")
    password = tmp_path / "pw"
    password.write_text("unused with trust auth\n", encoding="utf-8")
    desk = tmp_path / "desk.sqlite"
    with monkeypatch.context() as patch:
        patch.setattr(sync_desk, "usable_keyring", lambda: (None, "no backend"))
        assert _join(desk, profile, password) == 2
    assert "keyring" in capsys.readouterr().err
    assert not _joined(desk, capsys)
    assert _join(desk, profile, password) == 0


def test_a_file_with_records_made_here_is_not_joined(
    postgres_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    central_engine(postgres_url).dispose()
    profile = _profile(postgres_url, tmp_path / "desk.profile.json")
    password = tmp_path / "pw"
    password.write_text("Adm1n-pass-2026!\n", encoding="utf-8")
    desk = tmp_path / "desk.sqlite"
    add = ["--db", str(desk), "user", "add", "--role", "admin"]
    assert main([*add, "--new-password-file", str(password), "boss"]) == 0
    capsys.readouterr()
    assert _join(desk, profile, password) == 2
    assert "records made here" in capsys.readouterr().err
    assert not _joined(desk, capsys)


def test_the_demo_is_never_joined_nor_made_by_sync(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.services.settings import default_database_path

    profile = tmp_path / "desk.profile.json"
    profile.write_text("{}", encoding="utf-8")
    join = ["--lang", "en", "--demo", "sync", "join", "--profile", str(profile)]
    assert main(join) == 2
    assert "demo database never syncs" in capsys.readouterr().err
    assert not default_database_path(demo=True).exists()


def test_a_centre_of_another_schema_leaves_the_file_unjoined(
    postgres_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import text

    engine = central_engine(postgres_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'an_older_one'"))
    engine.dispose()
    profile = _profile(postgres_url, tmp_path / "desk.profile.json")
    password = tmp_path / "pw"
    password.write_text("unused with trust auth\n", encoding="utf-8")
    desk = tmp_path / "desk.sqlite"
    assert _join(desk, profile, password) == 2
    assert "older than this desk" in capsys.readouterr().err
    assert not _joined(desk, capsys)
