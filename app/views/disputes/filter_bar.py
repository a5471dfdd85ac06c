"""The board's filter bar: search (characters or pinyin), warning colours with their
counts, overdue, swimlanes, and unit, unit type, category, severity, source and owner.

The state round-trips through a plain dict (``state`` / ``set_state``) that the pane
keeps in QSettings, so the filters survive a restart.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from app.services.disputes import BoardCounts, BoardFilters, FilterChoices, Labels
from app.views.disputes.card_delegate import WARNING_COLOURS
from app.views.widgets.fit_combo import fit_combo
from app.views.widgets.pinyin_combo import Choice, PinyinCombo

#: Wait this long after the last keystroke before searching.
SEARCH_DELAY_MS = 250
#: Reference lists offered as single-choice filters.
_LIST_FILTERS = ("unit_type", "category", "severity", "source")


def _dot(colour: QColor) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(colour.darker(120))
    painter.setBrush(colour)
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


class FilterBar(QWidget):
    #: the filters or the swimlanes changed (search text after a short pause)
    changed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardFilterBar")
        self.language = language
        self.choices: FilterChoices | None = None
        self._quiet = False
        self._applied: dict[str, Any] = {}
        self._counts: BoardCounts | None = None
        self._labels: Labels | None = None
        self._keys: dict[uuid.UUID, str] = {}
        #: values set before the lists that hold them were filled
        self._pending: dict[str, Any] = {}

        self.search = QLineEdit(self)
        self.search.setObjectName("boardSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(150)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._maybe_changed)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._maybe_changed)

        self.colour_buttons: dict[str, QToolButton] = {}
        for colour, paint in WARNING_COLOURS.items():
            button = QToolButton(self)
            button.setObjectName(f"boardColour_{colour}")
            button.setCheckable(True)
            button.setIcon(_dot(paint))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.toggled.connect(self._maybe_changed)
            self.colour_buttons[colour] = button
        self.overdue = QComboBox(self)
        self.overdue.setObjectName("boardOverdue")
        self.lanes = QComboBox(self)
        self.lanes.setObjectName("boardLanes")
        for combo in (self.overdue, self.lanes):
            combo.currentIndexChanged.connect(self._maybe_changed)

        self.unit = PinyinCombo(self)
        self.unit.setObjectName("boardUnit")
        self.owner = PinyinCombo(self)
        self.owner.setObjectName("boardOwner")
        for searchable in (self.unit, self.owner):
            searchable.setMinimumWidth(100)
            # sized by a few characters, not by measuring every one of thousands of names
            searchable.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            searchable.setMinimumContentsLength(8)
            searchable.currentIndexChanged.connect(self._maybe_changed)
            searchable.editTextChanged.connect(self._cleared)
        self.lists: dict[str, QComboBox] = {}
        for kind in _LIST_FILTERS:
            combo = QComboBox(self)
            combo.setObjectName(f"boardFilter_{kind}")
            combo.currentIndexChanged.connect(self._maybe_changed)
            self.lists[kind] = combo
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("boardClearFilters")
        self.clear_button.clicked.connect(self.clear)
        self.labels = {name: QLabel(self) for name in ("lanes", "unit", "owner")}
        self.labels["unit"].setBuddy(self.unit)
        self.labels["owner"].setBuddy(self.owner)
        self.labels["lanes"].setBuddy(self.lanes)

        # the swimlanes choose a layout, not cards: they sit in the pane's toolbar row,
        # which leaves the two filter rows narrow enough for a 1024-pixel window
        self.lanes_box = QWidget(self)
        lanes_row = QHBoxLayout(self.lanes_box)
        lanes_row.setContentsMargins(0, 0, 0, 0)
        lanes_row.addWidget(self.labels["lanes"])
        lanes_row.addWidget(self.lanes)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 2)
        for button in self.colour_buttons.values():
            top.addWidget(button)
        top.addWidget(self.overdue)
        top.addStretch(1)
        top.addWidget(self.clear_button)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.labels["unit"])
        bottom.addWidget(self.unit, 1)
        for combo in self.lists.values():
            # as wide as their "all" entry, whole; the searchable lists take the rest
            bottom.addWidget(combo)
        bottom.addWidget(self.labels["owner"])
        bottom.addWidget(self.owner, 1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        grid.addLayout(top, 0, 0)
        grid.addLayout(bottom, 1, 0)
        self.retranslate()

    # choices and state --------------------------------------------------------------------
    def set_labels(self, labels: Labels) -> None:
        """The reference lists: unit types, categories, severities, sources, colours."""
        state = self.state()
        self._labels = labels
        self._quiet = True
        try:
            for kind in _LIST_FILTERS:
                combo = self.lists[kind]
                combo.clear()
                combo.addItem(self._all_text(kind), None)
                for item in labels.items(kind):
                    combo.addItem(item.label(self.language), item.code)
                combo.setCurrentIndex(max(combo.findData(state.get(kind)), 0))
                fit_combo(combo, [self._all_text(kind)])
        finally:
            self._quiet = False
        self._applied = self.state()
        self.set_counts(self._counts)

    def set_choices(self, choices: FilterChoices, keys: dict[uuid.UUID, str] | None = None) -> None:
        """Units and owners (``keys``: their pinyin search keys when already computed)."""
        if self._labels is None:
            self.set_labels(choices.labels)
        state = self.state()
        self.choices = choices
        self._keys = keys or {}
        labels = self._labels or choices.labels
        type_name = {i.code: i.label(self.language) for i in labels.items("unit_type")}
        self._quiet = True
        try:
            self.unit.set_choices(
                [
                    Choice(
                        f"{u.name}（{type_name.get(u.unit_type, u.unit_type)}）",
                        u.id,
                        self._keys.get(u.id, ""),
                    )
                    for u in choices.units
                ]
            )
            self.owner.set_choices(
                [Choice(o.name, o.staff_id, self._keys.get(o.staff_id, "")) for o in choices.owners]
            )
            self.unit.set_value(_as_uuid(state.get("unit")))
            self.owner.set_value(_as_uuid(state.get("owner")))
        finally:
            self._quiet = False
        self._applied = self.state()

    def state(self) -> dict[str, Any]:
        """The filters as plain values (codes, id strings), for QSettings. Lists not yet
        filled keep the values last set for them."""
        state: dict[str, Any] = {
            "text": self.search.text().strip(),
            "colours": sorted(c for c, b in self.colour_buttons.items() if b.isChecked()),
            "overdue": self.overdue.currentData(),
            "lanes": self.lanes.currentData() or "",
        }
        if self.choices is None:
            state["unit"] = self._pending.get("unit")
            state["owner"] = self._pending.get("owner")
        else:
            unit, owner = self.unit.value(), self.owner.value()
            state["unit"] = str(unit) if unit else None
            state["owner"] = str(owner) if owner else None
        for kind, combo in self.lists.items():
            state[kind] = combo.currentData() if self._labels else self._pending.get(kind)
        return state

    def set_state(self, state: dict[str, Any]) -> None:
        self._pending = dict(state)
        self._quiet = True
        try:
            self.search.setText(str(state.get("text", "")))
            colours = set(state.get("colours", []))
            for colour, button in self.colour_buttons.items():
                button.setChecked(colour in colours)
            self.overdue.setCurrentIndex(max(self.overdue.findData(state.get("overdue")), 0))
            self.lanes.setCurrentIndex(max(self.lanes.findData(state.get("lanes", "")), 0))
            if self.choices is not None:
                self.unit.set_value(_as_uuid(state.get("unit")))
                self.owner.set_value(_as_uuid(state.get("owner")))
            if self._labels is not None:
                for kind, combo in self.lists.items():
                    combo.setCurrentIndex(max(combo.findData(state.get(kind)), 0))
                fit_combo(combo, [self._all_text(kind)])
        finally:
            self._quiet = False
        self._applied = self.state()

    def filters(self) -> BoardFilters:
        state = self.state()

        def chosen(kind: str) -> frozenset[str]:
            return frozenset([state[kind]] if state[kind] else [])

        return BoardFilters(
            unit_ids=frozenset([uuid.UUID(state["unit"])] if state["unit"] else []),
            owner_staff_ids=frozenset([uuid.UUID(state["owner"])] if state["owner"] else []),
            unit_types=chosen("unit_type"),
            categories=chosen("category"),
            severities=chosen("severity"),
            sources=chosen("source"),
            colours=frozenset(state["colours"]),
            overdue=state["overdue"],
            text=state["text"],
        )

    def lane_kind(self) -> str:
        return str(self.lanes.currentData() or "")

    def is_filtered(self) -> bool:
        return self.filters() != BoardFilters()

    def clear(self) -> None:
        self.set_state({"lanes": self.lane_kind()})
        self.changed.emit()

    def set_counts(self, counts: BoardCounts | None) -> None:
        """Show the cards of each colour beside its button (the name alone while unknown)."""
        self._counts = counts
        locale = QLocale()
        labels = self._labels
        for colour, button in self.colour_buttons.items():
            name = labels.name("colour", colour, self.language) if labels else colour
            if counts is None or counts.overdue is None:
                button.setText(name)
            else:
                button.setText(f"{name} {locale.toString(counts.colours.get(colour, 0))}")

    # signals ------------------------------------------------------------------------------
    def _cleared(self, text: str) -> None:
        if not text.strip():
            self._maybe_changed()

    def _maybe_changed(self, *_args: object) -> None:
        if self._quiet:
            return
        self._search_timer.stop()
        state = self.state()
        if state != self._applied:
            self._applied = state
            self.changed.emit()

    # language -----------------------------------------------------------------------------
    def _all_text(self, kind: str) -> str:
        return {
            "unit_type": self.tr("All unit types"),
            "category": self.tr("All categories"),
            "severity": self.tr("All severities"),
            "source": self.tr("All sources"),
        }[kind]

    def retranslate(self) -> None:
        self._quiet = True
        try:
            self.search.setPlaceholderText(self.tr("Search number or title (pinyin works)"))
            for button in self.colour_buttons.values():
                button.setToolTip(self.tr("Show only cards with this warning colour"))
            self.set_counts(self._counts)
            for combo, items in (
                (
                    self.overdue,
                    [
                        (self.tr("Overdue or not"), None),
                        (self.tr("Overdue only"), True),
                        (self.tr("Within deadline"), False),
                    ],
                ),
                (
                    self.lanes,
                    [
                        (self.tr("No swimlanes"), ""),
                        (self.tr("By unit type"), "unit_type"),
                        (self.tr("By severity"), "severity"),
                    ],
                ),
            ):
                current = combo.currentData()
                combo.clear()
                for text, value in items:
                    combo.addItem(text, value)
                combo.setCurrentIndex(max(combo.findData(current), 0))
                fit_combo(combo, [text for text, _value in items])
            self.labels["lanes"].setText(self.tr("Swimlanes:"))
            self.labels["unit"].setText(self.tr("Unit:"))
            self.labels["owner"].setText(self.tr("Owner:"))
            self.unit.editor().setPlaceholderText(self.tr("All units"))
            self.owner.editor().setPlaceholderText(self.tr("All owners"))
            self.clear_button.setText(self.tr("Clear filters"))
        finally:
            self._quiet = False

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()
        if self._labels is not None:
            self.set_labels(self._labels)
        if self.choices is not None:
            self.set_choices(self.choices, self._keys)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _as_uuid(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None
