"""Laying a printout out on A4 and writing it whole.

    furniture = PageFurniture("人员名册", printed_by="wang", printed_at=now)
    story = [heading(...), data_table(rows, widths), signature_block("zh_CN")]
    write_pdf(path, story, furniture)

Every page gets the furniture (with the total page count); the chain's primary font is
the canvas's initial font, so no page refers to an unembedded Helvetica; the file is
written beside the target and renamed over it only when complete.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.services.china_time import now_in_china
from app.services.printing.fonts import GlyphReport, pdf_font, pdf_markup, text_width
from app.services.printing.furniture import PageFurniture, numbered_canvas
from app.services.printing.styles import styles
from app.services.whole_file import write_whole_file

if TYPE_CHECKING:
    from app.services.permissions import Actor

MM = 72 / 25.4
#: A4 portrait with 15 mm side margins: the width tables are laid out in.
PAGE_WIDTH = 595.2756
CONTENT_WIDTH = PAGE_WIDTH - 2 * 15 * MM
CELL_PADDING = 2 * 6 + 1  # reportlab's default left + right cell padding (6 pt each), plus slack


def write_pdf(
    path: Path,
    story: list[Any],
    furniture: PageFurniture,
    *,
    subject: str = "",
    keywords: str = "",
) -> Path:
    """Lay ``story`` out on A4 portrait and write it to ``path`` whole.

    ``subject`` and ``keywords`` go into the PDF's document information (a monthly report
    keeps its digest there for ``report verify``). A file-system error (a read-only
    folder, a file held open by a viewer) is a ``ValidationError`` naming the file.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    def write(target: Path) -> None:
        document = SimpleDocTemplate(
            str(target),
            pagesize=A4,
            leftMargin=15 * MM,
            rightMargin=15 * MM,
            topMargin=20 * MM,
            bottomMargin=20 * MM,
            title=furniture.title,
            author=furniture.printed_by,
            subject=subject,
            keywords=keywords,
            creator="StreetDesk",
            initialFontName=pdf_font(),
            invariant=False,
        )
        document.build(list(story), canvasmaker=numbered_canvas(furniture))

    write_whole_file(Path(path), write)
    return Path(path)


def natural_width(text: str, size: float = 9) -> float:
    """The widest line of ``text`` in points at ``size``, with the cell's padding."""
    return max((text_width(line, size) for line in text.split("\n")), default=0) + CELL_PADDING


def column_widths(
    rows: Sequence[Sequence[str]],
    wrappable: Sequence[int] = (),
    total: float = CONTENT_WIDTH,
    size: float = 9,
) -> list[float]:
    """Column widths for ``rows`` (the header first) that keep every cell on one line
    where the page allows it.

    Columns get their widest cell. When that does not fit, only the ``wrappable``
    columns (free text: skills, topics) give up width, down to their widest single word
    or header; the others never wrap. Left-over width is shared out in proportion.
    """
    count = len(rows[0]) if rows else 0
    wanted = [max(natural_width(str(row[i]), size) for row in rows) for i in range(count)]
    if sum(wanted) <= total or not wrappable:
        scale = total / sum(wanted) if sum(wanted) else 1
        return [w * scale for w in wanted] if sum(wanted) <= total else _squeeze(wanted, total)
    fixed = sum(w for i, w in enumerate(wanted) if i not in wrappable)
    room = max(total - fixed, 0)
    flexible = sum(wanted[i] for i in wrappable)
    widths = list(wanted)
    for i in wrappable:
        floor = _widest_word(rows, i, size)
        widths[i] = max(floor, room * wanted[i] / flexible)
    return widths if sum(widths) <= total else _squeeze(widths, total)


def _widest_word(rows: Sequence[Sequence[str]], column: int, size: float) -> float:
    words = [word for row in rows[:1] for word in str(row[column]).split()]
    words += [word for row in rows[1:] for word in str(row[column]).split() if word.isascii()]
    return max((natural_width(word, size) for word in words), default=CELL_PADDING)


def _squeeze(widths: list[float], total: float) -> list[float]:
    scale = total / sum(widths)
    return [w * scale for w in widths]


def data_table(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float] | None = None,
    *,
    language: str = "zh_CN",
    numeric: Sequence[int] = (),
    wrappable: Sequence[int] = (),
    report: GlyphReport | None = None,
    total_row: bool = False,
) -> Any:
    """A table whose first row is the header, repeated on every page it runs onto.

    ``numeric`` columns are right-aligned; ``widths`` default to ``column_widths``.
    Every cell goes through the font chain (``report`` collects placeholder texts).
    """
    from reportlab.platypus import Paragraph, Table, TableStyle

    style = styles(language)
    chosen = list(widths) if widths is not None else column_widths(rows, wrappable)
    cells = []
    for row in rows:
        line = []
        for c, value in enumerate(row):
            cell_style = style["cell_right"] if c in numeric else style["cell"]
            line.append(Paragraph(pdf_markup(str(value), report), cell_style))
        cells.append(line)
    table = Table(cells, colWidths=chosen, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, "#8A8A8A"),
        ("BACKGROUND", (0, 0), (-1, 0), "#E4EAF1"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), pdf_font()),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if total_row:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), "#F2F2F2"))
    table.setStyle(TableStyle(commands))
    return table


def paragraph(text: str, style_name: str, language: str, report: GlyphReport | None = None) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(pdf_markup(text, report), styles(language)[style_name])


class PrintedFile:
    """A printout written: where, and the texts printed with a placeholder (〓)."""

    def __init__(self, path: Path, affected: Sequence[str] = (), title: str = "") -> None:
        self.path = Path(path)
        self.affected = list(affected)
        self.title = title

    def __repr__(self) -> str:
        return f"PrintedFile({self.path!s}, affected={self.affected!r})"


def write_case_pdf(
    path: Path,
    title: str,
    story: list[Any],
    actor: Actor,
    glyphs: GlyphReport,
    language: str,
    printed_at: datetime | None,
    confidentiality: str,
) -> PrintedFile:
    """Write a printout about one person or one case: the printing user and time (now
    in China unless given) across each page and ``confidentiality`` as its line."""
    furniture = PageFurniture(
        title,
        printed_by=actor.display_name or actor.username,
        printed_at=printed_at or now_in_china(),
        language=language,
        watermark=True,
        confidentiality=confidentiality,
    )
    write_pdf(Path(path), story, furniture)
    return PrintedFile(Path(path), glyphs.affected, title)


def printout_folder() -> Path:
    """A folder of the user's own for printouts waiting in the preview (0700 on POSIX)."""
    import tempfile

    from app.services.private_folders import make_private_folder

    folder = Path(tempfile.gettempdir()) / f"streetdesk-print-{_user_tag()}"
    make_private_folder(folder)
    return folder


def _user_tag() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "user"
