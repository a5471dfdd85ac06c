"""One font fallback chain for every printout and the GUI, so a name prints whole.

The chain is the bundled WenQuanYi subset first, then fonts that cover the CJK extensions
(B and beyond, GB 18030-2022 level 2): any named in ``STREETDESK_EXTRA_FONTS`` (paths
separated by ``os.pathsep``), then the system's own (Windows: SimSun, SimSun-ExtB,
SimSun-ExtG; Debian: fonts-hanazono, fonts-babelstone-han). A fallback font is read only
when a text needs a character the fonts before it lack.

A character no font in the chain has is printed as ``PLACEHOLDER`` (〓) and the text is
reported through ``GlyphReport``, so the caller can list the affected names before
printing. Nothing is dropped silently.

reportlab is imported on first use only.
"""

from __future__ import annotations

import os
import sys
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.resources import CJK_FONT_FAMILY, cjk_font_path

PLACEHOLDER = "〓"
EXTRA_FONTS_VARIABLE = "STREETDESK_EXTRA_FONTS"


@dataclass(frozen=True)
class FontFace:
    """One font of the chain: the family it registers as, its file, its index in a .ttc."""

    family: str
    path: Path
    subfont_index: int = 0


def _windows_fonts() -> list[FontFace]:
    folder = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    return [
        FontFace("SimSun", folder / "simsun.ttc"),
        FontFace("SimSun-ExtB", folder / "simsunb.ttf"),
        FontFace("SimSun-ExtG", folder / "SimsunExtG.ttf"),
    ]


def _unix_fonts() -> list[FontFace]:
    share = Path("/usr/share/fonts/truetype")
    return [
        FontFace("HanaMinA", share / "hanazono" / "HanaMinA.ttf"),
        FontFace("HanaMinB", share / "hanazono" / "HanaMinB.ttf"),
        FontFace("BabelStone Han", share / "babelstone" / "BabelStoneHan.ttf"),
    ]


def _extra_fonts() -> list[FontFace]:
    value = os.environ.get(EXTRA_FONTS_VARIABLE, "")
    return [FontFace(Path(p).stem, Path(p)) for p in value.split(os.pathsep) if p.strip()]


def font_chain() -> tuple[FontFace, ...]:
    """The bundled font, then every fallback font present on this machine, in order."""
    system = _windows_fonts() if sys.platform == "win32" else _unix_fonts()
    found = [face for face in [*_extra_fonts(), *system] if face.path.is_file()]
    return (FontFace(CJK_FONT_FAMILY, cjk_font_path()), *found)


def _needs_glyph(char: str) -> bool:
    """Spaces, controls, joiners and variation selectors draw nothing of their own."""
    return not char.isspace() and unicodedata.category(char) not in {"Cc", "Cf", "Mn", "Zl", "Zp"}


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap with characters beyond the BMP written as UTF-16
    surrogate pairs, as the PDF reference asks; reportlab's own writes five hex digits
    for them, so a reader (or a search, or a copy) of 郭𠀾 got a wrong character."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{_utf16_hex(code)}>" for i, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


class _Loaded:
    """The chain's fonts registered with reportlab, loaded one by one as texts need them."""

    def __init__(self) -> None:
        from reportlab.pdfbase import ttfonts

        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        self.lock = threading.Lock()
        self.faces = list(font_chain())
        self.names: list[str] = []
        self.cmaps: list[dict[int, int]] = []

    def _load_next(self) -> bool:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFError, TTFont

        while len(self.names) < len(self.faces):
            face = self.faces[len(self.names)]
            name = face.family.replace(" ", "")
            try:
                font = TTFont(name, str(face.path), subfontIndex=face.subfont_index)
            except (TTFError, OSError, ValueError):
                # A font reportlab cannot embed (PostScript outlines, damaged): skip it.
                self.faces.pop(len(self.names))
                continue
            pdfmetrics.registerFont(font)
            self.names.append(name)
            self.cmaps.append(font.face.charToGlyph)
            return True
        return False

    def primary(self) -> str:
        with self.lock:
            if not self.names:
                self._load_next()
            return self.names[0]

    def font_for(self, char: str) -> str | None:
        code = ord(char)
        with self.lock:
            if not self.names:
                self._load_next()
            index = 0
            while True:
                if index == len(self.names) and not self._load_next():
                    return None
                if code in self.cmaps[index]:
                    return self.names[index]
                index += 1


