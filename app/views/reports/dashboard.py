"""The month at a glance: the report's key charts on a matplotlib Qt canvas.

The canvas is built when the first figures arrive (matplotlib was imported by then on the
worker that read them), and redrawn from the same figures the PDF prints.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class DashboardView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsDashboard")
        self.canvas: Any = None
        self.figure: Any = None
        self.drawn_month = ""
        self.placeholder = QLabel(self)
        self.placeholder.setWordWrap(True)
        self.headline = QLabel(self)
        self.headline.setObjectName("reportsHeadline")
        self.headline.setWordWrap(True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.headline)
        self.layout_.addWidget(self.placeholder, 1)

    def set_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)
        self.placeholder.setVisible(self.canvas is None)

    def canvas_size(self) -> tuple[tuple[int, int], float]:
        """The pixel size and dpi the next figure is drawn at (the canvas's own once it
        exists), so its pixels are copied to the screen as they are."""
        dpi = 90.0 * self.devicePixelRatioF()
        if self.canvas is not None:
            ratio = self.canvas.device_pixel_ratio
            return (int(self.canvas.width() * ratio), int(self.canvas.height() * ratio)), dpi
        width = max(self.width() - 20, 400)
        height = max(self.height() - self.headline.height() - 30, 320)
        ratio = self.devicePixelRatioF()
        return (int(width * ratio), int(height * ratio)), dpi

    def show_dashboard(self, drawn: tuple[Any, Any], month: str, headline: str) -> None:
        """Show a figure drawn on a worker (``draw_dashboard``): the Qt canvas takes its
        pixels; only a resize draws again here."""
        figure, agg = drawn
        if self.canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

            self.canvas = FigureCanvasQTAgg(figure)
            self.canvas.setObjectName("reportsCanvas")
            self.canvas.setMinimumHeight(320)
            self.placeholder.hide()
            self.layout_.addWidget(self.canvas, 1)
        else:
            self.canvas.figure = figure
            figure.set_canvas(self.canvas)
        renderer = getattr(agg, "renderer", None)
        if renderer is not None:
            self.canvas.renderer = renderer
            self.canvas._lastKey = agg._lastKey
        self.figure = figure
        self.canvas.update()
        self.drawn_month = month
        self.headline.setText(headline)
