"""Search and sort that fit Chinese names: 张, ``zhang``, ``zs`` or part of a phone finds 张三.

A row's keys are computed once (``search_keys``) and kept beside the row; a keystroke
then costs one substring test per row (``matches``), which stays well under the budget
for tens of thousands of rows. Keys are one plain string: the folded text, its full
pinyin, its initials and its digits, each framed by a separator that no query contains,
so keys of several fields can be concatenated (``join_keys``) and a query never matches
across two parts. Polyphonic characters (曾 zeng/ceng, 单 shan/dan) contribute every
reading, capped so a long text cannot explode.
"""

from __future__ import annotations

import itertools
import unicodedata
from functools import lru_cache

from pypinyin import Style, lazy_pinyin, pinyin

__all__ = [
    "join_keys",
    "matches",
    "normalise_query",
    "pinyin_sort_key",
    "search_keys",
]

_SEP = "\x1f"
_MAX_READINGS = 8
_CACHE_SIZE = 1 << 16


def _fold(text: str) -> str:
    """Full-width to half-width, case folded, whitespace and the separator removed."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if not ch.isspace() and ch != _SEP)


def _readings(text: str) -> list[list[str]]:
    """Pinyin readings per character (every heteronym), non-Chinese runs kept as they are."""
    out: list[list[str]] = []
    for group in pinyin(text, style=Style.NORMAL, heteronym=True, errors="default"):
        out.append([_fold(reading) for reading in group if _fold(reading)] or [""])
    return out


@lru_cache(maxsize=_CACHE_SIZE)
def _text_keys(text: str) -> str:
    folded = _fold(text)
    if not folded:
        return ""
    parts: list[str] = [folded]
    digits = "".join(ch for ch in folded if ch.isdigit())
    if digits and digits != folded:
        parts.append(digits)
    if any(ord(ch) > 0x2E7F for ch in folded):
        readings = _readings(folded)
        for combo in itertools.islice(itertools.product(*readings), _MAX_READINGS):
            full = "".join(combo)
            initials = "".join(syllable[:1] for syllable in combo)
            for key in (full, initials):
                if key and key not in parts:
                    parts.append(key)
    return _SEP + _SEP.join(parts) + _SEP


def search_keys(text: str | None, *more: str | None) -> str:
    """Keys for a row: the text (a name) plus any further fields (phone, unit, team...)."""
    return "".join(_text_keys(part) for part in (text, *more) if part)


def join_keys(*keys: str) -> str:
    """Concatenate keys computed separately (e.g. cached per person and per unit)."""
    return "".join(keys)


@lru_cache(maxsize=256)
def normalise_query(query: str) -> str:
    """The query as ``matches`` compares it: half-width, case folded, no spaces."""
    return _fold(query)


def matches(query: str, keys: str) -> bool:
    """True when the query is a substring of the text, its pinyin, initials or digits.

    An empty query matches everything.
    """
    needle = normalise_query(query)
    return not needle or needle in keys


@lru_cache(maxsize=_CACHE_SIZE)
def pinyin_sort_key(text: str | None) -> tuple[tuple[str, ...], str]:
    """Sort key in pinyin order (syllable by syllable, then tone), ties by the text itself."""
    if not text:
        return ((), "")
    folded = unicodedata.normalize("NFKC", text).strip()
    syllables = tuple(
        part.strip().casefold() for part in lazy_pinyin(folded, style=Style.TONE3) if part.strip()
    )
    return (syllables, folded)
