"""What to do next where a list is empty because the desk has no organisation yet.

An administrator (``settings.edit``, which the organisation services ask for) reads where
to build it and gets a button that opens Administration → Organisation, closing the dialog
it sits in first; anyone else is told to ask their administrator. The main window provides
``open_pane(key, tab)``; the widget finds it by walking up from the window it is shown in.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.services.permissions import Permission
from app.views.pane_context import PaneContext

ADMIN_PANE = "administration"
ORGANISATION_TAB = "organisation"
STYLE = (
    "QFrame#noOrganisation { background: #fff8e1; border: 1px solid #f0c36d; border-radius: 4px; }"
)


class NoOrganisation(QFrame):
    """ "No organisation yet", with the way to build it; hidden until ``show_if(empty)``."""

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noOrganisation")
        self.setStyleSheet(STYLE)
        self.can_build = context.actor.can(Permission.SETTINGS_EDIT)
        self.text = QLabel(self)
        self.text.setObjectName("noOrganisationText")
        self.text.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("noOrganisationButton")
        self.button.setVisible(self.can_build)
        self.button.clicked.connect(self.open_organisation)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setVisible(False)
        self.retranslate()

    def show_if(self, empty: bool) -> None:
        self.setVisible(empty)

    def open_organisation(self) -> bool:
        """Open Administration → Organisation in the main window; False if none is found."""
        widget: QWidget | None = self
        while widget is not None:
            window = widget.window()
            if hasattr(window, "open_pane"):
                window.open_pane(ADMIN_PANE, ORGANISATION_TAB)
                return True
            if isinstance(window, QDialog):
                window.reject()
            widget = window.parentWidget()
        return False

    def retranslate(self) -> None:
        if self.can_build:
            self.text.setText(
                self.tr(
                    "There is no organisation yet. An administrator can build it in"
                    " Administration → Organisation, or import it from a template file."
                )
            )
        else:
            self.text.setText(
                self.tr(
                    "There is no organisation yet. Ask your administrator to set it up"
                    " (Administration → Organisation)."
                )
            )
        self.button.setText(self.tr("Open &Administration"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
