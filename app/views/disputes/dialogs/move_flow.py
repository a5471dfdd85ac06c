"""Moving a card to another stage: refuse forbidden moves with their reason, ask for what
the move needs (owner, outcome and method, reason and level, visit result, a note), and
write it with the version the card was shown at.

``request_move`` is what the board calls on a drop or a menu choice. ``build_move_dialog``
makes the same dialog without running it, for tests and for callers with their own loop.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.disputes import (
    KNOWN_MOVE_FIELDS,
    BoardCard,
    CaseRef,
    Labels,
    MoveInfo,
    MoveRequirements,
    move_case,
)
from app.services.errors import ConflictError, DomainError
from app.services.permissions import Permission
from app.views.disputes import operations
from app.views.disputes.dialogs.dispute_errors import (
    dispute_error_text,
    field_name,
    permission_name,
    role_name,
)
from app.views.disputes.dialogs.form_support import dispute_marks
from app.views.pane_context import PaneContext
from app.views.widgets.form_marks import FORM_STYLE, ok_cancel
from app.views.widgets.pinyin_combo import Choice, PinyinCombo
from app.views.widgets.write_runner import WriteRunner

#: ``exec()`` result when another writer changed the card first.
CONFLICT = 2
_TEXT_FIELDS = ("outcome", "reason", "visit_result")
#: What was typed into a move refused as a conflict, offered again on the next try.
_drafts: dict[tuple[uuid.UUID, str], dict[str, Any]] = {}


class MoveDialog(QDialog):
    """Asks for the information one move needs, and writes the move on OK."""

    def __init__(
        self,
        context: PaneContext,
        card: BoardCard,
        requirements: MoveRequirements,
        labels: Labels,
        owners: list[Choice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moveDialog")
        self.setStyleSheet(FORM_STYLE)
        self.context = context
        self.card = card
        self.requirements = requirements
        self.labels = labels
        self.result_ref: CaseRef | None = None
        self.conflict: ConflictError | None = None
        language = context.language
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.form = QFormLayout()
        self.marks = dispute_marks(QLabel(self), labels, language)
        self.editors: dict[str, QWidget] = {}
        self.captions: dict[str, QLabel] = {}
        for name in requirements.required_fields:
            self._add_field(name, self._editor(name, owners))
        self.note = self._text_editor("move_note")
        self._add_field("note", self.note)
        self.buttons = ok_cancel(self, self.submit)
        self.runner = WriteRunner(context, self)
        self.runner.done.connect(self._saved)
        self.runner.failed.connect(self._refused)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.marks.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()
        self._restore(_drafts.pop((card.id, requirements.to_stage), {}))

    def _text_editor(self, name: str) -> QPlainTextEdit:
        editor = QPlainTextEdit(self)
        editor.setObjectName(name)
        editor.setTabChangesFocus(True)
        editor.setFixedHeight(72)
        return editor

    def _editor(self, name: str, owners: list[Choice]) -> QWidget:
        language = self.context.language
        if name == "owner":
            combo = PinyinCombo(self)
            combo.setObjectName("move_owner")
            combo.set_choices(owners)
            return combo
        if name in ("resolution_method", "level"):
            kind = "resolution_method" if name == "resolution_method" else "escalation_level"
            box = QComboBox(self)
            box.setObjectName("move_" + name)
            for item in self.labels.items(kind):
                box.addItem(item.label(language), item.code)
            box.setCurrentIndex(-1)
            return box
        if name in _TEXT_FIELDS:
            return self._text_editor("move_" + name)
        line = QLineEdit(self)
        line.setObjectName("move_" + name)
        return line

    def _add_field(self, name: str, editor: QWidget) -> None:
        caption = QLabel(self)
        caption.setBuddy(editor)
        self.form.addRow(caption, editor)
        self.captions[name] = caption
        self.editors[name] = editor
        self.marks.add(name, editor)

    def retranslate(self) -> None:
        language = self.context.language
        from_name = self.labels.name("stage", self.requirements.from_stage, language)
        to_name = self.labels.name("stage", self.requirements.to_stage, language)
        self.setWindowTitle(self.tr("Move case to {stage}").format(stage=to_name))
        self.heading.setText(
            self.tr(
                "<b>{number}</b> {title}<br>From <b>{from_stage}</b> to <b>{to_stage}</b>"
            ).format(
                number=self.card.number,
                title=self.card.title.replace("<", "&lt;"),
                from_stage=from_name,
                to_stage=to_name,
            )
        )
        captions = {
            "owner": self.tr("&Owner:"),
            "outcome": self.tr("Out&come:"),
            "resolution_method": self.tr("Resolution &method:"),
            "reason": self.tr("&Reason for escalation:"),
            "level": self.tr("Escalation &level:"),
            "visit_result": self.tr("&Visit result:"),
            "note": self.tr("&Note (optional):"),
        }
        for name, caption in self.captions.items():
            caption.setText(captions.get(name, field_name(name) + ":"))
        owner = self.editors.get("owner")
        if isinstance(owner, PinyinCombo):
            owner.editor().setPlaceholderText(self.tr("Type a name, pinyin or initials"))
        for name in ("resolution_method", "level"):
            box = self.editors.get(name)
            if isinstance(box, QComboBox):
                box.setPlaceholderText(self.tr("Choose…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def values(self) -> dict[str, Any]:
        """What is typed and chosen, by field name."""
        values: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, PinyinCombo):
                values[name] = editor.value()
            elif isinstance(editor, QComboBox):
                values[name] = editor.currentData() or ""
            elif isinstance(editor, QPlainTextEdit):
                values[name] = editor.toPlainText()
            elif isinstance(editor, QLineEdit):
                values[name] = editor.text()
        return values

    def _restore(self, draft: dict[str, Any]) -> None:
        for name, value in draft.items():
            editor = self.editors.get(name)
            if isinstance(editor, PinyinCombo):
                editor.set_value(value)
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(editor.findData(value))
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(str(value))
            elif isinstance(editor, QLineEdit):
                editor.setText(str(value))

    def move_info(self) -> MoveInfo:
        values = self.values()
        known = {name: values.get(name) for name in KNOWN_MOVE_FIELDS if name in values}
        extra = {k: str(v) for k, v in values.items() if k not in KNOWN_MOVE_FIELDS and k != "note"}
        return MoveInfo(
            note=values.get("note", ""),
            owner_staff_id=known.get("owner"),
            outcome=known.get("outcome") or "",
            resolution_method=known.get("resolution_method") or "",
            reason=known.get("reason") or "",
            level=known.get("level") or "",
            visit_result=known.get("visit_result") or "",
            extra=extra,
        )

    def submit(self) -> None:
        owner = self.editors.get("owner")
        if isinstance(owner, PinyinCombo) and owner.typed_something_else():
            self.marks.show_text(self.tr("Choose the owner from the list."), "owner")
            return
        actor, card, to_stage, info = (
            self.context.actor,
            self.card,
            self.requirements.to_stage,
            self.move_info(),
        )
        self.runner.run(
            lambda session: move_case(session, actor, card.id, card.version, to_stage, info)
        )

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, ConflictError):
            _drafts[(self.card.id, self.requirements.to_stage)] = self.values()
            self.conflict = exc
            self.done(CONFLICT)
            return
        self.marks.show_error(exc)

    def _saved(self, ref: CaseRef) -> None:
        self.result_ref = ref
        self.accept()


def missing_permission_text(
    context: PaneContext, requirements: MoveRequirements, labels: Labels
) -> str | None:
    """Why this role may not make the move, or None when it may."""
    actor = context.actor
    for needed in (Permission.DISPUTE_EDIT.value, requirements.needs_permission):
        if needed not in actor.permissions:
            stage = labels.name("stage", requirements.to_stage, context.language)
            return QCoreApplication.translate(
                "MoveDialog",
                "Moving a case to {stage} needs the permission to {permission};"
                " your role ({role}) does not have it. Ask a supervisor to make this move.",
            ).format(
                stage=stage,
                permission=permission_name(needed),
                role=role_name(actor.role_code, labels, context.language),
            )
    return None


def build_move_dialog(
    parent: QWidget | None,
    context: PaneContext,
    card: BoardCard,
    to_stage: str,
    labels: Labels,
) -> MoveDialog | str:
    """The move dialog for this card and stage, or the text saying why the move is refused."""
    try:
        requirements, owners = operations.move_needs(context, card, to_stage, parent).wait()
    except DomainError as exc:
        return dispute_error_text(exc, labels, context.language)
    refusal = missing_permission_text(context, requirements, labels)
    if refusal is not None:
        return refusal
    return MoveDialog(context, card, requirements, labels, owners, parent)


def request_move(
    parent: QWidget | None,
    context: PaneContext,
    card: BoardCard,
    to_stage: str,
    labels: Labels,
) -> CaseRef | None:
    """Ask for what the move needs and make it; the new ``CaseRef``, or None when the move
    was refused, cancelled or lost to another writer (the board then reloads)."""
    dialog = build_move_dialog(parent, context, card, to_stage, labels)
    title = QCoreApplication.translate("MoveDialog", "Move case")
    if isinstance(dialog, str):
        QMessageBox.warning(parent, title, dialog)
        return None
    try:
        code = dialog.exec()
        if code == QDialog.DialogCode.Accepted:
            return dialog.result_ref
        if code == CONFLICT and dialog.conflict is not None:
            QMessageBox.warning(
                parent, title, dispute_error_text(dialog.conflict, labels, context.language)
            )
        return None
    finally:
        dialog.deleteLater()
