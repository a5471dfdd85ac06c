"""The busiest unit's roster on A4 portrait: every team, grid, department and post name
stays on one line, in Chinese and in English (a wrap inside a cell would split it in the
PDF's text layer)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import Grid, Volunteer, VolunteerTeam
from app.services.permissions import Actor
from app.services.rosters.roster_pdf import write_unit_roster_pdf
from tests.helpers.pdf_text import pdf_pages_text


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_no_name_wraps_mid_word(demo: Any, tmp_path: Path, language: str) -> None:
    with demo.session() as session:
        unit_id = session.execute(
            select(Volunteer.unit_id, func.count())
            .where(Volunteer.unit_id.is_not(None))
            .group_by(Volunteer.unit_id)
            .order_by(func.count().desc())
        ).first()[0]
        names = {
            name
            for row in session.execute(
                select(VolunteerTeam.name, Grid.name)
                .select_from(Volunteer)
                .outerjoin(VolunteerTeam, VolunteerTeam.id == Volunteer.team_id)
                .outerjoin(Grid, Grid.id == Volunteer.grid_id)
                .where(Volunteer.unit_id == unit_id, Volunteer.deleted_at.is_(None))
            )
            for name in row
            if name
        }
        printed = write_unit_roster_pdf(
            session, Actor.system("t"), unit_id, tmp_path / "r.pdf", language=language
        )
    lines = {line.strip() for page in pdf_pages_text(printed.path) for line in page.splitlines()}
    text = "\n".join(lines)
    assert len(names) >= 3
    for name in names:
        assert name in text, name  # whole on one line
    header = "Mass prevention forces" if language == "en" else "群防群治力量"
    assert any(line.startswith(header) for line in lines)
    assert "Skills" in text if language == "en" else "技能" in text
