"""Painted cards: the stripe in the warning colour, the red overdue mark, a widget count
that does not grow with the cards, and a board that survives repainting."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEventLoop, QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from app.services.database import Database
from app.views.disputes.card_delegate import OVERDUE, WARNING_COLOURS
from tests.helpers.board_fixtures import demo_copy, open_pane


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Database]:
    database = demo_copy(tmp_path)
    yield database
    database.dispose()


def render(view: Any, row: int) -> QImage:
    """The card at ``row`` as the view's delegate paints it."""
    index = view.model().index(row, 0)
    size = view.visualRect(index).size()
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = QRect(0, 0, size.width(), size.height())
    view.itemDelegate().paint(painter, option, index)
    painter.end()
    return image


def test_each_card_shows_its_warning_colour_and_overdue_mark(qtbot: Any, demo: Database) -> None:
    pane = open_pane(qtbot, demo)
    seen: set[str] = set()
    for view in pane.board.views.values():
        model = view.model()
        for row in range(min(model.rowCount(), 12)):
            card = model.card_at(row)
            if card is None or not card.colour:
                continue
            image = render(view, row)
            middle = image.height() // 2
            assert image.pixelColor(6, middle) == WARNING_COLOURS[card.colour], card.number
            # the overdue mark is a red chip in the top right corner
            corner = image.pixelColor(image.width() - 14, 14)
            assert (corner == OVERDUE) == card.overdue, card.number
            seen.add(card.colour)
    assert seen == {"red", "orange", "yellow", "blue"}


def test_cards_are_painted_not_built(qtbot: Any, demo: Database) -> None:
    pane = open_pane(qtbot, demo)
    widgets = len(QApplication.allWidgets())
    model = pane.board.models["closed"]
    pane.board.views["closed"].scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > model.page_size)
    assert len(QApplication.allWidgets()) == widgets


def test_the_board_survives_many_repaints(qtbot: Any, demo: Database) -> None:
    """Painting makes thousands of void Qt calls; a binding that drops a reference to
    None on each (PySide6 6.12.0 on Python 3.11) would abort the desk here."""
    pane = open_pane(qtbot, demo)
    loop = QEventLoop()
    before = sys.getrefcount(None)
    for _ in range(60):
        pane.board.inner.repaint()
        loop.processEvents()
    assert before - sys.getrefcount(None) < 1000
