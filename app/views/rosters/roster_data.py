"""What the Rosters pane shows, loaded in one go on a worker thread.

``load_roster_data`` reads the tree, the vacancy summary, the staff rows and the filter
choices in one session; ``load_volunteer_table`` reads the volunteers (tens of thousands)
separately, so the staff view shows first. Both build the search keys before returning,
so the first keystroke in the pane costs no more than the next.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from app.services.database import Database
from app.services.permissions import Actor
from app.services.rosters import (
    NodeKind,
    PeopleTable,
    PostStatus,
    Scope,
    StaffRow,
    TreeNode,
    VacancySummary,
    VolunteerRow,
    load_staff,
    load_tree,
    load_volunteers,
    vacancy_summary,
)
from app.services.rosters.filter_choices import RosterFilterChoices, roster_filter_choices


@dataclass(frozen=True)
class RosterData:
    language: str
    group_by: NodeKind
    tree: tuple[TreeNode, ...]
    summary: VacancySummary
    staff: PeopleTable[StaffRow]
    choices: RosterFilterChoices
    #: unit id → where the unit sits (street, community, type), from the tree
    unit_scopes: dict[uuid.UUID, Scope]
    #: post id → end date of the secondment that left it vacant
    expired: dict[uuid.UUID, date | None]


def load_roster_data(
    database: Database, actor: Actor, language: str, group_by: NodeKind, today: date | None = None
) -> RosterData:
    with database.session(actor.username) as session:
        tree = load_tree(session, actor, group_by=group_by, today=today, language=language)
        summary = vacancy_summary(session, actor, today=today, language=language)
        staff = load_staff(session, actor, today=today, language=language)
        choices = roster_filter_choices(session, actor, language=language)
    staff.keys  # noqa: B018  (built here, off the GUI thread)
    unit_scopes = {
        node.id: node.scope for root in tree for node in root.walk() if node.kind == NodeKind.UNIT
    }
    expired = {
        row.post_id: row.end_date
        for row in staff.rows
        if row.status == PostStatus.EXPIRED and row.post_id is not None
    }
    return RosterData(language, group_by, tree, summary, staff, choices, unit_scopes, expired)


def load_volunteer_table(
    database: Database, actor: Actor, today: date | None = None
) -> PeopleTable[VolunteerRow]:
    with database.session(actor.username) as session:
        volunteers = load_volunteers(session, actor, today=today)
    volunteers.keys  # noqa: B018  (built here, off the GUI thread)
    return volunteers
