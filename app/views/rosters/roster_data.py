"""What the Rosters pane shows, loaded on worker threads.

``load_roster_data`` reads the tree, the vacancy summary and the staff rows in one pass
(``roster_snapshot``) with the filter choices: that is what the pane first paints.
``load_volunteer_table`` then reads the volunteers (tens of thousands) and builds the
search keys of both tables, so no keystroke pays for them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from app.services.collector import collector_paused
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
    load_volunteers,
)
from app.services.rosters.filter_choices import RosterFilterChoices, roster_filter_choices
from app.services.rosters.roster_snapshot import load_roster_snapshot
from app.views.rosters.people_filtering import changed_rows, staff_identity, volunteer_identity


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
    #: post id → end date of a secondment into it that has ended (the post may be
    #: filled again since)
    expired: dict[uuid.UUID, date | None]
    #: posts nobody holds today
    vacant_posts: frozenset[uuid.UUID]
    #: staff rows that changed in place since the previous load (None: rows moved)
    staff_changed: list[int] | None = None


def load_roster_data(
    database: Database,
    actor: Actor,
    language: str,
    group_by: NodeKind,
    today: date | None = None,
    previous: PeopleTable[StaffRow] | None = None,
) -> RosterData:
    """``previous``: the staff table shown now, to find which rows changed."""
    with collector_paused(), database.session(actor.username) as session:
        snapshot = load_roster_snapshot(
            session, actor, group_by=group_by, today=today, language=language
        )
        choices = roster_filter_choices(session, actor, language=language)
    unit_scopes = {
        node.id: node.scope
        for root in snapshot.tree
        for node in root.walk()
        if node.kind == NodeKind.UNIT
    }
    expired = {
        row.post_id: row.end_date
        for row in snapshot.staff.rows
        if row.status == PostStatus.EXPIRED and row.post_id is not None
    }
    vacant_posts = frozenset(
        row.post_id
        for row in snapshot.staff.rows
        if row.status == PostStatus.VACANT and row.post_id is not None
    )
    changed = None
    if previous is not None:
        changed = changed_rows(previous.rows, snapshot.staff.rows, staff_identity)
    return RosterData(
        language,
        group_by,
        snapshot.tree,
        snapshot.summary,
        snapshot.staff,
        choices,
        unit_scopes,
        expired,
        vacant_posts,
        changed,
    )


def load_volunteer_table(
    database: Database,
    actor: Actor,
    today: date | None = None,
    staff: PeopleTable[StaffRow] | None = None,
    previous: PeopleTable[VolunteerRow] | None = None,
) -> tuple[PeopleTable[VolunteerRow], list[int] | None]:
    """The volunteers with their search keys (``staff``'s keys are built too), and
    which rows changed in place since ``previous`` (None: rows came, went or moved)."""
    with collector_paused():
        with database.session(actor.username) as session:
            volunteers = load_volunteers(session, actor, today=today)
        volunteers.keys  # noqa: B018  (built here, off the GUI thread)
        if staff is not None:
            staff.keys  # noqa: B018
        changed = None
        if previous is not None:
            changed = changed_rows(previous.rows, volunteers.rows, volunteer_identity)
    return volunteers, changed
