"""A street office's first hour, end to end on the command line: a demo desk's
organisation and roster exported, a new file with its first administrator, both
imported, the same units, posts and people; then a clerk receives a case in a unit of
the imported organisation."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.cli import main
from app.models import Post, PostKind, Secondment, Staff, Street, Unit, Volunteer
from app.services.cli_session import sign_in_command
from app.services.database import Database, open_sqlite
from app.services.disputes.cases import create_case
from app.services.disputes.inputs import NewCase
from app.services.errors import ValidationError
from app.services.permissions import Actor, Permission
from app.services.roster_io import plan_import
from tests.helpers.board_fixtures import demo_template


def _snapshot(database: Database) -> dict[str, Counter[Any]]:
    """Units, posts, people and secondments by what they are called, not by their ids."""
    with database.session() as session:
        units = Counter(
            tuple(r)
            for r in session.execute(
                select(Unit.code, Unit.name, Unit.unit_type_id).where(Unit.deleted_at.is_(None))
            )
        )
        posts = Counter(
            tuple(r)
            for r in session.execute(
                select(Unit.code, PostKind.code)
                .join(Post, Post.unit_id == Unit.id)
                .join(PostKind, PostKind.id == Post.post_kind_id)
                .where(Post.deleted_at.is_(None), Unit.deleted_at.is_(None))
            )
        )
        staff = Counter(
            tuple(r)
            for r in session.execute(
                select(Staff.name, Staff.phone, Staff.title).where(Staff.deleted_at.is_(None))
            )
        )
        volunteers = Counter(
            tuple(r)
            for r in session.execute(
                select(Volunteer.name, Volunteer.phone, Volunteer.skills).where(
                    Volunteer.deleted_at.is_(None)
                )
            )
        )
        secondments = Counter(
            tuple(r)
            for r in session.execute(
                select(
                    Staff.name, Unit.code, PostKind.code, Secondment.start_date, Secondment.end_date
                )
                .join(Secondment, Secondment.staff_id == Staff.id)
                .join(Post, Post.id == Secondment.post_id)
                .join(Unit, Unit.id == Post.unit_id)
                .join(PostKind, PostKind.id == Post.post_kind_id)
                .where(Secondment.deleted_at.is_(None), Post.deleted_at.is_(None))
            )
        )
    return {
        "units": units,
        "posts": posts,
        "staff": staff,
        "volunteers": volunteers,
        "secondments": secondments,
    }


def _street_code(database: Database) -> str:
    with database.session() as session:
        return str(session.scalar(select(Street.code).where(Street.deleted_at.is_(None))))


def test_a_new_desk_set_up_from_a_demo_desks_exports(
    tmp_path: Path, capsys: Any, monkeypatch: Any
) -> None:
    demo_path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template(), demo_path)
    demo = ["--db", str(demo_path), "--user", "admin"]
    org_file, roster_file = tmp_path / "组织架构.xlsx", tmp_path / "人员名册.xlsx"
    assert main([*demo, "org", "export", str(org_file)]) == 0
    assert main([*demo, "export", "roster", str(roster_file)]) == 0

    new_path = tmp_path / "new.sqlite"
    secret = tmp_path / "admin.txt"
    secret.write_text("first admin password\n", encoding="utf-8")
    # the first administrator, without --user, as the desk's first run makes it
    first = ["--db", str(new_path), "user", "add", "boss", "--role", "admin"]
    assert main([*first, "--new-password-file", str(secret)]) == 0
    fresh = open_sqlite(new_path)
    try:
        # before the organisation exists, the roster import says what to do first
        with fresh.session("boss") as session, pytest.raises(ValidationError) as early:
            plan_import(session, Actor.system("boss"), roster_file)
        assert "import the organisation first" in str(early.value)
    finally:
        fresh.dispose()
    admin = ["--db", str(new_path), "--user", "boss", "--password-file", str(secret)]
    capsys.readouterr()
    assert main([*admin, "org", "import", str(org_file), "--yes"]) == 0
    printed = capsys.readouterr().out
    assert "幸福里" in printed and "Written:" in printed
    assert main([*admin, "import", "roster", str(roster_file), "--yes"]) == 0
    # importing both again changes nothing
    capsys.readouterr()
    assert main([*admin, "org", "import", str(org_file)]) == 0
    assert "Nothing to change." in capsys.readouterr().out

    original = open_sqlite(demo_path)
    copy = open_sqlite(new_path)
    try:
        before, after = _snapshot(original), _snapshot(copy)
        assert sum(after["units"].values()) == 39
        for part in before:
            assert after[part] == before[part], part
        # a clerk, added by the administrator on the command line, signs in and
        # receives a case in an imported unit
        street_code = _street_code(copy)
        clerk_secret = tmp_path / "clerk.txt"
        clerk_secret.write_text("clerk password 1\n", encoding="utf-8")
        add = ["user", "add", "clerk1", "--role", "clerk", "--street", street_code]
        assert main([*admin, *add, "--new-password-file", str(clerk_secret)]) == 0
        # a new account's first password is chosen again by its owner
        own_secret = tmp_path / "clerk-own.txt"
        own_secret.write_text("clerk own password 2\n", encoding="utf-8")
        clerk_args = ["--db", str(new_path), "--user", "clerk1", "--password-file"]
        change = ["user", "password", "--new-password-file", str(own_secret)]
        assert main([*clerk_args, str(clerk_secret), *change]) == 0
        clerk = sign_in_command(
            copy, "clerk1", Permission.DISPUTE_EDIT, command="test", password_path=own_secret
        )
        with copy.session("clerk1") as session:
            unit_id = session.scalar(select(Unit.id).where(Unit.code == min(after["units"])[0]))
            case = create_case(
                session,
                clerk,
                NewCase("楼上漏水", "neighbourhood", "general", "reception", unit_id=unit_id),
            )
        assert case.id is not None and clerk.role_code == "clerk"
    finally:
        original.dispose()
        copy.dispose()
