"""A case's timeline as a list: when, who, which step, and what the step recorded.

Events are append-only rows; this model only shows them, oldest first, with codes
(stages, methods, levels, team places) named in the user's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.services.disputes import Labels, TimelineEntry
from app.views.disputes.dialogs.dispute_errors import field_name as named_field
from app.views.disputes.dialogs.dispute_errors import joined, role_name
from app.views.disputes.dialogs.form_support import show_moment
from app.views.models.roles import EXTRA_ROLE, ROW_ROLE, SORT_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = ROW_ROLE
WHEN_ROLE = EXTRA_ROLE
WHO_ROLE = EXTRA_ROLE + 1
STEP_ROLE = EXTRA_ROLE + 2
DETAILS_ROLE = EXTRA_ROLE + 3


def step_text(entry: TimelineEntry, labels: Labels, language: str) -> str:
    """The step: "收案 → 领办" for a move, the kind of record otherwise."""
    if entry.kind == "moved":
        return "{} → {}".format(
            labels.name("stage", entry.from_stage, language),
            labels.name("stage", entry.to_stage, language),
        )
    names = {
        "created": QCoreApplication.translate("TimelineModel", "Received"),
        "edited": QCoreApplication.translate("TimelineModel", "Details edited"),
        "note": QCoreApplication.translate("TimelineModel", "Note"),
        "team": QCoreApplication.translate("TimelineModel", "Three-person team"),
        "lead_linked": QCoreApplication.translate("TimelineModel", "Early-warning lead linked"),
        "lead_to_police": QCoreApplication.translate("TimelineModel", "Lead handed to the police"),
    }
    return names.get(entry.kind, entry.kind)


def _team_text(team: dict[str, str], labels: Labels, language: str) -> str:
    return joined(
        [f"{role_name(role, labels, language)} {name}" for role, name in team.items()], language
    ) or QCoreApplication.translate("TimelineModel", "nobody")


def data_lines(entry: TimelineEntry, labels: Labels, language: str) -> list[str]:
    """What the step recorded, one "label: value" line per item."""
    data = entry.data
    lines: list[str] = []
    c = "：" if language.startswith("zh") else ": "

    def field_name(code: str) -> str:  # a line starts with it: capitalised in English
        name = named_field(code)
        return name[:1].upper() + name[1:]

    if entry.kind == "created":
        for kind in ("source", "severity", "category"):
            if kind in data:
                lines.append(f"{field_name(kind)}{c}{labels.name(kind, data[kind], language)}")
    if "owner_name" in data:
        lines.append(f"{field_name('owner')}{c}{data['owner_name']}")
    for key in ("outcome", "reason", "visit_result"):
        if data.get(key):
            lines.append(f"{field_name(key)}{c}{data[key]}")
    if data.get("resolution_method"):
        method = labels.name("resolution_method", data["resolution_method"], language)
        lines.append(f"{field_name('resolution_method')}{c}{method}")
    if data.get("level") and entry.kind != "lead_linked":
        level = labels.name("escalation_level", data["level"], language)
        lines.append(f"{field_name('level')}{c}{level}")
    for name, (old, new) in (data.get("changes") or {}).items():
        lines.append(f"{field_name(name)}{c}{old or '—'} → {new or '—'}")
    if entry.kind == "team":
        lines.append(
            QCoreApplication.translate("TimelineModel", "Team: {before} → {after}").format(
                before=_team_text(data.get("before") or {}, labels, language),
                after=_team_text(data.get("after") or {}, labels, language),
            )
        )
    if entry.kind == "lead_linked" and data.get("level"):
        level = labels.name("colour", data["level"], language)
        lines.append(
            QCoreApplication.translate("TimelineModel", "Lead level: {level}").format(level=level)
        )
    if data.get("police_receipt"):
        lines.append(
            QCoreApplication.translate("TimelineModel", "Police receipt: {receipt}").format(
                receipt=data["police_receipt"]
            )
        )
    return lines


def details_text(entry: TimelineEntry, labels: Labels, language: str) -> str:
    lines = data_lines(entry, labels, language)
    if entry.kind == "note":
        return "\n".join([*lines, entry.note])  # the step already says "note"
    if entry.note:
        lines.append(
            QCoreApplication.translate("TimelineModel", "Note: {note}").format(note=entry.note)
        )
    return "\n".join(lines)


class TimelineModel(QAbstractListModel):
    """One row per ``TimelineEntry``, oldest first; each part of an entry has its role
    (``WHEN_ROLE`` …) and ``SORT_ROLE`` gives the moment to sort on."""

    def __init__(self, labels: Labels | None = None, language: str = "zh_CN") -> None:
        super().__init__()
        self.entries: list[TimelineEntry] = []
        self.labels = labels or Labels({})
        self.language = language

    def set_entries(self, entries: Sequence[TimelineEntry], labels: Labels) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.labels = labels
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role == SORT_ROLE:
            return entry.at.isoformat()
        if role == WHEN_ROLE:
            return show_moment(entry.at)
        if role == WHO_ROLE:
            return entry.actor_name
        if role == STEP_ROLE:
            return step_text(entry, self.labels, self.language)
        if role == DETAILS_ROLE:
            return details_text(entry, self.labels, self.language)
        if role == Qt.ItemDataRole.DisplayRole:
            head = f"{show_moment(entry.at)} · {entry.actor_name}"
            parts = [head, step_text(entry, self.labels, self.language)]
            details = details_text(entry, self.labels, self.language)
            return "\n".join([*parts, details] if details else parts)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.actor
        return None

    def retranslate(self, language: str) -> None:
        """Redraw every entry in the new language."""
        self.language = language
        if self.entries:
            self.dataChanged.emit(self.index(0), self.index(len(self.entries) - 1))
