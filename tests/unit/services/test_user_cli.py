"""``streetdesk user …``: the first administrator without --user, accounts for scripts,
a reset password refused for every command but ``user password``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.cli import main
from app.models import User
from app.services import auth
from app.services.permissions import Actor
from tests.helpers.sample_street import build_sample_street


def _file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def test_the_first_account_of_a_new_file_must_be_its_administrator(
    db_path: Path, capsys: Any
) -> None:
    argv = ["--db", str(db_path), "--lang", "en", "user", "add", "zhang", "--role", "clerk"]
    assert main(argv) == 2
    assert "use --role admin" in capsys.readouterr().err


@pytest.fixture
def admin_args(db_path: Path, tmp_path: Path, capsys: Any) -> list[str]:
    """A new file made ready from the command line: its first administrator, one street."""
    admin_password = _file(tmp_path, "admin.txt", "admin password")
    assert main(["--db", str(db_path), "--password-file", admin_password, "user", "add", "chief",
                 "--role", "admin", "--display-name", "王主任"]) == 0  # fmt: skip
    printed = capsys.readouterr().out
    assert "First administrator chief created" in printed
    from app.services.database import open_sqlite
    from app.services.encryption.recovery_code import parse_recovery_key

    database = open_sqlite(db_path)
    assert database.cipher is not None
    shown = printed.split("locked away from the desk):\n", 1)[1].splitlines()[0]
    assert parse_recovery_key(shown) == database.cipher.key
    with database.session() as session:
        build_sample_street(session, Actor.system(), "FH")
    database.dispose()
    return ["--db", str(db_path), "--user", "chief", "--password-file", admin_password]


def test_the_first_administrator_needs_no_user_and_is_made_as_the_first_run_does(
    admin_args: list[str], db_path: Path, capsys: Any
) -> None:
    from app.services.database import open_sqlite

    database = open_sqlite(db_path)
    try:
        actor = auth.sign_in_recorded(database, "chief", "admin password")
        assert actor.role_code == "admin" and actor.display_name == "王主任"
        assert not actor.must_change_password
    finally:
        database.dispose()
    # Once the desk has an account, the same command needs a signed-in administrator.
    assert main(["--db", str(db_path), "user", "add", "second", "--role", "admin"]) == 2
    assert "--user" in capsys.readouterr().err


def test_a_clerk_added_listed_reset_and_disabled(
    admin_args: list[str], db_path: Path, tmp_path: Path, capsys: Any
) -> None:
    first = _file(tmp_path, "first.txt", "first password")
    assert main([*admin_args, "user", "add", "zhang", "--role", "clerk", "--street", "FH",
                 "--display-name", "张三", "--new-password-file", first]) == 0  # fmt: skip
    clerk_args = ["--db", str(db_path), "--user", "zhang", "--password-file", first]
    # The first password only lets its user choose their own.
    assert main([*clerk_args, "export", "roster", str(tmp_path / "r.xlsx")]) == 2
    assert "user password" in capsys.readouterr().err
    own = _file(tmp_path, "own.txt", "zhang own password")
    assert main([*clerk_args, "user", "password", "--new-password-file", own]) == 0
    assert "Password of zhang changed" in capsys.readouterr().out

    assert main([*admin_args, "user", "list"]) == 0
    listed = capsys.readouterr().out
    assert "zhang" in listed and "凤凰街道" in listed and "2 accounts" in listed

    temporary = _file(tmp_path, "temp.txt", "temporary one")
    for _ in range(auth.MAX_FAILED_SIGN_INS):
        bad = _file(tmp_path, "bad.txt", "wrong password")
        assert main(["--db", str(db_path), "--user", "zhang", "--password-file", bad,
                     "user", "list"]) == 2  # fmt: skip
    capsys.readouterr()
    assert main([*admin_args, "user", "reset-password", "ZHANG",
                 "--new-password-file", temporary]) == 0  # fmt: skip
    assert "locked and is now unlocked" in capsys.readouterr().out

    assert main([*admin_args, "user", "disable", "zhang"]) == 0
    assert main(["--db", str(db_path), "--user", "zhang", "--password-file", temporary,
                 "user", "password", "--new-password-file", own]) == 2  # fmt: skip
    assert main([*admin_args, "user", "enable", "zhang"]) == 0
    assert main([*admin_args, "user", "unlock", "zhang"]) == 0


def test_bad_input_is_named_and_nothing_written(
    admin_args: list[str], db_path: Path, tmp_path: Path, capsys: Any
) -> None:
    short = _file(tmp_path, "short.txt", "short")
    assert main([*admin_args, "--lang", "zh_CN", "user", "add", "li", "--role", "clerk",
                 "--street", "FH", "--new-password-file", short]) == 2  # fmt: skip
    assert "密码至少需要 8 个字符" in capsys.readouterr().err
    good = _file(tmp_path, "good.txt", "long enough")
    assert main([*admin_args, "user", "add", "li", "--role", "clerk", "--street", "NOPE",
                 "--new-password-file", good]) == 2  # fmt: skip
    assert "NOPE" in capsys.readouterr().err
    assert main([*admin_args, "user", "disable", "chief"]) == 2
    assert main([*admin_args, "user", "disable", "nobody"]) == 2
    from app.services.database import open_sqlite

    database = open_sqlite(db_path)
    try:
        with database.session() as session:
            names = set(session.scalars(select(User.username)))
    finally:
        database.dispose()
    assert names == {"chief"}


def test_a_new_password_typed_twice_must_match(
    admin_args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    typed = iter(["one password", "another one"])
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda _prompt: next(typed))
    assert main([*admin_args, "--lang", "en", "user", "add", "wu", "--role", "clerk"]) == 2
    assert "The two passwords differ." in capsys.readouterr().err


def test_a_new_file_ends_with_a_clerk_who_receives_a_case_in_the_organisation(
    admin_args: list[str], db_path: Path, tmp_path: Path
) -> None:
    """The command-line first day: the first administrator (no --user), the organisation
    (here the sample street; ``org import`` once it exists), a clerk of that street who
    chooses their own password, and a case received in one of its units."""
    from decimal import Decimal

    from app.models import Unit
    from app.services.china_time import now_in_china
    from app.services.cli_session import sign_in_command
    from app.services.database import open_sqlite
    from app.services.disputes import NewCase, create_case
    from app.services.permissions import Permission

    first = _file(tmp_path, "first.txt", "first password")
    assert main([*admin_args, "user", "add", "clerk1", "--role", "clerk", "--street", "FH",
                 "--display-name", "文员", "--new-password-file", first]) == 0  # fmt: skip
    own = _file(tmp_path, "own.txt", "clerk own password")
    clerk_args = ["--db", str(db_path), "--user", "clerk1", "--password-file", first]
    assert main([*clerk_args, "user", "password", "--new-password-file", own]) == 0

    database = open_sqlite(db_path)
    try:
        clerk = sign_in_command(
            database, "clerk1", Permission.DISPUTE_EDIT, command="intake", password_path=Path(own)
        )
        with database.session("clerk1") as session:
            unit_id = session.scalar(
                select(Unit.id).where(Unit.street_id == clerk.street_id).limit(1)
            )
            case = NewCase(
                title="工地欠薪纠纷",
                category="labour",
                severity="general",
                source="reception",
                unit_id=unit_id,
                people_involved=1,
                amount_owed=Decimal(0),
                received_at=now_in_china(),
            )
            assert create_case(session, clerk, case) is not None
    finally:
        database.dispose()