_loaded: _Loaded | None = None
_loaded_lock = threading.Lock()


def _fonts() -> _Loaded:
    global _loaded
    with _loaded_lock:
        if _loaded is None:
            _loaded = _Loaded()
        return _loaded


def pdf_font() -> str:
    """The reportlab name of the chain's first font (registered on first call)."""
    return _fonts().primary()


def font_runs(text: str) -> list[tuple[str, str]]:
    """``text`` cut into (reportlab font name, run) pieces; a character no font has
    becomes ``PLACEHOLDER`` in the primary font."""
    fonts = _fonts()
    primary = fonts.primary()
    runs: list[tuple[str, str]] = []
    current = primary
    for char in text:
        if _needs_glyph(char):
            found = fonts.font_for(char)
            if found is None:
                found, char = primary, PLACEHOLDER
            current = found
        if runs and runs[-1][0] == current:
            runs[-1] = (current, runs[-1][1] + char)
        else:
            runs.append((current, char))
    return runs


def missing_characters(text: str) -> str:
    """The characters of ``text`` no font of the chain can print, in order, once each."""
    fonts = _fonts()
    seen: dict[str, None] = {}
    for char in text:
        if _needs_glyph(char) and fonts.font_for(char) is None:
            seen[char] = None
    return "".join(seen)


@dataclass
class GlyphReport:
    """Collects the texts that print with a placeholder, for the warning before printing."""

    affected: list[str] = field(default_factory=list)

    def note(self, text: str) -> None:
        if text not in self.affected and missing_characters(text):
            self.affected.append(text)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pdf_markup(text: str, report: GlyphReport | None = None) -> str:
    """Paragraph markup for ``text``: escaped, with a ``<font>`` run for each fallback."""
    if report is not None:
        report.note(text)
    primary = pdf_font()
    parts = []
    for name, run in font_runs(text):
        body = escape(run).replace("\n", "<br/>")
        parts.append(body if name == primary else f'<font face="{name}">{body}</font>')
    return "".join(parts)


def text_width(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(run, name, size) for name, run in font_runs(text))


def draw_text(canvas: Any, x: float, y: float, text: str, size: float, align: str = "left") -> None:
    """Draw one line on a reportlab canvas through the chain; ``align``: left, centre, right."""
    width = text_width(text, size)
    if align == "centre":
        x -= width / 2
    elif align == "right":
        x -= width
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for name, run in font_runs(text):
        canvas.setFont(name, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, name, size)


def qt_families() -> list[str]:
    """The chain's families in order, for the GUI (loaded there with QFontDatabase)."""
    return [face.family for face in font_chain()]


def needs_fallback(texts: Iterable[str]) -> bool:
    """Whether any of ``texts`` has a character the chain's first font lacks."""
    fonts = _fonts()
    primary = fonts.primary()
    return any(
        _needs_glyph(char) and fonts.font_for(char) != primary for text in texts for char in text
    )


def matplotlib_families(texts: Iterable[str] = ()) -> list[str]:
    """Register the chain with matplotlib and return the family list to pass as a text's
    ``fontfamily`` (matplotlib falls back glyph by glyph along it). The fallback fonts
    are large, so they are registered only when one of ``texts`` needs them."""
    import logging

    from matplotlib import font_manager

    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    chain = font_chain()
    faces = chain if needs_fallback(texts) else chain[:1]
    families = []
    for face in faces:
        if face.path.suffix.lower() != ".ttc":
            font_manager.fontManager.addfont(str(face.path))
            families.append(font_manager.FontProperties(fname=str(face.path)).get_name())
    return families
