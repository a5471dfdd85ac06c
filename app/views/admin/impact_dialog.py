"""Before a rule change is saved: how many open cards would change colour or deadline,
and the first of them, old and new side by side. Save goes ahead; Back keeps the form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.disputes.reference_data import WARNING_COLOUR_LABELS
from app.services.reference_admin import RuleImpact


def _colour(code: str, language: str) -> str:
    if not code:
        return QCoreApplication.translate("ImpactDialog", "no colour")
    zh, en = WARNING_COLOUR_LABELS.get(code, (code, code))
    return zh if language.startswith("zh") else en


def _day(day: date | None) -> str:
    return day.isoformat() if day else QCoreApplication.translate("ImpactDialog", "none")


class ImpactDialog(QDialog):
    def __init__(self, impact: RuleImpact, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("impactDialog")
        self.setWindowTitle(self.tr("Before you save this rule"))
        self.impact = impact
        self.summary = QLabel(self)
        self.summary.setObjectName("impactSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setText(
            self.tr(
                "Of {open} open cards, {colours} would change colour and {deadlines} would"
                " get another deadline ({changed} cards in all)."
            ).format(
                open=impact.open_cards,
                colours=impact.colour_changes,
                deadlines=impact.deadline_changes,
                changed=impact.changed_cards,
            )
        )
        self.cards = QTreeWidget(self)
        self.cards.setObjectName("impactCards")
        self.cards.setRootIsDecorated(False)
        self.cards.setHeaderLabels(
            [
                self.tr("Case"),
                self.tr("Title"),
                self.tr("Colour now"),
                self.tr("Colour after"),
                self.tr("Deadline now"),
                self.tr("Deadline after"),
            ]
        )
        for change in impact.examples:
            self.cards.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        change.number,
                        change.title,
                        _colour(change.old_colour, language),
                        _colour(change.new_colour, language),
                        _day(change.old_deadline),
                        _day(change.new_deadline),
                    ]
                )
            )
        for column in range(6):
            self.cards.resizeColumnToContents(column)
        self.cards.setVisible(bool(impact.examples))
        self.more = QLabel(self)
        shown = len(impact.examples)
        self.more.setText(
            self.tr("The first {shown} of {changed} are listed.").format(
                shown=shown, changed=impact.changed_cards
            )
        )
        self.more.setVisible(impact.changed_cards > shown)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save the change"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("impactSave")
        self.back_button = self.buttons.addButton(
            self.tr("&Back to the form"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.cards, 1)
        layout.addWidget(self.more)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)
        self.resize(760, 420 if impact.examples else 160)
