"""The dispute pane: intake buttons, the filter bar, the kanban board and the case detail.

Moves, the team, editing and intake open the dialogs of ``app.views.disputes.dialogs``,
imported when first used; an action whose dialog is not installed stays disabled. Every
write is announced once on the change hub by its operation; the pane then re-reads only
the cases it names (``on_changes``), and the names on the cards after a roster edit.
"""

from __future__ import annotations

import json
import uuid
from typing import ClassVar

from PySide6.QtCore import QByteArray, QLocale, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.disputes import (
    FALLBACK_NOTICE,
    BoardCard,
    BoardCounts,
    FilterChoices,
    Labels,
    PagedBoard,
)
from app.services.permissions import Permission
from app.views.changes import Area, Changes
from app.views.disputes import operations
from app.views.disputes.board_widget import BoardWidget, set_wip_limit, wip_limit
from app.views.disputes.card_delegate import CardLook
from app.views.disputes.dialog_modules import dialog_available, dialog_module
from app.views.disputes.filter_bar import FilterBar
from app.views.disputes.move_undo import MoveUndo
from app.views.error_text import error_text, translate_error
from app.views.pane import Pane
from app.views.pane_context import PaneContext
from app.views.widgets.empty_state import NoOrganisation
from app.views.widgets.pane_refresh import pane_refresh

#: under the signed-in user's own group (``Pane.state``)
SETTINGS_FILTERS = "board/filters"
SETTINGS_SPLITTER = "board/splitter"


