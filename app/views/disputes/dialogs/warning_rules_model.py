"""The warning rules in the order they are checked (read-only; the texts depend on the
board's labels and the language, so the columns are written out here)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.services.disputes import Labels, WarningRuleView
from app.views.disputes.dialogs.warning_text import COLOUR_HEX, rule_conditions
from app.views.models.roles import ROW_ROLE, SORT_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex

RULE_ORDER, RULE_COLOUR, RULE_NAME, RULE_CONDITIONS = range(4)


class WarningRulesModel(QAbstractTableModel):
    """Read-only: each rule with its colour and its conditions in words."""

    def __init__(self, labels: Labels | None = None, language: str = "zh_CN") -> None:
        super().__init__()
        self.rules: list[WarningRuleView] = []
        self.labels = labels or Labels({})
        self.language = language

    def set_rules(self, rules: Sequence[WarningRuleView], labels: Labels) -> None:
        self.beginResetModel()
        self.rules = list(rules)
        self.labels = labels
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rules)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def conditions_text(self, rule: WarningRuleView) -> str:
        parts = rule_conditions(rule, self.labels, self.language)
        if not parts:
            return QCoreApplication.translate("WarningRulesModel", "any open case")
        joiner = QCoreApplication.translate("WarningRulesModel", " and ")
        return joiner.join(parts)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rules):
            return None
        rule, column = self.rules[index.row()], index.column()
        if role == ROW_ROLE:
            return rule
        if role == SORT_ROLE:
            return (rule.priority, rule.colour, rule.label(self.language), rule.code)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == RULE_ORDER:
                return str(rule.priority)
            if column == RULE_COLOUR:
                return self.labels.name("colour", rule.colour, self.language)
            if column == RULE_NAME:
                return rule.label(self.language)
            return self.conditions_text(rule)
        if role == Qt.ItemDataRole.DecorationRole and column == RULE_COLOUR:
            return QColor(COLOUR_HEX.get(rule.colour, "#888888"))
        if role == Qt.ItemDataRole.ToolTipRole and column == RULE_NAME:
            return rule.code
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            QCoreApplication.translate("WarningRulesModel", "Order"),
            QCoreApplication.translate("WarningRulesModel", "Colour"),
            QCoreApplication.translate("WarningRulesModel", "Rule"),
            QCoreApplication.translate("WarningRulesModel", "When every condition holds"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def retranslate(self, language: str) -> None:
        self.language = language
        if self.rules:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rules) - 1, 3))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
