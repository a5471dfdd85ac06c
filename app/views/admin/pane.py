"""The Administration pane: one tab per job (accounts, organisation, reference data,
audit), each a ``Pane`` of its own, built the first time it is shown.

Administrators see every tab; a supervisor sees the tabs their permissions allow (the
audit, and their street's accounts read-only). What a tab may change is decided by the
services it calls, never by the tab being shown.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.services.permissions import Permission
from app.views.changes import Area
from app.views.pane import Pane
from app.views.pane_context import PaneContext
from app.views.translation_marks import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class AdminTab:
    key: str
    # English source, translated in the "AdminTabs" context (QT_TRANSLATE_NOOP at each TABS entry)
    title: str
    factory: str
    permissions: tuple[Permission, ...]

    def translated_title(self) -> str:
        return QCoreApplication.translate("AdminTabs", self.title)

    def visible_to(self, context: PaneContext) -> bool:
        return any(context.actor.can(permission) for permission in self.permissions)

    def build(self, context: PaneContext) -> QWidget:
        module_name, _, class_name = self.factory.partition(":")
        cls: Callable[[PaneContext], QWidget] = getattr(
            importlib.import_module(module_name), class_name
        )
        return cls(context)


# The tabs, in the order shown; factory is "module:ClassName" of a Pane, built on first use.
TABS: tuple[AdminTab, ...] = (
    AdminTab(
        "accounts",
        QT_TRANSLATE_NOOP("AdminTabs", "Accounts"),
        "app.views.admin.accounts_tab:AccountsTab",
        (Permission.USER_MANAGE, Permission.AUDIT_VIEW),
    ),
    AdminTab(
        "organisation",
        QT_TRANSLATE_NOOP("AdminTabs", "Organisation"),
        "app.views.admin.organisation_tab:OrganisationTab",
        (Permission.USER_MANAGE, Permission.AUDIT_VIEW),
    ),
    AdminTab(
        "reference",
        QT_TRANSLATE_NOOP("AdminTabs", "Reference data"),
        "app.views.admin.reference_tab:ReferenceTab",
        (Permission.REFERENCE_EDIT, Permission.AUDIT_VIEW),
    ),
    AdminTab(
        "audit",
        QT_TRANSLATE_NOOP("AdminTabs", "Audit log"),
        "app.views.admin.audit_tab:AuditTab",
        (Permission.AUDIT_VIEW,),
    ),
    AdminTab(
        "encryption",
        QT_TRANSLATE_NOOP("AdminTabs", "Encryption"),
        "app.views.admin.encryption_tab:EncryptionTab",
        permissions=(Permission.USER_MANAGE,),
    ),
    AdminTab(
        "psych_rules",
        QT_TRANSLATE_NOOP("AdminTabs", "Crisis deadline"),
        "app.views.admin.psych_rules_tab:PsychRulesTab",
        (Permission.SETTINGS_EDIT,),
    ),
)


class AdministrationPane(Pane):
    pane_key = "administration"
    areas = frozenset({Area.ACCOUNTS, Area.ORGANISATION, Area.REFERENCE, Area.AUDIT})

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.tabs_widget = QTabWidget(self)
        self.tabs_widget.setDocumentMode(True)
        self.shown_tabs = [tab for tab in TABS if tab.visible_to(context)]
        self._built: dict[str, QWidget] = {}
        for tab in self.shown_tabs:
            placeholder = QWidget()
            placeholder.setLayout(QVBoxLayout())
            self.tabs_widget.addTab(placeholder, tab.translated_title())
        self.nothing = QLabel(self)
        self.nothing.setVisible(not self.shown_tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nothing)
        layout.addWidget(self.tabs_widget)
        self.tabs_widget.currentChanged.connect(self._ensure_built)
        self.retranslate()

    def tab(self, key: str) -> QWidget:
        """The tab's pane, built now if it was not yet (tests and the tour call this)."""
        index = next(i for i, tab in enumerate(self.shown_tabs) if tab.key == key)
        self._ensure_built(index)
        return self._built[key]

    def show_tab(self, key: str) -> QWidget:
        widget = self.tab(key)
        self.tabs_widget.setCurrentIndex(
            next(i for i, tab in enumerate(self.shown_tabs) if tab.key == key)
        )
        return widget

    def _ensure_built(self, index: int) -> None:
        if index < 0 or index >= len(self.shown_tabs):
            return
        spec = self.shown_tabs[index]
        if spec.key in self._built:
            return
        widget = spec.build(self.context)
        self._built[spec.key] = widget
        holder = self.tabs_widget.widget(index)
        layout = holder.layout() if holder is not None else None
        assert layout is not None
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget)

    def load(self, generation: int) -> None:
        self._ensure_built(self.tabs_widget.currentIndex())

    def retranslate(self) -> None:
        self.nothing.setText(self.tr("Your role has no administration tasks."))
        for index, tab in enumerate(self.shown_tabs):
            self.tabs_widget.setTabText(index, tab.translated_title())

    def save_state(self) -> None:
        if self.shown_tabs:
            self.state.set_value("tab", self.shown_tabs[self.tabs_widget.currentIndex()].key)

    def restore_state(self) -> None:
        key = self.state.value("tab")
        for index, tab in enumerate(self.shown_tabs):
            if tab.key == key:
                self.tabs_widget.setCurrentIndex(index)
