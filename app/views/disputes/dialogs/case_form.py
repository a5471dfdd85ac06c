"""Receiving a case from any source, and editing one.

Both keep what was typed on every refusal and mark the field the service names. An edit
is written with the version the form was loaded at; if another writer changed the case
meanwhile, the form says who and when and offers to reload: fields the clerk changed keep
the clerk's text, the others take the stored values.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.disputes import (
    MAX_PEOPLE,
    CaseChanges,
    CaseDetail,
    CaseRef,
    LeadSummary,
    NewCase,
    create_case,
    edit_case,
    open_case_from_lead,
)
from app.services.errors import ConflictError, DomainError
from app.views.disputes import operations
from app.views.disputes.dialogs.dispute_errors import dispute_error_text
from app.views.disputes.dialogs.form_support import (
    china_time_edit,
    dispute_marks,
    from_qdatetime,
    show_amount,
    show_failure,
)
from app.views.error_text import translate_error
from app.views.pane_context import PaneContext
from app.views.widgets.form_marks import FORM_STYLE, ok_cancel
from app.views.widgets.pinyin_combo import PinyinCombo
from app.views.widgets.write_runner import WriteRunner

if TYPE_CHECKING:
    from app.services.unit_of_work import Session

#: Fields an edit compares with what was loaded.
_EDITABLE = (
    "title",
    "description",
    "category",
    "severity",
    "unit",
    "owner",
    "people_involved",
    "amount_owed",
)


class CaseFormDialog(QDialog):
    """New case (``detail`` None) or edit of ``detail``."""

    def __init__(
        self,
        context: PaneContext,
        detail: CaseDetail | None = None,
        source: str | None = None,
        lead: LeadSummary | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseFormDialog")
        self.setStyleSheet(FORM_STYLE)
        self.context = context
        self.detail = detail
        self.lead = lead
        self.result_ref: CaseRef | None = None
        language = context.language
        #: the language the lists were read in
        self.language = language
        lists = operations.case_form_choices(context, detail, parent).wait()
        choices, units, owners = lists.choices, lists.units, lists.owners
        self.labels = detail.labels if detail else choices.labels
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.source = self._combo("source", "source")
        if source:
            self.source.setCurrentIndex(self.source.findData(source))
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("case_title")
        self.description = self._text("case_description", 96)
        self.category = self._combo("category", "category")
        self.severity = self._combo("severity", "severity")
        if detail is None:
            # a new case starts "general" and with no category, so the clerk picks one
            self.severity.setCurrentIndex(self.severity.findData("general"))
            self.category.setCurrentIndex(-1)
        self.unit = PinyinCombo(self)
        self.unit.setObjectName("case_unit")
        self.unit.set_choices(units)
        self.owner = PinyinCombo(self)
        self.owner.setObjectName("case_owner")
        self.owner.set_choices(owners)
        self.people = QSpinBox(self)
        self.people.setObjectName("case_people_involved")
        self.people.setRange(1, MAX_PEOPLE)
        self.amount = QLineEdit("0.00", self)
        self.amount.setObjectName("case_amount_owed")
        self.received = china_time_edit(self, "case_received_at")
        self.note = self._text("case_note", 56)
        self.reference_note = QLabel(self)
        self.reference_note.setObjectName("case_reference_note")
        self.reference_note.setWordWrap(True)

        self.form = QFormLayout()
        self.captions: dict[str, QLabel] = {}
        self.marks = dispute_marks(QLabel(self), self.labels, self.context.language)
        rows: list[tuple[str, QWidget]] = [
            ("title", self.title_edit),
            ("description", self.description),
            ("category", self.category),
            ("severity", self.severity),
            ("unit", self.unit),
        ]
        if detail is None:
            rows.insert(0, ("source", self.source))
            self.owner.hide()
        else:
            rows.append(("owner", self.owner))
            self.source.hide()
        rows += [("people_involved", self.people), ("amount_owed", self.amount)]
        if detail is None:
            rows.append(("received_at", self.received))
        else:
            self.received.hide()
        rows.append(("note", self.note))
        for name, editor in rows:
            caption = QLabel(self)
            caption.setBuddy(editor)
            self.form.addRow(caption, editor)
            self.captions[name] = caption
            self.marks.add(name, editor)
        self.buttons = ok_cancel(self, self.submit)
        self.runner = WriteRunner(context, self)
        self.runner.done.connect(self._saved)
        self.runner.failed.connect(self._refused)
        self.reload_button = QPushButton(self)
        self.reload_button.setObjectName("case_reload")
        self.reload_button.clicked.connect(self.reload)
        self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.reload_button.hide()  # after addButton, which shows it
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.reference_note)
        layout.addLayout(self.form)
        layout.addWidget(self.marks.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.version = 0
        self.original: dict[str, Any] = {}
        if detail is not None:
            self._load(detail)
        elif lead is not None:
            self.description.setPlainText(lead.summary)
            self.people.setValue(max(1, lead.people_estimate))
        self.retranslate()

    def _combo(self, kind: str, field: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(f"case_{field}")
        for item in self.labels.items(kind):
            box.addItem(item.label(self.context.language), item.code)
        return box

    def _text(self, name: str, height: int) -> QPlainTextEdit:
        editor = QPlainTextEdit(self)
        editor.setObjectName(name)
        editor.setTabChangesFocus(True)
        editor.setFixedHeight(height)
        return editor

    # -- values ----------------------------------------------------------------------------

    def _stored(self, detail: CaseDetail) -> dict[str, Any]:
        card = detail.card
        return {
            "title": card.title,
            "description": detail.description,
            "category": card.category,
            "severity": card.severity,
            "unit": None if card.unit_removed else card.unit_id,
            "owner": None if card.owner_removed else card.owner_staff_id,
            "people_involved": card.people_involved,
            "amount_owed": show_amount(card.amount_owed).replace(",", ""),
        }

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text(),
            "description": self.description.toPlainText(),
            "category": self.category.currentData(),
            "severity": self.severity.currentData(),
            "unit": self.unit.value(),
            "owner": self.owner.value(),
            "people_involved": self.people.value(),
            "amount_owed": self.amount.text().strip(),
        }

    def _set(self, name: str, value: Any) -> None:
        if name == "title":
            self.title_edit.setText(value)
        elif name == "description":
            self.description.setPlainText(value)
        elif name in ("category", "severity"):
            box = self.category if name == "category" else self.severity
            box.setCurrentIndex(box.findData(value))
        elif name == "unit":
            self.unit.set_value(value)
        elif name == "owner":
            self.owner.set_value(value)
        elif name == "people_involved":
            self.people.setValue(value)
        elif name == "amount_owed":
            self.amount.setText(value)

    def _load(self, detail: CaseDetail, keep: dict[str, Any] | None = None) -> None:
        """Show the stored case; fields in ``keep`` hold the clerk's own values instead."""
        self.detail = detail
        self.version = detail.card.version
        self.original = self._stored(detail)
        for name, value in self.original.items():
            self._set(name, (keep or {}).get(name, value))

    # -- text ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        captions = {
            "source": self.tr("&Source:"),
            "title": self.tr("Case &title:"),
            "description": self.tr("&Description:"),
            "category": self.tr("Cate&gory:"),
            "severity": self.tr("Se&verity:"),
            "unit": self.tr("&Unit:"),
            "owner": self.tr("&Owner:"),
            "people_involved": self.tr("&People involved:"),
            "amount_owed": self.tr("&Amount owed (yuan):"),
            "received_at": self.tr("&Received at:"),
            "note": self.tr("&Note (optional):"),
        }
        for name, caption in self.captions.items():
            caption.setText(captions[name])
        self.category.setPlaceholderText(self.tr("Choose…"))
        self.unit.editor().setPlaceholderText(self.tr("Type the unit's name, pinyin or initials"))
        self.owner.editor().setPlaceholderText(self.tr("Type a name, pinyin or initials"))
        self.reload_button.setText(self.tr("&Reload"))
        detail = self.detail
        if detail is None:
            self.setWindowTitle(self.tr("Receive a case"))
            self.heading.setText(self.tr("Record a case as it was received, from any source."))
            if self.lead is not None:
                self.heading.setText(
                    self.tr("Open a case from the early-warning lead: {summary}").format(
                        summary=self.lead.summary
                    )
                )
            return
        card = detail.card
        self.setWindowTitle(self.tr("Edit case {number}").format(number=card.number))
        self.heading.setText(f"<b>{card.number}</b> {card.title.replace('<', '&lt;')}")
        notes = []
        if card.unit_removed:
            notes.append(
                self.tr(
                    "The unit {unit} has been removed from the roster; choose a current unit."
                ).format(unit=card.unit_name)
            )
        if card.owner_removed:
            notes.append(
                self.tr("The owner {name} has left the roster; choose a new owner.").format(
                    name=card.owner_name
                )
            )
        self.reference_note.setText("\n".join(notes))
        self.reference_note.setVisible(bool(notes))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._relabel()
        super().changeEvent(event)

    def _relabel(self) -> None:
        """After a language switch the lists name their entries in the new language; what
        the clerk chose stays chosen."""
        language = self.context.language
        if language == self.language:
            return
        self.language = language
        for kind, box in (("source", self.source), ("category", self.category)):
            for index, item in enumerate(self.labels.items(kind)):
                box.setItemText(index, item.label(language))
        for index, item in enumerate(self.labels.items("severity")):
            self.severity.setItemText(index, item.label(language))

        def arrived(lists: operations.CaseFormChoices) -> None:
            self.unit.set_choices(lists.units, self.unit.value())
            self.owner.set_choices(lists.owners, self.owner.value())

        operations.case_form_choices(self.context, self.detail, self).success(arrived).run()

    # -- writing ---------------------------------------------------------------------------

    def _amount(self) -> Decimal | None:
        try:
            return Decimal(self.amount.text().strip().replace(",", "") or "0")
        except InvalidOperation:
            text = translate_error("Enter the amount as a number of yuan.")
            self.marks.show_text(text, "amount_owed")
            return None

    def _choose_from_list(self, name: str) -> None:
        caption = re.sub(r"\(&\w\)", "", self.captions[name].text()).replace("&", "")
        field = caption.rstrip(":：").strip()
        field = field.lower() if field.isascii() else field
        self.marks.show_text(self.tr("Choose the {field} from the list.").format(field=field), name)

    def _picked(self) -> bool:
        if self.category.currentIndex() < 0:
            self._choose_from_list("category")
            return False
        for name, combo in (("unit", self.unit), ("owner", self.owner)):
            if combo.typed_something_else():
                self._choose_from_list(name)
                return False
        return True

    def submit(self) -> None:
        amount = self._amount()
        if amount is None or not self._picked():
            return
        self.runner.run(self._writer(amount))

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, ConflictError):
            text = dispute_error_text(exc, self.labels, self.context.language)
            self.marks.show_text(text + "\n" + self.tr("Reload to merge; your changes are kept."))
            self.reload_button.show()
            return
        self.marks.show_error(exc)

    def _saved(self, ref: CaseRef) -> None:
        self.result_ref = ref
        self.accept()

    def _writer(self, amount: Decimal) -> Callable[[Session], CaseRef]:
        """The write the form asks for, its values read here on the GUI thread."""
        actor = self.context.actor
        values = self.values()
        if self.detail is None:
            new = NewCase(
                title=values["title"],
                category=values["category"] or "",
                severity=values["severity"] or "",
                source=self.source.currentData() or "",
                unit_id=values["unit"],
                description=values["description"],
                people_involved=values["people_involved"],
                amount_owed=amount,
                received_at=from_qdatetime(self.received.dateTime()),
                note=self.note.toPlainText(),
            )
            if self.lead is not None:
                lead_id = self.lead.id
                return lambda session: open_case_from_lead(session, actor, lead_id, new)
            return lambda session: create_case(session, actor, new)
        changed = {k: v for k, v in values.items() if v != self.original.get(k)}
        changes = CaseChanges(
            title=changed.get("title"),
            description=changed.get("description"),
            category=changed.get("category"),
            severity=changed.get("severity"),
            unit_id=changed.get("unit"),
            owner_staff_id=changed.get("owner"),
            people_involved=changed.get("people_involved"),
            amount_owed=amount if "amount_owed" in changed else None,
            note=self.note.toPlainText(),
        )
        case_id, version = self.detail.card.id, self.version
        return lambda session: edit_case(session, actor, case_id, version, changes)

    def reload(self) -> None:
        """Take the stored case at its new version, keeping the fields the clerk changed."""
        if self.detail is None:
            return
        mine = {k: v for k, v in self.values().items() if v != self.original.get(k)}
        operations.case_detail(self.context, self.detail.card.id, self).success(
            lambda detail: self._reloaded(detail, mine)
        ).failure(show_failure(self.marks)).run()

    def _reloaded(self, detail: CaseDetail, mine: dict[str, Any]) -> None:
        self._load(detail, keep=mine)
        self.marks.clear()
        self.reload_button.hide()
        self.retranslate()


