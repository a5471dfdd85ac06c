"""The Chinese catalogue is complete and current: every string the code shows has a
translation, with the same placeholders, so nothing shows half in English."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import dev

CATALOGUE = dev.ROOT / "i18n" / "streetdesk_zh_CN.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.findall("context")
        for message in context.findall("message")
    ]


def test_every_message_has_a_finished_chinese_translation() -> None:
    missing = [
        f"{context}: {source}"
        for context, source, message in _messages(CATALOGUE)
        if not (message.findtext("translation") or "").strip()
        or message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert missing == []


def test_translations_keep_the_placeholders() -> None:
    wrong = [
        f"{context}: {source}"
        for context, source, message in _messages(CATALOGUE)
        if sorted(PLACEHOLDER.findall(source))
        != sorted(PLACEHOLDER.findall(message.findtext("translation") or ""))
    ]
    assert wrong == []


def test_catalogue_holds_every_string_of_the_code(tmp_path: Path) -> None:
    """Refreshing the catalogue from the code adds nothing: ``dev.py i18n`` was run."""
    for language in dev.LANGUAGES:
        shutil.copy(dev.ROOT / "i18n" / f"streetdesk_{language}.ts", tmp_path)
    dev.update_catalogues(tmp_path)
    before = {(c, s) for c, s, _ in _messages(CATALOGUE)}
    after = {(c, s) for c, s, _ in _messages(tmp_path / "streetdesk_zh_CN.ts")}
    assert sorted(after - before) == []
