"""Sign-in tells nothing about which accounts exist; names and passwords have bounds."""

from __future__ import annotations

import time
from statistics import median

import pytest
from sqlalchemy import select

from app.models import AuditEntry, User
from app.services import auth
from app.services.errors import AuthenticationError, ValidationError
from app.services.permissions import Actor

PASSWORD = "correct horse"


def _admin(database: object, name: str = "admin") -> None:
    with database.session() as session:  # type: ignore[attr-defined]
        auth.create_first_admin(session, name, "王管理", PASSWORD)


def _failure(database: object, username: str, password: str) -> str:
    with pytest.raises(AuthenticationError) as caught:
        auth.sign_in_recorded(database, username, password)  # type: ignore[arg-type]
    return str(caught.value)


def _audit(database: object, action: str) -> list[AuditEntry]:
    with database.session() as session:  # type: ignore[attr-defined]
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_an_unknown_name_is_checked_against_a_hash_too(
    database: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    _admin(database)
    checked: list[str] = []
    real = auth._verify
    monkeypatch.setattr(auth, "_verify", lambda h, p: checked.append(h) or real(h, p))
    _failure(database, "nobody", "whatever password")
    assert len(checked) == 1 and checked[0].startswith("$argon2id$")


def test_an_unknown_name_takes_about_as_long_as_a_wrong_password(database: object) -> None:
    _admin(database)
    _failure(database, "nobody", "x")  # the dummy hash is made on first use

    def timed(name: str) -> float:
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            _failure(database, name, "wrong password")
            runs.append(time.perf_counter() - start)
        return median(runs)

    wrong, unknown = timed("admin"), timed("nobody")
    # 0.3 ms against 80+ ms before; the same hashing work now, whatever the machine load.
    assert unknown > wrong * 0.3


def test_a_locked_account_reads_like_an_unknown_name_and_each_attempt_is_audited(
    database: object,
) -> None:
    _admin(database)
    for _ in range(auth.MAX_FAILED_SIGN_INS):
        _failure(database, "admin", "nope")
    locked = _failure(database, "admin", PASSWORD)
    unknown = _failure(database, "nobody", PASSWORD)
    assert locked == unknown == "The user name or the password is wrong."
    refused = [e for e in _audit(database, "sign_in_failed") if e.detail.get("reason") == "locked"]
    assert [e.username for e in refused] == ["admin"]


@pytest.mark.parametrize("variant", ["ADMIN", "ａｄｍｉｎ", " Admin ", "ＡＤＭＩＮ"])
def test_user_names_are_one_account_whatever_the_case_or_width(
    database: object, variant: str
) -> None:
    _admin(database)
    with pytest.raises(ValidationError, match="taken"), database.session() as session:  # type: ignore[attr-defined]
        auth.create_user(session, Actor.system(), variant, "又一个", PASSWORD, "clerk")
    actor = auth.sign_in_recorded(database, variant, PASSWORD)  # type: ignore[arg-type]
    assert actor.username == "admin"


def test_a_name_is_stored_in_its_compared_form(database: object) -> None:
    _admin(database, "ＡＤＭＩＮ")
    with database.session() as session:  # type: ignore[attr-defined]
        assert session.scalar(select(User.username)) == "admin"


@pytest.mark.parametrize(
    "variant",
    ["admin\u200b", "\u202eadmin", "ad\u0000min", "ad\u0007min", "admin\u2028", "\ufeffadmin"],
)
def test_names_with_invisible_characters_are_refused(database: object, variant: str) -> None:
    _admin(database)
    with pytest.raises(ValidationError) as caught, database.session() as session:  # type: ignore[attr-defined]
        auth.create_user(session, Actor.system(), variant, "又一个", PASSWORD, "clerk")
    assert caught.value.field == "username"
    assert _failure(database, variant, PASSWORD) == "The user name or the password is wrong."


def test_a_name_longer_than_the_column_is_refused(database: object) -> None:
    with pytest.raises(ValidationError) as caught, database.session() as session:  # type: ignore[attr-defined]
        auth.create_first_admin(session, "a" * 41, "王管理", PASSWORD)
    assert caught.value.field == "username"
    _failure(database, "a" * 100_000, PASSWORD)


@pytest.mark.parametrize(
    "password",
    ["x" * 257, "x" * 1_000_000, " " * 12, "\t\n   \u3000    ", "secret\x00word", "pass\ud800word"],
)
def test_passwords_have_sane_bounds(database: object, password: str) -> None:
    with pytest.raises(ValidationError) as caught, database.session() as session:  # type: ignore[attr-defined]
        auth.create_first_admin(session, "admin", "王管理", password)
    assert caught.value.field == "password"


def test_an_oversized_password_at_sign_in_is_a_plain_failure(database: object) -> None:
    _admin(database)
    assert _failure(database, "admin", "x" * 1_000_000) == "The user name or the password is wrong."
    assert _failure(database, "admin", "a\ud800") == "The user name or the password is wrong."
