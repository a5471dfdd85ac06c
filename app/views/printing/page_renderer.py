"""PDF pages rendered to images with pypdfium2, off the GUI thread.

PDFium is not thread-safe, so one renderer runs all its PDFium calls on a pool of one
thread of its own; the GUI thread only receives finished ``QImage`` copies.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QThreadPool
from PySide6.QtGui import QImage

from app.views.tasks import Task, run_task

_pdfium_lock = threading.Lock()


class PageRenderer(QObject):
    """Renders the pages of one PDF file; ``render(index, dpi, done)`` answers on the GUI
    thread with the page as a ``QImage``."""

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._document: Any = None
        self._tasks: set[Task] = set()
        self._closed = False
        #: page sizes in points (width, height), known once ``open`` has answered
        self.page_sizes: list[tuple[float, float]] = []

    # on the worker ------------------------------------------------------------------------
    def _open_document(self) -> Any:
        import pypdfium2 as pdfium

        if self._document is None:
            self._document = pdfium.PdfDocument(str(self.path))
        return self._document

    def _sizes(self) -> list[tuple[float, float]]:
        with _pdfium_lock:
            document = self._open_document()
            return [tuple(document.get_page_size(i)) for i in range(len(document))]

    def _render(self, index: int, dpi: float) -> QImage:
        with _pdfium_lock:
            document = self._open_document()
            page = document[index]
            try:
                bitmap = page.render(scale=dpi / 72, rev_byteorder=True, may_draw_forms=False)
                width, height, stride = bitmap.width, bitmap.height, bitmap.stride
                buffer = bytes(bitmap.buffer)
                fmt = QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else None
                if fmt is None:
                    fmt = QImage.Format.Format_RGB888
                image = QImage(buffer, width, height, stride, fmt).copy()
                bitmap.close()
                return image
            finally:
                page.close()

    # on the GUI thread --------------------------------------------------------------------
    def _run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> Task | None:
        """``work`` on the renderer's thread; nothing is started, and nothing answers,
        once the renderer is closed (its file may be gone by then)."""
        if self._closed:
            return None

        def answered(value: Any) -> None:
            if not self._closed:
                done(value)

        def refused(exc: BaseException) -> None:
            if not self._closed and failed is not None:
                failed(exc)

        return run_task(lambda _progress: work(), answered, refused, pool=self.pool)

    def open(
        self, done: Callable[[int], None], failed: Callable[[BaseException], None] | None = None
    ) -> None:
        """Read the page count and sizes; ``done(count)``."""

        def opened(sizes: list[tuple[float, float]]) -> None:
            self.page_sizes = sizes
            done(len(sizes))

        self._run(self._sizes, opened, failed)

    def render(
        self,
        index: int,
        dpi: float,
        done: Callable[[QImage], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> Task | None:
        return self._run(lambda: self._render(index, dpi), done, failed)

    def render_now(self, index: int, dpi: float) -> QImage:
        """Render and wait, keeping the window painted (for printing, page by page)."""
        result: dict[str, Any] = {}
        loop = QEventLoop()

        def finish(key: str, value: object) -> None:
            result[key] = value
            loop.quit()

        started = self._run(
            lambda: self._render(index, dpi),
            lambda image: finish("image", image),
            lambda exc: finish("error", exc),
        )
        if started is None:
            raise RuntimeError("the preview was closed")
        if not result:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if "error" in result:
            raise result["error"]
        image: QImage = result["image"]
        return image

    def close(self) -> None:
        """Let the file go (the last render finishes first)."""
        self._closed = True
        self.pool.waitForDone(5000)
        with _pdfium_lock:
            if self._document is not None:
                self._document.close()
                self._document = None
