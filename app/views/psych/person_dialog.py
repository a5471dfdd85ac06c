"""Taking a person into care: a new ledger. The identity number is checked as typed
(GB 11643: check character, date of birth, gender digit; residence permits and
permanent residence cards accepted as such), or a reason is given for having none."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.china_time import today_in_china
from app.services.errors import DomainError
from app.services.id_number import identity_number
from app.services.psych.care import PersonForm
from app.views.error_text import error_text
from app.views.pane_context import PaneContext
from app.views.psych import operations as psych_ops
from app.views.psych.labels import GROUPS, label
from app.views.widgets.form_marks import (
    FORM_STYLE,
    FormMarks,
    from_qdate,
    ok_cancel,
    to_qdate,
)
from app.views.widgets.write_runner import WriteRunner


class PersonDialog(QDialog):
    def __init__(
        self,
        context: PaneContext,
        streets: list[tuple[uuid.UUID, str]],
        communities: list[tuple[uuid.UUID, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("psychPersonDialog")
        self.setStyleSheet(FORM_STYLE)
        self.setWindowTitle(self.tr("Take a person into care"))
        self.context = context
        self.person_id: uuid.UUID | None = None
        self.street = self._combo("street_id", [(name, i) for i, name in streets])
        self.name = self._line("name")
        self.gender = self._combo(
            "gender",
            [(self.tr("Not recorded"), ""), (self.tr("Male"), "M"), (self.tr("Female"), "F")],
        )
        self.id_number = self._line("id_number")
        self.id_number.setMaxLength(18)
        self.id_check = QLabel(self)
        self.id_check.setObjectName("idCheck")
        self.id_check.setWordWrap(True)
        self.id_number.textChanged.connect(self.check_number)
        self.gender.currentIndexChanged.connect(self.check_number)
        self.no_id_reason = self._line("no_id_reason")
        self.phone = self._line("phone")
        self.group = self._combo("group", [(label(GROUPS, code), code) for code in GROUPS])
        self.community = self._combo(
            "community_id", [(self.tr("(none)"), None), *[(n, i) for i, n in communities]]
        )
        self.opened = QDateEdit(to_qdate(today_in_china()), self)
        self.opened.setObjectName("opened_on")
        self.opened.setCalendarPopup(True)
        self.opened.setDisplayFormat("yyyy-MM-dd")
        self.worker = self._line("worker")
        self.worker.setText(context.actor.display_name)
        self.matter = QPlainTextEdit(self)
        self.matter.setObjectName("matter")
        self.matter.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("Street:"), self.street)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Gender:"), self.gender)
        form.addRow(self.tr("&ID number:"), self.id_number)
        form.addRow("", self.id_check)
        form.addRow(self.tr("No number, because:"), self.no_id_reason)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("G&roup:"), self.group)
        form.addRow(self.tr("&Community:"), self.community)
        form.addRow(self.tr("&Opened on:"), self.opened)
        form.addRow(self.tr("&Worker:"), self.worker)
        form.addRow(self.tr("&Matter:"), self.matter)
        self.marks = FormMarks(QLabel(self))
        for field, widget in (
            ("street_id", self.street),
            ("name", self.name),
            ("gender", self.gender),
            ("id_number", self.id_number),
            ("no_id_reason", self.no_id_reason),
            ("phone", self.phone),
            ("group", self.group),
            ("community_id", self.community),
            ("opened_on", self.opened),
            ("worker", self.worker),
            ("matter", self.matter),
        ):
            self.marks.add(field, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.marks.message)
        layout.addWidget(ok_cancel(self, self.submit))
        self.runner = WriteRunner(context, self)
        self.runner.done.connect(self._saved)
        self.runner.failed.connect(self.marks.show_error)
        self.resize(520, 560)

    def _line(self, field: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(field)
        return edit

    def _combo(self, field: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(field)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def check_number(self) -> None:
        """Say at once what is wrong with the number typed (the service checks again)."""
        text = self.id_number.text().strip()
        if len(text) < 18:
            self.id_check.setText("")
            return
        try:
            checked = identity_number("id_number", text, str(self.gender.currentData() or ""))
        except DomainError as exc:
            self.id_check.setText(f"<span style='color:#b91c1c'>{error_text(exc)}</span>")
            return
        self.id_check.setText(
            self.tr("Valid · born {birth}").format(birth=checked.birth.isoformat())
        )

    def submit(self) -> None:
        form = PersonForm(
            street_id=self.street.currentData(),
            name=self.name.text(),
            group=str(self.group.currentData()),
            opened_on=from_qdate(self.opened.date()),
            gender=str(self.gender.currentData() or ""),
            id_number=self.id_number.text(),
            no_id_reason=self.no_id_reason.text(),
            phone=self.phone.text(),
            community_id=self.community.currentData(),
            matter=self.matter.toPlainText(),
            worker=self.worker.text(),
        )
        self.runner.run(psych_ops.take_into_care(self.context, form))

    def _saved(self, person_id: object) -> None:
        self.person_id = person_id if isinstance(person_id, uuid.UUID) else None
        self.accept()
