"""A unit's roster on A4: its posts with who holds them (or 空缺) and its volunteers.

reportlab is imported here only, on first use, and the bundled CJK font is registered
with it once per process.
"""

from __future__ import annotations

import threading
import uuid
from datetime import date
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
from app.resources import CJK_FONT_FAMILY, cjk_font_path
from app.services import audit
from app.services.errors import N_, NotFound, ValidationError
from app.services.permissions import Actor, Permission
from app.services.pinyin_search import pinyin_sort_key
from app.services.rosters.occupancy import load_posts, load_units
from app.services.street_scope import street_service

_font_lock = threading.Lock()
_font_registered = False

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
        "page": "第 {page} 页",
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
        "page": "Page {page}",
    },
}


def _register_font() -> str:
    """Register the bundled CJK TrueType font with reportlab, once."""
    global _font_registered
    with _font_lock:
        if not _font_registered:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            pdfmetrics.registerFont(TTFont(CJK_FONT_FAMILY, str(cjk_font_path())))
            _font_registered = True
    return CJK_FONT_FAMILY


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
) -> Path:
    """Write the unit's roster to ``path`` (A4 portrait) and return the path."""
    unit = session.get(Unit, unit_id)
    if unit is None or unit.is_deleted:
        raise NotFound(N_("The unit no longer exists."))
    today = today or date.today()
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
    heading = {
        "title": text["title"].format(unit=unit.name),
        "meta": text["meta"].format(
            street=street.name if street else "",
            community=community.name if community else "",
            unit_type=info.unit_type,
            today=today.isoformat(),
        ),
        "posts": text["posts"].format(filled=filled, posts=len(posts), vacant=len(posts) - filled),
        "volunteers": text["volunteers"].format(count=len(chosen)),
    }
    try:
        _build(Path(path), heading, post_rows, volunteer_rows, text)
    except OSError as exc:
        raise ValidationError(
            "file",
            N_("{file} cannot be written ({reason})."),
            file=Path(path).name,
            reason=exc.strerror or str(exc),
        ) from exc
    audit.record(session, actor.username, "export", "unit", unit_id, file=Path(path).name)
    return Path(path)


def _build(
    path: Path,
    heading: dict[str, str],
    post_rows: list[list[str]],
    volunteer_rows: list[list[str]],
    text: dict[str, Any],
) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = _register_font()
    title_style = ParagraphStyle("title", fontName=font, fontSize=16, leading=22)
    meta_style = ParagraphStyle("meta", fontName=font, fontSize=9, leading=13)
    section_style = ParagraphStyle("section", fontName=font, fontSize=12, leading=18)
    cell_style = ParagraphStyle("cell", fontName=font, fontSize=9, leading=12, wordWrap="CJK")

    def table(rows: list[list[str]], widths: list[float]) -> Table:
        cells = [[Paragraph(_escape(value), cell_style) for value in row] for row in rows]
        result = Table(cells, colWidths=[w * mm for w in widths], repeatRows=1)
        result.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF4")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        return result

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, text["page"].format(page=doc.page))
        canvas.restoreState()

    story: list[Any] = [
        Paragraph(_escape(heading["title"]), title_style),
        Paragraph(_escape(heading["meta"]), meta_style),
        Spacer(1, 6 * mm),
        Paragraph(_escape(heading["posts"]), section_style),
        table(post_rows, [30, 24, 28, 38, 22, 22]),
        Spacer(1, 6 * mm),
        Paragraph(_escape(heading["volunteers"]), section_style),
    ]
    if len(volunteer_rows) > 1:
        story.append(table(volunteer_rows, [26, 28, 28, 30, 52]))
    else:
        story.append(Paragraph(_escape(text["none"]), cell_style))
    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=14 * mm,
        bottomMargin=18 * mm,
        title=heading["title"],
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
