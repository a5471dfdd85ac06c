"""The search box and filter combos above the Rosters pane's tables.

Every keystroke (``query_changed``) and every combo change (``changed``) is signalled at
once, without debounce: the pane re-filters within a keystroke. Which combos show depends
on the tab: staff filter by department, post kind and status, volunteers by team, every
tab by unit type.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from app.services.rosters import PostStatus, RosterFilterChoices
from app.views.pane import UserState
from app.views.widgets.fit_combo import fit_combo

#: status filter → which staff rows it keeps
STATUS_FILTERS: dict[str, frozenset[PostStatus]] = {
    "": frozenset(),
    "vacant": frozenset({PostStatus.VACANT, PostStatus.EXPIRED}),
    "active": frozenset({PostStatus.ACTIVE}),
    "expired": frozenset({PostStatus.EXPIRED}),
    "unassigned": frozenset({PostStatus.UNASSIGNED}),
}

SETTINGS_PREFIX = "filter/"


def _fill(combo: QComboBox, all_text: str, choices: Sequence[tuple[uuid.UUID, str]]) -> None:
    """Replace the entries, keeping the chosen one when it is still offered."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_text, None)
    for value, text in choices:
        # ids stored as text: a QVariant holding a Python object cannot be compared
        combo.addItem(text, str(value))
    found = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)


class RosterFilterBar(QWidget):
    #: a combo changed
    changed = Signal()
    #: the search text changed
    query_changed = Signal()

    STAFF, VOLUNTEERS, VACANCIES = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("rosterSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(100)
        self.unit_type = self._combo("rosterTypeFilter")
        self.department = self._combo("rosterDepartmentFilter")
        self.post_kind = self._combo("rosterPostKindFilter")
        self.team = self._combo("rosterTeamFilter")
        self.status = self._combo("rosterStatusFilter")
        for key in STATUS_FILTERS:
            self.status.addItem("", key)
        self._choices = RosterFilterChoices()
        self.mode = self.STAFF
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 1)
        for combo in (self.unit_type, self.department, self.post_kind, self.team, self.status):
            row.addWidget(combo)
        self.search.textChanged.connect(self.query_changed)
        self.retranslate()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(1)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    # values ----------------------------------------------------------------------------
    def query(self) -> str:
        return self.search.text()

    def unit_type_id(self) -> uuid.UUID | None:
        return _uuid(self.unit_type.currentData())

    def department_id(self) -> uuid.UUID | None:
        return _uuid(self.department.currentData())

    def post_kind_id(self) -> uuid.UUID | None:
        return _uuid(self.post_kind.currentData())

    def team_id(self) -> uuid.UUID | None:
        return _uuid(self.team.currentData())

    def status_key(self) -> str:
        return str(self.status.currentData() or "")

    def statuses(self) -> frozenset[PostStatus]:
        return STATUS_FILTERS.get(self.status_key(), frozenset())

    def vacant_only(self) -> bool:
        return self.status_key() == "vacant"

    def set_status(self, key: str) -> None:
        self.status.setCurrentIndex(max(self.status.findData(key), 0))

    def set_mode(self, tab: int) -> None:
        self.mode = tab
        self.department.setVisible(tab == self.STAFF)
        self.post_kind.setVisible(tab == self.STAFF)
        self.status.setVisible(tab == self.STAFF)
        self.team.setVisible(tab == self.VOLUNTEERS)

    def set_choices(self, choices: RosterFilterChoices) -> None:
        self._choices = choices
        self._fill_all()

    def _fill_all(self) -> None:
        choices = self._choices
        _fill(self.unit_type, self.tr("All unit types"), choices.unit_types)
        _fill(self.department, self.tr("All departments"), choices.departments)
        _fill(
            self.post_kind,
            self.tr("All posts"),
            [(kind_id, text) for kind_id, text, _tier in choices.post_kinds],
        )
        _fill(self.team, self.tr("All teams"), choices.teams)
        for combo in (self.unit_type, self.department, self.post_kind, self.team):
            fit_combo(combo, [combo.itemText(0)])

    def applied(self) -> list[str]:
        """The chosen entries of the combos that narrow the tab in view."""
        combos = [self.unit_type]
        if self.mode == self.STAFF:
            combos += [self.department, self.post_kind, self.status]
        elif self.mode == self.VOLUNTEERS:
            combos.append(self.team)
        return [combo.currentText() for combo in combos if combo.currentIndex() > 0]

    def clear(self) -> None:
        """Every combo back to "all"; ``changed`` once."""
        for combo in self._stored_combos().values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.changed.emit()

    # state -----------------------------------------------------------------------------
    def save_state(self, state: UserState) -> None:
        for key, combo in self._stored_combos().items():
            value = combo.currentData()
            state.set_value(SETTINGS_PREFIX + key, "" if value is None else str(value))

    def restore_state(self, state: UserState) -> None:
        """Choose the stored entries (the choices must be filled first)."""
        for key, combo in self._stored_combos().items():
            stored = str(state.value(SETTINGS_PREFIX + key, "") or "")
            if not stored:
                continue
            found = combo.findData(stored)
            if found >= 0:
                combo.setCurrentIndex(found)

    def _stored_combos(self) -> dict[str, QComboBox]:
        return {
            "unit_type": self.unit_type,
            "department": self.department,
            "post_kind": self.post_kind,
            "team": self.team,
            "status": self.status,
        }

    # text ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search: name, pinyin, initials or mobile"))
        self.search.setToolTip(
            self.tr("Typing 张, zhang, zs or part of a mobile number finds 张三.")
        )
        texts = {
            "": self.tr("Any status"),
            "vacant": self.tr("Vacant posts and ended secondments"),
            "active": self.tr("In post"),
            "expired": self.tr("Secondment ended"),
            "unassigned": self.tr("No post"),
        }
        for index in range(self.status.count()):
            self.status.setItemText(index, texts[str(self.status.itemData(index))])
        fit_combo(self.status, [texts[""]])
        self._fill_all()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _uuid(text: object) -> uuid.UUID | None:
    if not text:
        return None
    try:
        return uuid.UUID(str(text))
    except ValueError:
        return None
