"""Registry printouts shown in the print preview, and removed once it closes.

The file is written to the user's private print folder; the preview prints it or
saves a copy where the user chooses, and on closing the preview the file goes, so no
identifiable printout is left behind on the desk.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.services.printing.document import PrintedFile, printout_folder
from app.views.operations import Operation
from app.views.printing.preview_dialog import PrintPreviewDialog


def private_pdf_path(kind: str) -> Path:
    return printout_folder() / f"{kind}-{uuid.uuid4().hex}.pdf"


def show_printout(
    parent: QWidget,
    make: Callable[[Path], Operation[PrintedFile]],
    kind: str,
    on_shown: Callable[[PrintPreviewDialog], None] | None = None,
) -> None:
    """Write the printout off the GUI thread, preview it, delete it when closed."""
    path = private_pdf_path(kind)

    def shown(printed: PrintedFile) -> None:
        preview = PrintPreviewDialog(printed, parent.window())
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.finished.connect(lambda _result: printed.path.unlink(missing_ok=True))
        preview.open()
        if on_shown is not None:
            on_shown(preview)

    def failed(exc: BaseException) -> None:
        from app.views.failures import report_failure

        path.unlink(missing_ok=True)
        report_failure(exc, parent, logged=True)

    make(path).success(shown).failure(failed).run()
