"""Connecting a desk to the centre over TLS: what works, what is refused and why, and a
server that goes away in the middle of a sync."""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, event, select, text

from app.models import Community
from app.services.database import Database
from app.services.sync import state
from app.services.sync.connection import connection_url
from app.services.sync.engine import sync_now
from app.services.sync.postgres_transport import PostgresTransport
from app.services.sync.profile import Profile
from app.services.sync.run import (
    CERTIFICATE_REFUSED,
    PASSWORD_REFUSED,
    open_transport,
    run_sync,
)
from app.services.sync.tables import synced_tables
from app.services.sync.transport import CentralRefused, TransportError
from tests.helpers.central_db import add_community, new_desk
from tests.helpers.pg_cluster import (
    DESK_PASSWORD,
    DESK_ROLE,
    SERVER_ADDRESS,
    SERVER_NAME,
    Certificate,
    CertificateAuthority,
    PrivateCluster,
)

pytestmark = pytest.mark.pg

_ORG_TABLES = ("district", "street", "community")


@pytest.fixture
def profile(tls_cluster: PrivateCluster, tls_central: str) -> Profile:
    return Profile(
        host=SERVER_ADDRESS,
        port=tls_cluster.port,
        database=tls_central,
        role=DESK_ROLE,
        ca_certificate=tls_cluster.ca.pem,
        server_name=SERVER_NAME,
        desk_name="desk one",
    )


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Database]:
    database = new_desk(tmp_path / "desk.sqlite")
    yield database
    database.dispose()


@pytest.fixture
def joined(desk: Database, profile: Profile) -> Database:
    """A desk that keeps ``profile`` as its centre (its rows are the centre's already)."""
    with desk.engine.begin() as conn:
        state.put(conn, state.PROFILE_KEY, json.dumps(dataclasses.asdict(profile)))
    return desk


def _dirty(desk: Database) -> int:
    with desk.engine.connect() as conn:
        return sum(
            int(conn.scalar(text(f"SELECT count(*) FROM {spec.name} WHERE dirty")) or 0)
            for spec in synced_tables()
        )


def _sync_state(desk: Database) -> dict[str, str]:
    with desk.engine.connect() as conn:
        return {
            key: value for key, value in conn.execute(text("SELECT key, value FROM sync_state"))
        }


def _ids(conn: Connection, table: str) -> set[str]:
    return {str(uuid.UUID(str(v))) for v in conn.scalars(text(f"SELECT id FROM {table}"))}


def _assert_agree(desk: Database, cluster: PrivateCluster, database: str) -> None:
    centre = create_engine(cluster.admin_url(database))
    try:
        with desk.engine.connect() as mine, centre.connect() as theirs:
            for table in _ORG_TABLES:
                assert _ids(mine, table) == _ids(theirs, table), table
                assert _ids(mine, table), f"{table} is empty"
    finally:
        centre.dispose()
    assert _dirty(desk) == 0


def _refusal(profile: Profile, password: str = DESK_PASSWORD) -> CentralRefused:
    with pytest.raises(CentralRefused) as caught:
        open_transport(profile, password).close()
    return caught.value


