"""The forms of the leads window: raise a lead, link one to a case, hand one to the police.

Each writes through its service on the write lane on OK and stays open on a refusal with
the field marked and what was typed kept.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.disputes import (
    MAX_PEOPLE,
    CaseRef,
    Labels,
    LeadInput,
    LeadRow,
    hand_lead_to_police,
    link_lead,
    raise_lead,
)
from app.services.pinyin_search import text_keys
from app.views.disputes import operations
from app.views.disputes.dialogs.form_support import (
    china_time_edit,
    dispute_marks,
    from_qdatetime,
)
from app.views.disputes.dialogs.leads_model import channel_name
from app.views.pane_context import PaneContext
from app.views.widgets.form_marks import FORM_STYLE, ok_cancel
from app.views.widgets.pinyin_combo import Choice, PinyinCombo
from app.views.widgets.write_runner import WriteRunner


class _LeadForm(QDialog):
    """A form dialog: captioned rows, the message line and OK/Cancel."""

    def __init__(self, context: PaneContext, labels: Labels, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setStyleSheet(FORM_STYLE)
        self.context = context
        self.labels = labels
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.form = QFormLayout()
        self.marks = dispute_marks(QLabel(self), labels, context.language)
        self.captions: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.marks.message)
        layout.addWidget(ok_cancel(self, self.submit))
        self.runner = WriteRunner(context, self)
        self.runner.done.connect(self.saved)
        self.runner.failed.connect(self.marks.show_error)
        self.setMinimumWidth(520)

    def add_row(self, name: str, editor: QWidget) -> None:
        caption = QLabel(self)
        caption.setBuddy(editor)
        self.form.addRow(caption, editor)
        self.captions[name] = caption
        self.marks.add(name, editor)

    def submit(self) -> None:
        raise NotImplementedError

    def saved(self, result: Any) -> None:
        """The write went through: tell the other panes and close."""
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class RaiseLeadDialog(_LeadForm):
    def __init__(
        self,
        context: PaneContext,
        labels: Labels,
        units: list[Choice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, labels, parent)
        self.setObjectName("raiseLeadDialog")
        self.result_row: LeadRow | None = None
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("lead_summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(80)
        self.channel = QComboBox(self)
        self.channel.setObjectName("lead_channel")
        for code in ("online", "offline"):
            self.channel.addItem(channel_name(code), code)
        self.level = QComboBox(self)
        self.level.setObjectName("lead_level")
        for item in labels.items("colour"):
            self.level.addItem(item.label(context.language), item.code)
        self.level.setCurrentIndex(self.level.findData("yellow"))
        self.unit = PinyinCombo(self)
        self.unit.setObjectName("lead_unit")
        self.unit.set_choices(units)
        self.captured = china_time_edit(self, "lead_captured_at")
        self.people = QSpinBox(self)
        self.people.setObjectName("lead_people_estimate")
        self.people.setRange(0, MAX_PEOPLE)
        self.gathering = QCheckBox(self)
        self.gathering.setObjectName("lead_gathering")
        for name, editor in (
            ("summary", self.summary),
            ("channel", self.channel),
            ("level", self.level),
            ("unit", self.unit),
            ("captured_at", self.captured),
            ("people_estimate", self.people),
        ):
            self.add_row(name, editor)
        self.form.addRow("", self.gathering)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Raise an early-warning lead"))
        self.heading.setText(
            self.tr("A lead from online patrol or offline canvassing, e.g. a planned gathering.")
        )
        captions = {
            "summary": self.tr("&Summary:"),
            "channel": self.tr("&Channel:"),
            "level": self.tr("&Level:"),
            "unit": self.tr("&Unit (optional):"),
            "captured_at": self.tr("Captured &at:"),
            "people_estimate": self.tr("&People (estimate):"),
        }
        for name, caption in self.captions.items():
            caption.setText(captions[name])
        self.gathering.setText(self.tr("Risk of an organised &gathering"))
        self.unit.editor().setPlaceholderText(self.tr("Type the unit's name, pinyin or initials"))

    def submit(self) -> None:
        if self.unit.typed_something_else():
            self.marks.show_text(self.tr("Choose an entry from the list."), "unit")
            return
        context = self.context
        lead = LeadInput(
            summary=self.summary.toPlainText(),
            channel=self.channel.currentData(),
            level=self.level.currentData(),
            unit_id=self.unit.value(),
            captured_at=from_qdatetime(self.captured.dateTime()),
            people_estimate=self.people.value(),
            is_gathering=self.gathering.isChecked(),
        )
        actor = context.actor
        self.runner.run(lambda session: raise_lead(session, actor, lead))

    def saved(self, row: LeadRow) -> None:
        self.result_row = row
        self.accept()


def case_choices(context: PaneContext, parent: QWidget | None = None) -> list[Choice]:
    """The open cases and those closed lately, by number and title (read before the
    link dialog opens)."""
    cases = operations.cases_for_link(context, parent).wait()
    return [
        Choice(
            f"{case.number}  {case.title}",
            (case.id, case.version),
            text_keys(case.number, case.title),
        )
        for case in cases
    ]


class LinkLeadDialog(_LeadForm):
    def __init__(
        self,
        context: PaneContext,
        labels: Labels,
        lead: LeadRow,
        cases: list[Choice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, labels, parent)
        self.setObjectName("linkLeadDialog")
        self.lead = lead
        self.result_ref: CaseRef | None = None
        self.case = PinyinCombo(self)
        self.case.setObjectName("link_case")
        self.case.set_choices(cases)
        self.case.setMinimumWidth(420)
        self.add_row("case", self.case)
        self.marks.add("lead", self.case)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Link the lead to a case"))
        self.heading.setText(self.tr("Lead: {summary}").format(summary=self.lead.lead.summary))
        self.captions["case"].setText(self.tr("&Case:"))
        self.case.editor().setPlaceholderText(self.tr("Type the number, the title or its pinyin"))

    def submit(self) -> None:
        chosen = self.case.value()
        if chosen is None:
            self.marks.show_text(self.tr("Choose the case from the list."), "case")
            return
        case_id, version = chosen
        actor, lead_id = self.context.actor, self.lead.lead.id
        self.runner.run(lambda session: link_lead(session, actor, lead_id, case_id, version))

    def saved(self, ref: CaseRef) -> None:
        self.result_ref = ref
        self.accept()


class PoliceDialog(_LeadForm):
    def __init__(
        self,
        context: PaneContext,
        labels: Labels,
        lead: LeadRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, labels, parent)
        self.setObjectName("policeDialog")
        self.lead = lead
        self.result_row: LeadRow | None = None
        self.receipt = QLineEdit(self)
        self.receipt.setObjectName("police_receipt")
        self.handed = china_time_edit(self, "police_handed_at")
        self.add_row("police_receipt", self.receipt)
        self.add_row("handed_to_police_at", self.handed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand the lead to the police"))
        cases = "、".join(self.lead.case_numbers) or self.tr("none")
        self.heading.setText(
            self.tr(
                "Lead: {summary}<br>The hand-over is recorded on the lead and on the timeline"
                " of its linked cases ({cases})."
            ).format(summary=self.lead.lead.summary.replace("<", "&lt;"), cases=cases)
        )
        self.captions["police_receipt"].setText(self.tr("Police &receipt number:"))
        self.captions["handed_to_police_at"].setText(self.tr("&Handed over at:"))

    def submit(self) -> None:
        actor, lead = self.context.actor, self.lead
        receipt, at = self.receipt.text(), from_qdatetime(self.handed.dateTime())
        self.runner.run(
            lambda session: hand_lead_to_police(
                session, actor, lead.lead.id, lead.version, receipt, at=at
            )
        )

    def saved(self, row: LeadRow) -> None:
        self.result_row = row
        self.accept()
