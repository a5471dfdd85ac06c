"""What every pane is given: the database, the signed-in actor, the language and the
one "changes happened" hub each pane filters for what concerns it."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from app.services.database import Database
from app.services.permissions import Actor


class ChangeHub(QObject):
    """After a write: ``changed(area, ids)``; each view decides whether to refresh."""

    changed = Signal(str, list)


@dataclass
class PaneContext:
    database: Database
    actor: Actor
    language: str = "zh_CN"
    changes: ChangeHub = field(default_factory=ChangeHub)

    @property
    def is_chinese(self) -> bool:
        return self.language.startswith("zh")
