"""The main window at 1024×700 in both languages: every filter whole, the roster's
status in view, and cut text given whole in a tooltip."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from app.services import auth
from app.views.language import install_language
from app.views.pane_context import PaneContext
from app.views.rosters.staff_table_model import StaffTableModel
from app.views.shell.main_window import MainWindow
from tests.helpers.roster_pane import demo_actor, demo_database

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_window_works_at_1024_by_700(qtbot: Any, tmp_path: Path, language: str) -> None:
    database = demo_database(tmp_path)
    install_language(language)
    with database.session() as session:
        labels = auth.role_labels(session)
    window = MainWindow(PaneContext(database, demo_actor(database), language), True, labels, 15)
    qtbot.addWidget(window)
    window.show()
    window.resize(1024, 700)
    keys = [spec.key for spec in window.specs]
    window.show_pane(keys.index("disputes"))
    disputes = window.pane("disputes")
    qtbot.waitUntil(lambda: disputes.board.counts is not None, timeout=20_000)
    window.show_pane(keys.index("rosters"))
    rosters = window.pane("rosters")
    qtbot.waitUntil(lambda: rosters.data is not None, timeout=20_000)
    assert window.minimumSizeHint().width() <= 1024
    assert window.width() == 1024
    for pane, bar in ((rosters, rosters.filters), (disputes, disputes.filter_bar)):
        window.show_pane(keys.index(pane.pane_key))
        qtbot.waitUntil(bar.isVisible)
        for combo in bar.findChildren(QComboBox):
            if combo.isVisible() and not combo.isEditable():
                # the chosen entry ("All unit types") is shown whole
                assert combo.width() >= combo.sizeHint().width(), combo.currentText()
    # the status column is in view at this width, and orange rows are explained
    window.show_pane(keys.index("rosters"))
    view = rosters.staff_view
    header = view.horizontalHeader()
    status_right = header.sectionViewportPosition(StaffTableModel.STATUS) + header.sectionSize(
        StaffTableModel.STATUS
    )
    assert status_right <= view.viewport().width()
    assert ("派驻已结束" if language == "zh_CN" else "secondment ended") in rosters.legend.text()
    # a cut cell gives its whole text as a tooltip; a whole one gives none
    post = StaffTableModel.POST
    header.resizeSection(post, 30)
    index = view.model().index(0, post)
    assert view.tips.text_at(index) == index.data()
    header.resizeSection(post, 400)
    assert view.tips.text_at(index) == ""
    # a card's whole number and title
    model = next(m for m in disputes.board.models.values() if m.loaded_cards())
    card = model.loaded_cards()[0]
    tip = model.index(model.row_of(card.id)).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == f"{card.number}\n{card.title}"
    window.close()
    install_language("zh_CN")
