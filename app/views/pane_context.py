"""What every pane is given: the database, the signed-in actor, the language and the
one change hub each pane filters for the areas it shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.views.changes import ChangeHub

if TYPE_CHECKING:
    from app.services.database import Database
    from app.services.permissions import Actor
    from app.views.sync.controller import SyncController


@dataclass
class PaneContext:
    database: Database
    actor: Actor
    language: str = "zh_CN"
    changes: ChangeHub = field(default_factory=ChangeHub)
    #: when the desk syncs; the main window's (None in a window of its own, a dialog)
    sync: SyncController | None = None

    @property
    def author(self) -> str:
        """Who the audit names for the operations run in this context."""
        return self.actor.username

    @property
    def is_chinese(self) -> bool:
        return self.language.startswith("zh")
