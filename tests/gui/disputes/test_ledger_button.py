""" "Print ledger" on the case detail opens the case's ledger in the print preview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.views.disputes.dialogs.detail_panel import CaseDetailPanel
from tests.helpers.dispute_dialogs import make_desk, receive_case
from tests.helpers.pdf_text import pdf_pages_text


def test_the_ledger_opens_in_the_preview(qtbot: Any, database: Any) -> None:
    desk = make_desk(database)
    card = receive_case(desk, stages=("accepted", "mediating"))
    panel = CaseDetailPanel(desk.context)
    qtbot.addWidget(panel)
    panel.resize(560, 820)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.show_case(card.id)
    qtbot.mouseClick(panel.ledger_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.ledger_button.preview is not None, timeout=20_000)
    preview = panel.ledger_button.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.first_page_shown, timeout=20_000)
    text = "".join(pdf_pages_text(preview.printed.path))
    assert card.number in text and "办理经过" in text and "第 1 页 共" in text
    preview.close()
