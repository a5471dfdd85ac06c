"""One board column as a list model: the cards read so far, in column order, with a
painted header row before each swimlane, and more cards read as the view scrolls.

Rows are plain ``BoardCard`` values (never ORM rows). Each row has its key (the
column-order sort key from the board reader), so a changed card is removed and inserted
where it now belongs without resetting the column. The next page is read on the pool
(``PageLoader`` calls back); a column reset meanwhile drops the late page.
"""

from __future__ import annotations

import bisect
import json
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.services.disputes import BoardCard, CardKey
from app.views.models.roles import EXTRA_ROLE, ROW_ROLE, SORT_ROLE

#: What a dragged card carries: its id, the version it was shown at and its stage.
CARD_MIME_TYPE = "application/x-streetdesk-dispute-card"

# ROW_ROLE: the card (None for a lane header); SORT_ROLE: the card's key in column order
# (a lane header: its lane rank alone).
#: True for a swimlane header row.
LANE_HEADER_ROLE = EXTRA_ROLE
#: The swimlane rank of the row.
LANE_ROLE = EXTRA_ROLE + 1
#: Cards in the row's swimlane in this column (header rows).
LANE_COUNT_ROLE = EXTRA_ROLE + 2

Index = QModelIndex | QPersistentModelIndex
PageDone = Callable[[Sequence[BoardCard], Sequence[CardKey]], None]
#: Starts reading the next page of a column after a key; calls ``done(cards, keys)`` with
#: it, or ``failed()``.
PageLoader = Callable[[str, CardKey | None, PageDone, Callable[[], None]], None]


def card_payload(card: BoardCard) -> dict[str, Any]:
    return {"id": str(card.id), "version": card.version, "stage": card.stage}


def read_payload(mime: QMimeData) -> dict[str, Any] | None:
    """The dragged card's id, version and stage, or None for anything else."""
    if not mime.hasFormat(CARD_MIME_TYPE):
        return None
    try:
        data = json.loads(bytes(mime.data(CARD_MIME_TYPE).data()).decode("utf-8"))
        return {
            "id": uuid.UUID(data["id"]),
            "version": int(data["version"]),
            "stage": data["stage"],
        }
    except (ValueError, KeyError, TypeError):
        return None


