"""The reads and writes of the Rosters pane and its dialogs.

Each function names one use case of the roster services and returns it as an
``Operation`` (the caller adds ``success``/``failure`` and runs it) or, for the pane's
own reloads, as the use case its ``Pane.read`` runs. Nothing here opens a session or
decides a rule: the services do.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.services.collector import collector_paused
from app.services.printing.document import PrintedFile
from app.services.roster_io import (
    ExportResult,
    ExportSelection,
    ImportPlan,
    ImportResult,
    apply_plan,
    export_roster,
    plan_import,
)
from app.services.rosters import (
    FormChoices,
    NodeKind,
    PeopleTable,
    RosterOverview,
    RosterStart,
    StaffChoice,
    StaffRow,
    VolunteerRow,
    finish_roster_overview,
    load_form_choices,
    load_roster_start,
    load_staff_choices,
    load_volunteers,
    write_unit_roster_pdf,
)
from app.views.operations import (
    Operation,
    read_op,
    read_op_with_progress,
    write_op,
    write_op_with_progress,
)
from app.views.pane_context import PaneContext
from app.views.rosters.people_filtering import changed_rows, staff_identity, volunteer_identity
from app.views.tasks import ProgressFn

if TYPE_CHECKING:
    from app.services.unit_of_work import Session

#: the staff rows and filter choices, and which staff rows changed in place since the
#: table shown (None: rows moved)
StartLoad = tuple[RosterStart, list[int] | None]
#: the volunteers and which rows changed in place since the previous load
VolunteerLoad = tuple[PeopleTable[VolunteerRow], list[int] | None]


class ImportCancelled(Exception):
    """Raised inside the import's unit of work so that it rolls back."""


# the pane -------------------------------------------------------------------------------
def start_use_case(
    context: PaneContext,
    group_by: NodeKind,
    previous: PeopleTable[StaffRow] | None = None,
) -> Callable[[Session], StartLoad]:
    """Every roster row but the volunteers, with the staff rows built to paint first;
    ``previous`` is the staff table shown now, to find which rows changed (on the
    worker: 4,000 comparisons)."""
    actor, language = context.actor, context.language

    def use_case(session: Session) -> StartLoad:
        start = load_roster_start(session, actor, group_by=group_by, language=language)
        changed = None
        if previous is not None:
            changed = changed_rows(previous.rows, start.staff.rows, staff_identity)
        return start, changed

    return use_case


def finish_use_case(start: RosterStart) -> Callable[[Session], RosterOverview]:
    """The tree and the vacancies, built on the worker from the rows ``start`` read
    (the session is not used: nothing is read again)."""
    return lambda _session: finish_roster_overview(start)


def volunteers_use_case(
    context: PaneContext,
    staff: PeopleTable[StaffRow] | None = None,
    previous: PeopleTable[VolunteerRow] | None = None,
) -> Callable[[Session], VolunteerLoad]:
    """The volunteers with their search keys (``staff``'s keys are built too, off the
    GUI thread), and which rows changed in place since ``previous``."""
    actor = context.actor

    def use_case(session: Session) -> VolunteerLoad:
        # the collector would walk the 20,000 rows being built, for nothing
        with collector_paused():
            volunteers = load_volunteers(session, actor)
            volunteers.keys  # noqa: B018  (built here, off the GUI thread)
            if staff is not None:
                staff.keys  # noqa: B018
            changed = None
            if previous is not None:
                changed = changed_rows(previous.rows, volunteers.rows, volunteer_identity)
        return volunteers, changed

    return use_case


def print_unit_roster(
    context: PaneContext, unit_id: uuid.UUID, path: Path, parent: QWidget | None = None
) -> Operation[PrintedFile]:
    """The unit's roster as a PDF; a write, since printing records an audit row."""
    actor, language = context.actor, context.language
    return write_op(
        context,
        lambda session: write_unit_roster_pdf(session, actor, unit_id, path, language=language),
        parent,
    )


# the dialogs ----------------------------------------------------------------------------
def form_choices(
    context: PaneContext,
    street_id: uuid.UUID | None,
    parent: QWidget | None = None,
    *,
    with_staff: bool = False,
) -> Operation[FormChoices]:
    """What a person or post form offers, for one street."""
    actor, language = context.actor, context.language
    return read_op(
        context,
        lambda session: load_form_choices(
            session, actor, street_id, language, with_staff=with_staff
        ),
        parent,
    )


def staff_choices(
    context: PaneContext, street_id: uuid.UUID | None, parent: QWidget | None = None
) -> Operation[tuple[StaffChoice, ...]]:
    """The street's staff, each with the posts they hold today."""
    actor, language = context.actor, context.language
    return read_op(
        context, lambda session: load_staff_choices(session, actor, street_id, language), parent
    )


def export_to_file(
    context: PaneContext,
    target: Path,
    street_id: uuid.UUID | None,
    parent: QWidget | None = None,
    selection: ExportSelection | None = None,
) -> Operation[ExportResult]:
    """Export to ``target`` (everything, or the ``selection`` the list shows); a cancel
    (the task's ``cancel``) rolls the audit row back and keeps the old file."""
    actor = context.actor

    def use_case(session: Session, progress: ProgressFn) -> ExportResult:
        return export_roster(
            session,
            actor,
            target,
            street_id=street_id,
            proceed=lambda: progress(1, 1),
            selection=selection,
        )

    return write_op_with_progress(context, use_case, parent)


def check_import(
    context: PaneContext, path: Path, street_id: uuid.UUID | None, parent: QWidget | None = None
) -> Operation[ImportPlan]:
    """The dry run: what importing ``path`` would change; writes nothing."""
    actor = context.actor
    return read_op_with_progress(
        context, lambda session, _p: plan_import(session, actor, path, street_id=street_id), parent
    )


def apply_import(
    context: PaneContext, plan: ImportPlan, skip_invalid: bool, parent: QWidget | None = None
) -> Operation[ImportResult]:
    """Write the plan in one unit of work; a cancel before the commit (the task's
    ``cancel``) raises ``ImportCancelled`` inside it, so nothing is written."""
    actor = context.actor

    def use_case(session: Session, progress: ProgressFn) -> ImportResult:
        if not progress(0, 1):
            raise ImportCancelled
        result = apply_plan(session, actor, plan, skip_invalid=skip_invalid)
        if not progress(1, 1):
            raise ImportCancelled  # rolls the unit of work back
        return result

    return write_op_with_progress(context, use_case, parent)
