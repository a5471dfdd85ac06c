"""The recovery key, shown for writing down: after the first administrator is created,
and again (or after a rotation) from Administration → Encryption."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QPagedPaintDevice
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.views.failures import report_failure

if TYPE_CHECKING:
    from app.services.database import Database
    from app.services.permissions import Actor

GROUPS_PER_ROW = 5


class RecoveryKeyDialog(QDialog):
    """The key's groups, numbered as error messages name them; it closes once the user
    says the key is written down."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.groups = recovery_key.split("-")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        grid = QGridLayout()
        digits_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        digits_font.setPointSizeF(digits_font.pointSizeF() * 1.5)
        digits_font.setWeight(QFont.Weight.Bold)
        self.group_labels: list[QLabel] = []
        for index, group in enumerate(self.groups):
            number = QLabel(str(index + 1), self)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            digits = QLabel(group, self)
            digits.setObjectName(f"recoveryGroup{index + 1}")
            digits.setFont(digits_font)
            digits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
            row, column = divmod(index, GROUPS_PER_ROW)
            grid.addWidget(number, 2 * row, column)
            grid.addWidget(digits, 2 * row + 1, column)
            self.group_labels.append(digits)
        self.written = QCheckBox(self)
        self.written.setObjectName("recoveryWrittenDown")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.print_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("printRecoveryKey")
        self.print_button.clicked.connect(self._ask_printer)
        self.done_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert self.done_button is not None
        self.done_button.setEnabled(False)
        self.written.toggled.connect(self.done_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.written)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.written.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recovery key"))
        self.intro.setText(
            self.tr(
                "This recovery key opens the database when this computer has lost its key"
                " (a new Windows profile, a reinstalled or replaced desk). Write it down or"
                " print this window, and keep it locked away from the computer. Each group"
                " ends with a check digit, so a mistyped digit is found by its group.\n"
                "An administrator can show it again under Administration → Encryption."
            )
        )
        self.written.setText(self.tr("I have &written down the recovery key and keep it safe"))
        if self.done_button is not None:
            self.done_button.setText(self.tr("Done"))
        self.print_button.setText(self.tr("&Print…"))

    def _ask_printer(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        self.printer = QPrinter()
        dialog = QPrintDialog(self.printer, self)
        dialog.accepted.connect(lambda: self.print_to(self.printer))
        self.print_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def print_to(self, printer: QPagedPaintDevice) -> None:
        """The groups, numbered, on one page (straight to the printer: no file is kept)."""
        from PySide6.QtGui import QTextDocument

        rows = "".join(
            f"<tr><td>{index}</td><td><tt><b>{group}</b></tt></td></tr>"
            for index, group in enumerate(self.groups, start=1)
        )
        title = self.tr("StreetDesk recovery key")
        document = QTextDocument()
        document.setHtml(
            f"<h2>{title}</h2><p>{self.intro.text()}</p><table cellpadding='4'>{rows}</table>"
        )
        document.print_(printer)

    def reject(self) -> None:
        """Escape does not skip the key: it closes once it is written down."""
        if self.written.isChecked():
            super().reject()


def show_recovery_key(
    parent: QWidget,
    database: Database,
    actor: Actor,
    password: str | None,
    then: Callable[[], None] | None = None,
) -> None:
    """Read the recovery key (on the write lane), show it, and call ``then`` when the
    dialog is closed (or the key could not be read)."""
    from app.views.encryption import operations

    def shown(recovery_key: str) -> None:
        dialog = RecoveryKeyDialog(recovery_key, parent)
        if then is not None:
            dialog.finished.connect(lambda _result: then())
        dialog.open()

    def failed(exc: BaseException) -> None:
        report_failure(exc, parent)
        if then is not None:
            then()

    operations.reveal_recovery_key(database, actor, password, shown, failed)
