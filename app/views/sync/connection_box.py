"""Where the desk syncs to: a profile file's values, the desk's password, and a red word
when the server's certificate is not fully checked. Joining (a desk that has not joined
yet) takes the district's data at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import DomainError
from app.services.permissions import Permission
from app.services.sync.desk import remember_password
from app.services.sync.profile import Profile
from app.views.failures import report_failure
from app.views.operations import background
from app.views.pane_context import PaneContext
from app.views.sync import operations as ops
from app.views.sync.profile_chooser import ask_for_profile_file

WARNING_STYLE = "color: #b00020; font-weight: bold;"


class ConnectionBox(QGroupBox):
    #: the profile and the password were stored, or the desk joined
    changed = Signal()

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editable = context.actor.can(Permission.SETTINGS_EDIT)
        self.profile: Profile | None = None
        self.joined = False
        self.demo = False
        self.busy = False
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("chooseProfile")
        self.choose_button.clicked.connect(self.choose_file)
        self.values = {
            key: QLabel(self)
            for key in ("host", "port", "database", "role", "server_name", "sslmode")
        }
        for key, label in self.values.items():
            label.setObjectName(f"profile_{key}")
        self.ssl_warning = QLabel(self)
        self.ssl_warning.setObjectName("sslWarning")
        self.ssl_warning.setWordWrap(True)
        self.ssl_warning.setStyleSheet(WARNING_STYLE)
        self.ssl_warning.setVisible(False)
        self.password = QLineEdit(self)
        self.password.setObjectName("centralPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveConnection")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setObjectName("connectionMessage")
        self.message.setWordWrap(True)
        self.labels = [QLabel(self) for _ in range(7)]
        form = QFormLayout()
        fields: list[QWidget] = [*self.values.values(), self.password]
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.ssl_warning)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate()

    def show_desk(self, desk: ops.DeskSync) -> None:
        self.joined = desk.status.joined
        self.demo = desk.status.demo
        if desk.profile is not None and (self.profile is None or self.joined):
            self.show_profile(desk.profile)
        self._enable()
        self.retranslate()

    def show_profile(self, profile: Profile) -> None:
        self.profile = profile
        shown = {
            "host": profile.host,
            "port": str(profile.port),
            "database": profile.database,
            "role": profile.role,
            "server_name": profile.expected_name,
            "sslmode": profile.sslmode,
        }
        for key, text in shown.items():
            self.values[key].setText(text)
        self.ssl_warning.setVisible(profile.sslmode != "verify-full")
        self._enable()

    def _enable(self) -> None:
        usable = not self.demo and not self.busy
        self.choose_button.setEnabled(usable and self.editable)
        self.password.setEnabled(usable and self.profile is not None)
        # the refusal of someone without settings.edit comes from the service, and shows
        self.save_button.setEnabled(usable and self.profile is not None)

    def choose_file(self) -> None:
        path = ask_for_profile_file(self)
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> None:
        background(lambda _progress: ops.profile_file(path), self._file_read, self._failed, self)

    def _file_read(self, profile: Profile) -> None:
        self.message.clear()
        self.show_profile(profile)
        self.password.setFocus()

    def save(self) -> None:
        profile, password = self.profile, self.password.text()
        if profile is None or self.busy:
            return
        if not self.joined:
            self.join(profile, password)
            return
        self._set_busy(True)
        ops.store_profile(self.context, profile, self).success(
            lambda _none: self._store_password(profile, password)
        ).failure(self._failed).run()

    def _store_password(self, profile: Profile, password: str) -> None:
        if not password:
            self._done(self.tr("The connection is saved."))
            return
        background(
            lambda _progress: remember_password(profile, password),
            lambda _none: self._done(self.tr("The connection and the password are saved.")),
            self._failed,
            self,
        )

    def join(self, profile: Profile, password: str) -> None:
        if not self.editable:
            self.message.setText(self.tr("Only an administrator joins a central database."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Join the central database"),
            self.tr(
                "Join {name}? The district's data comes down to this desk; records made"
                " here before joining are not sent to the centre."
            ).format(name=f"{profile.host}:{profile.port}/{profile.database}"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from app.services.sync.run import join_central

        database = self.context.database
        self._set_busy(True)
        self.message.setText(self.tr("Joining: taking the district's data…"))
        background(
            lambda _progress: join_central(database, profile, password),
            lambda _report: self._done(self.tr("This desk has joined the central database.")),
            self._failed,
            self,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._enable()

    def _done(self, text: str) -> None:
        self._set_busy(False)
        self.password.clear()
        self.message.setText(text)
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        from app.services.sync.transport import CentralRefused, TransportError

        if isinstance(exc, DomainError | CentralRefused | TransportError):
            self.message.setText(ops.sync_error_text(exc))
        else:
            report_failure(exc, self, logged=True)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Connection to the central database"))
        texts = (
            self.tr("Server:"),
            self.tr("Port:"),
            self.tr("Database:"),
            self.tr("Desk role:"),
            self.tr("Server name checked:"),
            self.tr("Certificate check (sslmode):"),
            self.tr("Desk password:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.choose_button.setText(self.tr("Choose the profile file…"))
        self.save_button.setText(
            self.tr("Save the connection") if self.joined else self.tr("Join…")
        )
        self.password.setPlaceholderText(
            self.tr("kept in the system's credential store, never in a file")
        )
        self.ssl_warning.setText(
            self.tr(
                "Certificate checking is lowered: this desk does not verify that it talks to"
                " the district's real server. Ask the district for a verify-full profile."
            )
        )