def _uses_tls(transport: PostgresTransport) -> bool:
    with transport.engine.connect() as conn:
        return bool(conn.scalar(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")))


# connecting ------------------------------------------------------------------------


def test_a_desk_syncs_over_verified_tls(
    desk: Database, profile: Profile, tls_cluster: PrivateCluster
) -> None:
    assert profile.sslmode == "verify-full"
    url = connection_url(profile, DESK_PASSWORD)
    assert (url.host, url.query["hostaddr"], url.query["sslmode"]) == (
        SERVER_NAME,
        SERVER_ADDRESS,
        "verify-full",
    )
    add_community(desk)
    transport = open_transport(profile, DESK_PASSWORD)
    try:
        assert _uses_tls(transport)
        report = sync_now(desk, transport)
    finally:
        transport.close()
    assert report.pushed >= 3
    _assert_agree(desk, tls_cluster, profile.database)


def test_sslmode_disable_connects_without_tls_where_the_server_allows_it(
    profile: Profile,
) -> None:
    transport = open_transport(dataclasses.replace(profile, sslmode="disable"), DESK_PASSWORD)
    try:
        assert not _uses_tls(transport)
    finally:
        transport.close()


def test_a_wrong_password_is_refused_remembered_and_changes_nothing(joined: Database) -> None:
    add_community(joined)
    dirty, before = _dirty(joined), _sync_state(joined)
    assert dirty >= 3
    with pytest.raises(CentralRefused) as caught:
        run_sync(joined, password="not the password", snapshot=False)
    assert caught.value.message == PASSWORD_REFUSED
    after = _sync_state(joined)
    error = after.pop(state.LAST_ERROR_KEY)
    assert error.endswith(PASSWORD_REFUSED)
    assert after == before
    assert _dirty(joined) == dirty


def test_a_certificate_from_another_ca_is_refused(profile: Profile) -> None:
    other = CertificateAuthority("Somebody else's CA")
    refusal = _refusal(dataclasses.replace(profile, ca_certificate=other.pem))
    assert refusal.message == CERTIFICATE_REFUSED
    assert "issuer" in str(refusal.params["reason"])


def test_a_server_name_the_certificate_does_not_carry_is_refused(profile: Profile) -> None:
    refusal = _refusal(dataclasses.replace(profile, server_name="elsewhere.test"))
    assert refusal.message == CERTIFICATE_REFUSED
    assert "elsewhere.test" in str(refusal.params["reason"])


def test_a_server_certificate_for_another_name_is_refused(
    profile: Profile, wrong_name_certificate: Certificate
) -> None:
    refusal = _refusal(profile)
    assert refusal.message == CERTIFICATE_REFUSED
    assert SERVER_NAME in str(refusal.params["reason"])


def test_an_expired_server_certificate_is_refused_and_the_reason_remembered(
    joined: Database, expired_certificate: Certificate
) -> None:
    with pytest.raises(CentralRefused) as caught:
        run_sync(joined, password=DESK_PASSWORD, snapshot=False)
    assert caught.value.message == CERTIFICATE_REFUSED
    assert "expired" in str(caught.value.params["reason"])
    remembered = _sync_state(joined)[state.LAST_ERROR_KEY]
    assert "could not be trusted (certificate has expired)" in remembered


# the server goes away ---------------------------------------------------------------


def _cut_at_first(transport: PostgresTransport, statement_start: str, cut: Callable[[], None]):
    """Run ``cut`` before the first statement that starts so, inside its transaction."""
    done: list[bool] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not done and statement.lstrip().startswith(statement_start):
            done.append(True)
            cut()

    event.listen(transport.engine, "before_cursor_execute", before)
    return done


def test_a_restart_inside_a_push_fails_the_sync_and_the_next_one_completes(
    joined: Database, profile: Profile, tls_cluster: PrivateCluster
) -> None:
    add_community(joined)
    dirty = _dirty(joined)
    transport = open_transport(profile, DESK_PASSWORD)
    assert isinstance(transport, PostgresTransport)
    cut = _cut_at_first(transport, "CREATE TEMP TABLE", tls_cluster.restart)
    with pytest.raises(TransportError):
        run_sync(joined, transport=transport, snapshot=False)
    assert cut == [True]
    assert _dirty(joined) == dirty
    assert state.LAST_ERROR_KEY in _sync_state(joined)
    run_sync(joined, password=DESK_PASSWORD, snapshot=False)
    _assert_agree(joined, tls_cluster, profile.database)
    assert state.LAST_ERROR_KEY not in _sync_state(joined)


def test_a_server_gone_between_round_trips_fails_the_sync_and_the_next_one_completes(
    joined: Database, profile: Profile, tls_cluster: PrivateCluster
) -> None:
    add_community(joined)
    steps: list[str] = []

    def stop_after_the_first_fetch(step: str) -> None:
        steps.append(step)
        if step == "pull.after_fetch" and steps.count(step) == 1:
            tls_cluster.stop_server()

    try:
        with pytest.raises(TransportError):
            run_sync(
                joined,
                password=DESK_PASSWORD,
                checkpoint=stop_after_the_first_fetch,
                snapshot=False,
            )
    finally:
        tls_cluster.start_server()
    assert "push.after_local_commit" in steps
    run_sync(joined, password=DESK_PASSWORD, snapshot=False)
    _assert_agree(joined, tls_cluster, profile.database)


def test_a_restart_between_round_trips_is_survived(
    joined: Database, profile: Profile, tls_cluster: PrivateCluster
) -> None:
    """The pool checks a connection before lending it, so a restart between two round
    trips costs a reconnection, not the sync."""
    community_id = add_community(joined)
    restarted: list[str] = []

    def restart_after_send(step: str) -> None:
        if step == "push.after_send" and not restarted:
            restarted.append(step)
            tls_cluster.restart()

    run_sync(joined, password=DESK_PASSWORD, checkpoint=restart_after_send, snapshot=False)
    assert restarted
    _assert_agree(joined, tls_cluster, profile.database)
    with joined.session() as s:
        assert s.scalar(select(Community.name).where(Community.id == community_id))
