"""A roster export is recorded before the file is written, and both happen or neither."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.models import AuditEntry, utcnow
from app.services.errors import ValidationError
from app.services.permissions import Actor
from app.services.roster_io import export, export_roster
from tests.helpers.sample_street import build_sample_street


@pytest.fixture
def street(database: Any) -> None:
    with database.session() as session:
        build_sample_street(session, Actor.system("seed"))


def _exports(database: Any) -> int:
    with database.session() as session:
        query = select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "export")
        return int(session.scalar(query) or 0)


def test_when_the_audit_row_cannot_be_written_no_file_leaves(
    database: Any, street: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_record(session: Any, *args: Any, **kwargs: Any) -> AuditEntry:
        entry = AuditEntry(at=utcnow(), username="clerk", action=None)  # NOT NULL refuses it
        session.add(entry)
        return entry

    monkeypatch.setattr(export.audit, "record", broken_record)
    target = tmp_path / "roster.xlsx"
    with pytest.raises(IntegrityError), database.session() as session:
        export_roster(session, Actor.system("clerk"), target)
    assert not target.exists()
    assert list(tmp_path.glob("*.partial*")) == []


def test_when_the_file_cannot_be_written_no_export_is_recorded(
    database: Any, street: None, tmp_path: Path
) -> None:
    target = tmp_path / "missing-folder" / "roster.csv"
    with pytest.raises(ValidationError), database.session() as session:
        export_roster(session, Actor.system("clerk"), target)
    assert _exports(database) == 0


def test_a_cancelled_export_is_not_recorded(database: Any, street: None, tmp_path: Path) -> None:
    target = tmp_path / "roster.csv"
    with pytest.raises(export.ExportCancelled), database.session() as session:
        export_roster(session, Actor.system("clerk"), target, proceed=lambda: False)
    assert not target.exists() and _exports(database) == 0


def test_a_written_export_is_recorded_once(database: Any, street: None, tmp_path: Path) -> None:
    target = tmp_path / "roster.csv"
    with database.session() as session:
        export_roster(session, Actor.system("clerk"), target)
    assert target.exists() and _exports(database) == 1
