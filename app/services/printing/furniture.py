"""What every StreetDesk printout carries around its content.

``PageFurniture`` says what goes on each page: the title in the header, the
confidentiality line, "第 x 页 共 y 页" (with the total, found by laying out every page
before any is written), who printed it and when, and for printouts about one person or
case a diagonal watermark naming the printing user. ``signature_block`` is the
制表人 / 审核人 / 日期 block a filed copy is signed on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.services.printing.fonts import draw_text, pdf_font, pdf_markup

TEXT: dict[str, dict[str, str]] = {
    "zh": {
        "page": "第 {page} 页 共 {total} 页",
        "printed": "打印：{user}  {time}",
        "confidential": "内部资料 注意保密",
        "watermark": "{user} {time} 内部资料",
        "prepared": "制表人：",
        "reviewed": "审核人：",
        "date": "日期：",
    },
    "en": {
        "page": "Page {page} of {total}",
        "printed": "Printed by {user}  {time}",
        "confidential": "Internal — confidential",
        "watermark": "{user} {time} confidential",
        "prepared": "Prepared by:",
        "reviewed": "Reviewed by:",
        "date": "Date:",
    },
}


def language_key(language: str) -> str:
    """ "en" for an English UI, "zh" for everything else."""
    return "en" if language.startswith("en") else "zh"


@dataclass(frozen=True)
class PageFurniture:
    """The header and footer of every page of one printout."""

    title: str
    printed_by: str
    printed_at: datetime
    language: str = "zh_CN"
    #: Printouts about one person or one case carry the printing user across each page.
    watermark: bool = False
    #: Overrides the standard confidentiality line (empty string: the standard one).
    confidentiality: str = ""

    def text(self, key: str, **values: Any) -> str:
        return TEXT[language_key(self.language)][key].format(**values)

    @property
    def time_text(self) -> str:
        return self.printed_at.strftime("%Y-%m-%d %H:%M")

    def draw(self, canvas: Any, page: int, total: int) -> None:
        """Paint the furniture of page ``page`` of ``total`` on a reportlab canvas."""
        from reportlab.lib.units import mm

        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFillColorRGB(0.35, 0.35, 0.35)
        canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
        canvas.setLineWidth(0.4)
        top = height - 10 * mm
        draw_text(canvas, 15 * mm, top, self.title, 8)
        confidential = self.confidentiality or self.text("confidential")
        draw_text(canvas, width - 15 * mm, top, confidential, 8, "right")
        canvas.line(15 * mm, top - 2 * mm, width - 15 * mm, top - 2 * mm)
        bottom = 9 * mm
        canvas.line(15 * mm, bottom + 4 * mm, width - 15 * mm, bottom + 4 * mm)
        printed = self.text("printed", user=self.printed_by, time=self.time_text)
        draw_text(canvas, 15 * mm, bottom, printed, 8)
        draw_text(canvas, width / 2, bottom, self.text("page", page=page, total=total), 8, "centre")
        draw_text(canvas, width - 15 * mm, bottom, confidential, 8, "right")
        if self.watermark:
            self._draw_watermark(canvas, width, height)
        canvas.restoreState()

    def _draw_watermark(self, canvas: Any, width: float, height: float) -> None:
        canvas.saveState()
        canvas.setFillColorRGB(0.5, 0.5, 0.5)
        canvas.setFillAlpha(0.12)
        text = self.text("watermark", user=self.printed_by, time=self.time_text)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(35)
        for offset in (-220, 0, 220):
            draw_text(canvas, 0, offset, text, 22, "centre")
        canvas.restoreState()


def numbered_canvas(furniture: PageFurniture) -> type:
    """A reportlab canvas class that holds the pages back until the last one is laid out,
    then paints the furniture with the total page count on each."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                furniture.draw(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def signature_block(language: str) -> Any:
    """制表人 / 审核人 / 日期, with room to sign, kept together on one page."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    from app.services.printing.styles import styles

    text = TEXT[language_key(language)]
    style = styles(language)["body"]
    cells = [[Paragraph(pdf_markup(text[key]), style) for key in ("prepared", "reviewed", "date")]]
    table = Table(cells, colWidths=[60 * mm, 60 * mm, 60 * mm], rowHeights=[14 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("FONTNAME", (0, 0), (-1, -1), pdf_font()),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, "#555555"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10 * mm),
            ]
        )
    )
    return KeepTogether([Spacer(1, 10 * mm), table])
