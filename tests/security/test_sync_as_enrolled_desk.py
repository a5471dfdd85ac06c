"""A desk syncs through its own central role, under the centre's row security: it joins
with its street's rows only, and what it writes goes up and stays in its street."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.models import AuditEntry, Community, Dispute, PsychPerson, Street
from app.services.central.enrol import enrol_desk
from app.services.central.setup import init_central
from app.services.database import make_engine, open_sqlite, open_url
from app.services.sync.engine import sync_now
from app.services.sync.postgres_transport import PostgresTransport
from app.services.sync.profile import Profile
from app.services.sync.run import join_central
from tests.helpers.central import central_database, desk_url, two_street_demo

pytestmark = pytest.mark.pg


@pytest.fixture(scope="module")
def centre(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, uuid.UUID]]:
    with central_database() as url:
        demo = open_sqlite(two_street_demo(tmp_path_factory.mktemp("demo")))
        try:
            init_central(url, seed_from=demo)
        finally:
            demo.dispose()
        engine = make_engine(url)
        with engine.begin() as conn:
            code = conn.execute(text("SELECT code FROM street ORDER BY code")).scalars().first()
            enrolment = enrol_desk(conn, str(code), "A 窗口")
        engine.dispose()
        yield url, enrolment.role, enrolment.street_id


def _transport(url: str, role: str) -> PostgresTransport:
    return PostgresTransport(make_engine(desk_url(url, role)))


def test_a_desk_joins_with_its_street_only_and_its_writes_go_up(
    centre: tuple[str, str, uuid.UUID], tmp_path: Path
) -> None:
    url, role, street_id = centre
    desk = open_sqlite(tmp_path / "desk.sqlite")
    profile = Profile("127.0.0.1", 5432, "x", role, "", "", "disable", "A 窗口")
    try:
        report = join_central(
            desk, profile, "", transport=_transport(url, role), keep_password=False
        )
        assert report.pulled > 1000
        with desk.session() as s:
            assert set(s.scalars(select(Dispute.street_id).distinct())) == {street_id}
            assert s.scalar(select(func.count()).select_from(PsychPerson)) == 0
            assert s.scalar(select(func.count()).select_from(Street)) == 2
            community = Community(street_id=street_id, code="NEW-1", name="新建社区")
            s.add(community)
        transport = _transport(url, role)
        try:
            pushed = sync_now(desk, transport)
        finally:
            transport.close()
        assert pushed.pushed >= 2  # the community and the audit rows of its creation
        central = open_url(url)
        try:
            with central.session() as s:
                row = s.scalars(select(Community).where(Community.code == "NEW-1")).one()
                assert (row.street_id, row.name, row.dirty) == (street_id, "新建社区", False)
                audited = s.scalar(
                    select(func.count())
                    .select_from(AuditEntry)
                    .where(AuditEntry.entity_id == str(row.id))
                )
                assert audited and audited >= 1
        finally:
            central.dispose()
        with desk.session() as s:
            assert s.scalar(select(func.count()).select_from(Community).where(Community.dirty)) == 0
    finally:
        desk.dispose()
