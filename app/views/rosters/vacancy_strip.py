"""The strip above the Rosters pane's tabs: vacancies in the chosen part of the tree.

"凤凰街道：35 个岗位空缺（共 407 个岗位，其中 6 个派驻到期）" — the units counted are the ones
in the chosen node (and of the chosen unit type); the same units fill the 空岗 tab.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.services.pinyin_search import normalise_query, search_keys
from app.services.rosters import NodeKind, Scope, TreeNode, UnitVacancies, VacancyCount
from app.views.rosters.people_models import VACANT_COLOUR
from app.views.rosters.roster_data import RosterData

_SCOPE_FIELDS = ("street_id", "community_id", "unit_type_id", "unit_id")


def in_scope(unit_scope: Scope | None, scope: Scope) -> bool:
    """A unit is in a node's scope when every id the node sets matches (posts aside)."""
    if unit_scope is None:
        return False
    for name in _SCOPE_FIELDS:
        wanted = getattr(scope, name)
        if wanted is not None and getattr(unit_scope, name) != wanted:
            return False
    return True


def units_in_scope(
    data: RosterData, scope: Scope, unit_type_id: uuid.UUID | None, query: str
) -> list[UnitVacancies]:
    needle = normalise_query(query)
    return [
        unit
        for unit in data.summary.units
        if (unit_type_id is None or unit.unit_type_id == unit_type_id)
        and in_scope(data.unit_scopes.get(unit.unit_id), scope)
        and (not needle or needle in search_keys(unit.unit, unit.unit_type))
    ]


def expired_vacancies(
    roots: tuple[TreeNode, ...] | list[TreeNode],
    expired: Mapping[uuid.UUID, object],
    unit_type_id: uuid.UUID | None,
) -> int:
    """Vacant posts below these nodes that were left by a secondment that ended."""
    return sum(
        1
        for root in roots
        for node in root.walk()
        if node.kind == NodeKind.POST
        and node.vacancies
        and node.id in expired
        and (unit_type_id is None or node.scope.unit_type_id == unit_type_id)
    )


class VacancyStrip(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vacancyStrip")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setMargin(6)
        self.setStyleSheet(
            "QLabel#vacancyStrip { background: #fdf3f2; border: 1px solid #f0c8c4;"
            " border-radius: 4px; }"
        )
        self.vacant = 0
        self.count = VacancyCount()
        self.expired = 0

    def show_counts(
        self,
        label: str,
        units: list[UnitVacancies],
        node: TreeNode | None,
        data: RosterData,
        unit_type_id: uuid.UUID | None,
    ) -> None:
        total = VacancyCount()
        for unit in units:
            total = total + unit.count
        roots = [node] if node is not None else list(data.tree)
        self.count, self.vacant = total, total.vacant
        self.expired = expired_vacancies(roots, data.expired, unit_type_id)
        colour = VACANT_COLOUR.name() if total.vacant else "#2e7d32"
        number = (
            f'<span style="font-size:15pt; font-weight:600; color:{colour}">{total.vacant}</span>'
        )
        text = self.tr("{scope}: {vacant} posts vacant").format(
            scope=f"<b>{label}</b>", vacant=number
        )
        detail = self.tr("{posts} posts in {units} units, {filled} filled").format(
            posts=total.posts, units=len(units), filled=total.filled
        )
        if self.expired:
            detail += self.tr("; {expired} left vacant by an ended secondment").format(
                expired=self.expired
            )
        self.setText(f"{text}&nbsp;&nbsp;<span style='color:#555'>{detail}</span>")

    def show_error(self, message: str) -> None:
        self.setText(f"<span style='color:{VACANT_COLOUR.name()}'>{message}</span>")
