"""``QT_TRANSLATE_NOOP(context, text)``: marks English text for the catalogue where it is
declared (headers, labels in tables); it is translated where shown, with
``QCoreApplication.translate(context, text)``. lupdate finds the calls by this name."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
