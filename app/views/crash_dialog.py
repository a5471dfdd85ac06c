"""The crash dialog: what went wrong, in the user's language, where the log is, and the
details to hand over ("copy details")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.views.error_text import error_text
from app.views.failures import details_of


class CrashDialog(QDialog):
    """What went wrong, in the user's language, with the details to hand over."""

    def __init__(self, exc: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.details = details_of(exc)
        from app.services.logs import log_path

        self.log_file = str(log_path())
        intro = QLabel(
            self.tr(
                "StreetDesk met an unexpected error. Your data is safe: the change in"
                " progress was not saved. If it happens again, send the details below and"
                " the log file to your administrator."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.summary = QLabel(error_text(exc), self)
        self.summary.setObjectName("crashSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = QLabel(self.tr("Log file: {path}").format(path=self.log_file), self)
        self.where.setObjectName("crashLogPath")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit(self.details, self)
        self.text.setObjectName("crashDetails")
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.setObjectName("copyDetails")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.summary, self.where, self.text):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(
            f"{self.summary.text()}\n{self.where.text()}\n\n{self.details}"
        )
        self.copy_button.setText(self.tr("Copied"))
