"""The columns of the board side by side, and what keeps them current.

The board reads through a ``BoardReader``: the first page of each column when it opens
or a filter changes, more as a column scrolls, and only the changed cards after a write
(each taken out of its old column and put where it now belongs). The colour and overdue
counts are computed on a worker thread once the board is on screen.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QWidget

from app.services.disputes import BoardCard, BoardFilters
from app.services.disputes.board_pages import BoardCounts, BoardReader, PagedBoard
from app.services.disputes.board_sql import BoardExpressions, CardKey
from app.views.disputes.card_delegate import CardDelegate, CardLook
from app.views.disputes.column_model import ColumnModel
from app.views.disputes.column_view import (
    HINT_ALLOWED,
    HINT_FORBIDDEN,
    ColumnFrame,
    ColumnView,
)
from app.views.pane_context import PaneContext
from app.views.tasks import run_task

SETTINGS_WIP = "disputes/board/wip/{stage}"
#: After a change the board counts again this much later (one count for a burst).
RECOUNT_DELAY_MS = 250


def wip_limit(stage: str) -> int:
    value = QSettings().value(SETTINGS_WIP.format(stage=stage), 0)
    try:
        return max(int(value), 0)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0


def set_wip_limit(stage: str, limit: int) -> None:
    settings = QSettings()
    if limit > 0:
        settings.setValue(SETTINGS_WIP.format(stage=stage), limit)
    else:
        settings.remove(SETTINGS_WIP.format(stage=stage))


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
    #: counts changed (a ``BoardCounts``; colours and overdue may be unknown)
    counts_changed = Signal(object)
    #: a keyboard move has nowhere to go on that side (the card)
    no_move = Signal(object, int)

    def __init__(self, context: PaneContext, look: CardLook, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("disputeBoard")
        self.context = context
        self.look = look
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
        self._generation = 0
        self._counting = 0
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.timeout.connect(self.count_in_background)
        #: colour, overdue and lane SQL of the day, kept between filter changes
        self._expressions: BoardExpressions | None = None
        self._stats_task: object | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inner = QWidget(self)
        self.inner.setObjectName("disputeBoardColumns")
        self.row = QHBoxLayout(self.inner)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(6)
        self.setWidget(self.inner)

    # reading ------------------------------------------------------------------------------
    def load(self, filters: BoardFilters, lanes: str, now: datetime | None = None) -> PagedBoard:
        """Read the board afresh for these filters (first pages and column counts)."""
        actor = self.context.actor
        with self.context.database.session(actor.username) as session:
            reader = BoardReader(
                session, actor, filters, lanes=lanes, now=now, expressions=self._expressions
            )
            board = reader.open(session, counts="none")
        self._expressions = reader.sql
        self._generation += 1
        self.reader = reader
        self.board = board
        self.look.labels = board.labels
        self.look.today = board.today
        self._ensure_columns(board)
        for column in board.columns:
            model = self.models[column.stage]
            model.reset(column.cards, column.keys, column.count, bool(lanes))
        self.counts = None
        self.refresh_headers()
        self.loaded.emit(board)
        # the counts follow from a worker thread; the colour counts shown meanwhile are
        # the previous board's
        self.count_in_background()
        return board

    def reload(self) -> PagedBoard | None:
        """Read everything afresh, the rules, calendar and reference lists too."""
        if self.reader is None:
            return None
        self._expressions = None
        return self.load(self.reader.filters, self.reader.lanes)

    def _load_page(self, stage: str, after: CardKey | None) -> tuple[list[BoardCard], list]:
        if self.reader is None:
            return [], []
        with self.context.database.session(self.context.actor.username) as session:
            cards, keys = self.reader.page(session, stage, after)
        return list(cards), list(keys)

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
        generation = self._generation
        database = self.context.database
        author = self.context.actor.username

        def work(_progress: object) -> tuple[int, BoardCounts]:
            with database.session(author) as session:
                return generation, reader.counts(session)

        # bound methods: the connection goes with the board if it is closed meanwhile
        self._counting += 1
        self._stats_task = run_task(work, self._counted, self._count_failed)

    def counting(self) -> bool:
        """Counts are on their way (or about to be asked for)."""
        return self._counting > 0 or self._count_timer.isActive()

    def _counted(self, result: tuple[int, BoardCounts]) -> None:
        self._counting -= 1
        generation, counts = result
        if generation == self._generation:
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
        """Re-read these cases and put each where it now belongs (or take it off)."""
        if self.reader is None:
            return
        wanted = [i if isinstance(i, uuid.UUID) else uuid.UUID(str(i)) for i in ids]
        with self.context.database.session(self.context.actor.username) as session:
            fresh = self.reader.cards(session, wanted)
        selected = self.selected_card()
        for card_id in wanted:
            for model in self.models.values():
                model.remove_card(card_id)
            card = fresh.get(card_id)
            target = self.models.get(card.stage) if card is not None else None
            if card is not None and target is not None:
                target.insert_card(card, self.reader.key_of(card))
        if selected is not None and selected.id in fresh:
            self.select_card(selected.id)
        self.refresh_headers()
        self.count_in_background(RECOUNT_DELAY_MS)

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
            limit = wip_limit(column.stage)
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
