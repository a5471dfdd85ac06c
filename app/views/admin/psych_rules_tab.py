"""The crisis response deadline of the psychological registry, set by an administrator:
how many hours, and whether the clock runs round the clock or in office hours only."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.psych.rules import MAX_RESPONSE_HOURS, CrisisRules
from app.views.changes import Area
from app.views.pane import Pane
from app.views.pane_context import PaneContext
from app.views.psych import operations as psych_ops
from app.views.widgets.form_marks import FormMarks
from app.views.widgets.write_runner import WriteRunner


class PsychRulesTab(Pane):
    pane_key: ClassVar[str] = "admin_psych_rules"
    areas: ClassVar[frozenset[Area]] = frozenset({Area.PSYCH})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.hours = QSpinBox(self)
        self.hours.setObjectName("hours")
        self.hours.setRange(1, MAX_RESPONSE_HOURS)
        self.mode = QComboBox(self)
        self.mode.setObjectName("mode")
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.save = QPushButton(self)
        self.save.setObjectName("saveCrisisRules")
        self.save.clicked.connect(self.submit)
        self.form = QFormLayout()
        self.hours_label = QLabel(self)
        self.hours_label.setBuddy(self.hours)
        self.mode_label = QLabel(self)
        self.mode_label.setBuddy(self.mode)
        self.form.addRow(self.hours_label, self.hours)
        self.form.addRow(self.mode_label, self.mode)
        self.marks = FormMarks(QLabel(self))
        self.marks.add("hours", self.hours)
        self.marks.add("mode", self.mode)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(self.form)
        layout.addWidget(self.marks.message)
        layout.addWidget(self.save)
        layout.addStretch(1)
        self.runner = WriteRunner(context, self.save)
        self.runner.failed.connect(self.marks.show_error)
        self.runner.done.connect(lambda _value: self.marks.clear())
        self.retranslate()

    def load(self, generation: int) -> None:
        psych_ops.load_crisis_rules(self.context, self).success(
            lambda rules: self._show(generation, rules)
        ).run()

    def _show(self, generation: int, rules: CrisisRules) -> None:
        if not self.is_current(generation):
            return
        self.hours.setValue(rules.hours)
        self.mode.setCurrentIndex(max(self.mode.findData(rules.mode), 0))
        self.loaded.emit()

    def submit(self) -> None:
        self.runner.run(
            psych_ops.save_crisis_rules(
                self.context, self.hours.value(), str(self.mode.currentData())
            )
        )

    def retranslate(self) -> None:
        self.explain.setText(
            self.tr(
                "Raising a crisis starts a clock: the response is due this many hours later. "
                "Round the clock, a crisis raised on Friday evening is due on Saturday and "
                "shown as the on-call duty's; in office hours, the clock stops outside "
                "working hours and on rest days."
            )
        )
        self.hours_label.setText(self.tr("Crisis &response within (hours):"))
        self.mode_label.setText(self.tr("The clock &runs:"))
        self.save.setText(self.tr("&Save"))
        current = self.mode.currentData()
        self.mode.clear()
        self.mode.addItem(self.tr("Round the clock"), "clock")
        self.mode.addItem(self.tr("In office hours of working days"), "working")
        self.mode.setCurrentIndex(max(self.mode.findData(current or "clock"), 0))
