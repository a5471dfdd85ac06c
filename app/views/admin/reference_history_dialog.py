"""The versions of one reference row, newest first: what each changed, when it took
effect, who saved it and why."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.china_time import CHINA_TZ
from app.services.reference_admin import Choice, RevisionView, kind_spec
from app.views.admin.reference_texts import field_label, value_text
from app.views.translation_marks import QT_TRANSLATE_NOOP

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("ReferenceHistoryDialog", "added"),
    "update": QT_TRANSLATE_NOOP("ReferenceHistoryDialog", "changed"),
    "hide": QT_TRANSLATE_NOOP("ReferenceHistoryDialog", "hidden"),
    "show": QT_TRANSLATE_NOOP("ReferenceHistoryDialog", "shown again"),
}


class ReferenceHistoryDialog(QDialog):
    def __init__(
        self,
        kind: str,
        revisions: tuple[RevisionView, ...],
        choices: dict[str, tuple[Choice, ...]],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referenceHistoryDialog")
        self.setWindowTitle(self.tr("Versions of this entry"))
        spec = kind_spec(kind)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("historyTree")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [
                self.tr("Version"),
                self.tr("In force from"),
                self.tr("By"),
                self.tr("What"),
                self.tr("Changes"),
                self.tr("Reason"),
            ]
        )
        for revision in revisions:
            changes = []
            for field in spec.fields:
                old = revision.old_values.get(field.name)
                new = revision.new_values.get(field.name)
                if revision.action == "update" and old != new:
                    changes.append(
                        f"{field_label(field.name)}: {value_text(field, old, choices, language)}"
                        f" → {value_text(field, new, choices, language)}"
                    )
            self.tree.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        str(revision.revision),
                        revision.effective_from.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M"),
                        revision.by,
                        self.tr(ACTIONS.get(revision.action, revision.action)),
                        "；".join(changes),
                        revision.note,
                    ]
                )
            )
        if not revisions:
            self.tree.addTopLevelItem(
                QTreeWidgetItem(["", "", "", self.tr("as seeded, never changed"), "", ""])
            )
        for column in range(6):
            self.tree.resizeColumnToContents(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(760, 320)
