"""A unit's roster on A4: its posts with who holds them (or 空缺) and its volunteers,
with the shared print furniture (page x of y, signature block) and the font chain.

reportlab is imported on first use only.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Community,
    Department,
    Grid,
    Staff,
    Street,
    Unit,
    Volunteer,
    VolunteerTeam,
)
from app.services import audit
from app.services.china_time import now_in_china, today_in_china
from app.services.errors import N_, NotFound
from app.services.permissions import Actor, Permission
from app.services.pinyin_search import pinyin_sort_key
from app.services.printing import GlyphReport, PageFurniture, signature_block
from app.services.printing.document import PrintedFile, data_table, paragraph, write_pdf
from app.services.rosters.occupancy import load_posts, load_units
from app.services.street_scope import street_service

_TEXT: dict[str, dict[str, Any]] = {
    "zh": {
        "title": "{unit} 人员名册",
        "meta": "{street} · {community} · {unit_type}    打印日期 {today}",
        "posts": "岗位（{filled}/{posts} 在岗，空缺 {vacant}）",
        "post_header": ["岗位", "姓名", "手机", "派出部门", "开始日期", "结束日期"],
        "vacant": "空缺",
        "volunteers": "群防群治力量（{count} 人）",
        "volunteer_header": ["姓名", "手机", "队伍", "网格", "技能"],
        "none": "无",
        "book_title": "人员名册",
    },
    "en": {
        "title": "{unit} — roster",
        "meta": "{street} · {community} · {unit_type}    printed {today}",
        "posts": "Posts ({filled}/{posts} filled, {vacant} vacant)",
        "post_header": ["Post", "Name", "Mobile", "Home department", "Start", "End"],
        "vacant": "Vacant",
        "volunteers": "Mass prevention forces ({count})",
        "volunteer_header": ["Name", "Mobile", "Team", "Grid", "Skills"],
        "none": "None",
        "book_title": "Unit rosters",
    },
}


def _fmt(value: date | None) -> str:
    return value.isoformat() if value else ""


@street_service(Permission.ROSTER_VIEW)
def write_unit_roster_pdf(
    session: Session,
    actor: Actor,
    unit_id: uuid.UUID,
    path: Path,
    *,
    today: date | None = None,
    language: str = "zh_CN",
    printed_at: datetime | None = None,
) -> PrintedFile:
    """Write the unit's roster to ``path`` (A4 portrait): posts, volunteers, page
    furniture and the signature block. Names no font can print come back in
    ``PrintedFile.affected``."""
    report = GlyphReport()
    title, story = _unit_story(session, unit_id, today or today_in_china(), language, report)
    story.append(signature_block(language))
    furniture = PageFurniture(
        title,
        printed_by=actor.username,
        printed_at=printed_at or now_in_china(),
        language=language,
    )
    write_pdf(Path(path), story, furniture)
    audit.record(session, actor.username, "export", "unit", unit_id, file=Path(path).name)
    return PrintedFile(Path(path), report.affected, title)


@street_service(Permission.ROSTER_VIEW)
def write_street_rosters_pdf(
    session: Session,
    actor: Actor,
    street_id: uuid.UUID | None,
    path: Path,
    *,
    today: date | None = None,
    language: str = "zh_CN",
    printed_at: datetime | None = None,
) -> PrintedFile:
    """Every unit's roster of a street (None: every street), one unit per page group."""
    from reportlab.platypus import PageBreak

    query = select(Unit.id).where(Unit.deleted_at.is_(None)).order_by(Unit.code)
    if street_id is not None:
        query = query.where(Unit.street_id == street_id)
    report = GlyphReport()
    story: list[Any] = []
    for unit_id in session.scalars(query).all():
        if story:
            story.append(PageBreak())
        story += _unit_story(session, unit_id, today or today_in_china(), language, report)[1]
    if not story:
        raise NotFound(N_("There is no unit to print."))
    story.append(signature_block(language))
    text = _TEXT["en" if language.startswith("en") else "zh"]
    title = text["book_title"]
    furniture = PageFurniture(
        title,
        printed_by=actor.username,
        printed_at=printed_at or now_in_china(),
        language=language,
    )
    write_pdf(Path(path), story, furniture)
    audit.record(session, actor.username, "export", "street", street_id or "", file=Path(path).name)
    return PrintedFile(Path(path), report.affected, title)


