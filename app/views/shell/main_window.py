"""The main window: navigation between panes, menus, status bar, demo banner, idle lock."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.services.permissions import Permission
from app.views.models.roles import VALUE_ROLE
from app.views.pane import Pane, UserState
from app.views.pane_context import PaneContext
from app.views.shell.demo_banner import DemoBanner
from app.views.shell.idle_lock import IdleWatcher, LockDialog
from app.views.shell.panes import PANES, PaneSpec
from app.views.sync.controller import SyncController
from app.views.sync.status_label import SyncStatusLabel
from app.views.widgets.pane_refresh import refresh_in_view

# the window's own group in the signed-in user's settings (``users/<name>/main/``)
STATE_KEY = "main"
SETTINGS_GEOMETRY = "geometry"
SETTINGS_STATE = "state"
SETTINGS_SPLITTER = "splitter"
SETTINGS_PANE = "pane"
#: pixels the database's path may take in the status bar
DATABASE_LABEL_WIDTH = 280


class MainWindow(QMainWindow):
    """One signed-in user's window. ``sign_out_requested`` hands control back to sign-in."""

    sign_out_requested = Signal()
    language_requested = Signal(str)
    reset_demo_requested = Signal()
    #: The settings pane saved a new configuration (an ``AppConfig``).
    settings_saved = Signal(object)
    #: The Sync pane asks to put this snapshot (a ``Path``) back, which closes the desk.
    restore_requested = Signal(object)

    def __init__(
        self,
        context: PaneContext,
        demo: bool,
        role_labels: dict[str, tuple[str, str]],
        idle_minutes: int,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.context = context
        self.demo = demo
        self.role_labels = role_labels
        self.specs: list[PaneSpec] = [
            spec for spec in PANES if spec.permission is None or context.actor.can(spec.permission)
        ]
        self.panes: dict[str, QWidget] = {}
        self.locked = False
        # layout and last pane, kept per signed-in user so the next one starts afresh
        self.state = UserState(context.actor.username, STATE_KEY)
        self.sync = SyncController(context, self)
        context.sync = self.sync

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setMinimumWidth(150)
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 8px 6px; }")
        for spec in self.specs:
            item = QListWidgetItem(self.nav)
            item.setData(VALUE_ROLE, spec.key)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("paneStack")
        for _spec in self.specs:
            # said while a pane is built and reads its first data
            placeholder = QLabel(self.stack)
            placeholder.setObjectName("panePlaceholder")
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(placeholder)
        #: the pane to build once the window has painted (see ``event``)
        self._first_row: int | None = None
        self.locked_page = QLabel(self.stack)
        self.locked_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.locked_page)
        self.nav.currentRowChanged.connect(self.show_pane)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 1000])
        self.banner = DemoBanner(self)
        self.banner.setVisible(demo)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_status_bar()
        self.idle = IdleWatcher(idle_minutes, self)
        self.idle.idle.connect(self.lock)
        self.retranslate()
        self._restore_state()
        QTimer.singleShot(0, self, self.sync.start)

    # building --------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.lock(manual=True))
        self.sign_out_action = QAction(self)
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.sign_out_action.triggered.connect(self._sign_out)
        self.reset_demo_action = QAction(self)
        self.reset_demo_action.setObjectName("resetDemoAction")
        self.reset_demo_action.triggered.connect(self._confirm_reset_demo)
        self.reset_demo_action.setVisible(self.demo)
        self.reset_demo_action.setEnabled(self.context.actor.can(Permission.DEMO_RESET))
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        for action in (self.lock_action, self.sign_out_action, self.reset_demo_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = self.menuBar().addMenu("")
        self.undo_action = QAction(self)
        self.undo_action.setObjectName("undoAction")
        # shown in the menu; the key itself belongs to the pane in view (and to a text
        # field being typed in), so it is not a window-wide shortcut
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.undo_action.triggered.connect(self._undo)
        self.edit_menu.addAction(self.undo_action)

        self.view_menu = self.menuBar().addMenu("")
        self.pane_actions: list[QAction] = []
        for row, spec in enumerate(self.specs):
            action = QAction(self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _=False, r=row: self.nav.setCurrentRow(r))
            self.view_menu.addAction(action)
            self.pane_actions.append(action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("zh_CN", "中文（简体）"), ("en", "English")):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(self.context.language == code)
            action.setObjectName(f"language_{code}")
            action.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.account_menu = self.menuBar().addMenu("")
        self.account_menu.setObjectName("accountMenu")
        self.password_action = QAction(self)
        self.password_action.setObjectName("changePasswordAction")
        self.password_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.password_action.triggered.connect(self.change_password)
        self.account_menu.addAction(self.password_action)
        self.addAction(self.password_action)

        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)
        # Shortcuts must work with the menus closed, and with the menu bar hidden too.
        self.sync_action = QAction(self)
        self.sync_action.setObjectName("syncNowAction")
        self.sync_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.sync_action.triggered.connect(self.sync_and_refresh)
        self.view_menu.addAction(self.sync_action)
        self.addActions([self.lock_action, self.sign_out_action, self.quit_action])
        self.addAction(self.sync_action)
        self.addActions(self.pane_actions)

    def _build_status_bar(self) -> None:
        self.user_label = QLabel(self)
        self.user_label.setObjectName("statusUser")
        self.database_label = QLabel(self)
        self.database_label.setObjectName("statusDatabase")
        self.sync_label = SyncStatusLabel(self.sync, self)
        self.sync_label.clicked.connect(lambda: self.open_pane("sync"))
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.user_label)
        row.addWidget(self.database_label)
        row.addWidget(self.sync_label)
        self.statusBar().addPermanentWidget(box)

    # panes -----------------------------------------------------------------------------
    def pane(self, key: str) -> QWidget | None:
        return self.panes.get(key)

    def show_pane(self, row: int) -> None:
        if self.locked or not 0 <= row < len(self.specs):
            return
        self._first_row = None
        spec = self.specs[row]
        if spec.key not in self.panes:
            widget = spec.build(self.context)
            widget.setObjectName(f"pane_{spec.key}")
            placeholder = self.stack.widget(row)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.stack.insertWidget(row, widget)
            self.panes[spec.key] = widget
            saved = getattr(widget, "saved", None)
            if saved is not None:
                saved.connect(self.settings_saved)
            restore = getattr(widget, "restore_requested", None)
            if restore is not None:
                restore.connect(self.restore_requested)
        self.stack.setCurrentIndex(row)
        widget = self.panes[spec.key]
        if isinstance(widget, Pane):
            widget.start()
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)

    def open_pane(self, key: str, tab: str | None = None) -> QWidget | None:
        """Show the pane ``key`` (and its tab ``tab``, for the Administration pane); None
        when this user's role does not see it."""
        keys = [spec.key for spec in self.specs]
        if key not in keys:
            return None
        self.show_pane(keys.index(key))
        pane = self.panes.get(key)
        if tab is not None and any(t.key == tab for t in getattr(pane, "shown_tabs", ())):
            pane.show_tab(tab)  # type: ignore[union-attr]
        return pane

    def sync_and_refresh(self) -> None:
        """F5: sync with the centre (when this desk can) and refresh the pane in view."""
        if self.locked:
            return
        self.sync.sync(manual=True)
        current = self.stack.currentWidget()
        if not refresh_in_view(current) and isinstance(current, Pane) and current.started:
            current.reload()

    def _undo(self) -> None:
        """Edit → Undo goes to the pane in view, when it can take something back."""
        undo = getattr(self.stack.currentWidget(), "undo", None)
        if callable(undo) and not self.locked:
            undo()

    # locking ---------------------------------------------------------------------------
    def lock(self, manual: bool = False) -> None:
        """Hide the data and ask for the password; nothing typed in a pane is lost.
        ``manual``: the user locked it (Ctrl+L), not a time without use."""
        if self.locked:
            return
        self.locked = True
        self.idle.pause()
        self._row_before_lock = self.nav.currentRow()
        self.stack.setCurrentWidget(self.locked_page)
        self.nav.setEnabled(False)
        dialog = LockDialog(self.context, self.demo, self, manual=manual)
        dialog.sign_out_requested.connect(self._sign_out)
        self.lock_dialog = dialog
        dialog.accepted.connect(self._unlocked)
        dialog.open()

    def _unlocked(self) -> None:
        self.locked = False
        self.nav.setEnabled(True)
        self.show_pane(max(0, self._row_before_lock))
        self.idle.resume()

    # actions ---------------------------------------------------------------------------
    def change_password(self) -> None:
        from app.views.shell.change_password_dialog import ChangePasswordDialog

        self.password_dialog = ChangePasswordDialog(self.context, parent=self)
        self.password_dialog.open()

    def _sign_out(self) -> None:
        self.sign_out_requested.emit()

    def _confirm_reset_demo(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Reset demo data"),
            self.tr(
                "Replace all demo data with a freshly generated set? "
                "Everything changed in this demo is discarded."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.reset_demo_requested.emit()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About StreetDesk"),
            self.tr(
                "<h3>StreetDesk {version}</h3><p>Back-office desk for street offices: "
                "rosters, disputes, psychological services, reports.</p>"
            ).format(version=__version__),
        )

    # text and state --------------------------------------------------------------------
    def retranslate(self) -> None:
        title = self.tr("StreetDesk")
        self.setWindowTitle(f"{title} — 演示 DEMO" if self.demo else title)
        self.file_menu.setTitle(self.tr("&File"))
        self.lock_action.setText(self.tr("&Lock the desk"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.reset_demo_action.setText(self.tr("&Reset demo data…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.account_menu.setTitle(self.tr("&Account"))
        self.password_action.setText(self.tr("&Change my password…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About StreetDesk"))
        for row, spec in enumerate(self.specs):
            self.nav.item(row).setText(spec.translated_title())
            self.pane_actions[row].setText(spec.translated_title())
        self.locked_page.setText(self.tr("The desk is locked."))
        for placeholder in self.stack.findChildren(QLabel, "panePlaceholder"):
            placeholder.setText(self.tr("Opening…"))
        actor = self.context.actor
        zh, en = self.role_labels.get(actor.role_code, (actor.role_code, actor.role_code))
        role = zh if self.context.is_chinese else en
        self.user_label.setText(
            self.tr("User: {name} ({role})").format(name=actor.display_name, role=role)
        )
        database = self.tr("demo database") if self.demo else self.context.database.label
        # a long path would push the sync state off the status bar; the tooltip has it whole
        database = self.database_label.fontMetrics().elidedText(
            database, Qt.TextElideMode.ElideMiddle, DATABASE_LABEL_WIDTH
        )
        self.database_label.setText(self.tr("Database: {name}").format(name=database))
        self.database_label.setToolTip(self.context.database.label)
        self.sync_action.setText(self.tr("&Sync now and refresh"))

    def set_language(self, language: str) -> None:
        self.context.language = language
        if language in self.language_actions:
            self.language_actions[language].setChecked(True)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _restore_state(self) -> None:
        geometry = self.state.value(SETTINGS_GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.state.value(SETTINGS_STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.state.value(SETTINGS_SPLITTER)
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        pane_key = self.state.value(SETTINGS_PANE, "")
        keys = [spec.key for spec in self.specs]
        row = keys.index(pane_key) if pane_key in keys else 0
        # the window paints at once; its first pane is built right after that paint
        self._first_row = row
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        self.stack.setCurrentIndex(row)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and self._first_row is not None:
            row, self._first_row = self._first_row, None
            QTimer.singleShot(0, self, lambda: self._show_first(row))
        return handled

    def _show_first(self, row: int) -> None:
        if self.nav.currentRow() == row and self.specs[row].key not in self.panes:
            self.show_pane(row)

    def save_state(self) -> None:
        """This user's layout, last pane and every opened pane's own state."""
        self.state.set_value(SETTINGS_GEOMETRY, self.saveGeometry())
        self.state.set_value(SETTINGS_STATE, self.saveState())
        self.state.set_value(SETTINGS_SPLITTER, self.splitter.saveState())
        row = self.nav.currentRow()
        if 0 <= row < len(self.specs):
            self.state.set_value(SETTINGS_PANE, self.specs[row].key)
        for pane in self.panes.values():
            if isinstance(pane, Pane) and pane.started:
                pane.save_state()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.idle.stop()
        self.sync.stop()
        super().closeEvent(event)
