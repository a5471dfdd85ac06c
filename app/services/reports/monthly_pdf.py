"""The monthly report (月报) as an A4 PDF: cover, key figures with 环比/同比, one section
per area with charts and tables, the definitions, and the signature block.

``write_monthly_report`` reads the figures (one snapshot), draws the charts and lays the
pages out, reporting progress in steps; the digest goes on the cover, in the appendix
and in the PDF's subject, where ``report verify`` reads it back.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.services import audit
from app.services.china_time import now_in_china
from app.services.permissions import Actor, Permission, require
from app.services.printing import GlyphReport, PageFurniture, language_key, signature_block
from app.services.printing.document import PrintedFile, write_pdf
from app.services.reports import monthly_sections as sections
from app.services.reports.figures import LOCAL_ONLY, monthly_figures
from app.services.reports.periods import Month, parse_month
from app.services.reports.report_text import TEXT, labels

ProgressFn = Callable[[int, int], bool]
SUBJECT_MARK = "streetdesk-monthly-report"
STEPS = 4


class ReportCancelled(Exception):
    """The user cancelled the report while it was being made; nothing was written."""


@dataclass
class MonthlyReport:
    printed: PrintedFile
    figures: dict[str, Any]
    #: seconds spent reading the figures, drawing the charts and laying out the pages
    timings: dict[str, float] = field(default_factory=dict)


def subject_of(figures: dict[str, Any], language: str) -> str:
    """What ``report verify`` needs to make the same figures again, as JSON."""
    return json.dumps(
        {
            "report": SUBJECT_MARK,
            "month": figures["month"],
            "street": figures["scope"]["name"] if figures["scope"]["kind"] == "street" else None,
            "psych": figures["psych"] is not None,
            "language": language,
            "digest": figures["digest"],
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def write_monthly_report(
    session: Session,
    actor: Actor,
    month: str | Month,
    path: Path,
    *,
    street: str | None = None,
    language: str = "zh_CN",
    progress: ProgressFn | None = None,
    printed_at: datetime | None = None,
) -> MonthlyReport:
    """Write the month's report for ``street`` (None: the district) to ``path``."""
    require(actor, Permission.REPORT_PRINT)
    chosen = month if isinstance(month, Month) else parse_month(month)

    def step(done: int) -> None:
        if progress is not None and not progress(done, STEPS):
            raise ReportCancelled()

    step(0)
    started = time.perf_counter()
    figures = monthly_figures(session, actor, chosen, street)
    names = labels(session, language)
    queried = time.perf_counter()
    step(1)
    key = language_key(language)
    text = TEXT[key]
    printed_at = printed_at or now_in_china()
    context = sections.Context(figures, names, text, language, chosen, GlyphReport())
    charts = sections.draw_charts(context)
    charted = time.perf_counter()
    step(2)
    story: list[Any] = [
        *sections.cover(context, actor.display_name or actor.username, printed_at),
        *sections.summary(context, charts),
        *sections.disputes(context, charts),
        *sections.meetings_and_leads(context),
        *sections.psych(context),
        *sections.rosters(context),
        *sections.appendix(context),
        signature_block(language),
    ]
    scope = context.scope_text
    furniture = PageFurniture(
        text["title"].format(scope=scope) + "  " + context.period_text,
        printed_by=actor.display_name or actor.username,
        printed_at=printed_at,
        language=language,
    )
    write_pdf(path, story, furniture, subject=subject_of(figures, language), keywords=SUBJECT_MARK)
    laid_out = time.perf_counter()
    step(3)
    audit.record(
        session,
        actor.username,
        "export",
        "report",
        str(chosen),
        file=Path(path).name,
        scope=figures["scope"]["name"],
        digest=figures["digest"],
    )
    step(4)
    return MonthlyReport(
        PrintedFile(Path(path), context.glyphs.affected, furniture.title),
        figures,
        {
            "queries": queried - started,
            "charts": charted - queried,
            "layout": laid_out - charted,
        },
    )


def as_of_text(figures: dict[str, Any], text: dict[str, str]) -> str:
    value = figures["data_as_of"]
    return text["local_only"] if value == LOCAL_ONLY else text["last_sync"].format(time=value)
