"""The month at a glance: the report's key charts on a matplotlib Qt canvas.

The canvas is built when the first figures arrive (matplotlib was imported by then on the
worker that read them), and redrawn from the same figures the PDF prints.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.reports.choices import Dashboard


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

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(8, 6), dpi=90)
        self.figure.set_layout_engine("constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("reportsCanvas")
        self.canvas.setMinimumHeight(320)
        self.placeholder.hide()
        self.layout_.addWidget(self.canvas, 1)

    def show_dashboard(self, data: Dashboard, words: dict[str, str]) -> None:
        """Draw the month's charts; ``words`` holds the translated chart titles."""
        from app.services.reports.charts import BAR, BAR_2, BAR_3, chart_families, short_label

        self._ensure_canvas()
        figures, names = data.figures, data.names
        compare = figures["compare"]
        disputes = figures["disputes"]
        categories = sorted(disputes["by_category"].items(), key=lambda item: -item[1])
        sources = sorted(disputes["by_source"].items(), key=lambda item: -item[1])
        texts = [names["category"].get(c, c) for c, _n in categories]
        texts += [names["source"].get(c, c) for c, _n in sources]
        families = chart_families([*texts, *words.values()])
        figure = self.figure
        figure.clear()
        periods = [figures, compare["previous_month"], compare["same_month_last_year"]]
        groups = [words["this_month"], words["previous"], words["last_year"]]
        top = figure.add_subplot(2, 2, 1)
        for index, (key, colour) in enumerate((("received", BAR), ("resolved", BAR_2))):
            values = [p["disputes"][key] for p in periods]
            offsets = [g + (index - 0.5) * 0.38 for g in range(3)]
            bars = top.bar(offsets, values, 0.38, color=colour, label=words[key])
            top.bar_label(bars, fontsize=7)
        top.set_xticks(range(3), groups, fontfamily=families, fontsize=8)
        top.legend(prop={"family": families, "size": 7}, frameon=False)
        top.set_title(words["chart_compare"], fontfamily=families, fontsize=9)
        for position, items, kind, title in (
            (2, categories, "category", "chart_category"),
            (3, sources, "source", "chart_source"),
        ):
            axes = figure.add_subplot(2, 2, position)
            labels = [short_label(names[kind].get(code, code), 12) for code, _n in items]
            axes.barh(range(len(items)), [n for _c, n in items], color=BAR)
            axes.set_yticks(range(len(items)), labels, fontfamily=families, fontsize=7)
            axes.invert_yaxis()
            axes.set_title(words[title], fontfamily=families, fontsize=9)
        colours = figures["disputes"]["by_warning_colour"]
        axes = figure.add_subplot(2, 2, 4)
        order = [c for c in ("red", "orange", "yellow", "blue", "none") if colours.get(c)]
        paint = {"red": "#C62828", "orange": "#EF6C00", "yellow": "#F9A825", "blue": "#1565C0"}
        axes.bar(
            range(len(order)),
            [colours[c] for c in order],
            color=[paint.get(c, BAR_3) for c in order],
        )
        axes.set_xticks(
            range(len(order)),
            [names["colour"].get(c, c) for c in order],
            fontfamily=families,
            fontsize=8,
        )
        axes.set_title(words["by_colour"], fontfamily=families, fontsize=9)
        for axes in figure.axes:
            for side in ("top", "right"):
                axes.spines[side].set_visible(False)
        self.canvas.draw_idle()
        self.drawn_month = figures["month"]
        self.headline.setText(words["headline"])
