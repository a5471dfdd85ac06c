"""The Rosters pane: the 幸福里 tree beside the people of the chosen node.

Left, street → community (or unit type) → unit → post with vacancy counts; right, a strip
with the vacancies in view, the search box and filters, and three tabs: staff (vacant
posts among them, in red), volunteers, and vacancies per unit and unit type. Data loads
through operations on worker threads (the staff rows painted first, then the tree and
vacancies built from the same read, then the volunteers) and reloads,
keeping the selection and the scroll position, whenever a write touches the rosters or
the organisation; rows that stayed in place and changed are repainted alone.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.services.rosters import (
    NodeKind,
    PeopleFilter,
    PeopleTable,
    RosterOverview,
    Scope,
    StaffRow,
    TreeNode,
    VolunteerRow,
    units_in_scope,
)
from app.views.changes import Area
from app.views.error_text import error_text
from app.views.pane import Pane
from app.views.pane_context import PaneContext
from app.views.rosters.filter_bar import RosterFilterBar
from app.views.rosters.filtered_notice import FilteredNotice
from app.views.rosters.model_support import EXPIRED_COLOUR, VACANT_COLOUR
from app.views.rosters.operations import (
    StartLoad,
    VolunteerLoad,
    finish_use_case,
    start_use_case,
    volunteers_use_case,
)
from app.views.rosters.pane_actions import RosterActions
from app.views.rosters.people_view import PeopleView
from app.views.rosters.roster_tree_model import RosterTreeModel
from app.views.rosters.roster_tree_view import RosterTreeView
from app.views.rosters.staff_table_model import StaffTableModel
from app.views.rosters.vacancy_strip import VacancyStrip
from app.views.rosters.vacancy_view import VacancyView
from app.views.rosters.volunteer_table_model import VolunteerTableModel
from app.views.widgets.elided_tips import ElidedTips
from app.views.widgets.empty_state import NoOrganisation


class RostersPane(Pane):
    """``loaded``: the tree, the staff rows and the vacancies are shown."""

    pane_key = "rosters"
    areas = frozenset({Area.ROSTERS, Area.ORGANISATION})
    volunteers_loaded = Signal()

    TAB_STAFF, TAB_VOLUNTEERS, TAB_VACANCIES = range(3)

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.data: RosterOverview | None = None
        #: the staff rows shown (they arrive before ``data``, which is built from them)
        self.staff: PeopleTable[StaffRow] | None = None
        self._staff_scope: Scope | None = None
        self.volunteers: PeopleTable[VolunteerRow] | None = None
        self._restored_filters = False
        self._stale: set[int] = set()
        self._state_timer = QTimer(self)
        self._state_timer.setSingleShot(True)
        self._state_timer.setInterval(400)
        self._state_timer.timeout.connect(self._save_soon)

        self.actions_ = RosterActions(self)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("rosterToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        a = self.actions_
        for group in ((a.new, a.edit, a.fill, a.end, a.delete), (a.print,), (a.import_, a.export)):
            self.toolbar.addActions(list(group))
            self.toolbar.addSeparator()
        self.toolbar.addActions([a.refresh, a.group])

        self.tree = RosterTreeView(self)
        self.tree.selectionModel().currentChanged.connect(self._scope_changed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(lambda point: self.actions_.tree_menu(point))
        self.tree_tips = ElidedTips(self.tree)
        self.strip = VacancyStrip(self)
        self.filters = RosterFilterBar(self)
        self.filters.changed.connect(self._filters_changed)
        self.filters.query_changed.connect(self._query_changed)
        self.staff_view = self._people_view(
            PeopleView("staffTable", StaffTableModel(self), (5, 8, 11, 8, 11, 6, 6), self)
        )
        # the status beside the name: in view however narrow the window
        self.staff_view.horizontalHeader().moveSection(StaffTableModel.STATUS, 1)
        self.volunteer_view = self._people_view(
            PeopleView("volunteerTable", VolunteerTableModel(self), (5, 8, 11, 8, 11), self)
        )
        self.vacancy_view = VacancyView(self)
        self.vacancy_view.unit_activated.connect(self.show_unit_vacancies)
        self.vacancy_view.unit_view.selectionModel().selectionChanged.connect(
            lambda *_: self.actions_.update()
        )
        self.filtered = FilteredNotice(self)
        self.filtered.clear_link.clicked.connect(self.filters.clear)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("rosterTabs")
        for widget in (self.staff_view, self.volunteer_view, self.vacancy_view):
            self.tabs.addTab(widget, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("rosterCount")
        self.legend = QLabel(self)
        self.legend.setObjectName("rosterLegend")
        self.notice = QLabel(self)
        self.notice.setObjectName("rosterNotice")
        self.notice.setStyleSheet("color: #1e7b34;")
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("rosterBusy")

        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.strip)
        column.addWidget(self.filters)
        column.addWidget(self.filtered)
        column.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.legend)
        bottom.addWidget(self.notice, 1)
        column.addLayout(bottom)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("rosterSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 900])
        self.splitter.splitterMoved.connect(self._state_timer.start)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.toolbar)
        self.no_organisation = NoOrganisation(context, self)
        layout.addWidget(self.no_organisation)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.busy_label)

        self.retranslate()
        self.filters.set_mode(self.tabs.currentIndex())
        self.actions_.update()

    def _people_view(self, view: PeopleView) -> PeopleView:
        view.horizontalHeader().sectionResized.connect(lambda *_: self._state_timer.start())
        view.customContextMenuRequested.connect(
            lambda point: self.actions_.people_menu(view, point)
        )
        view.activated.connect(lambda _index: self.actions_.edit_selected())
        view.selectionModel().selectionChanged.connect(lambda *_: self.actions_.update())
        return view

    @property
    def staff_model(self) -> StaffTableModel:
        return self.staff_view.people  # type: ignore[return-value]

    @property
    def volunteer_model(self) -> VolunteerTableModel:
        return self.volunteer_view.people  # type: ignore[return-value]

    @property
    def tree_model(self) -> RosterTreeModel:
        return self.tree.nodes

    # loading ---------------------------------------------------------------------------
    def load(self, generation: int) -> None:
        group_by = NodeKind.UNIT_TYPE if self.actions_.group.isChecked() else NodeKind.COMMUNITY
        if self.staff is None:
            self.show_busy(self.tr("Loading the roster…"))
        self.read(start_use_case(self.context, group_by, self.staff), self._staff_loaded).failure(
            self._load_failed
        ).run()

    def _staff_loaded(self, result: StartLoad) -> None:
        """The staff rows are painted at once; the tree and the vacancies, built from the
        same rows on the worker, follow."""
        start, staff_changed = result
        self.show_busy("")
        self.staff = start.staff
        self.filters.set_choices(start.choices)
        if not self._restored_filters:
            self._restored_filters = True
            self.filters.restore_state(self.state)
        flt = self._staff_filter()
        self._staff_scope = flt.scope
        self.staff_view.show_table(start.staff, flt, staff_changed)
        self._stale.discard(self.TAB_STAFF)
        self._update_counts()
        if self.tabs.currentIndex() == self.TAB_STAFF:
            self.staff_view.viewport().repaint()
        self.read(finish_use_case(start), self._core_loaded).failure(self._load_failed).run()

    def _core_loaded(self, data: RosterOverview) -> None:
        self.data = data
        self.no_organisation.show_if(not data.summary.units)
        self.tree.show_tree(
            data.tree, data.expired, self.filters.unit_type_id(), self.filters.vacant_only()
        )
        if self.selected_scope() != self._staff_scope:
            # the first load: the staff rows came before the tree chose its node
            self.staff_view.refilter(self._staff_filter())
        if self.tabs.currentIndex() == self.TAB_VACANCIES:
            self._show_vacancies()
        else:
            self._stale.add(self.TAB_VACANCIES)
            self._show_strip()
        self._update_counts()
        self.actions_.update()
        self.loaded.emit()
        use_case = volunteers_use_case(self.context, staff=data.staff, previous=self.volunteers)
        self.read(use_case, self._volunteers_loaded).failure(self._load_failed).run()

    def _volunteers_loaded(self, result: VolunteerLoad) -> None:
        table, changed = result
        self.volunteers = table
        self.volunteer_view.show_table(table, self._volunteer_filter(), changed)
        self._stale.discard(self.TAB_VOLUNTEERS)
        self._update_counts()
        self.actions_.update()
        self.volunteers_loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self.show_busy("")
        self.strip.show_error(
            self.tr("The roster could not be loaded: {reason}").format(reason=error_text(exc))
        )

    def select_person_after_reload(self, person_id: uuid.UUID) -> None:
        view = self.volunteer_view if self.current_tab() == self.TAB_VOLUNTEERS else self.staff_view
        view.pending_person = person_id

    def language_changed(self) -> None:
        # unit types and post kinds are named in the language they were loaded in
        if self.data is not None and self.data.language != self.context.language:
            self.schedule_reload()

    # filtering -------------------------------------------------------------------------
    def selected_node(self) -> TreeNode | None:
        return self.tree.selected_node()

    def selected_scope(self) -> Scope:
        node = self.selected_node()
        return node.scope if node is not None else Scope()

    def _staff_filter(self) -> PeopleFilter:
        f = self.filters
        return PeopleFilter(
            query=f.query(),
            scope=self.selected_scope(),
            unit_type_id=f.unit_type_id(),
            department_id=f.department_id(),
            post_kind_id=f.post_kind_id(),
            statuses=f.statuses(),
        )

    def _volunteer_filter(self) -> PeopleFilter:
        f = self.filters
        return PeopleFilter(
            query=f.query(),
            scope=self.selected_scope(),
            unit_type_id=f.unit_type_id(),
            team_id=f.team_id(),
        )

    def _refilter(self, tab: int) -> None:
        if tab == self.TAB_STAFF:
            self.staff_view.refilter(self._staff_filter())
        elif tab == self.TAB_VOLUNTEERS:
            self.volunteer_view.refilter(self._volunteer_filter())
        elif tab == self.TAB_VACANCIES:
            self._show_vacancies()
        self._stale.discard(tab)

    def _refilter_shown(self) -> None:
        """Filter the tab in view now; the others when they are shown."""
        current = self.tabs.currentIndex()
        self._stale = {self.TAB_STAFF, self.TAB_VOLUNTEERS, self.TAB_VACANCIES} - {current}
        self._refilter(current)
        self._update_counts()
        self.actions_.update()

    def _query_changed(self) -> None:
        self._refilter_shown()

    def _filters_changed(self) -> None:
        if self.data is not None:
            self.tree.narrow(self.filters.unit_type_id(), self.filters.vacant_only())
        self._refilter_shown()
        self._show_strip()
        self._state_timer.start()

    def _scope_changed(self, *_: object) -> None:
        if not self.tree.restoring:
            self._refilter_shown()
            self._show_strip()

    def _tab_changed(self, tab: int) -> None:
        self.filters.set_mode(tab)
        if tab in self._stale:
            self._refilter(tab)
        self._update_counts()
        self.actions_.update()
        self._state_timer.start()

    def _show_vacancies(self) -> None:
        if self.data is not None:
            units = units_in_scope(
                self.data, self.selected_scope(), self.filters.unit_type_id(), self.filters.query()
            )
            self.vacancy_view.show_units(units)
        self._show_strip()

    def _show_strip(self) -> None:
        if self.data is None:
            return
        node = self.selected_node()
        label = self.tree_model.label_of(node) if node is not None else self.tr("No units yet")
        unit_type_id = self.filters.unit_type_id()
        units = units_in_scope(self.data, self.selected_scope(), unit_type_id, "")
        self.strip.show_counts(label, units, node, self.data, unit_type_id)

    def _update_counts(self) -> None:
        self.filtered.show_applied(self.filters.applied())
        tab = self.tabs.currentIndex()
        if tab == self.TAB_VACANCIES:
            total = len(self.data.summary.units) if self.data else 0
            shown = self.vacancy_view.unit_model.rowCount()
            text = self.tr("{shown} of {total} units").format(shown=shown, total=total)
        else:
            model = self.staff_model if tab == self.TAB_STAFF else self.volunteer_model
            text = self.tr("{shown} of {total} rows").format(
                shown=f"{model.rowCount():,}", total=f"{model.total():,}"
            )
        self.count_label.setText(text)
        self.tabs.setTabText(
            self.TAB_VACANCIES, self.tr("Vacancies ({count})").format(count=self.strip.vacant)
        )

    def show_unit_vacancies(self, unit_id: object) -> None:
        """The unit's vacant posts on the staff tab: filling one is then one action."""
        if not self.tree.select_unit(unit_id):
            return
        self.filters.set_status("vacant")
        self.tabs.setCurrentIndex(self.TAB_STAFF)
        self.staff_view.setFocus()
        rows = [self.staff_model.row_at(i) for i in range(self.staff_model.rowCount())]
        # a post nobody holds first: it is the one to fill
        empty = [i for i, row in enumerate(rows) if row.staff_id is None]
        if rows:
            self.staff_view.setCurrentIndex(self.staff_model.index(empty[0] if empty else 0, 0))

    # what the actions work on ----------------------------------------------------------
    def current_tab(self) -> int:
        return self.tabs.currentIndex()

    def shown_people(self) -> tuple[bool, PeopleFilter, int, int] | None:
        """The list in view as (volunteers?, its filter, rows shown, rows in all), or None
        on the vacancies tab."""
        tab = self.tabs.currentIndex()
        if tab == self.TAB_STAFF:
            model = self.staff_model
            return False, self._staff_filter(), model.rowCount(), model.total()
        if tab == self.TAB_VOLUNTEERS:
            model = self.volunteer_model  # type: ignore[assignment]
            return True, self._volunteer_filter(), model.rowCount(), model.total()
        return None

    def selected_person(self) -> StaffRow | VolunteerRow | None:
        tab = self.tabs.currentIndex()
        if tab == self.TAB_STAFF:
            return self.staff_view.selected_row()
        if tab == self.TAB_VOLUNTEERS:
            return self.volunteer_view.selected_row()
        return None

    def selected_unit_id(self) -> uuid.UUID | None:
        if self.tabs.currentIndex() == self.TAB_VACANCIES:
            unit = self.vacancy_view.selected_unit()
            if unit is not None:
                return unit.unit_id
        scope = self.selected_scope()
        if scope.unit_id is not None:
            return scope.unit_id
        row = self.selected_person()
        return row.unit_id if row is not None else None

    def unit_name(self, unit_id: uuid.UUID) -> str:
        units = self.data.summary.units if self.data is not None else ()
        return next((unit.unit for unit in units if unit.unit_id == unit_id), "")

    def set_group_by_type(self) -> None:
        self._state_timer.start()
        if self.started:
            self.reload()

    def show_busy(self, text: str) -> None:
        self.busy_label.setText(text)
        self.busy_label.setVisible(bool(text))

    def say(self, text: str) -> None:
        """What an action did, under the list until the next one."""
        self.notice.setText(text)

    # state and text --------------------------------------------------------------------
    def _layout_parts(self) -> dict[str, Any]:
        return {
            "splitter": self.splitter,
            "staff_header": self.staff_view.horizontalHeader(),
            "volunteer_header": self.volunteer_view.horizontalHeader(),
            "vacancy_header": self.vacancy_view.unit_view.horizontalHeader(),
            "vacancy_splitter": self.vacancy_view.splitter,
        }

    def restore_state(self) -> None:
        for key, target in self._layout_parts().items():
            state = self.state.value(key)
            if isinstance(state, QByteArray):
                target.restoreState(state)
        tab = str(self.state.value("tab", "0"))
        self.tabs.setCurrentIndex(int(tab) if tab.isdigit() else 0)
        self.filters.set_mode(self.tabs.currentIndex())
        grouped = str(self.state.value("group_by_type", ""))
        self.actions_.group.setChecked(grouped == "true")

    def save_state(self) -> None:
        with self.state.writing():
            for key, target in self._layout_parts().items():
                self.state.set_value(key, target.saveState())
            self.state.set_value("tab", self.tabs.currentIndex())
            grouped = "true" if self.actions_.group.isChecked() else ""
            self.state.set_value("group_by_type", grouped)
            if self._restored_filters:
                self.filters.save_state(self.state)

    def _save_soon(self) -> None:
        # a column dragged before the first show must not overwrite what was saved
        if self.started:
            self.save_state()

    def retranslate(self) -> None:
        self.actions_.retranslate()
        self.tabs.setTabText(self.TAB_STAFF, self.tr("Staff"))
        self.tabs.setTabText(self.TAB_VOLUNTEERS, self.tr("Volunteers"))
        self.filtered.retranslate()
        self.legend.setText(
            '<span style="color:{vacant}">■</span> {vacant_text}　'
            '<span style="color:{ended}">■</span> {ended_text}'.format(
                vacant=VACANT_COLOUR.name(),
                ended=EXPIRED_COLOUR.name(),
                vacant_text=self.tr("vacant post"),
                ended_text=self.tr("secondment ended"),
            )
        )
        self.staff_model.retranslate()
        self.volunteer_model.retranslate()
        self.tree_model.retranslate()
        self.vacancy_view.retranslate()
        if self.data is not None:
            self._show_strip()
            self._update_counts()
        else:
            self.tabs.setTabText(self.TAB_VACANCIES, self.tr("Vacancies"))
