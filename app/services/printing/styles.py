"""Paragraph styles of every printout, all in the chain's primary font (never Helvetica)."""

from __future__ import annotations

import threading
from typing import Any

from app.services.printing.fonts import pdf_font

_lock = threading.Lock()
_cache: dict[str, dict[str, Any]] = {}


def styles(language: str) -> dict[str, Any]:
    """title, subtitle, heading, body, small, cell, cell_right, header_cell, cover_title.

    Chinese text may break between any two Han characters ("CJK" wrapping); English text
    breaks between words only, so "service station" never becomes "service s / tation".
    """
    key = "en" if language.startswith("en") else "zh"
    with _lock:
        if key not in _cache:
            _cache[key] = _make(key)
        return _cache[key]


def _make(key: str) -> dict[str, Any]:
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    font = pdf_font()
    wrap = "CJK" if key == "zh" else None
    base = ParagraphStyle("body", fontName=font, fontSize=10, leading=15, wordWrap=wrap)
    return {
        "cover_title": ParagraphStyle(
            "cover_title", parent=base, fontSize=26, leading=36, alignment=TA_CENTER
        ),
        "cover_line": ParagraphStyle(
            "cover_line", parent=base, fontSize=13, leading=22, alignment=TA_CENTER
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontSize=17, leading=24, spaceBefore=10, spaceAfter=4
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=9, leading=13),
        "heading": ParagraphStyle(
            "heading", parent=base, fontSize=13, leading=20, spaceBefore=8, spaceAfter=4
        ),
        "subheading": ParagraphStyle(
            "subheading", parent=base, fontSize=10.5, leading=16, spaceBefore=6, spaceAfter=2
        ),
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=11),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=12),
        "cell_right": ParagraphStyle(
            "cell_right", parent=base, fontSize=9, leading=12, alignment=TA_RIGHT
        ),
        "header_cell": ParagraphStyle("header_cell", parent=base, fontSize=9, leading=12),
    }
