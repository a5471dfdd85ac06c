"""The kanban board as plain frozen data: filters in, columns of cards out.

Cards carry codes (stage, category, severity, source, unit type, colour); the board's
``labels`` name them in either language.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from app.services.disputes.reference_data import Labels

#: Colour order on the board, most urgent first; cards no rule matched come last.
COLOUR_RANK = {"red": 0, "orange": 1, "yellow": 2, "blue": 3}


@dataclass(frozen=True)
class BoardFilters:
    """Empty sets mean "any". ``text`` matches the number or title, in characters or in
    pinyin (full or initials); ``overdue`` True keeps only overdue cards, False only
    cards within their deadline."""

    unit_ids: frozenset[uuid.UUID] = frozenset()
    unit_types: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()
    severities: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    owner_staff_ids: frozenset[uuid.UUID] = frozenset()
    colours: frozenset[str] = frozenset()
    overdue: bool | None = None
    text: str = ""
    #: closed cards show for this many days after closing
    closed_within_days: int = 30


@dataclass(frozen=True, slots=True)
class TeamBadge:
    role: str
    staff_id: uuid.UUID
    name: str


@dataclass(frozen=True, slots=True)
class BoardCard:
    id: uuid.UUID
    #: the version the card was read at; pass it back with any write
    version: int
    number: str
    title: str
    stage: str
    category: str
    severity: str
    severity_rank: int
    source: str
    unit_id: uuid.UUID | None
    unit_name: str
    unit_type: str
    #: the unit was removed from the roster after the case was filed
    unit_removed: bool
    owner_staff_id: uuid.UUID | None
    owner_name: str
    owner_removed: bool
    team: tuple[TeamBadge, ...]
    people_involved: int
    amount_owed: Decimal
    received_at: datetime
    stage_entered_at: datetime
    #: calendar days and working days since received
    age_days: int
    age_workdays: int
    deadline: date | None
    #: working days to the deadline; negative once passed
    workdays_left: int | None
    overdue: bool
    #: red | orange | yellow | blue, or "" when no rule matched
    colour: str
    #: code of the warning rule that gave the colour
    colour_rule: str
    lead_id: uuid.UUID | None
    #: changed on this desk and not yet on the central database (a desk that joined one)
    unsent: bool = False


@dataclass(frozen=True, slots=True)
class BoardColumn:
    stage: str
    name_zh: str
    name_en: str
    is_terminal: bool
    cards: tuple[BoardCard, ...]
    #: stages a card of this column may be dropped on
    moves_to: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.cards)

    def label(self, language: str) -> str:
        return self.name_zh if language.startswith("zh") else self.name_en


@dataclass(frozen=True)
class Board:
    columns: tuple[BoardColumn, ...]
    filters: BoardFilters
    #: the moment the clocks were computed for, and its day in China
    as_of: datetime
    today: date
    labels: Labels
    #: years counted without official holiday data (weekends + overrides only)
    calendar_fallback_years: tuple[int, ...]
    colour_counts: dict[str, int]
    overdue_count: int

    @property
    def total(self) -> int:
        return sum(column.count for column in self.columns)

    def column(self, stage: str) -> BoardColumn:
        for column in self.columns:
            if column.stage == stage:
                return column
        raise KeyError(stage)

    def card(self, card_id: uuid.UUID) -> BoardCard | None:
        for column in self.columns:
            for card in column.cards:
                if card.id == card_id:
                    return card
        return None
