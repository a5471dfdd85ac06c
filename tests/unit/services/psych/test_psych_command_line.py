"""``psych ledger`` and ``psych overdue`` on the command line: refused without the role
or the reason, masked unless the role sees identities, audited like the desk."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.cli import main
from app.models import PsychAccess, PsychPerson
from app.services.auth import create_user
from app.services.database import Database
from app.services.permissions import Actor
from tests.helpers.psych_registry import build_sample_registry

PASSWORD = "a long enough password"


@pytest.fixture
def desk(db: Database, tmp_path: Path) -> Path:
    """A small registry, a psychological-service worker and a clerk; the password file."""
    with db.session() as session:
        build_sample_registry(session, Actor.system("seed"))
        create_user(session, Actor.system(), "xin", "刘心", PASSWORD, "psych_staff")
        create_user(session, Actor.system(), "clerk1", "文员", PASSWORD, "clerk")
    secret = tmp_path / "password.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    return secret


def _argv(db_path: Path, secret: Path, user: str) -> list[str]:
    return ["--lang", "en", "--db", str(db_path), "--user", user, "--password-file", str(secret)]


def test_staff_print_a_ledger_by_its_number(
    db: Database, db_path: Path, desk: Path, tmp_path: Path, capsys: Any
) -> None:
    secret = desk
    with db.session() as session:
        number = session.scalars(select(PsychPerson.ledger_number)).first()
    out = tmp_path / "ledger.pdf"
    argv = _argv(db_path, secret, "xin")
    assert (
        main([*argv, "psych", "ledger", str(number), "--reason", "个案会商", "-o", str(out)]) == 0
    )
    assert out.read_bytes().startswith(b"%PDF")
    with db.session() as session:
        logged = session.scalars(select(PsychAccess)).one()
    assert (logged.action, logged.username, logged.purpose) == ("print", "xin", "个案会商")


def test_a_clerk_is_refused_the_ledger_and_nothing_is_written(
    db: Database, db_path: Path, desk: Path, tmp_path: Path, capsys: Any
) -> None:
    secret = desk
    out = tmp_path / "ledger.pdf"
    argv = _argv(db_path, secret, "clerk1")
    assert main([*argv, "psych", "ledger", "XL2026-00001", "--reason", "看看", "-o", str(out)]) == 2
    assert "does not allow" in capsys.readouterr().err
    assert not out.exists()


def test_overdue_is_masked_for_a_clerk_and_named_for_staff(
    db: Database, db_path: Path, desk: Path, tmp_path: Path, capsys: Any
) -> None:
    secret = desk
    assert main([*_argv(db_path, secret, "clerk1"), "psych", "overdue", "--json"]) == 0
    masked = json.loads(capsys.readouterr().out)
    assert masked and all(row["masked"] and row["name"].endswith("*") for row in masked)
    assert main([*_argv(db_path, secret, "xin"), "psych", "overdue", "--json"]) == 0
    named = json.loads(capsys.readouterr().out)
    assert {row["name"] for row in named} == {"张伟", "李娜", "王芳"}
    with db.session() as session:
        assert session.scalars(select(PsychAccess.action)).all() == ["reveal"]
