"""Rosters of the 幸福里 units: the tree, people rows, vacancies, posts and secondments.

The Rosters pane calls only what this package exports: what it opens on
(``load_roster_overview``), the rules it shows it by (``units_in_scope``,
``expired_vacancies``...) and the forms' choices (``load_form_choices``). Reads return
frozen row values (``rows``); writes take a session and an actor, check ``roster.edit``,
validate, write, and record an audit row. ``roster_pdf`` (reportlab) is imported on first
use only.
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
from app.services.rosters.filter_choices import RosterFilterChoices
from app.services.rosters.form_choices import (
    FormChoices,
    FormOption,
    StaffChoice,
    load_form_choices,
    load_staff_choices,
)
from app.services.rosters.overview import (
    RosterOverview,
    RosterStart,
    TypeVacancies,
    expired_vacancies,
    finish_roster_overview,
    in_scope,
    load_roster_overview,
    load_roster_start,
    tier_rank,
    units_in_scope,
    vacancies_by_unit_type,
)
from app.services.rosters.people import PeopleFilter, PeopleTable, load_staff
from app.services.rosters.posts import (
    create_posts_from_template,
    create_unit,
    end_secondment,
    fill_post,
    update_secondment,
)
from app.services.rosters.roster_pdf import write_street_rosters_pdf, write_unit_roster_pdf
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
from app.services.rosters.tree import NO_COMMUNITY, load_tree, vacancy_summary
from app.services.rosters.volunteer_rows import load_volunteers

__all__ = [
    "NO_COMMUNITY",
    "FormChoices",
    "FormOption",
    "NodeKind",
    "PeopleFilter",
    "PeopleTable",
    "PostStatus",
    "RosterFilterChoices",
    "RosterOverview",
    "RosterStart",
    "Scope",
    "StaffChoice",
    "StaffForm",
    "StaffRow",
    "TreeNode",
    "TypeVacancies",
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
    "expired_vacancies",
    "fill_post",
    "finish_roster_overview",
    "in_scope",
    "load_form_choices",
    "load_roster_overview",
    "load_roster_start",
    "load_staff",
    "load_staff_choices",
    "load_tree",
    "load_volunteers",
    "tier_rank",
    "units_in_scope",
    "update_secondment",
    "update_staff",
    "update_volunteer",
    "vacancies_by_unit_type",
    "vacancy_summary",
    "write_street_rosters_pdf",
    "write_unit_roster_pdf",
]
