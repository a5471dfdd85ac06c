"""An administrator sees the recovery key again and rotates the key; nobody else can."""

from __future__ import annotations

import keyring
import pytest

from app.services import auth
from app.services.database import Database, open_sqlite
from app.services.encryption.administration import reveal_recovery_key, rotate_key, set_aside
from app.services.encryption.key_store import key_entry, pending_entry
from app.services.encryption.problems import KeyMissing, WrongKey
from app.services.encryption.recovery_code import format_recovery_key, parse_recovery_key
from app.services.errors import AuthenticationError, PermissionDenied
from app.services.permissions import Actor
from tests.helpers.actors import actor_with_role

PASSWORD = "Str33t-desk-2026"


@pytest.fixture
def admin(database: Database) -> Actor:
    with database.session() as session:
        user = auth.create_first_admin(session, "admin_wang", "王管理", PASSWORD)
        return auth.actor_for(session, user)


def test_the_administrator_sees_the_recovery_key_again(database: Database, admin: Actor) -> None:
    assert database.cipher is not None
    shown = reveal_recovery_key(database, admin, PASSWORD)
    assert shown == format_recovery_key(database.cipher.key)
    with pytest.raises(AuthenticationError):
        reveal_recovery_key(database, admin, "not the password")


def test_a_clerk_sees_no_recovery_key_and_rotates_nothing(database: Database) -> None:
    clerk = actor_with_role(database, "clerk")
    assert isinstance(clerk, Actor)
    with pytest.raises(PermissionDenied):
        reveal_recovery_key(database, clerk, PASSWORD)
    with pytest.raises(PermissionDenied):
        rotate_key(database, clerk, PASSWORD)


def test_rotation_re_encrypts_and_the_old_recovery_key_stops_working(
    database: Database, admin: Actor
) -> None:
    assert database.cipher is not None and database.path is not None
    path, old_key = database.path, database.cipher.key
    old_recovery = format_recovery_key(old_key)
    new_recovery = rotate_key(database, admin, PASSWORD)
    assert parse_recovery_key(new_recovery) != old_key
    with database.session() as session:  # the open database goes on working
        assert auth.is_demo_database(session) is False
    database.dispose()
    file_id = database.cipher.database_id
    stored = keyring.get_password("StreetDesk", key_entry(file_id))
    assert stored == parse_recovery_key(new_recovery).hex()
    assert keyring.get_password("StreetDesk", pending_entry(file_id)) is None
    open_sqlite(path).dispose()
    keyring.delete_password("StreetDesk", key_entry(file_id))
    with pytest.raises(WrongKey):
        open_sqlite(path, recovery_key=old_recovery)
    open_sqlite(path, recovery_key=new_recovery).dispose()


def test_a_rotation_stopped_before_its_key_was_stored_opens_with_the_pending_key(
    database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.encryption.key_store import KeySource

    assert database.cipher is not None and database.path is not None
    real_store = KeySource.store

    def power_cut(*_args: object) -> None:
        raise SystemExit("power cut")

    monkeypatch.setattr(KeySource, "store", power_cut)
    with pytest.raises(SystemExit):
        rotate_key(database, admin, PASSWORD)
    monkeypatch.setattr(KeySource, "store", real_store)
    database.dispose()
    reopened = open_sqlite(database.path)
    reopened.dispose()
    file_id = database.cipher.database_id
    assert reopened.cipher is not None
    assert keyring.get_password("StreetDesk", key_entry(file_id)) == reopened.cipher.key.hex()
    assert keyring.get_password("StreetDesk", pending_entry(file_id)) is None


def test_a_file_without_any_key_is_set_aside_untouched_for_a_fresh_start(
    database: Database,
) -> None:
    assert database.cipher is not None and database.path is not None
    path = database.path
    database.dispose()
    keyring.delete_password("StreetDesk", key_entry(database.cipher.database_id))
    before = path.read_bytes()
    with pytest.raises(KeyMissing):
        open_sqlite(path)
    moved = set_aside(path)
    assert moved.read_bytes() == before and not path.exists()
    fresh = open_sqlite(path)
    fresh.dispose()
    assert fresh.cipher is not None and fresh.cipher.database_id != database.cipher.database_id
