"""Add or rename an organisation entry, and move one under another parent.

Each write runs on the write lane while the dialog waits; a refusal (a code already
used, a place it cannot go) marks the field it names and keeps everything typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.organisation import (
    PARENT_KINDS,
    Choice,
    NodeForm,
    NodeKey,
    OrgKind,
    OrgNode,
    OrgTree,
)
from app.services.organisation.nodes import CODED_KINDS
from app.views.admin import org_operations as ops
from app.views.admin.org_tree_model import kind_name
from app.views.pane_context import PaneContext
from app.views.widgets.form_marks import FORM_STYLE, FormMarks, ok_cancel
from app.views.widgets.write_runner import WriteRunner

TEMPLATE_COUNT_MAX = 50


class OrgNodeDialog(QDialog):
    """A new entry of ``kind`` under ``parent``, or (with ``node``) a new name for one
    (a post template: a new count). ``saved`` holds the entry's key once written."""

    def __init__(
        self,
        context: PaneContext,
        tree: OrgTree,
        kind: OrgKind,
        parent_node: OrgNode | None,
        node: OrgNode | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("orgNodeDialog")
        self.setStyleSheet(FORM_STYLE)
        self.context = context
        self.kind = kind
        self.parent_node = parent_node
        self.node = node
        self.saved: NodeKey | None = None
        self.is_template = kind == OrgKind.POST_TEMPLATE

        self.place = QLabel(self)
        self.place.setObjectName("orgPlace")
        self.name = QLineEdit(self)
        self.name.setObjectName("orgName")
        self.code = QLineEdit(self)
        self.code.setObjectName("orgCode")
        self.choice = QComboBox(self)
        self.choice.setObjectName("orgChoice")
        self.count = QSpinBox(self)
        self.count.setObjectName("orgCount")
        self.count.setRange(1, TEMPLATE_COUNT_MAX)
        self.psychological = QCheckBox(self)
        self.psychological.setObjectName("orgPsychological")
        self.labels = {key: QLabel(self) for key in ("name", "code", "choice", "count")}
        form = QFormLayout()
        form.addRow(self.place)
        renaming = node is not None
        shown: list[tuple[str, QWidget]] = []
        if not self.is_template:
            shown.append(("name", self.name))
        if kind in CODED_KINDS and not renaming:
            shown.append(("code", self.code))
        choices = self._choices(tree)
        if choices and not renaming:
            for choice in choices:
                self.choice.addItem(choice.label, choice.id)
            shown.append(("choice", self.choice))
        if self.is_template:
            shown.append(("count", self.count))
        for key, widget in shown:
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], widget)
        placed: list[QWidget] = [widget for _, widget in shown]
        placed += [self.labels[key] for key, _ in shown]
        if kind == OrgKind.TEAM and not renaming:
            form.addRow(self.psychological)
            placed.append(self.psychological)
        for widget in (self.name, self.code, self.choice, self.count, self.psychological):
            widget.setVisible(widget in placed)
        for label in self.labels.values():
            label.setVisible(label in placed)
        self.message = QLabel(self)
        self.errors = FormMarks(self.message)
        for field, widget in (
            ("name", self.name),
            ("code", self.code),
            ("choice_id", self.choice),
            ("count", self.count),
        ):
            self.errors.add(field, widget)
        self.buttons = ok_cancel(self, self.submit)
        self.runner = WriteRunner(context, self.buttons)
        self.runner.done.connect(self._saved)
        self.runner.failed.connect(self.errors.show_error)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if node is not None:
            self.name.setText(node.name)
            if self.is_template:
                self.count.setValue(int(node.detail or 1))
        self.setMinimumWidth(420)
        self.retranslate()

    def _choices(self, tree: OrgTree) -> tuple[Choice, ...]:
        return {
            OrgKind.UNIT: tree.unit_types,
            OrgKind.DEPARTMENT: tree.department_kinds,
            OrgKind.POST_TEMPLATE: tree.post_kinds,
        }.get(self.kind, ())

    def submit(self) -> None:
        self.errors.clear()
        actor = self.context.actor
        if self.node is not None:
            self.runner.run(
                ops.rename_node(
                    actor, self.node.key, self.name.text(), self.node.version, self.count.value()
                )
            )
            return
        form = NodeForm(
            kind=self.kind,
            parent=self.parent_node.key if self.parent_node else None,
            name=self.name.text(),
            code=self.code.text(),
            choice_id=self.choice.currentData() if self.choice.count() else None,
            count=self.count.value(),
            psychological=self.psychological.isChecked(),
        )
        self.runner.run(ops.add_node(actor, form))

    def _saved(self, key: NodeKey) -> None:
        self.saved = key
        self.accept()

    def reject(self) -> None:
        if not self.runner.busy:
            super().reject()

    def retranslate(self) -> None:
        what = kind_name(self.kind)
        if self.node is not None:
            title = (
                self.tr("Change the post count")
                if self.is_template
                else self.tr("Rename {kind}").format(kind=what)
            )
        else:
            title = self.tr("New {kind}").format(kind=what)
        self.setWindowTitle(title)
        if self.node is not None:
            self.place.setText(self.tr("{kind}: {name}").format(kind=what, name=self.node.name))
        elif self.parent_node is not None:
            self.place.setText(
                self.tr("Under {kind} {name}").format(
                    kind=kind_name(self.parent_node.key.kind), name=self.parent_node.name
                )
            )
        else:
            self.place.setText(self.tr("At the top of the organisation"))
        self.labels["name"].setText(self.tr("&Name:"))
        self.labels["code"].setText(self.tr("&Code:"))
        self.labels["choice"].setText(
            {
                OrgKind.UNIT: self.tr("&Unit type:"),
                OrgKind.DEPARTMENT: self.tr("&Department kind:"),
                OrgKind.POST_TEMPLATE: self.tr("&Post:"),
            }.get(self.kind, "")
        )
        self.labels["count"].setText(self.tr("Posts per &unit:"))
        self.code.setPlaceholderText(self.tr("unique; a re-import matches by it"))
        self.psychological.setText(self.tr("&Psychological-service team"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class OrgMoveDialog(QDialog):
    """Put an entry under another parent, chosen from those of an allowed kind."""

    def __init__(
        self, context: PaneContext, tree: OrgTree, node: OrgNode, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("orgMoveDialog")
        self.setStyleSheet(FORM_STYLE)
        self.context = context
        self.node = node
        self.moved: NodeKey | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.target = QComboBox(self)
        self.target.setObjectName("orgMoveTarget")
        allowed = PARENT_KINDS[node.key.kind]
        for candidate in tree.nodes:
            if candidate.key.kind in allowed and candidate.key != node.parent:
                label = f"{kind_name(candidate.key.kind)} · {candidate.name}"
                if candidate.code:
                    label += f"（{candidate.code}）"
                self.target.addItem(label, candidate.key)
        self.target_label = QLabel(self)
        self.target_label.setBuddy(self.target)
        form = QFormLayout()
        form.addRow(self.intro)
        form.addRow(self.target_label, self.target)
        self.message = QLabel(self)
        self.errors = FormMarks(self.message)
        self.errors.add("parent", self.target)
        self.buttons = ok_cancel(self, self.submit)
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(self.target.count() > 0)
        self.runner = WriteRunner(context, self.buttons)
        self.runner.done.connect(self._moved)
        self.runner.failed.connect(self.errors.show_error)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate()

    def submit(self) -> None:
        self.errors.clear()
        target = self.target.currentData()
        if isinstance(target, NodeKey):
            self.runner.run(
                ops.move_node(self.context.actor, self.node.key, target, self.node.version)
            )

    def _moved(self, key: NodeKey) -> None:
        self.moved = key
        self.accept()

    def reject(self) -> None:
        if not self.runner.busy:
            super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Move {name}").format(name=self.node.name))
        self.intro.setText(
            self.tr("Move {kind} {name} to:").format(
                kind=kind_name(self.node.key.kind), name=self.node.name
            )
            if self.target.count()
            else self.tr("There is nowhere else to put it.")
        )
        self.target_label.setText(self.tr("&New place:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
