"""Print furniture shared by every StreetDesk printout (Qt-free; reportlab loads lazily).

The API, in full:

- ``fonts``: ``font_chain()`` (the one fallback chain the GUI, reportlab and matplotlib
  share), ``pdf_font()`` (its first font's reportlab name), ``pdf_markup(text, report)``
  (Paragraph markup with a font run per fallback and ``PLACEHOLDER`` 〓 where no font has
  the glyph), ``draw_text(canvas, x, y, text, size, align)``, ``GlyphReport`` (collects
  the texts printed with a placeholder, to warn before printing), ``missing_characters``.
- ``furniture``: ``PageFurniture`` (header title, confidentiality line, "第 x 页 共 y 页",
  printing user and time, optional watermark) and ``signature_block(language)``
  (制表人 / 审核人 / 日期).
- ``document``: ``write_pdf(path, story, furniture)`` (A4 portrait, written whole),
  ``data_table(rows, ...)`` (header repeated across pages, widths that avoid mid-word
  wraps), ``column_widths``, ``paragraph``; ``styles.styles(language)``.

A printout is: build a story of flowables with these helpers, pass a ``PageFurniture``,
and show the file with ``app.views.printing.PrintPreviewDialog``.
"""

from __future__ import annotations

from app.services.printing.fonts import (
    PLACEHOLDER,
    FontFace,
    GlyphReport,
    draw_text,
    font_chain,
    missing_characters,
    pdf_font,
    pdf_markup,
)
from app.services.printing.furniture import PageFurniture, language_key, signature_block

__all__ = [
    "PLACEHOLDER",
    "FontFace",
    "GlyphReport",
    "PageFurniture",
    "draw_text",
    "font_chain",
    "language_key",
    "missing_characters",
    "pdf_font",
    "pdf_markup",
    "signature_block",
]