class ColumnModel(QAbstractListModel):
    """The rows of one stage column."""

    def __init__(self, stage: str, loader: PageLoader, page_size: int, parent: Any = None):
        super().__init__(parent)
        self.stage = stage
        self.loader = loader
        self.page_size = page_size
        #: cards in this column that match the filters (not only those read); None
        #: until counted
        self.count: int | None = 0
        self.lanes_on = False
        self.lane_counts: dict[int, int] = {}
        self._rows: list[BoardCard | int] = []
        self._keys: list[tuple[Any, ...]] = []
        self._ids: set[uuid.UUID] = set()
        #: the key of the last card read page by page: the next page starts after it
        self._page_end: CardKey | None = None
        self._exhausted = True
        #: a page is being read; bumped ``_epoch`` drops it when it comes
        self._fetching = False
        self._epoch = 0

    # filling ------------------------------------------------------------------------------
    def reset(
        self,
        cards: Sequence[BoardCard],
        keys: Sequence[CardKey],
        count: int | None,
        lanes_on: bool,
        lane_counts: dict[int, int] | None = None,
    ) -> None:
        self.beginResetModel()
        self._epoch += 1
        self._fetching = False
        self._rows.clear()
        self._keys.clear()
        self._ids = {card.id for card in cards}
        self.count = count
        self.lanes_on = lanes_on
        self.lane_counts = dict(lane_counts or {})
        last_lane: int | None = None
        for card, key in zip(cards, keys, strict=True):
            if lanes_on and key[0] != last_lane:
                last_lane = key[0]
                self._rows.append(last_lane)
                self._keys.append((last_lane,))
            self._rows.append(card)
            self._keys.append(key)
        self._page_end = keys[-1] if keys else None
        self._exhausted = len(cards) < self.page_size
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Start reading the next page."""
        if parent.isValid() or self._exhausted or self._fetching:
            return
        self._fetching = True
        epoch = self._epoch
        self.loader(
            self.stage,
            self._page_end,
            lambda cards, keys: self._page_read(epoch, cards, keys),
            lambda: self._page_failed(epoch),
        )

    def fetching(self) -> bool:
        return self._fetching

    def _page_failed(self, epoch: int) -> None:
        if epoch == self._epoch:
            self._fetching = False

    def _page_read(self, epoch: int, cards: Sequence[BoardCard], keys: Sequence[CardKey]) -> None:
        """Each card of the page put in its place (cards already shown, such as one just
        moved here, are not shown twice)."""
        if epoch != self._epoch:
            return
        self._fetching = False
        self._exhausted = len(cards) < self.page_size
        if keys:
            self._page_end = keys[-1]
        for card, key in zip(cards, keys, strict=True):
            if card.id not in self._ids:
                self._place(card, key)

    # changes ------------------------------------------------------------------------------
    def row_of(self, card_id: uuid.UUID) -> int:
        if card_id not in self._ids:
            return -1
        for row, item in enumerate(self._rows):
            if not isinstance(item, int) and item.id == card_id:
                return row
        return -1

    def card_at(self, row: int) -> BoardCard | None:
        if 0 <= row < len(self._rows):
            item = self._rows[row]
            return None if isinstance(item, int) else item
        return None

    def loaded_cards(self) -> list[BoardCard]:
        return [item for item in self._rows if not isinstance(item, int)]

    def remove_card(self, card_id: uuid.UUID) -> BoardCard | None:
        """Take the card out (and its lane header if it was the lane's last card)."""
        row = self.row_of(card_id)
        if row < 0:
            return None
        card = self._rows[row]
        assert not isinstance(card, int)
        lane = self._keys[row][0]
        first, last = row, row
        alone_before = row > 0 and isinstance(self._rows[row - 1], int)
        alone_after = row + 1 >= len(self._rows) or isinstance(self._rows[row + 1], int)
        if self.lanes_on and alone_before and alone_after:
            first = row - 1
        self.beginRemoveRows(QModelIndex(), first, last)
        del self._rows[first : last + 1]
        del self._keys[first : last + 1]
        self._ids.discard(card_id)
        self.endRemoveRows()
        if self.count is not None:
            self.count = max(self.count - 1, 0)
        self._count_lane(lane, -1)
        return card

    def insert_card(self, card: BoardCard, key: CardKey) -> int:
        """Put a card that came into the column where it belongs, also past the cards
        read so far (later pages then fill in before it); returns its row."""
        if self.count is not None:
            self.count += 1
        self._count_lane(key[0], +1)
        return self._place(card, key)

    def _place(self, card: BoardCard, key: CardKey) -> int:
        row = bisect.bisect_left(self._keys, key)
        lane = key[0]
        new_rows: list[BoardCard | int] = [card]
        new_keys: list[tuple[Any, ...]] = [key]
        # a lane's header sorts before its cards: the row above is the header or a card
        # of the same lane exactly when the header is there
        if self.lanes_on and not (row > 0 and self._keys[row - 1][0] == lane):
            new_rows.insert(0, lane)
            new_keys.insert(0, (lane,))
        self.beginInsertRows(QModelIndex(), row, row + len(new_rows) - 1)
        self._rows[row:row] = new_rows
        self._keys[row:row] = new_keys
        self._ids.add(card.id)
        self.endInsertRows()
        return row + len(new_rows) - 1

    def loaded_count(self) -> int:
        return len(self._ids)

    def exhausted(self) -> bool:
        """Every card of the column has been read."""
        return self._exhausted

    def set_counts(self, count: int, lane_counts: dict[int, int] | None) -> None:
        self.count = count
        if lane_counts is not None:
            self.lane_counts = dict(lane_counts)
            headers = [row for row, item in enumerate(self._rows) if isinstance(item, int)]
            for row in headers:
                index = self.index(row)
                self.dataChanged.emit(index, index, [LANE_COUNT_ROLE])

    def _count_lane(self, lane: int, step: int) -> None:
        if not self.lanes_on or lane not in self.lane_counts:
            return
        self.lane_counts[lane] = max(self.lane_counts[lane] + step, 0)
        for row, item in enumerate(self._rows):
            if isinstance(item, int) and item == lane:
                index = self.index(row)
                self.dataChanged.emit(index, index, [LANE_COUNT_ROLE])
                break

    # the model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        key = self._keys[index.row()]
        if role == SORT_ROLE:
            return key
        if role == LANE_ROLE:
            return key[0]
        if isinstance(item, int):
            if role == LANE_HEADER_ROLE:
                return True
            if role == LANE_COUNT_ROLE:
                return self.lane_counts.get(item)
            return None
        if role == ROW_ROLE:
            return item
        if role == LANE_HEADER_ROLE:
            return False
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{item.number} {item.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            # the card cuts its number and title to its width: the whole of both
            tip = f"{item.number}\n{item.title}"
            if item.unsent:
                tip += "\n" + QCoreApplication.translate(
                    "CardDelegate", "Changed on this desk, not yet sent to the centre"
                )
            return tip
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        if isinstance(self._rows[index.row()], int):
            return Qt.ItemFlag.ItemIsEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        for index in indexes:
            card = self.card_at(index.row())
            if card is not None:
                payload = json.dumps(card_payload(card)).encode("utf-8")
                mime.setData(CARD_MIME_TYPE, QByteArray(payload))
                mime.setText(f"{card.number} {card.title}")
                break
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction
