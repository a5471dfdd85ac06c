"""Settling a conflict the centre recorded: the chosen value is the row's afterwards."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from app.models import Community, SyncConflict
from app.services import auth
from app.services.sync.conflicts import resolve_conflict
from tests.helpers.central_db import add_community


def _conflict(database: Any, row_id: uuid.UUID, deleted_at: datetime) -> uuid.UUID:
    """As the centre records a deletion there meeting an edit here: the row kept alive,
    the deletion beside it."""
    with database.session("centre") as s:
        conflict = SyncConflict(
            table_name="community",
            row_id=row_id,
            field="deleted_at",
            central_value=deleted_at.isoformat(),
            desk_value=None,
            base_value=None,
            central_by="li",
            desk_by="wang",
            desk_name="A",
            choice="",
            resolved_by="",
        )
        s.add(conflict)
        s.flush()
        return conflict.id


def test_keeping_the_centres_deletion_deletes_the_row(database: Any) -> None:
    with database.session() as session:
        auth.create_first_admin(session, "admin", "王管理", "correct horse")
    admin = auth.sign_in_recorded(database, "admin", "correct horse")
    row_id = add_community(database)
    deleted_at = datetime(2026, 5, 1, 8, 30, 15, 123456, tzinfo=UTC)
    conflict_id = _conflict(database, row_id, deleted_at)
    with database.session("admin") as s:
        resolve_conflict(s, admin, conflict_id, "central", 1)
    with database.session() as s:
        row = s.get(Community, row_id)
        assert row is not None and row.deleted_at == deleted_at and row.dirty
        assert s.scalar(select(SyncConflict.choice)) == "central"


def test_conflicts_of_psychological_records_go_to_the_staff_who_keep_them(
    database: Any, role_actor: Any
) -> None:
    from app.services.errors import PermissionDenied
    from app.services.sync.conflicts import open_conflicts

    community_conflict = _conflict(database, add_community(database), datetime.now(UTC))
    with database.session("centre") as s:
        psych = SyncConflict(
            table_name="follow_up",
            row_id=uuid.uuid4(),
            field="result",
            central_value="情绪平稳",
            desk_value="仍需关注",
            desk_name="A",
        )
        s.add(psych)
        s.flush()
        psych_id = psych.id
    with database.session() as s:
        seen_by_supervisor = {c.id for c in open_conflicts(s, role_actor("supervisor"))}
        seen_by_psych_staff = {c.id for c in open_conflicts(s, role_actor("psych_staff"))}
    assert seen_by_supervisor == {community_conflict}
    assert seen_by_psych_staff == {psych_id}
    with database.session() as s:
        try:
            resolve_conflict(s, role_actor("supervisor"), psych_id, "central", 1)
        except PermissionDenied:
            pass
        else:
            raise AssertionError("a supervisor settled a psychological record's conflict")
    try:
        with database.session() as s:
            open_conflicts(s, role_actor("clerk"))
    except PermissionDenied:
        pass
    else:
        raise AssertionError("a clerk listed conflicts")


def test_signing_in_is_the_desks_own_bookkeeping_and_nothing_to_send(database: Any) -> None:
    """A street desk may not write district-wide accounts; signing in there must not
    leave the account waiting to go up (it could never be sent)."""
    from sqlalchemy import update

    from app.models import User

    with database.session() as session:
        auth.create_first_admin(session, "admin", "王管理", "correct horse")
    with database.engine.begin() as conn:
        conn.execute(update(User).values(dirty=False, server_seq=7))
    auth.sign_in_recorded(database, "admin", "correct horse")
    with database.session() as s:
        user = s.scalars(select(User)).one()
        assert user.last_sign_in_at is not None
        assert (user.dirty, user.version) == (False, 1)
        user.display_name = "王主任"
    with database.session() as s:
        user = s.scalars(select(User)).one()
        assert (user.dirty, user.version) == (True, 2)
