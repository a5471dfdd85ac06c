"""The reads the board, the case detail and the dispute dialogs need, as operations.

Each function returns an ``Operation``: the caller adds ``success``/``failure`` and runs it
(or, for a short read before a dialog opens, awaits it with ``wait``). Writes go through
the dialogs' ``WriteRunner`` (a write operation announced once on the change hub).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.services.disputes import (
    BoardCard,
    BoardCounts,
    BoardFilters,
    BoardReader,
    CardKey,
    CaseDetail,
    CaseToLink,
    DayInfo,
    FilterChoices,
    Labels,
    LeadRow,
    MoveRequirements,
    PagedBoard,
    TeamProposal,
    WarningExplanation,
    WarningRuleView,
    WorkdayOverrideView,
    cases_to_link,
    day_info,
    explain_warning,
    filter_choices,
    list_leads,
    list_warning_rules,
    list_workday_overrides,
    load_case,
    move_requirements,
    open_board,
    propose_team,
)
from app.services.pinyin_search import search_keys, text_keys
from app.views.disputes.dialogs.staff_choices import owner_choices, unit_choices
from app.views.operations import Operation, read_op
from app.views.pane_context import PaneContext
from app.views.widgets.pinyin_combo import Choice

if TYPE_CHECKING:
    from app.services.unit_of_work import Session


# the board ------------------------------------------------------------------------------
def board_opened(
    context: PaneContext,
    filters: BoardFilters,
    lanes: str,
    previous: BoardReader | None,
    now: datetime | None = None,
    parent: QWidget | None = None,
) -> Operation[tuple[BoardReader, PagedBoard]]:
    """A reader for these filters and the first page of every column (no counts)."""
    actor = context.actor
    return read_op(
        context,
        lambda s: open_board(s, actor, filters, lanes=lanes, now=now, previous=previous),
        parent,
    )


def board_page(
    context: PaneContext, reader: BoardReader, stage: str, after: CardKey | None
) -> Operation[tuple[tuple[BoardCard, ...], tuple[CardKey, ...]]]:
    """The next page of a column, after the last card shown."""
    return read_op(context, lambda s: reader.page(s, stage, after))


def board_counts(context: PaneContext, reader: BoardReader) -> Operation[BoardCounts]:
    return read_op(context, lambda s: reader.counts(s))


def board_cards(
    context: PaneContext, reader: BoardReader, ids: Iterable[uuid.UUID]
) -> Operation[dict[uuid.UUID, BoardCard]]:
    """These cases as the board shows them now; a case missing is off this board."""
    wanted = list(ids)
    return read_op(context, lambda s: reader.cards(s, wanted))


def filter_people(
    context: PaneContext,
) -> Operation[tuple[FilterChoices, dict[uuid.UUID, str]]]:
    """Units and owners for the filter bar, with their pinyin keys."""
    actor = context.actor

    def read(session: Session) -> tuple[FilterChoices, dict[uuid.UUID, str]]:
        choices = filter_choices(session, actor)
        keys = {unit.id: text_keys(unit.name) for unit in choices.units}
        keys.update({owner.staff_id: search_keys(owner.name) for owner in choices.owners})
        return choices, keys

    return read_op(context, read)


# a case -----------------------------------------------------------------------------------
def case_detail(
    context: PaneContext, case_id: uuid.UUID, parent: QWidget | None = None
) -> Operation[CaseDetail]:
    actor = context.actor
    return read_op(context, lambda s: load_case(s, actor, case_id), parent)


def case_with_warning(
    context: PaneContext, case_id: uuid.UUID, parent: QWidget | None = None
) -> Operation[tuple[CaseDetail, WarningExplanation]]:
    actor = context.actor
    return read_op(
        context,
        lambda s: (load_case(s, actor, case_id), explain_warning(s, actor, case_id)),
        parent,
    )


def labels(context: PaneContext, parent: QWidget | None = None) -> Operation[Labels]:
    actor = context.actor
    return read_op(context, lambda s: filter_choices(s, actor).labels, parent)


@dataclass(frozen=True)
class CaseFormChoices:
    choices: FilterChoices
    units: list[Choice]
    owners: list[Choice]


def case_form_choices(
    context: PaneContext, detail: CaseDetail | None, parent: QWidget | None = None
) -> Operation[CaseFormChoices]:
    """The lists of the case form; owners only when editing (a new case has none yet)."""
    actor, language = context.actor, context.language
    street = actor.street_id or (detail.street_id if detail else None)

    def read(session: Session) -> CaseFormChoices:
        owners = owner_choices(session, actor, street) if detail else []
        return CaseFormChoices(
            filter_choices(session, actor), unit_choices(session, actor, language), owners
        )

    return read_op(context, read, parent)


def unit_list(context: PaneContext, parent: QWidget | None = None) -> Operation[list[Choice]]:
    actor, language = context.actor, context.language
    return read_op(context, lambda s: unit_choices(s, actor, language), parent)


def meeting_choices(
    context: PaneContext, parent: QWidget | None = None
) -> Operation[tuple[Labels, list[Choice]]]:
    actor, language = context.actor, context.language
    return read_op(
        context,
        lambda s: (filter_choices(s, actor).labels, unit_choices(s, actor, language)),
        parent,
    )


# the team and moves ---------------------------------------------------------------------
def team_to_propose(
    context: PaneContext, case_id: uuid.UUID, parent: QWidget | None = None
) -> Operation[tuple[CaseDetail, TeamProposal]]:
    actor = context.actor
    return read_op(
        context, lambda s: (load_case(s, actor, case_id), propose_team(s, actor, case_id)), parent
    )


def team_proposal(
    context: PaneContext, case_id: uuid.UUID, parent: QWidget | None = None
) -> Operation[TeamProposal]:
    actor = context.actor
    return read_op(context, lambda s: propose_team(s, actor, case_id), parent)


def move_needs(
    context: PaneContext, card: BoardCard, to_stage: str, parent: QWidget | None = None
) -> Operation[tuple[MoveRequirements, list[Choice]]]:
    """What a move asks for, and the owners to choose from when it asks for one."""
    actor = context.actor

    def read(session: Session) -> tuple[MoveRequirements, list[Choice]]:
        requirements = move_requirements(session, actor, card.id, to_stage)
        owners: list[Choice] = []
        if "owner" in requirements.required_fields:
            street_id = actor.street_id or load_case(session, actor, card.id).street_id
            owners = owner_choices(session, actor, street_id)
        return requirements, owners

    return read_op(context, read, parent)


# leads ------------------------------------------------------------------------------------
def leads(
    context: PaneContext, handed: bool | None, parent: QWidget | None = None
) -> Operation[tuple[tuple[LeadRow, ...], Labels]]:
    actor = context.actor
    return read_op(
        context,
        lambda s: (
            list_leads(s, actor, handed_to_police=handed),
            filter_choices(s, actor).labels,
        ),
        parent,
    )


def cases_for_link(
    context: PaneContext, parent: QWidget | None = None
) -> Operation[list[CaseToLink]]:
    actor = context.actor
    return read_op(context, lambda s: cases_to_link(s, actor), parent)


# rules and the calendar -----------------------------------------------------------------
def warning_rules(
    context: PaneContext, parent: QWidget | None = None
) -> Operation[tuple[tuple[WarningRuleView, ...], Labels]]:
    actor = context.actor
    return read_op(
        context,
        lambda s: (list_warning_rules(s, actor), filter_choices(s, actor).labels),
        parent,
    )


def workday_overrides(
    context: PaneContext, year: int, parent: QWidget | None = None
) -> Operation[tuple[WorkdayOverrideView, ...]]:
    actor = context.actor
    return read_op(context, lambda s: list_workday_overrides(s, actor, year), parent)


def day(context: PaneContext, when: date, parent: QWidget | None = None) -> Operation[DayInfo]:
    actor = context.actor
    return read_op(context, lambda s: day_info(s, actor, when), parent)
