"""Every change to a synced row leaves an audit row: who, when, what and from which desk."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.models import AuditEntry, District, SyncState, utcnow
from app.services.database import Database
from app.services.permissions import Actor
from tests.helpers.disputes import build_roster, receive, walk_to


def _trail(db: Database, entity: str, entity_id: object) -> list[AuditEntry]:
    with db.session() as session:
        return list(
            session.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
                .order_by(AuditEntry.seq)
            )
        )


def _desk_id(db: Database) -> str:
    with db.session() as session:
        state = session.get(SyncState, "desk_id")
        assert state is not None
        return state.value


def test_dispute_writes_leave_audit_rows_naming_who_what_and_the_desk(database: Any) -> None:
    db: Database = database
    clerk = Actor.system("clerk_li")
    with db.session("seed") as session:
        roster = build_roster(session)
    with db.session(clerk.username) as session:
        ref = receive(session, clerk, roster)
    with db.session(clerk.username) as session:
        walk_to(session, clerk, roster, ref, ["accepted"])

    rows = _trail(db, "dispute", ref.id)
    assert [row.action for row in rows] == ["insert", "update"]
    assert {row.username for row in rows} == {"clerk_li"}
    assert {row.desk_id for row in rows} == {_desk_id(db)}
    assert all(row.at is not None and row.row_hash for row in rows)
    assert "stage_id" in str(rows[1].detail["fields"])
    with db.session() as session:
        event_audits = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "dispute_event")
        ).all()
    assert len(event_audits) >= 2


def test_a_tombstone_is_audited_as_such(database: Any) -> None:
    db: Database = database
    with db.session("admin_wu") as session:
        district = District(code="Q", name="区")
        session.add(district)
    with db.session("admin_wu") as session:
        stored = session.get(District, district.id)
        assert stored is not None
        stored.deleted_at = utcnow()
    assert [row.action for row in _trail(db, "district", district.id)] == ["insert", "tombstone"]


def test_the_desk_id_is_stable_across_opening_the_database_again(database: Any) -> None:
    db: Database = database
    first = _desk_id(db)
    path = db.path
    db.dispose()
    from app.services.database import open_sqlite

    assert path is not None
    again = open_sqlite(path)
    try:
        assert _desk_id(again) == first
    finally:
        again.dispose()
