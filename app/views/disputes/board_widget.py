"""The columns of the board side by side, and what keeps them current.

The board reads through a ``BoardReader``: the first page of each column when it opens
or a filter changes, more as a column scrolls, and only the changed cards after a write
(each taken out of its old column and put where it now belongs). The colour and overdue
counts are computed on a worker thread once the board is on screen.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import datetime

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QWidget

from app.services.disputes import (
    BoardCard,
    BoardCounts,
    BoardFilters,
    BoardReader,
    CardKey,
    PagedBoard,
)
from app.views.disputes import operations
from app.views.disputes.card_delegate import CardDelegate, CardLook
from app.views.disputes.column_model import ColumnModel, PageDone
from app.views.disputes.column_view import (
    HINT_ALLOWED,
    HINT_FORBIDDEN,
    ColumnFrame,
    ColumnView,
)
from app.views.pane import UserState
from app.views.pane_context import PaneContext

SETTINGS_WIP = "board/wip/{stage}"
#: After a change the board counts again this much later (one count for a burst).
RECOUNT_DELAY_MS = 250


def wip_limit(state: UserState, stage: str) -> int:
    value = state.value(SETTINGS_WIP.format(stage=stage), 0)
    try:
        return max(int(value), 0)
    except (TypeError, ValueError):
        return 0


def set_wip_limit(state: UserState, stage: str, limit: int) -> None:
    if limit > 0:
        state.set_value(SETTINGS_WIP.format(stage=stage), limit)
    else:
        state.remove(SETTINGS_WIP.format(stage=stage))


class BoardWidget(QScrollArea):
    """One ``ColumnFrame`` per stage, built from the stages the database lists."""

    card_selected = Signal(object)
    card_opened = Signal(object)
    #: (card, target stage)
    move_requested = Signal(object, str)
    #: (card, global position)
    menu_requested = Signal(object, QPoint)
    header_menu_requested = Signal(str, QPoint)
    #: the board was read afresh (a ``PagedBoard``)
    loaded = Signal(object)
    #: reading the board failed (the exception; already logged)
    load_failed = Signal(object)
    #: counts changed (a ``BoardCounts``; colours and overdue may be unknown)
    counts_changed = Signal(object)
    #: a keyboard move has nowhere to go on that side (the card)
    no_move = Signal(object, int)
    #: cards were read again and put in place (their ids)
    cards_refreshed = Signal(object)

    def __init__(
        self,
        context: PaneContext,
        look: CardLook,
        state: UserState,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("disputeBoard")
        self.context = context
        self.look = look
        self.state = state
        self.delegate = CardDelegate(look, self)
        self.reader: BoardReader | None = None
        self.board: PagedBoard | None = None
        self.counts: BoardCounts | None = None
        self.models: dict[str, ColumnModel] = {}
        self.views: dict[str, ColumnView] = {}
        self.frames: dict[str, ColumnFrame] = {}
        self.stage_order: list[str] = []
        self.moves_to: dict[str, tuple[str, ...]] = {}
        self.texts: dict[str, str] = {}
        #: bumped by every load; a read for an older one is dropped when it comes
        self.generation = 0
        self._opened_generation = 0
        self._counting = 0
        self._refreshing = 0
        #: card id -> the latest refresh asked for it (an older answer is not applied)
        self._refresh_asked: dict[uuid.UUID, int] = {}
        self._refresh_serial = 0
        #: cases a write touched while the board was being read afresh
        self._pending: set[uuid.UUID] = set()
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.timeout.connect(self.count_in_background)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inner = QWidget(self)
        self.inner.setObjectName("disputeBoardColumns")
        self.row = QHBoxLayout(self.inner)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(6)
        self.setWidget(self.inner)
        self.loading_label = QLabel(self)
        self.loading_label.setObjectName("boardLoading")
        self.loading_label.setStyleSheet(
            "QLabel { background: palette(window); border: 1px solid palette(mid);"
            " padding: 6px 12px; }"
        )
        self.loading_label.hide()

    # reading ------------------------------------------------------------------------------
    def load(
        self,
        filters: BoardFilters,
        lanes: str,
        now: datetime | None = None,
        *,
        fresh_rules: bool = False,
    ) -> None:
        """Read the board afresh for these filters (first pages; the counts follow) on
        the pool; the columns shown stay until it comes. ``fresh_rules`` reads the rules,
        calendar and reference lists again too."""
        self.generation += 1
        generation = self.generation
        previous = None if fresh_rules else self.reader
        self.counts = None  # until this board's counts are in
        self._show_loading(True)
        operations.board_opened(self.context, filters, lanes, previous, now, self).success(
            lambda result: self._opened(generation, *result)
        ).failure(lambda exc: self._open_failed(generation, exc)).run()

    def reload(self) -> None:
        """Read everything afresh, the rules, calendar and reference lists too."""
        if self.reader is None:
            return
        self.load(self.reader.filters, self.reader.lanes, fresh_rules=True)

    def loading(self) -> bool:
        """A load is on its way."""
        return self._opened_generation != self.generation

    def busy(self) -> bool:
        """Anything the board asked for is still on its way (tests and benchmarks wait)."""
        paging = any(model.fetching() for model in self.models.values())
        return self.loading() or self._refreshing > 0 or paging

    def _opened(self, generation: int, reader: BoardReader, board: PagedBoard) -> None:
        if generation != self.generation:
            return
        self._opened_generation = generation
        self.reader = reader
        self.board = board
        self.look.labels = board.labels
        self.look.today = board.today
        self._ensure_columns(board)
        for column in board.columns:
            model = self.models[column.stage]
            model.reset(column.cards, column.keys, column.count, bool(board.lanes))
        self._show_loading(False)
        self.refresh_headers()
        self.loaded.emit(board)
        # the counts follow from the pool; the colour counts shown meanwhile are the
        # previous board's
        self.count_in_background()
        if self._pending:
            pending, self._pending = self._pending, set()
            self.refresh_cards(pending)

    def _open_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self.generation:
            return
        self._opened_generation = generation
        self._show_loading(False)
        self.load_failed.emit(exc)

    def _show_loading(self, loading: bool) -> None:
        self.loading_label.setText(self.texts.get("loading", "…"))
        self.loading_label.adjustSize()
        self.loading_label.move(max((self.width() - self.loading_label.width()) // 2, 0), 8)
        self.loading_label.setVisible(loading)
        if loading:
            self.loading_label.raise_()

    def _load_page(
        self, stage: str, after: CardKey | None, done: PageDone, failed: Callable[[], None]
    ) -> None:
        reader = self.reader
        if reader is None:
            failed()
            return
        operations.board_page(self.context, reader, stage, after).owned_by(self).success(
            lambda page: done(*page)
        ).failure(lambda _exc: failed()).run()

    def count_in_background(self, delay_ms: int = 0) -> None:
        """Every count (column, lane, colour, overdue) off the GUI thread; after a
        delay, changes coming in quick succession are counted once."""
        if delay_ms > 0:
            self._count_timer.start(delay_ms)
            return
        self._count_timer.stop()
        reader = self.reader
        if reader is None:
            return
        generation = self.generation
        self._counting += 1
        operations.board_counts(self.context, reader).owned_by(self).success(
            lambda counts: self._counted(generation, counts)
        ).failure(self._count_failed).run()

    def counting(self) -> bool:
        """Counts are on their way (or about to be asked for)."""
        return self._counting > 0 or self._count_timer.isActive()

    def _counted(self, generation: int, counts: BoardCounts) -> None:
        self._counting -= 1
        if generation == self.generation:
            self._apply_counts(counts)

    def _count_failed(self, _exc: BaseException) -> None:
        """The counts stay as the board last showed them; the next change counts again."""
        self._counting -= 1

    def _apply_counts(self, counts: BoardCounts) -> None:
        self.counts = counts
        for stage, model in self.models.items():
            model.set_counts(counts.columns.get(stage, 0), self._lane_counts(counts, stage))
        self.refresh_headers()
        self.counts_changed.emit(counts)

    def _lane_counts(self, counts: BoardCounts, stage: str) -> dict[int, int] | None:
        if self.reader is None or not self.reader.lanes:
            return None
        return {lane: n for (code, lane), n in counts.lanes.items() if code == stage}

    # changes made here or elsewhere -------------------------------------------------------
    def refresh_cards(self, ids: Iterable[uuid.UUID]) -> None:
        """Re-read these cases on the pool and put each where it now belongs (or take it
        off); ids that are not cases are harmless."""
        wanted = [i if isinstance(i, uuid.UUID) else uuid.UUID(str(i)) for i in ids]
        if not wanted:
            return
        if self.loading():
            self._pending.update(wanted)  # read again once the new board is in
            return
        reader = self.reader
        if reader is None:
            return
        self._refresh_serial += 1
        serial, generation = self._refresh_serial, self.generation
        for card_id in wanted:
            self._refresh_asked[card_id] = serial
        self._refreshing += 1
        operations.board_cards(self.context, reader, wanted).owned_by(self).success(
            lambda fresh: self._refreshed(generation, serial, wanted, fresh)
        ).failure(self._refresh_failed).run()

    def _refresh_failed(self, exc: BaseException) -> None:
        self._refreshing -= 1
        self.load_failed.emit(exc)

    def _refreshed(
        self,
        generation: int,
        serial: int,
        wanted: list[uuid.UUID],
        fresh: dict[uuid.UUID, BoardCard],
    ) -> None:
        self._refreshing -= 1
        if generation != self.generation or self.reader is None:
            return  # a newer board was read meanwhile
        current = [i for i in wanted if self._refresh_asked.get(i) == serial]
        for card_id in current:
            del self._refresh_asked[card_id]
        selected = self.selected_card()
        for card_id in current:
            for model in self.models.values():
                model.remove_card(card_id)
            card = fresh.get(card_id)
            target = self.models.get(card.stage) if card is not None else None
            if card is not None and target is not None:
                target.insert_card(card, self.reader.key_of(card))
        if selected is not None and selected.id in fresh:
            self.select_card(selected.id)
        self.refresh_headers()
        self.cards_refreshed.emit(current)
        self.count_in_background(RECOUNT_DELAY_MS)

    def shown_cards(self) -> list[BoardCard]:
        return [card for model in self.models.values() for card in model.loaded_cards()]

    def cards_naming(
        self, staff: frozenset[uuid.UUID] | None, units: frozenset[uuid.UUID] | None
    ) -> list[uuid.UUID]:
        """The cards shown whose owner, team or unit is among the rows written (all of
        them when a bulk write named no rows)."""
        if not staff and not units and staff is not None and units is not None:
            return []
        named = []
        for card in self.shown_cards():
            people = {card.owner_staff_id, *(badge.staff_id for badge in card.team)}
            if (
                staff is None
                or units is None
                or card.unit_id in units
                or not people.isdisjoint(staff)
            ):
                named.append(card.id)
        return named

    # columns ------------------------------------------------------------------------------
    def _ensure_columns(self, board: PagedBoard) -> None:
        stages = [column.stage for column in board.columns]
        self.moves_to = {column.stage: column.moves_to for column in board.columns}
        if stages == self.stage_order:
            return
        for frame in self.frames.values():
            self.row.removeWidget(frame)
            frame.deleteLater()
        self.models.clear()
        self.views.clear()
        self.frames.clear()
        self.stage_order = stages
        for stage in stages:
            model = ColumnModel(stage, self._load_page, board_page_size(self.reader), self)
            view = ColumnView(stage, self.delegate, self.inner)
            view.setModel(model)
            view.card_dropped.connect(self._dropped)
            view.move_step.connect(self._step)
            view.card_opened.connect(self.card_opened)
            view.menu_requested.connect(self.menu_requested)
            view.neighbour_requested.connect(lambda step, s=stage: self._focus_neighbour(s, step))
            view.drag_started.connect(self._show_drop_hints)
            view.drag_finished.connect(self._clear_drop_hints)
            selection = view.selectionModel()
            selection.currentChanged.connect(lambda current, _previous, v=view: self._current(v))
            frame = ColumnFrame(view, self.inner)
            frame.header_menu_requested.connect(self.header_menu_requested)
            self.row.addWidget(frame, 1)
            self.models[stage] = model
            self.views[stage] = view
            self.frames[stage] = frame

    def refresh_headers(self) -> None:
        if self.board is None:
            return
        language = self.context.language
        for column in self.board.columns:
            model = self.models.get(column.stage)
            frame = self.frames.get(column.stage)
            if model is None or frame is None:
                continue
            limit = wip_limit(self.state, column.stage)
            limit_text = self.texts.get("wip", "/ {limit}").format(limit=limit) if limit else ""
            # until counted: the cards read so far, and a "+" when there are more
            count = model.count if model.count is not None else model.loaded_count()
            count_text = str(count) if model.count is not None or model.exhausted() else f"{count}+"
            frame.show_header(
                column.label(language), count_text, limit_text, bool(limit) and count > limit
            )
            frame.view.empty_text = self.texts.get("empty", "")
            frame.view.viewport().update()

    # selection and keyboard ---------------------------------------------------------------
    def _current(self, view: ColumnView) -> None:
        card = view.current_card()
        if card is not None:
            for other in self.views.values():
                if other is not view:
                    other.clearSelection()
            self.card_selected.emit(card)

    def selected_card(self) -> BoardCard | None:
        for view in self.views.values():
            if view.selectionModel().hasSelection():
                card = view.current_card()
                if card is not None:
                    return card
        return None

    def select_card(self, card_id: uuid.UUID, focus: bool = False) -> bool:
        for view in self.views.values():
            if view.select_card(card_id):
                if focus:
                    view.setFocus()
                self.ensureWidgetVisible(view.parentWidget() or view)
                return True
        return False

    def card(self, card_id: uuid.UUID) -> BoardCard | None:
        for model in self.models.values():
            row = model.row_of(card_id)
            if row >= 0:
                return model.card_at(row)
        return None

    def next_stage(self, card: BoardCard, step: int) -> str | None:
        """The nearest allowed stage to the right (step +1) or left (-1) of the card's."""
        order = {stage: i for i, stage in enumerate(self.stage_order)}
        here = order.get(card.stage, 0)
        allowed = [s for s in self.moves_to.get(card.stage, ()) if s in order]
        side = [s for s in allowed if (order[s] - here) * step > 0]
        if not side:
            return None
        return min(side, key=lambda s: abs(order[s] - here))

    def _step(self, card: BoardCard, step: int) -> None:
        target = self.next_stage(card, step)
        if target is None:
            self.no_move.emit(card, step)
            return
        self.move_requested.emit(card, target)

    def _focus_neighbour(self, stage: str, step: int) -> None:
        if stage not in self.stage_order:
            return
        index = self.stage_order.index(stage) + step
        if 0 <= index < len(self.stage_order):
            view = self.views[self.stage_order[index]]
            view.setFocus()
            if not view.currentIndex().isValid():
                model = self.models[self.stage_order[index]]
                for row in range(model.rowCount()):
                    if model.card_at(row) is not None:
                        view.setCurrentIndex(model.index(row))
                        break
            self.ensureWidgetVisible(view.parentWidget() or view)

    # dragging -----------------------------------------------------------------------------
    def _dropped(self, payload: dict, to_stage: str) -> None:
        # the drag is over: the outlines go before the move's dialog opens over them
        self._clear_drop_hints()
        card = self.card(payload["id"])
        if card is None:
            return
        self.move_requested.emit(card, to_stage)

    def _show_drop_hints(self, card: BoardCard) -> None:
        allowed = set(self.moves_to.get(card.stage, ()))
        for stage, view in self.views.items():
            if stage != card.stage:
                view.set_drop_hint(HINT_ALLOWED if stage in allowed else HINT_FORBIDDEN)

    def _clear_drop_hints(self) -> None:
        for view in self.views.values():
            view.set_drop_hint("")


def board_page_size(reader: BoardReader | None) -> int:
    return reader.page_size if reader is not None else 40
