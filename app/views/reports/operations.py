"""The Reports pane's use cases as operations."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.services.printing.document import PrintedFile
from app.services.reports.choices import Dashboard, ReportChoices, dashboard, report_choices
from app.services.reports.dispute_ledger import write_dispute_ledger
from app.services.reports.monthly_pdf import MonthlyReport, write_monthly_report
from app.services.reports.periods import Month
from app.services.rosters.roster_pdf import write_street_rosters_pdf
from app.views.operations import Operation, read_op, write_op, write_op_with_progress
from app.views.pane_context import PaneContext

if TYPE_CHECKING:
    from app.services.permissions import Actor
    from app.services.unit_of_work import Session
    from app.views.tasks import ProgressFn


def choices_use_case(actor: Actor) -> Callable[[Session], ReportChoices]:
    """What the pane offers (for ``Pane.read``)."""
    return lambda session: report_choices(session, actor)


def load_dashboard(
    context: PaneContext, month: Month, street: str | None, parent: QWidget | None = None
) -> Operation[Dashboard]:
    actor, language = context.actor, context.language

    def use_case(session: Session) -> Dashboard:
        # matplotlib is imported here, on the worker, so the canvas never stalls the GUI
        import matplotlib.backends.backend_agg
        import matplotlib.figure  # noqa: F401

        return dashboard(session, actor, month, street, language)

    return read_op(context, use_case, parent)


def make_monthly_report(
    context: PaneContext, month: Month, street: str | None, path: Path, parent: QWidget | None
) -> Operation[MonthlyReport]:
    """A write, since printing records an audit row; cancelled through its progress."""
    actor, language = context.actor, context.language

    def use_case(session: Session, progress: ProgressFn) -> MonthlyReport:
        return write_monthly_report(
            session, actor, month, path, street=street, language=language, progress=progress
        )

    return write_op_with_progress(context, use_case, parent)


def make_roster_book(
    context: PaneContext, street_id: uuid.UUID | None, path: Path, parent: QWidget | None
) -> Operation[PrintedFile]:
    """Every unit's roster of the street (None: every street) in one printout."""
    actor, language = context.actor, context.language

    def use_case(session: Session, progress: ProgressFn) -> PrintedFile:
        progress(0, 1)
        printed = write_street_rosters_pdf(session, actor, street_id, path, language=language)
        progress(1, 1)
        return printed

    return write_op_with_progress(context, use_case, parent)


def print_case_ledger(
    context: PaneContext, case_id: uuid.UUID, path: Path, parent: QWidget | None
) -> Operation[PrintedFile]:
    """One case's ledger as a confidential PDF (a write: printing is audited)."""
    actor, language = context.actor, context.language
    return write_op(
        context,
        lambda session: write_dispute_ledger(session, actor, case_id, path, language=language),
        parent,
    )
