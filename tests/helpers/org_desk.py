"""A desk whose organisation came from the small test workbook, with a staffed post and
an open case in its first 幸福里 unit, and the Organisation tab on it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.models import Department, Post, Unit
from app.services import auth
from app.services.china_time import today_in_china
from app.services.disputes.cases import create_case
from app.services.disputes.inputs import NewCase
from app.services.organisation import NodeKey, OrgKind
from app.services.organisation.workbook import apply_org_import, read_workbook
from app.services.permissions import Actor
from app.services.rosters import StaffForm, add_staff, fill_post
from tests.helpers.org_workbook import write_org_workbook

PASSWORD = "correct horse"


def admin_actor(database: Any) -> Actor:
    return auth.sign_in_recorded(database, "admin", PASSWORD)


def build_org_desk(database: Any, folder: Path) -> Actor:
    """The small organisation imported by the administrator; FH-U1 in use."""
    admin = admin_actor(database)
    workbook = read_workbook(write_org_workbook(folder / "org.xlsx"))
    with database.session("admin") as session:
        apply_org_import(session, admin, workbook)
    with database.session("admin") as session:
        unit_id = session.scalar(select(Unit.id).where(Unit.code == "FH-U1"))
        department_id = session.scalar(select(Department.id).where(Department.name == "党建办"))
        post_id = session.scalar(select(Post.id).where(Post.unit_id == unit_id))
        staff_id = add_staff(session, admin, StaffForm("张三", "13800138000", department_id))
        fill_post(session, admin, post_id=post_id, staff_id=staff_id, start_date=today_in_china())
        create_case(
            session, admin, NewCase("欠薪", "labour", "general", "hotline", unit_id=unit_id)
        )
    return admin


def key_of(database: Any, kind: OrgKind, model: Any, code: str) -> NodeKey:
    with database.session() as session:
        return NodeKey(kind, session.scalar(select(model.id).where(model.code == code)))
