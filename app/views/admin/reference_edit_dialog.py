"""Add or change one row of a reference list. The form is built from the list's fields;
a rule change is previewed against the open cards before it is saved; a refusal keeps
everything typed and marks the field it names."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.disputes.stage_rules import KNOWN_MOVE_FIELDS
from app.services.errors import ValidationError
from app.services.reference_admin import (
    FieldSpec,
    ReferenceList,
    ReferenceRow,
    RuleImpact,
    kind_spec,
)
from app.services.reference_admin.kinds import (
    AMOUNT,
    CHOICE,
    EITHER,
    FLAG,
    MOVE_FIELDS,
    WHOLE,
)
from app.views.admin import reference_operations as operations
from app.views.admin.impact_dialog import ImpactDialog
from app.views.admin.reference_texts import field_label, kind_title, move_field_label
from app.views.error_text import error_text
from app.views.pane_context import PaneContext
from app.views.widgets.form_marks import FORM_STYLE, FormMarks, ok_cancel
from app.views.widgets.write_runner import WriteRunner

#: The spin box value that stands for "no condition" in an optional number.
ANY = -1


def describe(exc: BaseException) -> str:
    """The refusal, led by the field it names."""
    text = error_text(exc)
    if isinstance(exc, ValidationError) and exc.field not in ("stage", "note", "kind"):
        return f"{field_label(exc.field)}：{text}"
    return text


class ReferenceEditDialog(QDialog):
    def __init__(
        self,
        context: PaneContext,
        listed: ReferenceList,
        row: ReferenceRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referenceEditDialog")
        self.setStyleSheet(FORM_STYLE)
        self.context = context
        self.listed = listed
        self.row = row
        self.spec = kind_spec(listed.kind)
        self.impact_dialog: ImpactDialog | None = None
        self.message = QLabel(self)
        self.marks = FormMarks(self.message, describe)
        self.inputs: dict[str, QWidget] = {}
        self.form = form = QFormLayout()
        for spec in self.spec.fields:
            widget = self._input(spec)
            widget.setObjectName(f"field_{spec.name}")
            self.inputs[spec.name] = widget
            self.marks.add(spec.name, widget)
            form.addRow(field_label(spec.name), widget)
        self.note = QLineEdit(self)
        self.note.setObjectName("field_note")
        self.note.setMaxLength(200)
        self.marks.add("note", self.note)
        form.addRow(field_label("note"), self.note)
        self.runner = WriteRunner(context, self)
        self.runner.done.connect(lambda _row: self.accept())
        self.runner.failed.connect(self.marks.show_error)
        self.buttons = ok_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        if row is not None:
            self._fill(row.values)
        self.retranslate()
        self.resize(520, self.sizeHint().height())

    def retranslate(self) -> None:
        title = kind_title(self.spec.key)
        if self.row is None:
            self.setWindowTitle(self.tr("Add to {list}").format(list=title))
        else:
            self.setWindowTitle(self.tr("Change {list}").format(list=title))
        self.note.setPlaceholderText(self.tr("Kept in the history with this version"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # the form ---------------------------------------------------------------------------
    def _input(self, spec: FieldSpec) -> QWidget:
        if spec.type == WHOLE:
            spin = QSpinBox(self)
            spin.setRange(spec.low if spec.required else ANY, spec.high)
            if not spec.required:
                spin.setSpecialValueText(self.tr("any"))
                spin.setValue(ANY)
            return spin
        if spec.type == FLAG:
            return QCheckBox(self)
        if spec.type == EITHER:
            combo = QComboBox(self)
            combo.addItem(self.tr("either"), None)
            combo.addItem(self.tr("yes"), True)
            combo.addItem(self.tr("no"), False)
            return combo
        if spec.type == CHOICE:
            combo = QComboBox(self)
            if not spec.required:
                combo.addItem("—", None)
            for choice in self.listed.choices.get(spec.choices, ()):
                if not choice.hidden:
                    combo.addItem(choice.label(self.context.language), choice.value)
            return combo
        if spec.type == MOVE_FIELDS:
            box = QWidget(self)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            for name in KNOWN_MOVE_FIELDS:
                check = QCheckBox(move_field_label(name), box)
                check.setObjectName(f"move_{name}")
                row.addWidget(check)
            return box
        edit = QLineEdit(self)
        edit.setMaxLength(spec.limit if spec.type != AMOUNT else 20)
        return edit

    def _fill(self, values: dict[str, object]) -> None:
        for spec in self.spec.fields:
            widget, value = self.inputs[spec.name], values.get(spec.name)
            if isinstance(widget, QSpinBox):
                widget.setValue(ANY if value is None else int(value))  # type: ignore[call-overload]
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                index = widget.findData(value)
                if index < 0 and value is not None:
                    # a hidden entry still named by this row stays choosable for it
                    widget.addItem(str(value), value)
                    index = widget.count() - 1
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QLineEdit):
                widget.setText("" if value is None else str(value))
            elif spec.type == MOVE_FIELDS:
                chosen = set(value) if isinstance(value, list) else set()
                for check in widget.findChildren(QCheckBox):
                    check.setChecked(check.objectName().removeprefix("move_") in chosen)

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for spec in self.spec.fields:
            widget = self.inputs[spec.name]
            value: Any
            if isinstance(widget, QSpinBox):
                value = None if widget.value() == ANY and not spec.required else widget.value()
            elif isinstance(widget, QCheckBox):
                value = widget.isChecked()
            elif isinstance(widget, QComboBox):
                value = widget.currentData()
            elif isinstance(widget, QLineEdit):
                value = widget.text()
                if spec.type == AMOUNT and not value.strip():
                    value = None
            else:
                value = [
                    check.objectName().removeprefix("move_")
                    for check in widget.findChildren(QCheckBox)
                    if check.isChecked()
                ]
            out[spec.name] = value
        return out

    # saving -----------------------------------------------------------------------------
    def save(self) -> None:
        if self.runner.busy:
            return
        self.marks.clear()
        if self.spec.rule:
            row_id = self.row.id if self.row is not None else None
            operations.impact(self.context, self.spec.key, row_id, self.values(), self).success(
                self._confirm
            ).failure(self._refused).run()
            return
        self._write()

    def _refused(self, exc: BaseException) -> None:
        self.marks.show_error(exc)

    def _confirm(self, impact: RuleImpact) -> None:
        dialog = ImpactDialog(impact, self.context.language, self)
        self.impact_dialog = dialog
        dialog.accepted.connect(self._write)
        dialog.open()

    def _write(self) -> None:
        row = self.row
        self.runner.run(
            operations.save_use_case(
                self.context,
                self.spec.key,
                row.id if row is not None else None,
                self.values(),
                row.version if row is not None else None,
                self.note.text(),
            )
        )