def _unit_story(
    session: Session, unit_id: uuid.UUID, today: date, language: str, report: GlyphReport
) -> tuple[str, list[Any]]:
    unit = session.get(Unit, unit_id)
    if unit is None or unit.is_deleted:
        raise NotFound(N_("The unit no longer exists."))
    text = _TEXT["en" if language.startswith("en") else "zh"]
    units = {k: v for k, v in load_units(session, unit.street_id, language).items() if k == unit_id}
    posts = load_posts(session, unit.street_id, today, language, units)
    holders = {o.staff_id for post in posts for o in post.occupants}
    staff = {
        row[0]: (row[1], row[2])
        for row in session.execute(
            select(Staff.id, Staff.phone, Department.name)
            .join(Department, Department.id == Staff.department_id)
            .where(Staff.id.in_(holders))
        )
    }
    post_rows: list[list[str]] = [list(text["post_header"])]
    for post in posts:
        if not post.occupants:
            post_rows.append([post.label, text["vacant"], "", "", "", ""])
        for occupant in post.occupants:
            phone, department = staff.get(occupant.staff_id, ("", ""))
            post_rows.append(
                [
                    post.label,
                    occupant.staff_name,
                    phone,
                    department,
                    _fmt(occupant.start_date),
                    _fmt(occupant.end_date),
                ]
            )
    chosen = sorted(
        session.execute(
            select(Volunteer.name, Volunteer.phone, VolunteerTeam.name, Grid.name, Volunteer.skills)
            .outerjoin(VolunteerTeam, VolunteerTeam.id == Volunteer.team_id)
            .outerjoin(Grid, Grid.id == Volunteer.grid_id)
            .where(Volunteer.unit_id == unit_id, Volunteer.deleted_at.is_(None))
        ).all(),
        key=lambda v: pinyin_sort_key(v[0]),
    )
    volunteer_rows: list[list[str]] = [list(text["volunteer_header"])]
    volunteer_rows += [
        [name, phone, team or "", grid or "", skills] for name, phone, team, grid, skills in chosen
    ]
    street = session.get(Street, unit.street_id)
    community = session.get(Community, unit.community_id) if unit.community_id else None
    filled = sum(1 for p in posts if p.occupants)
    info = units[unit_id]
    title = text["title"].format(unit=unit.name)
    meta = text["meta"].format(
        street=street.name if street else "",
        community=community.name if community else "",
        unit_type=info.unit_type,
        today=today.isoformat(),
    )
    return title, _story(
        title,
        meta,
        text["posts"].format(filled=filled, posts=len(posts), vacant=len(posts) - filled),
        text["volunteers"].format(count=len(chosen)),
        post_rows,
        volunteer_rows,
        text,
        language,
        report,
    )


def _story(
    title: str,
    meta: str,
    posts_heading: str,
    volunteers_heading: str,
    post_rows: list[list[str]],
    volunteer_rows: list[list[str]],
    text: dict[str, Any],
    language: str,
    report: GlyphReport,
) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    story: list[Any] = [
        paragraph(title, "title", language, report),
        paragraph(meta, "subtitle", language, report),
        Spacer(1, 5 * mm),
        paragraph(posts_heading, "heading", language),
        data_table(post_rows, language=language, wrappable=(3,), report=report),
        Spacer(1, 5 * mm),
        paragraph(volunteers_heading, "heading", language),
    ]
    if len(volunteer_rows) > 1:
        story.append(data_table(volunteer_rows, language=language, wrappable=(4,), report=report))
    else:
        story.append(paragraph(text["none"], "body", language))
    return story
