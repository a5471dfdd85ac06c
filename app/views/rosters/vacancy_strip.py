"""The strip above the Rosters pane's tabs: vacancies in the chosen part of the tree.

"凤凰街道：35 个岗位空缺（共 407 个岗位，其中 6 个派驻到期）" — the units counted are the ones
in the chosen node (and of the chosen unit type); the same units fill the 空岗 tab.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.services.rosters import (
    RosterOverview,
    TreeNode,
    UnitVacancies,
    VacancyCount,
    expired_vacancies,
)
from app.views.rosters.model_support import VACANT_COLOUR


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
        data: RosterOverview,
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
