"""Registering the bundled CJK font so Chinese never renders as boxes, whatever the machine."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.resources import CJK_FONT_FAMILY, cjk_font_path


def register_cjk_font(app: QApplication) -> str:
    """Load the bundled font and put it behind the system UI font as the fallback for Han.

    The system font stays first so Latin text keeps the platform look; any glyph it lacks
    (all of Chinese, on a machine without CJK fonts) comes from the bundled font.
    """
    font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = families[0] if families else CJK_FONT_FAMILY
    base = app.font()
    if family not in base.families():
        base.setFamilies([*base.families(), family])
        app.setFont(base)
    for generic in (base.family(), "Sans Serif", "Monospace", "Serif"):
        if family not in QFont.substitutes(generic):
            QFont.insertSubstitution(generic, family)
    return family
