"""Combo boxes sized to their "all" entry, not to their longest entry."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def fit_combo(combo: QComboBox, shown: list[str]) -> None:
    """Wide enough for ``shown`` (the "all" entry, say) rather than the longest entry, so
    the bar fits a 1024-pixel window; the open list shows every entry whole, and the
    tooltip names the chosen one."""
    metrics = combo.fontMetrics()
    unit = max(1, metrics.horizontalAdvance("X"))
    widest = max((metrics.horizontalAdvance(text) for text in shown), default=0)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(widest // unit + 1)
    entries = [combo.itemText(i) for i in range(combo.count())]
    combo.view().setMinimumWidth(
        max((metrics.horizontalAdvance(t) for t in entries), default=0) + 32
    )
    if not combo.property("tipFollows"):
        combo.setProperty("tipFollows", True)
        combo.currentTextChanged.connect(combo.setToolTip)
    combo.setToolTip(combo.currentText())
