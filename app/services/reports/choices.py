"""What the Reports pane offers: the streets a user may report on, the months, and the
dashboard's figures with the names to label them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Street
from app.services.china_time import now_in_china
from app.services.permissions import Actor, Permission, require
from app.services.reports.figures import monthly_figures
from app.services.reports.periods import Month, month_of
from app.services.reports.report_text import labels

#: How many months back the pane offers.
MONTHS_OFFERED = 36


@dataclass(frozen=True)
class ReportChoices:
    #: (id, name) of the streets the user may choose; the district too when ``district``
    streets: tuple[tuple[uuid.UUID, str], ...]
    district: bool
    #: newest first, the current month (China time) at the top
    months: tuple[Month, ...]
    can_print: bool


def report_choices(session: Session, actor: Actor, today: date | None = None) -> ReportChoices:
    require(actor, Permission.REPORT_VIEW)
    query = select(Street.id, Street.name).where(Street.deleted_at.is_(None)).order_by(Street.code)
    if actor.street_id is not None:
        query = query.where(Street.id == actor.street_id)
    month = month_of(today or now_in_china().date())
    months = [month]
    for _ in range(MONTHS_OFFERED - 1):
        months.append(months[-1].previous)
    return ReportChoices(
        tuple((row.id, row.name) for row in session.execute(query)),
        actor.street_id is None,
        tuple(months),
        actor.can(Permission.REPORT_PRINT),
    )


@dataclass(frozen=True)
class Dashboard:
    figures: dict[str, Any]
    names: dict[str, dict[str, str]]


def dashboard(
    session: Session, actor: Actor, month: Month, street: str | None, language: str
) -> Dashboard:
    """The month's figures for the dashboard's charts (the report's own figures)."""
    return Dashboard(monthly_figures(session, actor, month, street), labels(session, language))