def build_new_case_dialog(
    parent: QWidget | None,
    context: PaneContext,
    source: str | None = None,
    lead: LeadSummary | None = None,
) -> CaseFormDialog:
    return CaseFormDialog(context, None, source, lead, parent)


def build_edit_case_dialog(
    parent: QWidget | None, context: PaneContext, case_id: uuid.UUID
) -> CaseFormDialog | str:
    """The edit form loaded with the case, or why it cannot be opened."""
    try:
        detail = operations.case_detail(context, case_id, parent).wait()
    except DomainError as exc:
        return dispute_error_text(exc, None, context.language)
    return CaseFormDialog(context, detail, None, None, parent)


def _run(dialog: CaseFormDialog | str, parent: QWidget | None) -> CaseRef | None:
    if isinstance(dialog, str):
        title = QCoreApplication.translate("CaseFormDialog", "Edit case")
        QMessageBox.warning(parent, title, dialog)
        return None
    try:
        return dialog.result_ref if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def open_new_case_dialog(
    parent: QWidget | None, context: PaneContext, source: str | None = None
) -> CaseRef | None:
    """Receive a case (from ``source`` when given); the new case, or None if cancelled."""
    return _run(build_new_case_dialog(parent, context, source), parent)


def open_edit_case_dialog(
    parent: QWidget | None, context: PaneContext, case_id: uuid.UUID
) -> CaseRef | None:
    """Edit the case; the case at its new version, or None if cancelled or refused."""
    return _run(build_edit_case_dialog(parent, context, case_id), parent)
