"""``central init`` / ``central enrol`` given input they cannot use: a clear line on
stderr and exit status 2, and no file made or overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main

UNREACHABLE = "postgresql+psycopg://postgres@127.0.0.1:1/streetdesk"


def _enrol(*extra: str, url: str = UNREACHABLE) -> list[str]:
    return [
        "--lang",
        "en",
        "central",
        "enrol",
        "--url",
        url,
        "--street",
        "S1",
        "--desk",
        "d",
        *extra,
    ]


@pytest.mark.parametrize("command", ["init", "enrol"])
def test_a_url_that_is_not_a_url_is_explained(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--lang", "en", "central", "init", "--url", "not a url"]
    if command == "enrol":
        args = _enrol("-o", str(tmp_path / "p.json"), url="not a url")
    assert main(args) == 2
    assert "PostgreSQL URL" in capsys.readouterr().err


def test_an_unreachable_centre_is_explained_and_no_file_is_left(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile, password = tmp_path / "p.json", tmp_path / "pw"
    assert main(_enrol("-o", str(profile), "--password-out", str(password))) == 2
    assert "cannot be reached" in capsys.readouterr().err
    assert not profile.exists() and not password.exists()


def test_outputs_are_checked_before_the_centre_is_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_enrol("-o", str(tmp_path / "missing" / "p.json"))) == 2
    assert "does not exist" in capsys.readouterr().err
    kept = tmp_path / "kept.txt"
    kept.write_text("someone else's file\n", encoding="utf-8")
    assert main(_enrol("-o", str(tmp_path / "p.json"), "--password-out", str(kept))) == 2
    assert "exists already" in capsys.readouterr().err
    assert kept.read_text(encoding="utf-8") == "someone else's file\n"


def test_a_missing_seed_file_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = tmp_path / "desk.sqlite"
    args = ["--lang", "en", "central", "init", "--url", UNREACHABLE, "--seed", str(seed)]
    assert main(args) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not seed.exists()
