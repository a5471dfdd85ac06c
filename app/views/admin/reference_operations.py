"""The reference-data tab's use cases as operations (reads on the pool, writes on the
write lane)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.services.reference_admin import (
    ReferenceList,
    ReferenceRow,
    RevisionView,
    RuleImpact,
    list_reference_rows,
    reference_history,
    rule_change_impact,
    save_reference_row,
    set_reference_hidden,
)
from app.views.operations import Operation, UseCase, read_op, write_op
from app.views.pane_context import PaneContext

if TYPE_CHECKING:
    from app.services.unit_of_work import Session


def reference_list(context: PaneContext, kind: str) -> UseCase[ReferenceList]:
    """Every row of one list, hidden ones included (for the tab's ``read``)."""
    actor = context.actor
    return lambda session: list_reference_rows(session, actor, kind)


def history(
    context: PaneContext, row_id: uuid.UUID, parent: QWidget | None = None
) -> Operation[tuple[RevisionView, ...]]:
    actor = context.actor
    return read_op(context, lambda session: reference_history(session, actor, row_id), parent)


def impact(
    context: PaneContext,
    kind: str,
    row_id: uuid.UUID | None,
    values: dict[str, object] | None,
    parent: QWidget | None = None,
    *,
    hidden: bool | None = None,
) -> Operation[RuleImpact]:
    """What the change would do to the open cards; writes nothing."""
    actor = context.actor
    return read_op(
        context,
        lambda session: rule_change_impact(session, actor, kind, row_id, values, hidden=hidden),
        parent,
    )


def save_use_case(
    context: PaneContext,
    kind: str,
    row_id: uuid.UUID | None,
    values: dict[str, object],
    version: int | None,
    note: str,
) -> UseCase[ReferenceRow]:
    """The write a dialog runs (through its ``WriteRunner``) to save the edit."""
    actor = context.actor

    def use_case(session: Session) -> ReferenceRow:
        return save_reference_row(
            session, actor, kind, row_id, values, expected_version=version, note=note
        )

    return use_case


def set_hidden(
    context: PaneContext,
    row: ReferenceRow,
    hidden: bool,
    note: str = "",
    parent: QWidget | None = None,
) -> Operation[ReferenceRow]:
    actor = context.actor
    return write_op(
        context,
        lambda session: set_reference_hidden(
            session, actor, row.kind, row.id, hidden, expected_version=row.version, note=note
        ),
        parent,
    )
