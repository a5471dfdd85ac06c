"""One session event stamps the sync columns; history rows are append-only."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.models import (
    AppendOnlyViolation,
    AuditEntry,
    District,
    Street,
    utcnow,
)
from app.models.base import APPLYING_SYNC_KEY


def _district(session: object, code: str = "GM") -> District:
    district = District(code=code, name="光明区")
    session.add(district)  # type: ignore[attr-defined]
    session.flush()  # type: ignore[attr-defined]
    return district


def test_insert_is_stamped_with_key_times_version_author_and_dirty(database: object) -> None:
    before = utcnow()
    with database.session("clerk_li") as session:  # type: ignore[attr-defined]
        district = _district(session)
        assert isinstance(district.id, uuid.UUID)
        assert district.version == 1
        assert district.updated_by == "clerk_li"
        assert district.dirty is True
        assert district.deleted_at is None
        assert before <= district.created_at <= utcnow()
        assert district.updated_at == district.created_at or district.updated_at >= before


def test_update_bumps_version_time_and_author(database: object) -> None:
    with database.session("a") as session:  # type: ignore[attr-defined]
        district_id = _district(session).id
    with database.session("b") as session:  # type: ignore[attr-defined]
        district = session.get(District, district_id)
        first_update = district.updated_at
        district.dirty = False
        session.flush()
        district.name = "光明新区"
        session.flush()
        assert district.version == 3
        assert district.updated_by == "b"
        assert district.dirty is True
        assert district.updated_at >= first_update


def test_unchanged_object_is_not_stamped(database: object) -> None:
    with database.session("a") as session:  # type: ignore[attr-defined]
        district_id = _district(session).id
    with database.session("b") as session:  # type: ignore[attr-defined]
        district = session.get(District, district_id)
        district.name = district.name
        session.flush()
        assert district.version == 1
        assert district.updated_by == "a"


def test_rows_are_never_deleted_only_tombstoned(database: object) -> None:
    with database.session("a") as session:  # type: ignore[attr-defined]
        district_id = _district(session).id
    with pytest.raises(AppendOnlyViolation), database.session("a") as session:  # type: ignore[attr-defined]
        session.delete(session.get(District, district_id))
    with database.session() as session:  # type: ignore[attr-defined]
        assert session.get(District, district_id) is not None


def test_history_rows_cannot_be_updated(database: object) -> None:
    with database.session("a") as session:  # type: ignore[attr-defined]
        entry = AuditEntry(at=utcnow(), username="a", action="view", detail={})
        session.add(entry)
    with pytest.raises(AppendOnlyViolation), database.session("a") as session:  # type: ignore[attr-defined]
        session.get(AuditEntry, entry.id).action = "update"
    with database.session() as session:  # type: ignore[attr-defined]
        assert session.get(AuditEntry, entry.id).action == "view"


def test_rows_applied_by_sync_keep_the_stamps_they_came_with(database: object) -> None:
    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    with database.session("desk") as session:  # type: ignore[attr-defined]
        session.info[APPLYING_SYNC_KEY] = True
        district = District(
            code="X",
            name="x",
            created_at=when,
            updated_at=when,
            version=7,
            updated_by="central",
            dirty=False,
            server_seq=42,
        )
        session.add(district)
        session.flush()
    with database.session() as session:  # type: ignore[attr-defined]
        stored = session.scalar(select(District).where(District.code == "X"))
        assert (stored.version, stored.updated_by, stored.dirty, stored.server_seq) == (
            7,
            "central",
            False,
            42,
        )
        assert stored.updated_at == when


def test_naive_datetimes_are_refused(database: object) -> None:
    with database.session("a") as session:  # type: ignore[attr-defined]
        district = _district(session)
        street = Street(district_id=district.id, code="FH", name="凤凰街道")
        session.add(street)
    with pytest.raises(Exception, match="naive datetime"), database.session() as session:  # type: ignore[attr-defined]
        session.get(Street, street.id).deleted_at = datetime(2026, 1, 1) + timedelta(hours=1)
    with database.session() as session:  # type: ignore[attr-defined]
        assert session.get(Street, street.id).deleted_at is None
