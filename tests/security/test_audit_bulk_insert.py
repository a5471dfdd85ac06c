"""Thousands of new rows written in bulk (a roster import) are stamped and audited as the
ORM would write them one by one: one "insert" row per record, the hash chain intact
(``audit verify``), the values stored in the same form."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import insert, select

from app.models import AuditEntry, District, Volunteer
from app.models.audit_trail import insert_audited
from app.services.audit_chain import verify_chain
from app.services.database import Database, open_sqlite, open_url
from app.services.permissions import Actor
from tests.helpers.sample_street import build_sample_street
from tests.helpers.sqlite_files import connect_file


def _volunteers(street_id: uuid.UUID, count: int, first: int = 0) -> list[dict[str, Any]]:
    return [
        {
            "id": uuid.uuid4(),
            "street_id": street_id,
            "name": f"志愿者{first + n}",
            "phone": f"139{first + n:08d}",
            "skills": "" if n % 2 else "巡逻",
            "team_id": None,
            "grid_id": None,
            "unit_id": None,
        }
        for n in range(count)
    ]


def _bulk_then_orm(database: Database) -> list[dict[str, Any]]:
    with database.session("seed") as session:
        street_id = build_sample_street(session, Actor.system("clerk1")).street_id
    rows = _volunteers(street_id, 1200)
    with database.session("clerk1") as session:
        session.add(District(code="BULK1", name="批量前"))  # an ORM change before...
        insert_audited(session, Volunteer, rows)
        session.add(District(code="BULK2", name="批量后"))  # ...and one after
    return rows


def _check(database: Database, rows: list[dict[str, Any]]) -> None:
    ids = {str(row["id"]) for row in rows}
    with database.session() as session:
        report = verify_chain(session)
        trail = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "volunteer").order_by(AuditEntry.seq)
        ).all()
        stored = session.scalars(select(Volunteer).where(Volunteer.name.like("志愿者%"))).all()
        districts = session.scalars(
            select(AuditEntry.seq)
            .where(AuditEntry.entity == "district")
            .order_by(AuditEntry.seq.desc())
            .limit(2)
        ).all()
    assert report.intact, report.broken
    assert {e.entity_id for e in trail if e.action == "insert"} == ids
    assert all(e.username == "clerk1" for e in trail if e.entity_id in ids)
    seqs = [e.seq for e in trail if e.entity_id in ids]
    assert seqs == list(range(seqs[0], seqs[0] + len(rows)))
    # the ORM's rows are chained before and after the bulk, in the order written
    assert districts[1] < seqs[0] and districts[0] > seqs[-1]
    assert len(stored) == len(rows)
    by_id = {row["id"]: row for row in rows}
    for volunteer in stored:
        given = by_id[volunteer.id]
        assert (volunteer.name, volunteer.phone, volunteer.skills) == (
            given["name"],
            given["phone"],
            given["skills"],
        )
        assert volunteer.version == 1 and volunteer.dirty and volunteer.updated_by == "clerk1"
        assert volunteer.created_at.utcoffset() is not None and volunteer.deleted_at is None


def test_a_bulk_insert_is_audited_and_chained_on_sqlite(tmp_path) -> None:
    database = open_sqlite(tmp_path / "bulk.sqlite")
    try:
        _check(database, _bulk_then_orm(database))
    finally:
        database.dispose()


def test_a_bulk_insert_is_audited_and_chained_on_postgresql(postgres_url: str) -> None:
    database = open_url(postgres_url)
    try:
        _check(database, _bulk_then_orm(database))
    finally:
        database.dispose()


def test_bulk_rows_are_stored_as_the_orm_stores_them(tmp_path) -> None:
    """Same columns, same text in the file: a Core insert and the bulk path side by side."""

    database = open_sqlite(tmp_path / "same.sqlite")
    try:
        with database.session("seed") as session:
            street_id = build_sample_street(session, Actor.system("clerk1")).street_id
        orm_row, bulk_row = _volunteers(street_id, 2)
        with database.session("clerk1") as session:
            session.execute(insert(Volunteer), [orm_row])
            insert_audited(session, Volunteer, [bulk_row])
            stamp = session.scalar(
                select(Volunteer.created_at).where(Volunteer.id == bulk_row["id"])
            )
            session.execute(
                Volunteer.__table__.update()
                .where(Volunteer.id == orm_row["id"])
                .values(created_at=stamp, updated_at=stamp, updated_by="clerk1", dirty=True)
            )
    finally:
        database.dispose()
    connection = connect_file(tmp_path / "same.sqlite")
    columns = "street_id, created_at, updated_at, version, updated_by, deleted_at, dirty"
    first, second = (
        connection.execute(
            f"SELECT {columns}, typeof(id), length(id) FROM volunteer WHERE phone = ?",
            (row["phone"],),
        ).fetchone()
        for row in (orm_row, bulk_row)
    )
    connection.close()
    assert first == second


def test_columns_the_rows_leave_out_get_their_defaults(tmp_path) -> None:
    database = open_sqlite(tmp_path / "defaults.sqlite")
    try:
        with database.session("seed") as session:
            street_id = build_sample_street(session, Actor.system("clerk1")).street_id
        rows = [
            {
                "id": uuid.uuid4(),
                "street_id": street_id,
                "name": f"无技能{n}",
                "phone": f"1370000000{n}",
            }
            for n in range(3)
        ]
        with database.session("clerk1") as session:
            insert_audited(session, Volunteer, rows)
        with database.session() as session:
            stored = session.scalars(select(Volunteer).where(Volunteer.name.like("无技能%"))).all()
            assert verify_chain(session).intact
    finally:
        database.dispose()
    assert sorted(v.skills for v in stored) == ["", "", ""]
    assert all(v.team_id is None for v in stored)


def test_bulk_trail_rows_hash_as_each_row_would_be_hashed_alone() -> None:
    """The batch encodes the parts its rows share once; every row's hash is still the
    hash ``audit verify`` recomputes from the row, whatever the names hold."""
    from datetime import UTC, datetime

    from app.models.audit_trail import _trail_rows, audit_row_hash

    changes = [
        ("volunteer", uuid.uuid4(), "insert", ""),
        ('odd "table" {seq}', uuid.uuid4(), "update", 'name,phone,"x"\\'),
        ("volunteer", "not-a-uuid \u2028 志愿者", "tombstone", "deleted_at"),
        ("volunteer", uuid.uuid4(), "insert", ""),
    ]
    rows = _trail_rows(
        changes,
        'desk "{seq}" 街道',
        41,
        "previous \\ hash",
        datetime(2026, 12, 1, 8, 30, tzinfo=UTC),
        'clerk "一号" {seq} \\',
    )
    prev = "previous \\ hash"
    for seq, row in enumerate(rows, start=42):
        assert row["seq"] == seq and row["prev_hash"] == prev
        assert row["row_hash"] == audit_row_hash(row)
        prev = row["row_hash"]
    # ids ascend with seq, so the (at, id) indexes take a batch at their end
    assert [row["id"] for row in rows] == sorted(row["id"] for row in rows)
