"""Settings: this desk's configuration (language, idle lock, device name). Sync with the
district's central database has a pane of its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import DomainError
from app.services.permissions import Permission
from app.services.settings import (
    MAX_IDLE_MINUTES,
    MIN_IDLE_MINUTES,
    AppConfig,
    read_config,
    save_settings,
)
from app.views.error_text import error_text, translate_error
from app.views.failures import report_failure
from app.views.operations import background
from app.views.pane import Pane
from app.views.pane_context import PaneContext


class SettingsPane(Pane):
    """Administrators edit; other roles see the values read-only. The values come from
    this desk's small settings file, read when the pane is built."""

    pane_key: ClassVar[str] = "settings"
    saved = Signal(object)

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        read = read_config()
        self.config = read.config
        #: what the config file held out of range, said until the settings are saved
        self.config_notices = read.notices
        editable = context.actor.can(Permission.SETTINGS_EDIT)

        self.title = QLabel(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.desk_box = QGroupBox(self)
        self.language = QComboBox(self)
        self.language.setObjectName("settingsLanguage")
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        # the language the desk shows now (chosen at sign-in or in the View menu)
        self.config.language = context.language
        self.language.setCurrentIndex(0 if context.language.startswith("zh") else 1)
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setObjectName("settingsIdleMinutes")
        self.idle_minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_minutes.setValue(self.config.idle_lock_minutes)
        self.device_name = QLineEdit(self.config.device_name, self)
        self.device_name.setMaxLength(60)
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout(self.desk_box)
        for label, field in zip(
            self.labels,
            (self.language, self.idle_minutes, self.device_name),
            strict=True,
        ):
            label.setBuddy(field)
            form.addRow(label, field)
            field.setEnabled(editable)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("settingsSave")
        self.save_button.setEnabled(editable)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.status.setObjectName("settingsStatus")
        #: the outcome of the last save, worded again after a language switch
        self.outcome: Callable[[], str] | None = None
        self.sync_box = QGroupBox(self)
        self.sync_text = QLabel(self.sync_box)
        self.sync_text.setWordWrap(True)
        QVBoxLayout(self.sync_box).addWidget(self.sync_text)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.desk_box)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        layout.addWidget(self.sync_box)
        layout.addStretch(1)
        self.retranslate()

    def load(self, generation: int) -> None:
        self.loaded.emit()

    def save(self) -> None:
        """Written off the GUI thread (a network drive may be slow); the button waits."""
        config = AppConfig(
            language=str(self.language.currentData()),
            idle_lock_minutes=self.idle_minutes.value(),
            device_name=self.device_name.text().strip(),
            central_url=self.config.central_url,
            street_code=self.config.street_code,
        )
        actor = self.context.actor
        self.save_button.setEnabled(False)
        background(
            lambda _progress: save_settings(actor, config),
            lambda _none: self._saved(config),
            self._not_saved,
            self,
        )

    def _saved(self, config: AppConfig) -> None:
        self.save_button.setEnabled(True)
        self.config = config
        self.config_notices = ()
        self.outcome = lambda: self.tr("Saved.")
        self.show_status()
        self.saved.emit(config)

    def _not_saved(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, DomainError):
            self.outcome = lambda: error_text(exc)
            self.show_status()
        elif isinstance(exc, OSError):
            reason = exc.strerror or str(exc)
            self.outcome = lambda: self.tr("The settings could not be saved: {reason}").format(
                reason=reason
            )
            self.show_status()
        else:
            report_failure(exc, self, logged=True)

    def retranslate(self) -> None:
        self.title.setText("<h2>{}</h2>".format(self.tr("Settings")))
        self.intro.setText(
            self.tr("This desk works on its own database: {path}").format(
                path=self.context.database.label
            )
        )
        self.desk_box.setTitle(self.tr("This desk"))
        texts = (
            self.tr("Language:"),
            self.tr("Lock after idle (minutes):"),
            self.tr("Device name:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.save_button.setText(self.tr("Save settings"))
        self.sync_box.setTitle(self.tr("Sync"))
        self.sync_text.setText(
            self.tr(
                "Sync with the district's central database (the connection, pending changes,"
                " conflicts and the copies taken before each sync) is in the Sync pane (Ctrl+5)."
            )
        )
        self.show_status()

    def show_status(self) -> None:
        notes = [translate_error(n.message, n.params) for n in self.config_notices]
        if self.outcome is not None:
            notes.append(self.outcome())
        if not self.context.actor.can(Permission.SETTINGS_EDIT):
            notes.append(self.tr("Only an administrator changes these settings."))
        self.status.setText("\n".join(notes))

    def language_changed(self) -> None:
        # a switch made from the View menu is this desk's language now, whoever made it
        index = self.language.findData(self.context.language)
        if index >= 0:
            self.language.setCurrentIndex(index)
            self.config.language = self.context.language
