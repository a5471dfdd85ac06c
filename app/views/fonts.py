"""Registering the bundled CJK font so Chinese never renders as boxes, whatever the machine."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.resources import CJK_FONT_FAMILY, cjk_font_path
from app.services.printing.fonts import font_chain


def register_cjk_font(app: QApplication) -> str:
    """Load the bundled font and the print chain's fallbacks and put them behind the
    system UI font as the fallback for Han.

    The system font stays first so Latin text keeps the platform look; any glyph it lacks
    (all of Chinese, on a machine without CJK fonts) comes from the bundled font.
    """
    font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = families[0] if families else CJK_FONT_FAMILY
    # The rest of the print chain (fonts covering CJK extension B and beyond) follows it,
    # so a name like 郭𠀾 shows whole on screen exactly when it prints whole.
    chain = [family]
    for face in font_chain()[1:]:
        if face.family not in QFontDatabase.families():
            loaded = QFontDatabase.addApplicationFont(str(face.path))
            if loaded < 0:
                continue
        chain.append(face.family)
    base = app.font()
    missing = [name for name in chain if name not in base.families()]
    if missing:
        base.setFamilies([*base.families(), *missing])
        app.setFont(base)
    for generic in (base.family(), "Sans Serif", "Monospace", "Serif"):
        for name in chain:
            if name not in QFont.substitutes(generic):
                QFont.insertSubstitution(generic, name)
    return family
