"""Recording in a ledger: a follow-up, raising a crisis, a crisis checklist item,
closing the ledger.

Each dialog writes through a ``WriteRunner``: refused, it stays open with what was
typed and marks the field the service named.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.china_time import today_in_china
from app.services.psych.ledger import ReferralState
from app.views.pane_context import PaneContext
from app.views.psych import operations as psych_ops
from app.views.psych.labels import (
    CHECKLIST,
    LEGAL_BASES,
    METHODS,
    REFERRAL_STEPS,
    RISK_LEVELS,
    SERVICE_KINDS,
    label,
)
from app.views.widgets.form_marks import (
    FORM_STYLE,
    FormMarks,
    from_qdate,
    ok_cancel,
    to_qdate,
)
from app.views.widgets.write_runner import WriteRunner


class _CareDialog(QDialog):
    def __init__(self, context: PaneContext, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setStyleSheet(FORM_STYLE)
        self.setWindowTitle(title)
        self.context = context
        self.form = QFormLayout()
        self.marks = FormMarks(QLabel(self))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.marks.message)
        layout.addWidget(ok_cancel(self, self.submit))
        self.runner = WriteRunner(context, self)
        self.runner.done.connect(lambda _value: self.accept())
        self.runner.failed.connect(self.marks.show_error)
        self.resize(480, 300)

    def text_field(self, field: str, caption: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(field)
        edit.setTabChangesFocus(True)
        self.form.addRow(caption, edit)
        self.marks.add(field, edit)
        return edit

    def choice_field(self, field: str, caption: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(field)
        for text, value in items:
            combo.addItem(text, value)
        self.form.addRow(caption, combo)
        self.marks.add(field, combo)
        return combo

    def submit(self) -> None:
        raise NotImplementedError


class FollowUpDialog(_CareDialog):
    def __init__(self, context: PaneContext, person_id: uuid.UUID, parent: QWidget | None) -> None:
        super().__init__(context, self.tr("Record a follow-up"), parent)
        self.person_id = person_id
        self.at = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.at.setObjectName("at")
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.form.addRow(self.tr("&When:"), self.at)
        self.marks.add("at", self.at)
        self.method = self.choice_field(
            "method", self.tr("&How:"), [(label(METHODS, code), code) for code in METHODS]
        )
        self.result_text = self.text_field("result", self.tr("&Result:"))

    def submit(self) -> None:
        at = datetime.fromtimestamp(self.at.dateTime().toSecsSinceEpoch(), UTC)
        self.runner.run(
            psych_ops.follow_up(
                self.context,
                self.person_id,
                at,
                str(self.method.currentData()),
                self.result_text.toPlainText(),
            )
        )


class RaiseCrisisDialog(_CareDialog):
    def __init__(self, context: PaneContext, person_id: uuid.UUID, parent: QWidget | None) -> None:
        super().__init__(context, self.tr("Raise a crisis"), parent)
        self.person_id = person_id
        self.reason = self.text_field("reason", self.tr("&What happened:"))

    def submit(self) -> None:
        self.runner.run(
            psych_ops.raise_crisis(self.context, self.person_id, self.reason.toPlainText())
        )


class ChecklistDialog(_CareDialog):
    def __init__(
        self,
        context: PaneContext,
        crisis_id: uuid.UUID,
        item: str,
        hospitals: list[tuple[uuid.UUID, str]],
        parent: QWidget | None,
    ) -> None:
        super().__init__(context, label(CHECKLIST, item), parent)
        self.crisis_id, self.item = crisis_id, item
        self.risk: QComboBox | None = None
        self.hospital: QComboBox | None = None
        if item == "assessment":
            self.risk = self.choice_field(
                "risk_level",
                self.tr("&Risk level:"),
                [(label(RISK_LEVELS, code), code) for code in RISK_LEVELS],
            )
        if item == "referral":
            self.hospital = self.choice_field(
                "hospital_id", self.tr("&Medical institution:"), [(n, i) for i, n in hospitals]
            )
            self.marks.add("to_institution_id", self.hospital)
        self.note = self.text_field("note", self.tr("&Note:"))

    def submit(self) -> None:
        risk = str(self.risk.currentData()) if self.risk is not None else ""
        hospital = self.hospital.currentData() if self.hospital is not None else None
        if self.item == "closed":
            use_case = psych_ops.close_crisis(self.context, self.crisis_id, self.note.toPlainText())
            self.runner.run(use_case)
            return
        self.runner.run(
            psych_ops.check_item(
                self.context, self.crisis_id, self.item, self.note.toPlainText(), risk, hospital
            )
        )


class ServiceDialog(_CareDialog):
    def __init__(self, context: PaneContext, person_id: uuid.UUID, parent: QWidget | None) -> None:
        super().__init__(context, self.tr("Record a service"), parent)
        self.person_id = person_id
        self.at = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.at.setObjectName("at")
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.form.addRow(self.tr("&When:"), self.at)
        self.marks.add("at", self.at)
        self.kind = self.choice_field(
            "kind", self.tr("&Service:"), [(label(SERVICE_KINDS, c), c) for c in SERVICE_KINDS]
        )
        self.note = self.text_field("note", self.tr("&Note:"))

    def submit(self) -> None:
        at = datetime.fromtimestamp(self.at.dateTime().toSecsSinceEpoch(), UTC)
        self.runner.run(
            psych_ops.record_service(
                self.context,
                self.person_id,
                str(self.kind.currentData()),
                at,
                self.note.toPlainText(),
            )
        )


class ReferDialog(_CareDialog):
    """A referral; the note says what the receiving side will be sent."""

    def __init__(
        self,
        context: PaneContext,
        person_id: uuid.UUID,
        targets: list[tuple[uuid.UUID, str, str]],
        parent: QWidget | None,
    ) -> None:
        super().__init__(context, self.tr("Refer to another institution"), parent)
        self.person_id = person_id
        self.target = self.choice_field(
            "to_institution_id", self.tr("&To:"), [(name, i) for i, name, _kind in targets]
        )
        self.basis = self.choice_field(
            "legal_basis",
            self.tr("&Legal basis:"),
            [(label(LEGAL_BASES, code), code) for code in LEGAL_BASES],
        )
        self.reason = self.text_field("reason", self.tr("&Reason:"))
        hint = QLabel(
            self.tr(
                "Only what the receiving side needs is sent (a hospital: name, gender, "
                "year of birth, phone, reason; a school: name and reason). The disclosure "
                "is logged."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.form.addRow(hint)

    def submit(self) -> None:
        self.runner.run(
            psych_ops.refer(
                self.context,
                self.person_id,
                self.target.currentData(),
                self.reason.toPlainText(),
                str(self.basis.currentData()),
            )
        )


class ReferralStepDialog(_CareDialog):
    """The next step of one of the person's referrals."""

    def __init__(
        self, context: PaneContext, referrals: list[ReferralState], parent: QWidget | None
    ) -> None:
        super().__init__(context, self.tr("Referral step"), parent)
        self.referral = self.choice_field(
            "referral",
            self.tr("&Referral:"),
            [
                (f"{r.to_institution} · {label(REFERRAL_STEPS, r.status)}", r.id)
                for r in referrals
                if r.next_steps
            ],
        )
        self.steps = {r.id: r.next_steps for r in referrals}
        self.status = self.choice_field("status", self.tr("&Next step:"), [])
        self.referral.currentIndexChanged.connect(self._fill_steps)
        self.note = self.text_field("note", self.tr("&Note:"))
        self._fill_steps()

    def _fill_steps(self) -> None:
        self.status.clear()
        for step in self.steps.get(self.referral.currentData(), ()):
            self.status.addItem(label(REFERRAL_STEPS, step), step)

    def submit(self) -> None:
        self.runner.run(
            psych_ops.advance_referral(
                self.context,
                self.referral.currentData(),
                str(self.status.currentData()),
                self.note.toPlainText(),
            )
        )


