"""Rosters of the 幸福里 units: the tree, people rows, vacancies, posts and secondments.

The Rosters pane calls only what this package exports. Reads return frozen row values
(``rows``); writes take a session and an actor, check ``roster.edit``, validate, write,
and record an audit row. ``roster_pdf`` (reportlab) is imported on first use only.
"""

from app.services.rosters.editing import (
    StaffForm,
    VolunteerForm,
    add_staff,
    add_volunteer,
    delete_staff,
    delete_volunteer,
    update_staff,
    update_volunteer,
)
from app.services.rosters.people import PeopleFilter, PeopleTable, load_staff
from app.services.rosters.posts import (
    create_posts_from_template,
    create_unit,
    end_secondment,
    fill_post,
    update_secondment,
)
from app.services.rosters.roster_pdf import write_unit_roster_pdf
from app.services.rosters.rows import (
    NodeKind,
    PostStatus,
    Scope,
    StaffRow,
    TreeNode,
    UnitVacancies,
    VacancyCount,
    VacancySummary,
    VolunteerRow,
)
from app.services.rosters.tree import load_tree, vacancy_summary
from app.services.rosters.volunteer_rows import load_volunteers

__all__ = [
    "NodeKind",
    "PeopleFilter",
    "PeopleTable",
    "PostStatus",
    "Scope",
    "StaffForm",
    "StaffRow",
    "TreeNode",
    "UnitVacancies",
    "VacancyCount",
    "VacancySummary",
    "VolunteerForm",
    "VolunteerRow",
    "add_staff",
    "add_volunteer",
    "create_posts_from_template",
    "create_unit",
    "delete_staff",
    "delete_volunteer",
    "end_secondment",
    "fill_post",
    "load_staff",
    "load_tree",
    "load_volunteers",
    "update_secondment",
    "update_staff",
    "update_volunteer",
    "vacancy_summary",
    "write_unit_roster_pdf",
]
