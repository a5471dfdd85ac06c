"""The audit tab's use cases as operations: pages and filter lists on the pool, the
export on the write lane (it records itself in the log before the file is written)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.services.audit_export import AuditExportResult, export_audit_log
from app.services.audit_view import (
    AuditChoices,
    AuditCursor,
    AuditFilters,
    AuditPage,
    audit_choices,
    audit_page,
)
from app.views.operations import Operation, UseCase, read_op, write_op
from app.views.pane_context import PaneContext


def page_use_case(
    context: PaneContext, filters: AuditFilters, after: AuditCursor | None
) -> UseCase[AuditPage]:
    """A page for the tab's ``read`` (dropped if the filters changed meanwhile)."""
    actor = context.actor
    return lambda session: audit_page(session, actor, filters, after)


def page(
    context: PaneContext,
    filters: AuditFilters,
    after: AuditCursor | None,
    parent: QWidget | None = None,
) -> Operation[AuditPage]:
    actor = context.actor
    return read_op(context, lambda session: audit_page(session, actor, filters, after), parent)


def choices(context: PaneContext, parent: QWidget | None = None) -> Operation[AuditChoices]:
    actor = context.actor
    return read_op(context, lambda session: audit_choices(session, actor), parent)


def export(
    context: PaneContext, path: Path, start: date, end: date, parent: QWidget | None = None
) -> Operation[AuditExportResult]:
    actor = context.actor
    return write_op(
        context, lambda session: export_audit_log(session, actor, path, start, end), parent
    )
