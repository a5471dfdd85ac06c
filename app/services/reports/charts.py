"""The monthly report's charts, drawn by matplotlib (Agg) in the print font chain.

Each chart function takes plain numbers and labels and returns a matplotlib Figure; the
PDF embeds it as PNG and the Reports pane's dashboard shows the same figures on a Qt
canvas, so screen and paper agree.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from typing import Any

_setup_lock = threading.Lock()
_registered: dict[bool, list[str]] = {}

BAR = "#3B6EA5"
BAR_2 = "#9DB8D6"
BAR_3 = "#C9C9C9"


def chart_families(texts: Sequence[str]) -> list[str]:
    """Register the font chain with matplotlib, the fallbacks only once a label needs them."""
    from app.services.printing.fonts import matplotlib_families, needs_fallback

    whole = needs_fallback(texts)
    with _setup_lock:
        if whole not in _registered:
            _registered[whole] = matplotlib_families(texts)
        return _registered[whole]


def short_label(text: str, width: int = 16) -> str:
    """A chart label cut to about ``width`` columns (a Han character is two) with "…",
    so one very long name cannot squeeze the bars away; tables print names whole."""
    import unicodedata

    used = 0
    for index, char in enumerate(text):
        used += 2 if unicodedata.east_asian_width(char) in "WF" else 1
        if used > width:
            return text[:index] + "…"
    return text


def new_figure(width_mm: float, height_mm: float, texts: Sequence[str] = ()) -> Any:
    """A figure not attached to any GUI backend (safe on worker threads); ``texts`` are
    the labels it will show, so the fonts they need are ready."""
    from matplotlib.figure import Figure

    families = chart_families(texts)
    figure = Figure(figsize=(width_mm / 25.4, height_mm / 25.4), dpi=100)
    figure.set_layout_engine("constrained")
    figure.__dict__["_streetdesk_families"] = families
    return figure


def _style(axes: Any, families: list[str]) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.tick_params(labelsize=8)
    for label in [*axes.get_xticklabels(), *axes.get_yticklabels()]:
        label.set_fontfamily(families)


def bar_chart(
    figure: Any, title: str, labels: Sequence[str], values: Sequence[float], horizontal: bool
) -> Any:
    families = figure.__dict__["_streetdesk_families"]
    axes = figure.add_subplot(1, 1, 1)
    if horizontal:
        positions = range(len(labels))
        axes.barh(list(positions), list(values), color=BAR)
        axes.set_yticks(list(positions), [short_label(label) for label in labels])
        axes.invert_yaxis()
        for y, value in zip(positions, values, strict=True):
            axes.text(value, y, f" {value:g}", va="center", fontsize=7, fontfamily=families)
    else:
        axes.bar(list(labels), list(values), color=BAR)
    axes.set_title(title, fontsize=10, fontfamily=families)
    _style(axes, families)
    return figure


def grouped_bars(
    figure: Any,
    title: str,
    groups: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
) -> Any:
    families = figure.__dict__["_streetdesk_families"]
    axes = figure.add_subplot(1, 1, 1)
    width = 0.8 / max(len(series), 1)
    colours = (BAR, BAR_2, BAR_3)
    for index, (name, values) in enumerate(series):
        offsets = [g + (index - (len(series) - 1) / 2) * width for g in range(len(groups))]
        bars = axes.bar(offsets, list(values), width, label=name, color=colours[index % 3])
        axes.bar_label(bars, fontsize=7, fontfamily=families)
    axes.set_xticks(list(range(len(groups))), list(groups))
    axes.set_title(title, fontsize=10, fontfamily=families)
    axes.legend(prop={"family": families, "size": 7}, frameon=False)
    _style(axes, families)
    return figure


def png(figure: Any, dpi: int = 150) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