class DisputesPane(Pane):
    pane_key = "disputes"
    areas: ClassVar[frozenset[Area]] = frozenset(
        {Area.DISPUTES, Area.DISPUTE_RULES, Area.ROSTERS, Area.ORGANISATION}
    )

    def __init__(self, context: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("disputesPane")
        self.look = CardLook(language=context.language)
        self.look.retranslate()
        self.message_text = ""
        self._labels: Labels | None = None
        self._build_toolbar()
        self.filter_bar = FilterBar(context.language, self)
        self.toolbar.addWidget(self.filter_bar.lanes_box)
        self.board = BoardWidget(context, self.look, self.state, self)
        self.detail = self._build_detail()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("disputesSplitter")
        self.splitter.addWidget(self.board)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([1000, 340])
        self.message = QLabel(self)
        self.message.setObjectName("boardMessage")
        self.message.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("boardSummary")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.filter_bar)
        self.no_organisation = NoOrganisation(context, self)
        layout.addWidget(self.no_organisation)
        layout.addWidget(self.splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.summary)
        layout.addLayout(bottom)

        self.board.card_selected.connect(self._show_detail)
        self.board.card_opened.connect(self.open_card)
        self.board.move_requested.connect(self.move_card)
        self.board.menu_requested.connect(self.show_card_menu)
        self.board.header_menu_requested.connect(self.show_header_menu)
        self.board.loaded.connect(self._loaded)
        self.board.load_failed.connect(self._task_failed)
        self._to_select: uuid.UUID | None = None
        self._say_when_loaded = ""
        self._people_pending = False
        self.board.loaded.connect(self._select_pending)
        self.board.cards_refreshed.connect(self._select_pending)
        self.board.counts_changed.connect(self._counts_changed)
        self.moves = MoveUndo(self)
        self.board.no_move.connect(self.moves.no_move)
        self.filter_bar.changed.connect(self.apply_filters)
        self.splitter.splitterMoved.connect(self._save_splitter)

        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(self.board.reload)
        pane_refresh(self.refresh_action)
        self.addAction(self.refresh_action)
        self.retranslate()

    # building -----------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        actor = self.context.actor
        self.toolbar = QHBoxLayout()
        self.new_case_button = QToolButton(self)
        self.new_case_button.setObjectName("newCaseButton")
        self.new_case_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_case_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_case_menu = QMenu(self.new_case_button)
        self.new_case_button.setMenu(self.new_case_menu)
        self.new_case_menu.aboutToShow.connect(self._fill_new_case_menu)
        self.meeting_button = QToolButton(self)
        self.meeting_button.setObjectName("meetingButton")
        self.meeting_button.clicked.connect(self.open_meeting)
        self.leads_button = QToolButton(self)
        self.leads_button.setObjectName("leadsButton")
        self.leads_button.clicked.connect(self.open_leads)
        self.admin_button = QToolButton(self)
        self.admin_button.setObjectName("boardAdminButton")
        self.admin_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.admin_menu = QMenu(self.admin_button)
        self.rules_action = self.admin_menu.addAction("")
        self.rules_action.triggered.connect(lambda: self._open_admin("WarningRulesDialog"))
        self.calendar_action = self.admin_menu.addAction("")
        self.calendar_action.triggered.connect(lambda: self._open_admin("CalendarOverridesDialog"))
        self.admin_button.setMenu(self.admin_menu)
        self.new_case_button.setEnabled(
            actor.can(Permission.DISPUTE_EDIT) and dialog_available("case_form")
        )
        self.meeting_button.setEnabled(
            actor.can(Permission.MEETING_EDIT) and dialog_available("meeting_dialog")
        )
        self.leads_button.setEnabled(dialog_available("leads_dialog"))
        self.admin_button.setEnabled(dialog_available("admin_dialogs"))
        for button in (
            self.new_case_button,
            self.meeting_button,
            self.leads_button,
            self.admin_button,
        ):
            self.toolbar.addWidget(button)
        self.toolbar.addStretch(1)

    def _build_detail(self) -> QWidget:
        module = dialog_module("detail_panel")
        if module is not None:
            panel: QWidget = module.CaseDetailPanel(self.context, self)
            panel.setObjectName(panel.objectName() or "caseDetailPanel")
            return panel
        placeholder = QLabel(self)
        placeholder.setObjectName("caseDetailPlaceholder")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setWordWrap(True)
        placeholder.setMinimumWidth(200)
        return placeholder

    # state --------------------------------------------------------------------------------
    def restore_state(self) -> None:
        try:
            state = json.loads(str(self.state.value(SETTINGS_FILTERS, "{}")))
        except ValueError:
            state = {}
        splitter = self.state.value(SETTINGS_SPLITTER)
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        if isinstance(state, dict):
            self.filter_bar.set_state(state)

    def save_state(self) -> None:
        self.state.set_value(SETTINGS_FILTERS, json.dumps(self.filter_bar.state()))
        self._save_splitter()

    def load(self, generation: int) -> None:
        """The board's first pages, then the filter bar's people, on the pool; the board
        shows that it is loading meanwhile."""
        self.board.load(
            self.filter_bar.filters(), self.filter_bar.lane_kind(), fresh_rules=generation > 1
        )
        # the people follow the board's first pages, so the two reads do not compete
        self._people_pending = True

    def _load_people(self) -> None:
        """Units and owners for the filter bar, with their pinyin keys (thousands of
        names); the board does not wait for them."""
        generation = self.generation

        def arrived(result: tuple[FilterChoices, dict[uuid.UUID, str]]) -> None:
            if self.is_current(generation):
                self._people_loaded(result)

        operations.filter_people(self.context).owned_by(self).success(arrived).failure(
            self._task_failed
        ).run()

    def _people_loaded(self, result: tuple[FilterChoices, dict[uuid.UUID, str]]) -> None:
        self.no_organisation.show_if(not result[0].units)
        self.filter_bar.set_choices(*result)

    def _task_failed(self, exc: BaseException) -> None:
        self.say(error_text(exc))

    def _save_splitter(self, *_args: object) -> None:
        self.state.set_value(SETTINGS_SPLITTER, self.splitter.saveState())

    def apply_filters(self) -> None:
        self.state.set_value(SETTINGS_FILTERS, json.dumps(self.filter_bar.state()))
        if self.started:
            self.board.load(self.filter_bar.filters(), self.filter_bar.lane_kind())

    # showing ------------------------------------------------------------------------------
    def _loaded(self, board: PagedBoard) -> None:
        if self._labels is None or self._labels.lists != board.labels.lists:
            self._labels = board.labels
            self.filter_bar.set_labels(board.labels)
        self.look.lane_titles = {
            rank: board.labels.name(board.lanes, code, self.context.language)
            for rank, code in enumerate(board.lane_codes)
        }
        self.look.lane_titles[len(board.lane_codes)] = self.tr("Not given")
        if board.calendar_fallback_years:
            years = ", ".join(str(year) for year in board.calendar_fallback_years)
            self.say(translate_error(FALLBACK_NOTICE, {"years": years}))
        if self._people_pending:
            self._people_pending = False
            self._load_people()
        if self._say_when_loaded:
            self.say(self._say_when_loaded)
            self._say_when_loaded = ""
        shown = getattr(self.detail, "case_id", None)
        if shown is not None and self.board.card(shown) is None:
            # the filters hide the case: the detail must not show what the board does not
            self._show_detail(None)
        self.loaded.emit()

    def _counts_changed(self, counts: BoardCounts) -> None:
        self.filter_bar.set_counts(counts)
        locale = QLocale()
        text = self.tr("{total} cases").format(total=locale.toString(counts.total))
        if counts.overdue is not None:
            text += self.tr(" · {overdue} overdue").format(overdue=locale.toString(counts.overdue))
        self.summary.setText(text)

    def say(self, text: str) -> None:
        self.message_text = text
        self.message.setText(text)

    def _show_detail(self, card: BoardCard | None) -> None:
        show = getattr(self.detail, "show_case", None)
        if show is not None:
            show(card.id if card is not None else None)

    def open_card(self, card: BoardCard) -> None:
        """Enter / double click: the case's full detail beside the board."""
        self._show_detail(card)
        sizes = self.splitter.sizes()
        if len(sizes) == 2 and sizes[1] == 0:
            self.splitter.setSizes([max(sizes[0] - 360, 400), 360])
        self.detail.setFocus()

    # moving -------------------------------------------------------------------------------
    def move_card(self, card: BoardCard, to_stage: str) -> None:
        """Ask the move flow to move the card; a refused move leaves the board as it is."""
        module = dialog_module("move_flow")
        board = self.board.board
        if module is None or board is None:
            self.say(self.tr("Moving cards is not available on this desk yet."))
            return
        ref = module.request_move(self, self.context, card, to_stage, board.labels)
        if ref is not None:
            self.moves.moved(ref.id)
            self._select_when_shown(ref.id)
            stage = board.labels.name("stage", ref.stage, self.context.language)
            self.say(
                self.tr("Case {number} moved to {stage}.").format(number=ref.number, stage=stage)
            )
            return
        self._check_changed_elsewhere(card)

    def _check_changed_elsewhere(self, card: BoardCard) -> None:
        """After a move that did not happen: if the card changed meanwhile (another desk or
        window), read the board afresh and say so."""
        reader = self.board.reader
        if reader is None:
            return
        operations.board_cards(self.context, reader, [card.id]).owned_by(self).success(
            lambda fresh: self._checked_elsewhere(card, fresh.get(card.id))
        ).failure(self._task_failed).run()

    def _checked_elsewhere(self, card: BoardCard, now: BoardCard | None) -> None:
        if now is not None and now.version == card.version:
            return
        self.reload()
        self._select_when_shown(card.id)
        self._say_when_loaded = self.tr(
            "Case {number} was changed elsewhere after it was shown; the board has been read again."
        ).format(number=card.number)

    def undo(self) -> None:
        """Edit → Undo: take back this user's last move."""
        self.moves.undo()

    def on_changes(self, changes: Changes) -> None:
        """Only the cases a write named; everything after a bulk write or a rule change;
        the owner and unit names on the cards shown after a roster or unit edit."""
        cases = changes.ids(Area.DISPUTES)
        if cases is None or changes.touches(Area.DISPUTE_RULES):
            self.schedule_reload()
            return
        named = self.board.cards_naming(changes.ids(Area.ROSTERS), changes.ids(Area.ORGANISATION))
        if changes.touches(Area.ROSTERS, Area.ORGANISATION):
            self._load_people()
        if cases or named:
            self.board.refresh_cards([*cases, *named])

    # menus --------------------------------------------------------------------------------
    def card_menu(self, card: BoardCard) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("cardMenu")
        board = self.board.board
        move_menu = menu.addMenu(self.tr("Move to"))
        move_menu.setObjectName("cardMoveMenu")
        can_move = dialog_available("move_flow") and self.context.actor.can(Permission.DISPUTE_EDIT)
        for stage in self.board.moves_to.get(card.stage, ()):
            name = board.labels.name("stage", stage, self.context.language) if board else stage
            action = move_menu.addAction(name)
            action.setObjectName(f"moveTo_{stage}")
            action.setEnabled(can_move)
            action.triggered.connect(lambda _=False, s=stage: self.move_card(card, s))
        move_menu.setEnabled(not move_menu.isEmpty())
        team = menu.addAction(self.tr("Three-person team…"))
        team.setObjectName("cardTeamAction")
        team.setEnabled(
            dialog_available("team_dialog") and self.context.actor.can(Permission.DISPUTE_EDIT)
        )
        team.triggered.connect(lambda: self.open_team(card))
        edit = menu.addAction(self.tr("Edit…"))
        edit.setObjectName("cardEditAction")
        edit.setEnabled(
            dialog_available("case_form") and self.context.actor.can(Permission.DISPUTE_EDIT)
        )
        edit.triggered.connect(lambda: self.edit_card(card))
        refer = menu.addAction(self.tr("Refer a party to psychological care…"))
        refer.setObjectName("cardReferPsychAction")
        refer.setEnabled(self.context.actor.can(Permission.DISPUTE_EDIT))
        refer.triggered.connect(lambda: self.refer_to_care(card))
        menu.addSeparator()
        details = menu.addAction(self.tr("Case details"))
        details.setObjectName("cardDetailsAction")
        details.triggered.connect(lambda: self.open_card(card))
        return menu

    def show_card_menu(self, card: BoardCard, position: QPoint) -> None:
        menu = self.card_menu(card)
        menu.exec(position)
        menu.deleteLater()

    def show_header_menu(self, stage: str, position: QPoint) -> None:
        menu = QMenu(self)
        action = menu.addAction(self.tr("Set work-in-progress limit…"))
        action.triggered.connect(lambda: self.ask_wip_limit(stage))
        menu.exec(position)
        menu.deleteLater()

    def ask_wip_limit(self, stage: str) -> None:
        board = self.board.board
        name = board.labels.name("stage", stage, self.context.language) if board else stage
        limit, ok = QInputDialog.getInt(
            self,
            self.tr("Work-in-progress limit"),
            self.tr("Most cards wanted in {stage} (0 for no limit):").format(stage=name),
            wip_limit(self.state, stage),
            0,
            100000,
        )
        if ok:
            set_wip_limit(self.state, stage, limit)
            self.board.refresh_headers()

    # dialogs ------------------------------------------------------------------------------
    def open_team(self, card: BoardCard) -> None:
        module = dialog_module("team_dialog")
        if module is not None:
            module.open_team_dialog(self, self.context, card.id)

    def refer_to_care(self, card: BoardCard) -> None:
        from app.views.psych.refer_party_dialog import open_refer_party_dialog

        open_refer_party_dialog(self, self.context, card.id, card.number)

    def edit_card(self, card: BoardCard) -> None:
        module = dialog_module("case_form")
        if module is None:
            return
        if module.open_edit_case_dialog(self, self.context, card.id) is None:
            self._check_changed_elsewhere(card)

    def _fill_new_case_menu(self) -> None:
        self.new_case_menu.clear()
        board = self.board.board
        if board is None:
            return
        for item in board.labels.items("source"):
            action = self.new_case_menu.addAction(item.label(self.context.language))
            action.setObjectName(f"newCase_{item.code}")
            action.triggered.connect(lambda _=False, code=item.code: self.new_case(code))

    def new_case(self, source: str) -> None:
        if source == "meeting":
            self.open_meeting()
            return
        if source == "early_warning":
            self.open_leads()
            return
        module = dialog_module("case_form")
        if module is None:
            return
        ref = module.open_new_case_dialog(self, self.context, source)
        if ref is not None:
            self.moves.moved(ref.id)
            self._select_when_shown(ref.id)

    def _select_when_shown(self, case_id: uuid.UUID) -> None:
        """Select a case now, and again once the refresh or reload on its way is in."""
        self.board.select_card(case_id, focus=True)
        self._to_select = case_id if self.board.busy() else None

    def _select_pending(self, *_args: object) -> None:
        if self._to_select is not None and not self.board.busy():
            self.board.select_card(self._to_select, focus=True)
            self._to_select = None

    def open_meeting(self) -> None:
        module = dialog_module("meeting_dialog")
        if module is not None:
            module.open_meeting_dialog(self, self.context)

    def open_leads(self) -> None:
        module = dialog_module("leads_dialog")
        if module is None:
            return
        dialog = getattr(self, "_leads_dialog", None)
        if dialog is None:
            dialog = module.LeadsDialog(self.context, self)
            self._leads_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _open_admin(self, name: str) -> None:
        module = dialog_module("admin_dialogs")
        if module is None:
            return
        dialog = getattr(module, name)(self.context, self)
        dialog.exec()
        dialog.deleteLater()

    # language -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.look.language = self.context.language
        self.look.retranslate()
        self.board.texts = {
            "wip": self.tr("/ limit {limit}"),
            "empty": self.tr("No cases"),
            "loading": self.tr("Loading the board…"),
        }
        self.new_case_button.setText(self.tr("New case"))
        self.new_case_button.setToolTip(self.tr("Receive a case from any source"))
        self.meeting_button.setText(self.tr("Resident meeting…"))
        self.leads_button.setText(self.tr("Early-warning leads…"))
        self.admin_button.setText(self.tr("Rules"))
        self.rules_action.setText(self.tr("Warning rules…"))
        self.calendar_action.setText(self.tr("Working calendar…"))
        self.refresh_action.setText(self.tr("Refresh"))
        if isinstance(self.detail, QLabel):
            self.detail.setText(self.tr("Select a card to see the case here."))
        if self.filter_bar.language != self.context.language:
            self.filter_bar.set_language(self.context.language)
        self.say("")
        board = self.board.board
        if board is not None:
            self._loaded(board)
            self.board.refresh_headers()
            if self.board.counts is not None:
                self._counts_changed(self.board.counts)
        for view in self.board.views.values():
            view.viewport().update()
