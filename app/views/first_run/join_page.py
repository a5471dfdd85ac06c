"""The first run's other way in: join the district's central database. The profile file
and the desk's password come from the district; the district's data comes down with a
progress bar, and then someone signs in with an account the centre holds."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.views.first_run.pages import heading
from app.views.operations import background
from app.views.sync.connection_box import WARNING_STYLE
from app.views.sync.profile_chooser import ask_for_profile_file

if TYPE_CHECKING:
    from app.services.database import Database
    from app.services.sync.profile import Profile


class JoinPage(QWidget):
    #: the desk joined; the centre's accounts sign in now
    joined = Signal()
    back = Signal()
    #: stage, done, total (emitted on the worker, shown on the GUI thread)
    pulled = Signal(str, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database: Database | None = None
        self.profile: Profile | None = None
        self.busy = False
        self.heading = heading(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("joinChooseProfile")
        self.choose_button.clicked.connect(self.choose_file)
        self.summary = QLabel(self)
        self.summary.setObjectName("joinSummary")
        self.summary.setWordWrap(True)
        self.ssl_warning = QLabel(self)
        self.ssl_warning.setObjectName("joinSslWarning")
        self.ssl_warning.setWordWrap(True)
        self.ssl_warning.setStyleSheet(WARNING_STYLE)
        self.ssl_warning.setVisible(False)
        self.password_label = QLabel(self)
        self.password = QLineEdit(self)
        self.password.setObjectName("joinPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label.setBuddy(self.password)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("joinProgress")
        self.progress.setVisible(False)
        self.message = QLabel(self)
        self.message.setObjectName("joinMessage")
        self.message.setWordWrap(True)
        self.join_button = QPushButton(self)
        self.join_button.setObjectName("joinButton")
        self.join_button.setDefault(True)
        self.join_button.clicked.connect(self.join)
        self.password.returnPressed.connect(self.join)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("joinBack")
        self.back_button.clicked.connect(self.back)
        self.pulled.connect(self._pulled)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.join_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary)
        layout.addWidget(self.ssl_warning)
        layout.addWidget(self.password_label)
        layout.addWidget(self.password)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._enable()

    def _enable(self) -> None:
        self.choose_button.setEnabled(not self.busy)
        self.password.setEnabled(not self.busy)
        self.back_button.setEnabled(not self.busy)
        self.join_button.setEnabled(not self.busy and self.profile is not None)

    def choose_file(self) -> None:
        path = ask_for_profile_file(self)
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> None:
        from app.views.sync.operations import profile_file

        background(lambda _progress: profile_file(path), self.show_profile, self._failed, self)

    def show_profile(self, profile: Profile) -> None:
        self.profile = profile
        self.message.clear()
        self.summary.setText(
            self.tr("Server {host}:{port}, database {database}, as {role} (sslmode {mode})").format(
                host=profile.host,
                port=profile.port,
                database=profile.database,
                role=profile.role,
                mode=profile.sslmode,
            )
        )
        self.ssl_warning.setVisible(profile.sslmode != "verify-full")
        self._enable()
        self.password.setFocus()

    def join(self) -> None:
        profile, database = self.profile, self.database
        if profile is None or database is None or self.busy:
            return
        if not self.password.text():
            self.message.setText(self.tr("Type the desk's password from the district."))
            return
        from app.services.sync.run import join_central

        password = self.password.text()
        self.busy = True
        self._enable()
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.message.setText(self.tr("Connecting…"))

        def progress(stage: str, done: int, total: int) -> None:
            with contextlib.suppress(RuntimeError):
                self.pulled.emit(stage, done, total)

        background(
            lambda _p: join_central(database, profile, password, progress=progress),
            self._joined,
            self._failed,
            self,
        )

    def _pulled(self, stage: str, done: int, total: int) -> None:
        self.message.setText(
            self.tr("Taking the district's data…") if stage == "pull" else self.tr("Sending…")
        )
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _joined(self, _report: Any) -> None:
        self.busy = False
        self.progress.setVisible(False)
        self.password.clear()
        self.message.setText(self.tr("This desk has joined the central database."))
        self._enable()
        self.joined.emit()

    def _failed(self, exc: BaseException) -> None:
        from app.services.errors import DomainError
        from app.services.sync.transport import CentralRefused, TransportError
        from app.views.failures import report_failure
        from app.views.sync.operations import sync_error_text

        self.busy = False
        self.progress.setVisible(False)
        self._enable()
        if isinstance(exc, DomainError | CentralRefused | TransportError):
            self.message.setText(sync_error_text(exc))
        else:
            report_failure(exc, self, logged=True)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("<h3>Join the district's central database</h3>"))
        self.intro.setText(
            self.tr(
                "The district gives each desk a connection profile file and a password."
                " Joining takes the district's organisation, reference data and accounts;"
                " then sign in with your account from the centre."
            )
        )
        self.choose_button.setText(self.tr("Choose the profile file…"))
        if self.profile is None:
            self.summary.setText(self.tr("No profile chosen yet."))
        self.ssl_warning.setText(
            self.tr(
                "Certificate checking is lowered: this desk does not verify that it talks to"
                " the district's real server. Ask the district for a verify-full profile."
            )
        )
        self.password_label.setText(self.tr("Desk &password:"))
        self.join_button.setText(self.tr("&Join"))
        self.back_button.setText(self.tr("&Back"))
