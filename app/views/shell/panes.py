"""The panes the navigation offers, each built on first use so start-up stays quick.

A pane is any QWidget built from a ``PaneContext``. An area whose full pane is not yet
built shows an overview: what the pane will hold and what this database has for it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.permissions import Permission
from app.views.pane_context import PaneContext
from app.views.translation_marks import QT_TRANSLATE_NOOP


def _t(text: str) -> str:
    return QCoreApplication.translate("Panes", text)


@dataclass(frozen=True)
class PaneSpec:
    key: str
    #: English source title; shown through the "Panes" translation context.
    title: str
    #: "module:ClassName" built with the pane context, imported on first use.
    factory: str
    #: Seeing the pane at all needs this permission (None: everyone).
    permission: Permission | None
    shortcut: str

    def translated_title(self) -> str:
        return _t(self.title)

    def build(self, context: PaneContext) -> QWidget:
        module_name, _, class_name = self.factory.partition(":")
        cls: Callable[[PaneContext], QWidget] = getattr(
            importlib.import_module(module_name), class_name
        )
        return cls(context)


PANES: tuple[PaneSpec, ...] = (
    PaneSpec(
        "rosters",
        QT_TRANSLATE_NOOP("Panes", "Rosters"),
        "app.views.rosters.pane:RostersPane",
        Permission.ROSTER_VIEW,
        "Ctrl+1",
    ),
    PaneSpec(
        "disputes",
        QT_TRANSLATE_NOOP("Panes", "Disputes"),
        "app.views.disputes.pane:DisputesPane",
        Permission.DISPUTE_VIEW,
        "Ctrl+2",
    ),
    PaneSpec(
        "psych",
        QT_TRANSLATE_NOOP("Panes", "Psychological registry"),
        "app.views.psych.pane:PsychPane",
        Permission.PSYCH_VIEW_AGGREGATE,
        "Ctrl+3",
    ),
    PaneSpec(
        "reports",
        QT_TRANSLATE_NOOP("Panes", "Reports"),
        "app.views.reports.pane:ReportsPane",
        Permission.REPORT_VIEW,
        "Ctrl+4",
    ),
    PaneSpec(
        "sync",
        QT_TRANSLATE_NOOP("Panes", "Sync"),
        "app.views.sync.pane:SyncPane",
        None,
        "Ctrl+5",
    ),
    PaneSpec(
        "administration",
        QT_TRANSLATE_NOOP("Panes", "Administration"),
        "app.views.admin.pane:AdministrationPane",
        Permission.AUDIT_VIEW,
        "Ctrl+6",
    ),
    PaneSpec(
        "settings",
        QT_TRANSLATE_NOOP("Panes", "Settings"),
        "app.views.settings_pane:SettingsPane",
        None,
        "Ctrl+7",
    ),
)
