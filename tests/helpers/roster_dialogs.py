"""Shared by the roster dialog tests: a sample street with people, the pane context and
ways to read the database back. (No tests here.)"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from sqlalchemy import func, select

from app.models import AuditEntry, Post, PostKind, Secondment, Staff, Volunteer
from app.services.permissions import Actor
from app.services.rosters import (
    StaffForm,
    VolunteerForm,
    add_staff,
    add_volunteer,
    fill_post,
    load_staff,
    load_volunteers,
)
from app.views.pane_context import PaneContext
from tests.helpers.sample_street import UNIT_NAMES, SampleStreet, build_sample_street

SHOTS = Path(__file__).resolve().parents[3] / "shots"


@dataclass
class Roster:
    street: SampleStreet
    zhang: uuid.UUID
    wang: uuid.UUID
    li: uuid.UUID
    volunteer: uuid.UUID


def post_of(session: Any, unit_id: uuid.UUID, tier: str, index: int = 0) -> uuid.UUID:
    return session.scalars(
        select(Post.id)
        .join(PostKind, PostKind.id == Post.post_kind_id)
        .where(Post.unit_id == unit_id, PostKind.tier == tier)
        .order_by(Post.sort_order)
    ).all()[index]


def build_roster(database: Any) -> Roster:
    """The sample street with three staff (张三 the 格长 of the first unit, 王𠀾 in a basic
    post, 李四 in none) and one volunteer."""
    actor = Actor.system("seed")
    with database.session("seed") as session:
        street = build_sample_street(session, actor)
        depts = street.department_ids
        u0 = street.unit_ids[UNIT_NAMES[0]]
        zhang = add_staff(session, actor, StaffForm("张三", "13800138000", depts["党建办"], "主任"))
        wang = add_staff(session, actor, StaffForm("王𠀾", "13900139000", depts["劳动办"]))
        li = add_staff(session, actor, StaffForm("李四", "13700137000", depts["派出所"]))
        fill_post(session, actor, post_of(session, u0, "head"), zhang, date(2024, 1, 1))
        fill_post(session, actor, post_of(session, u0, "basic", 1), wang, date(2024, 3, 1))
        volunteer = add_volunteer(
            session,
            actor,
            VolunteerForm(
                "赵六",
                "13600136000",
                team_id=street.team_ids["星灯"],
                grid_id=next(iter(street.grid_ids.values())),
                unit_id=u0,
                skills="调解",
            ),
        )
    return Roster(street, zhang, wang, li, volunteer)


def make_context(database: Any, actor: Actor) -> PaneContext:
    return PaneContext(database, actor, "zh_CN")


def staff_rows(context: PaneContext) -> list[Any]:
    with context.database.session() as session:
        return list(load_staff(session, context.actor).rows)


def staff_row(context: PaneContext, name: str) -> Any:
    return next(row for row in staff_rows(context) if row.name == name)


def volunteer_row(context: PaneContext, name: str) -> Any:
    with context.database.session() as session:
        return next(row for row in load_volunteers(session, context.actor).rows if row.name == name)


def counts(database: Any) -> tuple[int, int, int, int]:
    """Live staff, live volunteers, secondments and audit rows: what a write changes."""
    with database.session() as session:
        return (
            session.scalar(
                select(func.count()).select_from(Staff).where(Staff.deleted_at.is_(None))
            ),
            session.scalar(
                select(func.count()).select_from(Volunteer).where(Volunteer.deleted_at.is_(None))
            ),
            session.scalar(select(func.count()).select_from(Secondment)),
            session.scalar(select(func.count()).select_from(AuditEntry)),
        )


def ok_button(dialog: QDialog) -> QWidget:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def cancel_button(dialog: QDialog) -> QWidget:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)


def click(qtbot: Any, widget: QWidget) -> None:
    """Click the middle of ``widget`` as laid out now: a button just shown gets its place
    from a pending layout request, which would otherwise decide where the click lands."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def shoot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))
