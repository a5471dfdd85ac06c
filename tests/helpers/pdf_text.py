"""Reading a PDF back as a reader would: its text layer (pypdfium2) and its fonts."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def pdf_pages_text(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            text_page = page.get_textpage()
            pages.append(text_page.get_text_range())
            text_page.close()
            page.close()
        return pages
    finally:
        document.close()


def pdf_text(path: Path) -> str:
    return "\n".join(pdf_pages_text(path))


def pdf_fonts(path: Path) -> list[dict[str, str]]:
    """``pdffonts`` (poppler-utils) as rows: name, type, emb, sub, uni."""
    tool = shutil.which("pdffonts")
    if tool is None:
        raise RuntimeError("pdffonts is missing: apt-get install poppler-utils")
    lines = subprocess.run([tool, str(path)], capture_output=True, text=True, check=True)
    rows = lines.stdout.splitlines()[2:]
    result = []
    for row in rows:
        parts = row.split()
        # name type [type2] encoding emb sub uni object ID
        result.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return result
