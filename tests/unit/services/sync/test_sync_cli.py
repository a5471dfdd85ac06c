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
