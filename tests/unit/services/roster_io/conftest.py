"""A sample street with people, and a second desk with the same street but nobody on it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Post, PostKind
from app.services.permissions import Actor
from app.services.rosters import StaffForm, VolunteerForm, add_staff, add_volunteer, fill_post
from tests.helpers.sample_street import UNIT_NAMES, SampleStreet, build_sample_street


@pytest.fixture
def actor() -> Actor:
    return Actor.system("clerk1")


@pytest.fixture
def street(database: object, actor: Actor) -> SampleStreet:
    with database.session("seed") as session:  # type: ignore[attr-defined]
        return build_sample_street(session, actor)


@pytest.fixture
def other_desk(tmp_path: Path, actor: Actor) -> Iterator[object]:
    from app.services.database import open_sqlite

    db = open_sqlite(tmp_path / "other.sqlite")
    with db.session("seed") as session:
        build_sample_street(session, actor)
    yield db
    db.dispose()


def post_of(session, unit_id, tier, index=0):
    return session.scalars(
        select(Post.id)
        .join(PostKind, PostKind.id == Post.post_kind_id)
        .where(Post.unit_id == unit_id, PostKind.tier == tier)
        .order_by(Post.sort_order)
    ).all()[index]


@pytest.fixture
def people(database: object, street: SampleStreet, actor: Actor) -> None:
    """Staff in posts (one with an earlier, ended secondment) and volunteers, with rare
    characters and text that a spreadsheet would take for a formula."""
    depts = street.department_ids
    u0, u1 = street.unit_ids[UNIT_NAMES[0]], street.unit_ids[UNIT_NAMES[1]]
    with database.session() as session:  # type: ignore[attr-defined]
        zhang = add_staff(session, actor, StaffForm("张三", "13800138000", depts["党建办"], "主任"))
        wang = add_staff(session, actor, StaffForm("王𠀾", "13900139000", depts["劳动办"], "=职员"))
        add_staff(session, actor, StaffForm("李四", "13700137000", depts["派出所"]))
        fill_post(session, actor, post_of(session, u0, "head"), zhang, date(2024, 1, 1))
        fill_post(
            session,
            actor,
            post_of(session, u1, "basic", 1),
            wang,
            date(2023, 3, 1),
            date(2023, 12, 31),
        )
        fill_post(session, actor, post_of(session, u0, "basic", 2), wang, date(2024, 3, 1))
        grid = next(iter(street.grid_ids))
        for name, phone, team, skills in [
            ("赵六", "13600136000", "星灯", "调解"),
            ("钱七", "15000150000", "萤火", "+心理疏导"),
            ("@孙八", "18800188000", None, "-"),
        ]:
            add_volunteer(
                session,
                actor,
                VolunteerForm(
                    name,
                    phone,
                    team_id=street.team_ids[team] if team else None,
                    grid_id=street.grid_ids[grid],
                    unit_id=u1,
                    skills=skills,
                ),
            )
