"""The 情理法 three-person team of a case: the proposal (least busy fitting person per
place), which the clerk may change, saved with the version the proposal was made at.

If the case changed meanwhile, the dialog says who changed it and offers to reload: the
places the clerk changed keep the clerk's choice, the others take the new proposal.
"""

from __future__ import annotations

import itertools
import uuid

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.disputes import (
    CaseRef,
    Labels,
    StaffChoice,
    TeamProposal,
    assign_team,
)
from app.services.errors import ConflictError, DomainError
from app.services.pinyin_search import search_keys
from app.views.disputes import operations
from app.views.disputes.dialogs.dispute_errors import dispute_error_text, joined, role_name
from app.views.disputes.dialogs.form_support import dispute_marks, show_failure
from app.views.disputes.dialogs.staff_choices import staff_label
from app.views.pane_context import PaneContext
from app.views.widgets.form_marks import FORM_STYLE, ok_cancel
from app.views.widgets.pinyin_combo import Choice, PinyinCombo
from app.views.widgets.write_runner import WriteRunner


def candidate_choice(candidate: StaffChoice) -> Choice:
    label = TeamDialog.tr_open_cases(candidate)
    return Choice(label, candidate.staff_id, search_keys(candidate.name, candidate.department))


class TeamDialog(QDialog):
    def __init__(
        self,
        context: PaneContext,
        proposal: TeamProposal,
        number: str,
        title: str,
        labels: Labels,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teamDialog")
        self.setStyleSheet(FORM_STYLE)
        self.context = context
        self.proposal = proposal
        self.number = number
        self.case_title = title
        self.labels = labels
        self.result_ref: CaseRef | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.form = QFormLayout()
        self.marks = dispute_marks(QLabel(self), labels, context.language)
        self.combos: dict[str, PinyinCombo] = {}
        self.captions: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        self.note_caption = QLabel(self)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("team_note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(64)
        self.note_caption.setBuddy(self.note)
        self.form.addRow(self.note_caption, self.note)
        self.marks.add("note", self.note)
        self.buttons = ok_cancel(self, self.submit)
        self.runner = WriteRunner(context, self)
        self.runner.done.connect(self._saved)
        self.runner.failed.connect(self._refused)
        self.reload_button = QPushButton(self)
        self.reload_button.setObjectName("team_reload")
        self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.reload_button.hide()  # after addButton, which shows it
        self.reload_button.clicked.connect(self.reload)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.marks.message)
        layout.addWidget(self.buttons)
        self._fill(proposal, keep={})
        self.retranslate()

    @staticmethod
    def tr_open_cases(candidate: StaffChoice) -> str:
        return QCoreApplication.translate("TeamDialog", "{person} · {count} open cases").format(
            person=staff_label(candidate.name, candidate.department), count=candidate.open_cases
        )

    def _make_rows(self, proposal: TeamProposal) -> None:
        """One row per place the case's severity needs (they change with the severity)."""
        self.marks.clear()
        for role in list(self.combos):
            self.form.removeRow(self.hints[role])
            self.form.removeRow(self.combos[role])
            del self.marks.fields[role]
        self.combos.clear()
        self.captions.clear()
        self.hints.clear()
        for index, slot in enumerate(proposal.slots):
            combo = PinyinCombo(self)
            combo.setObjectName(f"team_{slot.role}")
            combo.setMinimumWidth(380)
            caption, hint = QLabel(self), QLabel(self)
            hint.setObjectName(f"team_hint_{slot.role}")
            caption.setBuddy(combo)
            self.form.insertRow(2 * index, caption, combo)
            self.form.insertRow(2 * index + 1, "", hint)
            self.combos[slot.role] = combo
            self.captions[slot.role] = caption
            self.hints[slot.role] = hint
            self.marks.add(slot.role, combo)
        self.marks.fields.pop("team", None)
        chain = [*self.combos.values(), self.note]
        if self.combos:
            # "each place needs a different person" points at the first place
            self.marks.add("team", chain[0])
        for before, after in itertools.pairwise(chain):
            self.setTabOrder(before, after)

    def _fill(self, proposal: TeamProposal, keep: dict[str, uuid.UUID]) -> None:
        """Offer each place's candidates; the proposal's pick unless ``keep`` says otherwise."""
        if [s.role for s in proposal.slots] != list(self.combos):
            self._make_rows(proposal)
        self.proposal = proposal
        for slot in proposal.slots:
            combo = self.combos[slot.role]
            chosen = keep.get(slot.role) or (slot.proposed.staff_id if slot.proposed else None)
            combo.set_choices([candidate_choice(c) for c in slot.candidates], chosen)

    def retranslate(self) -> None:
        language = self.context.language
        self.setWindowTitle(
            self.tr("Three-person team of case {number}").format(number=self.number)
        )
        places = joined(
            [role_name(s.role, self.labels, language) for s in self.proposal.slots], language
        )
        self.heading.setText(
            self.tr(
                "<b>{number}</b> {title}<br>A {severity} case needs: {places}. Each place is"
                " proposed to the person with the fewest open cases; change any of them."
            ).format(
                number=self.number,
                title=self.case_title.replace("<", "&lt;"),
                severity=self.labels.name("severity", self.proposal.severity, language),
                places=places,
            )
        )
        for key, slot in enumerate(self.proposal.slots, start=1):
            self.captions[slot.role].setText(
                self.tr("{place} (&{key}):").format(
                    place=role_name(slot.role, self.labels, language), key=key
                )
            )
            if slot.proposed is None:
                hint = self.tr("Nobody on the roster fits this place.")
            else:
                hint = self.tr("Proposed: {person}").format(
                    person=self.tr_open_cases(slot.proposed)
                )
            self.hints[slot.role].setText(f"<small>{hint}</small>")
            self.combos[slot.role].editor().setPlaceholderText(
                self.tr("Type a name, pinyin or initials")
            )
        self.note_caption.setText(self.tr("&Note (optional):"))
        self.reload_button.setText(self.tr("&Reload"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def members(self) -> dict[str, uuid.UUID]:
        return {role: combo.value() for role, combo in self.combos.items() if combo.value()}

    def submit(self) -> None:
        for role, combo in self.combos.items():
            if combo.typed_something_else():
                self.marks.show_text(self.tr("Choose someone from the list."), role)
                return
        actor, proposal = self.context.actor, self.proposal
        members, note = self.members(), self.note.toPlainText()
        self.runner.run(
            lambda session: assign_team(
                session, actor, proposal.dispute_id, proposal.version, members, note=note
            )
        )

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, ConflictError):
            text = dispute_error_text(exc, self.labels, self.context.language)
            self.marks.show_text(
                text + "\n" + self.tr("Reload to see the current team; your choices are kept.")
            )
            self.reload_button.show()
            return
        self.marks.show_error(exc)

    def _saved(self, ref: CaseRef) -> None:
        self.result_ref = ref
        self.accept()

    def reload(self) -> None:
        """A fresh proposal at the case's current version; places the clerk changed keep
        the clerk's choice."""
        proposed = {
            s.role: s.proposed.staff_id if s.proposed else None for s in self.proposal.slots
        }
        changed = {r: v for r, v in self.members().items() if proposed.get(r) != v}
        operations.team_proposal(self.context, self.proposal.dispute_id, self).success(
            lambda fresh: self._reloaded(fresh, changed)
        ).failure(show_failure(self.marks)).run()

    def _reloaded(self, fresh: TeamProposal, changed: dict[str, uuid.UUID]) -> None:
        self._fill(fresh, keep=changed)
        self.marks.clear()
        self.reload_button.hide()
        self.retranslate()


def build_team_dialog(
    parent: QWidget | None, context: PaneContext, case_id: uuid.UUID
) -> TeamDialog | str:
    """The team dialog for the case, or why it cannot be shown."""
    try:
        detail, proposal = operations.team_to_propose(context, case_id, parent).wait()
        labels = detail.labels
    except DomainError as exc:
        labels = operations.labels(context, parent).wait()
        return dispute_error_text(exc, labels, context.language)
    card = detail.card
    return TeamDialog(context, proposal, card.number, card.title, labels, parent)


def open_team_dialog(parent: QWidget | None, context: PaneContext, case_id: uuid.UUID) -> bool:
    """Show the proposal, let the clerk change it, save on OK; True if saved."""
    dialog = build_team_dialog(parent, context, case_id)
    if isinstance(dialog, str):
        title = QCoreApplication.translate("TeamDialog", "Three-person team")
        QMessageBox.warning(parent, title, dialog)
        return False
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
