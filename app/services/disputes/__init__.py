"""Dispute cases (矛盾纠纷) for the kanban: board, moves, team, clocks, intake and leads.

Qt-free: every function takes a session and the acting user and returns plain frozen
dataclasses, never ORM rows. Writes take the version the user saw and raise
``ConflictError`` if the case changed since.
"""

from app.services.disputes.board_pages import (
    PAGE_SIZE,
    BoardCounts,
    BoardReader,
    PagedBoard,
    PagedColumn,
    open_board,
)
from app.services.disputes.board_sql import CardKey
from app.services.disputes.board_types import (
    Board,
    BoardCard,
    BoardColumn,
    BoardFilters,
    TeamBadge,
)
from app.services.disputes.calendar_admin import (
    DayInfo,
    WorkdayOverrideView,
    day_info,
    import_holiday_notice,
    list_workday_overrides,
    read_holiday_notice,
    remove_workday_override,
    set_workday_override,
)
from app.services.disputes.case_detail import (
    CaseDetail,
    DemandSummary,
    LeadSummary,
    TimelineEntry,
    explain_warning,
    load_case,
)
from app.services.disputes.case_lookup import CaseToLink, cases_to_link
from app.services.disputes.cases import (
    CaseRef,
    MoveRequirements,
    add_note,
    create_case,
    edit_case,
    move_case,
    move_requirements,
)
from app.services.disputes.checks import MAX_PEOPLE
from app.services.disputes.clocks import FALLBACK_NOTICE
from app.services.disputes.filter_choices import (
    FilterChoices,
    OwnerChoice,
    UnitChoice,
    filter_choices,
)
from app.services.disputes.holiday_notice import HolidayNotice, NoticeDay
from app.services.disputes.inputs import (
    CaseChanges,
    DemandInput,
    LeadInput,
    MeetingInput,
    MoveInfo,
    NewCase,
)
from app.services.disputes.intake import MeetingResult, record_meeting
from app.services.disputes.leads import (
    LeadRow,
    hand_lead_to_police,
    link_lead,
    list_leads,
    open_case_from_lead,
    raise_lead,
)
from app.services.disputes.reference_data import (
    ESCALATION_LEVELS,
    TEAM_ROLES,
    Labels,
    RefItem,
)
from app.services.disputes.stage_rules import KNOWN_MOVE_FIELDS, MoveRule
from app.services.disputes.team import (
    StaffChoice,
    TeamProposal,
    TeamSlot,
    assign_team,
    propose_team,
)
from app.services.disputes.undo import UNDO_WINDOW, move_back, undo_last_move, undoable_move
from app.services.disputes.warning_rules import (
    CaseFacts,
    ConditionCheck,
    RuleCheck,
    WarningExplanation,
    WarningRuleView,
    list_warning_rules,
)

__all__ = [
    "ESCALATION_LEVELS",
    "FALLBACK_NOTICE",
    "KNOWN_MOVE_FIELDS",
    "MAX_PEOPLE",
    "PAGE_SIZE",
    "TEAM_ROLES",
    "UNDO_WINDOW",
    "Board",
    "BoardCard",
    "BoardColumn",
    "BoardCounts",
    "BoardFilters",
    "BoardReader",
    "CardKey",
    "CaseChanges",
    "CaseDetail",
    "CaseFacts",
    "CaseRef",
    "CaseToLink",
    "ConditionCheck",
    "DayInfo",
    "DemandInput",
    "DemandSummary",
    "FilterChoices",
    "HolidayNotice",
    "Labels",
    "LeadInput",
    "LeadRow",
    "LeadSummary",
    "MeetingInput",
    "MeetingResult",
    "MoveInfo",
    "MoveRequirements",
    "MoveRule",
    "NewCase",
    "NoticeDay",
    "OwnerChoice",
    "PagedBoard",
    "PagedColumn",
    "RefItem",
    "RuleCheck",
    "StaffChoice",
    "TeamBadge",
    "TeamProposal",
    "TeamSlot",
    "TimelineEntry",
    "UnitChoice",
    "WarningExplanation",
    "WarningRuleView",
    "WorkdayOverrideView",
    "add_note",
    "assign_team",
    "cases_to_link",
    "create_case",
    "day_info",
    "edit_case",
    "explain_warning",
    "filter_choices",
    "hand_lead_to_police",
    "import_holiday_notice",
    "link_lead",
    "list_leads",
    "list_warning_rules",
    "list_workday_overrides",
    "load_case",
    "move_back",
    "move_case",
    "move_requirements",
    "open_board",
    "open_case_from_lead",
    "propose_team",
    "raise_lead",
    "read_holiday_notice",
    "record_meeting",
    "remove_workday_override",
    "set_workday_override",
    "undo_last_move",
    "undoable_move",
]