class CloseLedgerDialog(_CareDialog):
    """Closing a person's ledger, confirmed with the closing day; the service refuses
    while a crisis is open, and the dialog then stays open saying so."""

    def __init__(
        self, context: PaneContext, person_id: uuid.UUID, who: str, parent: QWidget | None
    ) -> None:
        super().__init__(context, self.tr("Close the ledger"), parent)
        self.person_id = person_id
        warning = QLabel(
            self.tr(
                "Close the ledger of {who}? Its follow-ups end and nothing more can be "
                "recorded in it."
            ).format(who=who),
            self,
        )
        warning.setObjectName("closeWarning")
        warning.setWordWrap(True)
        self.form.addRow(warning)
        self.closed_on = QDateEdit(to_qdate(today_in_china()), self)
        self.closed_on.setObjectName("closed_on")
        self.closed_on.setCalendarPopup(True)
        self.closed_on.setDisplayFormat("yyyy-MM-dd")
        self.form.addRow(self.tr("&Closed on:"), self.closed_on)
        self.marks.add("closed_on", self.closed_on)
        self.resize(480, 200)

    def submit(self) -> None:
        self.runner.run(
            psych_ops.close_ledger(self.context, self.person_id, from_qdate(self.closed_on.date()))
        )


def run_dialog(dialog: QDialog) -> bool:
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
