"""The print preview: pages rendered off the GUI thread, navigation, zoom, print, save."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.services.china_time import CHINA_TZ
from app.services.printing import PageFurniture
from app.services.printing.document import PrintedFile, paragraph, write_pdf
from app.views.printing.preview_dialog import PrintPreviewDialog
from tests.helpers.pdf_text import pdf_pages_text


@pytest.fixture
def three_pages(tmp_path: Path) -> PrintedFile:
    from reportlab.platypus import PageBreak

    story: list[Any] = []
    for number in (1, 2, 3):
        story += [paragraph(f"第{number}节 调解工作", "heading", "zh_CN"), PageBreak()]
    story.pop()
    furniture = PageFurniture("测试打印", "tester", datetime(2026, 3, 1, 9, 0, tzinfo=CHINA_TZ))
    path = write_pdf(tmp_path / "three.pdf", story, furniture)
    return PrintedFile(path, ["陈\U0003134a"], "测试打印")


def open_preview(qtbot: Any, printed: PrintedFile) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(printed)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.first_page_shown, timeout=20_000)
    return dialog


def test_pages_zoom_and_warning(qtbot: Any, three_pages: PrintedFile) -> None:
    dialog = open_preview(qtbot, three_pages)
    assert dialog.page_count == 3
    assert "3" in dialog.of_pages.text()  # "of 3" or "共 3 页"
    assert dialog.warning.isVisibleTo(dialog) and "陈" in dialog.warning.text()
    qtbot.keyClick(dialog, Qt.Key.Key_PageDown)
    assert dialog.page == 1 and dialog.page_box.value() == 2
    qtbot.keyClick(dialog, Qt.Key.Key_End)
    assert dialog.page == 2 and not dialog.next.isEnabled()
    qtbot.mouseClick(dialog.previous, Qt.MouseButton.LeftButton)
    assert dialog.page == 1
    qtbot.waitUntil(lambda: not dialog.image.pixmap().isNull())
    fitted = dialog.image.pixmap().width()
    qtbot.mouseClick(dialog.zoom_in, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.zoom_in, Qt.MouseButton.LeftButton)
    assert not dialog.fit.isChecked()
    qtbot.waitUntil(lambda: dialog.image.pixmap().width() != fitted, timeout=10_000)
    qtbot.keyClick(dialog, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert dialog.fit.isChecked()

    def fits() -> bool:
        room = dialog.scroll_area.viewport().width() - 24
        return abs(dialog.image.pixmap().width() - room) <= 2

    qtbot.waitUntil(fits, timeout=10_000)


def test_save_and_print(qtbot: Any, three_pages: PrintedFile, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    dialog = open_preview(qtbot, three_pages)
    copy = tmp_path / "copy"
    assert dialog.save_to(copy)
    assert (tmp_path / "copy.pdf").read_bytes() == three_pages.path.read_bytes()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    printer.setResolution(100)
    dialog.print_to(printer)
    assert len(pdf_pages_text(printed)) == 3


def test_save_to_a_folder_that_cannot_be_written_says_so(
    qtbot: Any, three_pages: PrintedFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    dialog = open_preview(qtbot, three_pages)
    assert not dialog.save_to(tmp_path / "missing-folder" / "x.pdf")
    assert shown and "x.pdf" in shown[0]
